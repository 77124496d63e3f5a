"""What a matrix is, as plain data: the user's choice (:class:`MatrixSpec`), its rows and
columns, the cells, and the sentence that says what the cells count. Built by
``services.matrices``, shown by the Analysis tab, written by ``exporters.matrix_xlsx``."""

from __future__ import annotations

from dataclasses import dataclass

from ikt_desktop.domain.errors import ValidationError

MEASURES = ("codings", "words", "participants")
FIXED_BY = ("participant", "role", "code")
CODE_KINDS = ("thematic", "structural", "all")
NO_ROLE, NO_VALUE = "(no role)", "(no value)"
MEASURE_TITLES = {
    "codings": "Codings",
    "words": "Words coded",
    "participants": "Participants who said it",
}


@dataclass(frozen=True)
class MatrixSpec:
    """What the user chose: the columns (``by``: participant, role, code for
    co-occurrence, or a participant attribute's name), the measure, and the rows."""

    by: str = "participant"
    measure: str = "codings"
    themes: bool = False  # rows are themes (their codes and sub-themes' codes)
    rollup: bool = False  # a code's row includes its sub-codes
    code_kind: str = "thematic"  # which codes are rows: thematic, structural or all

    def __post_init__(self) -> None:
        if self.measure not in MEASURES:
            raise ValidationError(f"unknown measure {self.measure!r} (use {', '.join(MEASURES)})")
        if self.code_kind not in CODE_KINDS:
            raise ValidationError(f"unknown code kind {self.code_kind!r}")
        if self.by == "code" and (self.measure != "codings" or self.themes):
            raise ValidationError("a co-occurrence matrix counts codings of codes only")
        if self.rollup and (self.by == "code" or self.themes):
            raise ValidationError(
                "sub-codes roll up only into the rows of a code x people matrix "
                "(a theme's row always counts its codes; co-occurrence counts single codes)"
            )


@dataclass(frozen=True)
class MatrixRow:
    id: int  # a code's or a theme's id
    label: str
    depth: int  # 0 for a top-level code or theme
    color: str
    code_ids: tuple[int, ...]  # the codes counted in this row


@dataclass(frozen=True)
class MatrixColumn:
    label: str
    group: str  # a participant's role; empty for other columns
    ids: tuple[int, ...]  # the participants of this column, or the code (co-occurrence)


@dataclass(frozen=True)
class Matrix:
    spec: MatrixSpec
    title: str  # what the cells count, in words
    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: tuple[tuple[int, ...], ...]

    @property
    def maximum(self) -> int:
        return max((v for row in self.cells for v in row), default=0)

    @property
    def off_diagonal_maximum(self) -> int:
        """The largest cell off the diagonal (co-occurrence colours scale to this)."""
        return max(
            (v for r, row in enumerate(self.cells) for c, v in enumerate(row) if r != c),
            default=0,
        )

    def heat_maximum(self) -> int:
        return self.off_diagonal_maximum if self.spec.by == "code" else self.maximum


def describe(spec: MatrixSpec, by_label: str = "") -> str:
    """What the cells count, as the title row of a sheet or the view says it."""
    rows = "themes" if spec.themes else "codes" + (" (with sub-codes)" if spec.rollup else "")
    if spec.by == "code":
        return (
            "Co-occurrence: codings of the two codes that overlap in the same source "
            "(diagonal: the code's codings)"
        )
    what = {
        "codings": "number of codings",
        "words": "words coded",
        "participants": "number of participants with at least one coding"
        if spec.by != "participant"
        else "1 if the participant said it, else 0",
    }[spec.measure]
    return f"{rows.capitalize()} by {by_label or spec.by}: {what}"


def sheet_title(spec: MatrixSpec) -> str:
    """A short name for the matrix: ``Codes x role``, ``Co-occurrence``."""
    if spec.by == "code":
        return "Co-occurrence"
    return f"{'Themes' if spec.themes else 'Codes'} x {spec.by}"
