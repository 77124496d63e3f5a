"""The plain rows a merge compares (one project's snapshot) and the plan's building blocks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, TypeVar


class How(StrEnum):
    """How an entity of the other project matched one of ours."""

    GUID = "guid"
    EARLIER = "earlier merge"  # matched (not by GUID) in an earlier merge of that file
    TEXT = "text"  # sources: identical normalised text
    PATH = "path"  # codes: the same name under the matched parent
    LABEL = "label"  # participants
    NAME = "name"  # coders, attributes, themes
    CONTENT = "content"  # codings, memos: the same thing under another GUID
    CHOSEN = "chosen"  # a near-duplicate code the user chose to merge into ours


@dataclass(frozen=True, slots=True)
class CoderRow:
    id: int
    guid: str
    name: str

    @property
    def display(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    guid: str
    label: str
    pseudonym: str = ""
    role: str = ""
    notes: str = ""

    @property
    def display(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class AttributeRow:
    id: int
    guid: str
    name: str
    type: str
    choices: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: int
    guid: str
    name: str
    digest: str  # of the normalised text


@dataclass(frozen=True, slots=True)
class CodeRow:
    id: int
    guid: str
    parent_id: int | None
    position: int
    name: str
    color: str = "#4E79A7"
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""


@dataclass(frozen=True, slots=True)
class CodingRow:
    id: int
    guid: str
    code_id: int
    source_id: int
    start: int
    end: int
    coder_id: int


@dataclass(frozen=True, slots=True)
class ThemeRow:
    id: int
    guid: str
    parent_id: int | None
    position: int
    name: str

    @property
    def display(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class MemoRow:
    id: int
    guid: str
    target_kind: str
    target_id: int | None
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class SavedQueryRow:
    id: int
    guid: str
    name: str
    kind: str  # coding | text
    definition: str  # JSON; a coding query's refers to this side's ids (and GUIDs)
    created_by: int | None = None


@dataclass(frozen=True)
class Side:
    """One project as a merge sees it. ``aliases`` (ours only): kind -> their GUID -> our
    GUID, the matches earlier merges made by something other than the GUID."""

    coders: tuple[CoderRow, ...] = ()
    participants: tuple[ParticipantRow, ...] = ()
    attributes: tuple[AttributeRow, ...] = ()
    values: tuple[tuple[int, int, str], ...] = ()  # (participant, attribute, value)
    sources: tuple[SourceRow, ...] = ()
    codes: tuple[CodeRow, ...] = ()
    codings: tuple[CodingRow, ...] = ()
    themes: tuple[ThemeRow, ...] = ()
    theme_codes: tuple[tuple[int, int], ...] = ()  # (theme, code)
    theme_quotes: tuple[tuple[int, int], ...] = ()  # (theme, coding)
    memos: tuple[MemoRow, ...] = ()
    saved_queries: tuple[SavedQueryRow, ...] = ()
    aliases: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Matching:
    """One kind of entity: their id -> (our id, how) for matches, and their ids to add
    (in order, parents first). An our id below zero, ``-n - 1``, stands for their entity
    ``n`` that this merge adds (a duplicate within their project). ``names``: their
    entities' names, for the preview."""

    matched: Mapping[int, tuple[int, How]]
    added: tuple[int, ...]
    names: Mapping[int, str] = field(default_factory=dict)

    def ids(self) -> frozenset[int]:
        """Their ids that come over (matched or added)."""
        return frozenset(self.matched) | frozenset(self.added)

    def mapper(self) -> Callable[[int], int]:
        """their id -> our id when matched, else ``-id - 1`` (one this merge adds)."""
        matched = self.matched

        def to_ours(their_id: int) -> int:
            found = matched.get(their_id)
            return found[0] if found is not None else -their_id - 1

        return to_ours


@dataclass(frozen=True)
class Conflict:
    """A disagreement between the projects and how the merge resolves it."""

    kind: str
    name: str
    reason: str
    resolution: str


@dataclass(frozen=True)
class Fill:
    """A blank field of ours filled from theirs."""

    kind: str
    our_id: int
    field: str
    value: str
    name: str = ""  # ours, for the preview


@dataclass(frozen=True)
class NearDuplicate:
    """An added code of theirs whose name is close to a code of ours."""

    guid: str  # their code
    name: str  # their code's path
    our_id: int
    our_name: str  # our code's path
    why: str


def key(name: str) -> str:
    """Names compare without case and with white space folded."""
    return " ".join(name.split()).casefold()


class _Row(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def guid(self) -> str: ...
    @property
    def display(self) -> str: ...


class _TreeRow(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def position(self) -> int: ...


R = TypeVar("R", bound=_Row)
T = TypeVar("T", bound=_TreeRow)


def tree_order(rows: Iterable[T]) -> list[T]:
    """Parents before children, siblings by position (rows under a missing parent last)."""
    by_parent: dict[int | None, list[T]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    out: list[T] = []
    queue = sorted(by_parent.get(None, []), key=lambda r: (r.position, r.id))
    seen: set[int] = set()
    while queue:
        row = queue.pop(0)
        if row.id in seen:
            continue
        seen.add(row.id)
        out.append(row)
        queue += sorted(by_parent.get(row.id, []), key=lambda r: (r.position, r.id))
    out += [r for rs in by_parent.values() for r in rs if r.id not in seen]
    return out


def match_simple(
    ours: Sequence[R], theirs: Sequence[R], keyfn: Callable[[R], str], how: How,
    alias: Mapping[str, str], *, parent: bool = False,
) -> Matching:  # fmt: skip
    """GUID, then an earlier merge's match, then ``keyfn`` (among siblings under the
    matched parent when ``parent``; an entity under an added parent is added)."""
    by_guid = {r.guid: r.id for r in ours}
    by_key: dict[tuple[int | None, str], int] = {}
    for r in ours:
        by_key.setdefault((_parent(r) if parent else None, keyfn(r)), r.id)
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    ordered = tree_order(theirs) if parent else list(theirs)  # type: ignore[type-var]
    for r in ordered:
        their_parent = _parent(r) if parent else None
        mapped_parent = matched[their_parent][0] if their_parent in matched else None
        if r.guid in by_guid:
            matched[r.id] = (by_guid[r.guid], How.GUID)
        elif alias.get(r.guid) in by_guid:
            matched[r.id] = (by_guid[alias[r.guid]], How.EARLIER)
        elif (their_parent is None or mapped_parent is not None) and (
            found := by_key.get((mapped_parent, keyfn(r)))
        ) is not None:
            matched[r.id] = (found, how)
        else:
            added.append(r.id)
    return Matching(matched, tuple(added), {r.id: r.display for r in theirs})


def _parent(row: object) -> int | None:
    value = getattr(row, "parent_id", None)
    return value if isinstance(value, int) else None
