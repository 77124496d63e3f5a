"""Matrices: codes (or themes) against participants, roles or a participant attribute's
values, and codes against codes (co-occurrence); the segments behind any cell.

Who said a coding is decided by ``segments.coding_participants`` (the rule of
``PARTICIPANT_OF_CODING``); codings nobody is known to have said (interviewer turns, text
without a participant) count in no column. A theme's codes are its own and its
sub-themes' (as in ``ThemeService.prevalence``). Every call is one read transaction.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Attribute, AttributeValue, Code, Participant, Theme, ThemeCode
from ikt_desktop.domain.analysis.matrices import (
    FIXED_BY,
    NO_ROLE,
    NO_VALUE,
    Matrix,
    MatrixColumn,
    MatrixRow,
    MatrixSpec,
    describe,
    sheet_title,
)
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.text import word_starts
from ikt_desktop.exporters.matrix_xlsx import write_matrices
from ikt_desktop.services.base import Service, fetch_all, get_meta
from ikt_desktop.services.coding.codings import co_occurrence
from ikt_desktop.services.coding.segments import (
    SegmentDTO,
    SegmentService,
    coding_participants,
    codings_of_participants,
)


def _code_rows(s: Session, spec: MatrixSpec) -> list[MatrixRow]:
    rows = list(
        s.execute(select(Code.id, Code.parent_id, Code.name, Code.color, Code.kind,
                         Code.position).order_by(Code.position, Code.id))
    )  # fmt: skip
    parents: dict[int, int | None] = {r[0]: r[1] for r in rows}
    kept = {r[0] for r in rows if spec.code_kind == "all" or r[4] == spec.code_kind}
    children: dict[int | None, list[tuple[int, str, str]]] = {}
    for code_id, parent, name, color, _kind, _pos in rows:
        children.setdefault(parent, []).append((code_id, name, color))
    out: list[MatrixRow] = []
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        (code_id, name, color), depth = stack.pop()
        shown = code_id in kept
        if shown:
            ids = [code_id]
            if spec.rollup:
                ids += [d for d in codetree.descendants(code_id, parents) if d in kept]
            out.append(MatrixRow(code_id, name, depth, color, tuple(ids)))
        below = depth + 1 if shown else depth
        stack.extend((c, below) for c in reversed(children.get(code_id, [])))
    return out


def _theme_rows(s: Session) -> list[MatrixRow]:
    themes = list(
        s.execute(
            select(Theme.id, Theme.parent_id, Theme.name, Theme.color).order_by(
                Theme.position, Theme.id
            )
        )
    )
    parents: dict[int, int | None] = {t[0]: t[1] for t in themes}
    codes: dict[int, list[int]] = {}
    for theme_id, code_id in s.execute(
        select(ThemeCode.theme_id, ThemeCode.code_id).order_by(ThemeCode.position)
    ):
        codes.setdefault(theme_id, []).append(code_id)
    children: dict[int | None, list[tuple[int, str, str]]] = {}
    for theme_id, parent, name, color in themes:
        children.setdefault(parent, []).append((theme_id, name, color))
    out: list[MatrixRow] = []
    stack = [(t, 0) for t in reversed(children.get(None, []))]
    while stack:
        (theme_id, name, color), depth = stack.pop()
        ids = [theme_id, *codetree.descendants(theme_id, parents)]
        code_ids = tuple(dict.fromkeys(c for t in ids for c in codes.get(t, [])))
        out.append(MatrixRow(theme_id, name, depth, color, code_ids))
        stack.extend((t, depth + 1) for t in reversed(children.get(theme_id, [])))
    return out


def _people(s: Session) -> list[tuple[int, str, str]]:
    query = select(Participant.id, Participant.label, Participant.role)
    return [tuple(r) for r in s.execute(query.order_by(Participant.position, Participant.id))]  # type: ignore[misc]


def _group_columns(people: list[tuple[int, str, str]], value_of: dict[int, str],
                   order: Sequence[str], missing: str) -> list[MatrixColumn]:  # fmt: skip
    """One column per value (in ``order``, then first-seen order), participants without
    a value last under ``missing``; empty values are dropped."""
    members: dict[str, list[int]] = {v: [] for v in order}
    for pid, _label, _role in people:
        members.setdefault(value_of.get(pid) or missing, []).append(pid)
    if missing in members:
        members[missing] = members.pop(missing)
    return [MatrixColumn(v, "", tuple(ids)) for v, ids in members.items() if ids]


def _columns(s: Session, by: str) -> list[MatrixColumn]:
    people = _people(s)
    if by == "participant":
        return [MatrixColumn(label, role, (pid,)) for pid, label, role in people]
    if by == "role":
        roles = {pid: role for pid, _, role in people}
        return _group_columns(people, roles, list(dict.fromkeys(roles.values())), NO_ROLE)
    attribute = s.execute(select(Attribute).where(Attribute.name == by)).scalar_one_or_none()
    if attribute is None:
        names = list(s.scalars(select(Attribute.name).order_by(Attribute.position)))
        choices = ", ".join([*FIXED_BY, *names])
        raise ValidationError(f"no participant attribute named {by!r} (use {choices})")
    values = {
        pid: value
        for pid, value in s.execute(
            select(AttributeValue.participant_id, AttributeValue.value).where(
                AttributeValue.attribute_id == attribute.id
            )
        )
    }
    order: list[str] = json.loads(attribute.choices or "[]") if attribute.type == "choice" else []
    order += sorted(set(values.values()) - set(order))
    return _group_columns(people, values, order, NO_VALUE)


def _coding_words(s: Session) -> dict[int, int]:
    """Words in each coding's span (words starting inside it), by one scan per source."""
    starts = {i: word_starts(t) for i, t in fetch_all(s, "SELECT id, text FROM source")}
    out: dict[int, int] = {}
    for coding_id, source_id, start, end in fetch_all(
        s, 'SELECT id, source_id, start, "end" FROM coding'
    ):
        words = starts.get(source_id, [])
        out[coding_id] = bisect_left(words, end) - bisect_left(words, start)
    return out


def _by_people(s: Session, spec: MatrixSpec, rows: list[MatrixRow],
               columns: list[MatrixColumn]) -> list[tuple[int, ...]]:  # fmt: skip
    """Cells of a code/theme x participant-group matrix, from one pass over the codings."""
    words = _coding_words(s) if spec.measure == "words" else {}
    counts: dict[int, dict[int, int]] = {}  # code -> participant -> codings or words
    for coding_id, code_id, person in coding_participants(s):
        if person is None:
            continue
        per = counts.setdefault(code_id, {})
        per[person] = per.get(person, 0) + (words.get(coding_id, 0) if words else 1)
    cells: list[tuple[int, ...]] = []
    for matrix_row in rows:
        total: dict[int, int] = {}
        for code_id in matrix_row.code_ids:
            for pid, n in counts.get(code_id, {}).items():
                total[pid] = total.get(pid, 0) + n
        if spec.measure == "participants":
            cells.append(tuple(sum(p in total for p in col.ids) for col in columns))
        else:
            cells.append(tuple(sum(total.get(p, 0) for p in col.ids) for col in columns))
    return cells


def _co_occurrence(s: Session, rows: list[MatrixRow]) -> list[tuple[int, ...]]:
    ids = [r.id for r in rows]
    pairs = co_occurrence(s, ids)
    query = text(
        "SELECT code_id, COUNT(*) FROM coding WHERE code_id IN :ids GROUP BY code_id"
    ).bindparams(bindparam("ids", expanding=True))
    totals: dict[int, int] = {a: n for a, n in s.execute(query, {"ids": ids})}
    return [
        tuple(totals.get(a, 0) if a == b else pairs.get((min(a, b), max(a, b)), 0) for b in ids)
        for a in ids
    ]


class MatrixService(Service):
    def matrix(self, spec: MatrixSpec) -> Matrix:
        with self._store.read() as s:
            rows = _theme_rows(s) if spec.themes else _code_rows(s, spec)
            if spec.by == "code":
                columns = [MatrixColumn(r.label, "", (r.id,)) for r in rows]
                cells = _co_occurrence(s, rows)
            else:
                columns = _columns(s, spec.by)
                cells = _by_people(s, spec, rows, columns)
        return Matrix(spec, describe(spec), tuple(rows), tuple(columns), tuple(cells))

    def write_xlsx(self, path: Path, matrices: Sequence[Matrix]) -> Path:
        """Write the matrices to an Excel workbook, one sheet each (see matrix_xlsx)."""
        with self._store.read() as s:
            title = get_meta(s, "title", self._store.path.stem)
        return write_matrices(path, [(sheet_title(m.spec), m) for m in matrices], title)

    def attributes(self) -> list[str]:
        """Names of the participant attributes a matrix can use as columns."""
        with self._store.read() as s:
            return list(s.scalars(select(Attribute.name).order_by(Attribute.position)))

    def cell_segments(self, matrix: Matrix, row: int, column: int) -> list[SegmentDTO]:
        """The coded segments behind one cell, in source and text order. For co-occurrence,
        the codings of both codes that overlap (off the diagonal) or the code's codings."""
        matrix_row, matrix_column = matrix.rows[row], matrix.columns[column]
        with self._store.read() as s:
            if matrix.spec.by == "code":
                ids = _overlapping(s, matrix_row.id, matrix_column.ids[0])
            else:
                ids = codings_of_participants(s, matrix_row.code_ids, matrix_column.ids)
        return SegmentService(self._store).for_codings(ids)


def _overlapping(s: Session, a: int, b: int) -> list[int]:
    if a == b:
        query = text(
            "SELECT c.id FROM coding c JOIN source s ON s.id = c.source_id "
            'WHERE c.code_id = :a ORDER BY s.position, s.id, c.start, c."end", c.id'
        )
        return [i for (i,) in s.execute(query, {"a": a})]
    query = text(
        """
        SELECT DISTINCT c.id, s.position, s.id, c.start, c."end" FROM coding a
        JOIN coding b ON b.source_id = a.source_id AND b.code_id = :b
             AND b.start < a."end" AND a.start < b."end"
        JOIN coding c ON c.id IN (a.id, b.id)
        JOIN source s ON s.id = c.source_id
        WHERE a.code_id = :a
        ORDER BY s.position, s.id, c.start, c."end", c.id
        """
    )
    return [r[0] for r in s.execute(query, {"a": a, "b": b})]
