"""Merging saved queries (pure): which of theirs match ours and which are added.

Their coding queries name codes, coders and sources by their own ids (and GUIDs), so both
sides are compared in this project's terms: their ids are mapped through the plan's
matchings (an entity the merge adds gets a provisional ``-id - 1``), names left out. A
definition that cannot be read (or a text search) is compared as it is written.

- the same GUID and the same definition: matched;
- the same GUID, another definition: a conflict; ours is kept and theirs is added beside
  it under a new GUID, named "NAME (from CODER)" (the writer remembers the copy, so
  merging the same file again matches it: "earlier merge");
- another GUID with the same kind, name and definition: matched by content;
- anything else is added (as "NAME (from CODER)" if one of ours has its name).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.merge.rows import Conflict, How, Matching, SavedQueryRow, Side, key
from ikt_desktop.domain.query.coding_query import (
    GONE,
    MAX_NAME,
    Bind,
    by_guid,
    from_json,
    rebind,
    to_json,
)

KIND = "saved_query"
CODING = "coding"
NOBODY = "the other project"  # "(from …)" when their query has no known author


def _through(matching: Matching) -> Callable[[int], int]:
    """their id -> our id (or provisional ``-id - 1``); GONE when it does not come over."""
    to_ours, coming = matching.mapper(), matching.ids()
    return lambda ident: to_ours(ident) if ident in coming else GONE


def side_binds(side: Side) -> list[Bind]:
    """Each reference resolved in ``side`` by its GUID (see ``query.by_guid``)."""
    out: list[Bind] = []
    for rows in (side.codes, side.coders, side.sources):
        guids = {r.id: r.guid for r in rows}
        out.append(by_guid({g: i for i, g in guids.items()}, guids))
    return out


def _then(first: Bind, second: Callable[[int], int]) -> Bind:
    def bind(ident: int, guid: str) -> tuple[int, str]:
        return second(first(ident, guid)[0]), guid

    return bind


def _plain(data: Any) -> Any:
    """The JSON without the names kept for messages, and without GUIDs (the ids are
    already this project's)."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items() if k not in ("name", "guid")}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data


def comparable(row: SavedQueryRow, binds: list[Bind]) -> str:
    """A definition in this project's ids, without names or GUIDs (for comparing)."""
    if row.kind != CODING:
        return row.definition
    try:
        query = from_json(row.definition)
    except ValidationError:
        return row.definition
    return json.dumps(_plain(json.loads(to_json(rebind(query, *binds)))), sort_keys=True)


def origin(row: SavedQueryRow, theirs: Side) -> str:
    """Who wrote their query (its coder's name), "" when unknown."""
    names = {c.id: c.name for c in theirs.coders}
    return names.get(row.created_by, "") if row.created_by is not None else ""


def free_name(name: str, kind: str, taken: set[tuple[str, str]]) -> str:
    """``name`` (at most MAX_NAME characters), numbered while one of ``kind`` has it."""
    base, n = name[:MAX_NAME], 1
    name = base
    while (kind, key(name)) in taken:
        n += 1
        name = f"{base[: MAX_NAME - len(str(n)) - 1]} {n}"
    return name


def _names(ours: Side, theirs: Side, added: list[int], copies: set[int]) -> dict[int, str]:
    """The name each added query gets: its own, or "NAME (from CODER)" when it is a copy
    beside ours (same GUID) or one of ours has its name."""
    taken = {(q.kind, key(q.name)) for q in ours.saved_queries}
    rows = {q.id: q for q in theirs.saved_queries}
    out: dict[int, str] = {}
    for ident in added:
        q, name = rows[ident], rows[ident].name
        if ident in copies or (q.kind, key(name)) in taken:
            name = free_name(f"{name} (from {origin(q, theirs) or NOBODY})", q.kind, taken)
        taken.add((q.kind, key(name)))
        out[ident] = name
    return out


def plan_saved_queries(
    ours: Side, theirs: Side, codes: Matching, coders: Matching, sources: Matching,
    conflicts: list[Conflict],
) -> tuple[Matching, frozenset[int], dict[int, str]]:  # fmt: skip
    """The saved queries' matching, the added ones that need a new GUID, and the name
    each added one gets."""
    own = side_binds(ours)
    mapped = [_then(b, _through(m)) for b, m in zip(side_binds(theirs), (codes, coders, sources),
                                                    strict=True)]  # fmt: skip
    by_guid_: Mapping[str, SavedQueryRow] = {q.guid: q for q in ours.saved_queries}
    own_text = {q.id: comparable(q, own) for q in ours.saved_queries}  # each parsed once
    by_content = {(q.kind, key(q.name), own_text[q.id]): q.id for q in ours.saved_queries}
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    copies: set[int] = set()
    clashes: list[tuple[str, int]] = []  # (our query, their copy)
    copied = ours.aliases.get(KIND, {})  # their GUID -> the GUID of our copy of theirs
    for q in theirs.saved_queries:
        text = comparable(q, mapped)
        same = by_guid_.get(q.guid)
        copy = by_guid_.get(copied.get(q.guid, ""))
        if same is not None and own_text[same.id] == text:
            matched[q.id] = (same.id, How.GUID)
        elif copy is not None and own_text[copy.id] == text:
            matched[q.id] = (copy.id, How.EARLIER)
        elif same is not None:
            added.append(q.id)
            copies.add(q.id)
            clashes.append((same.name, q.id))
        elif (found := by_content.get((q.kind, key(q.name), text))) is not None:
            matched[q.id] = (found, How.CONTENT)
        else:
            added.append(q.id)
    final = _names(ours, theirs, added, copies)
    for ours_name, ident in clashes:
        conflicts.append(Conflict(KIND, ours_name,
            "the same saved query (GUID) asks something else there",
            f"kept ours; theirs added as “{final[ident]}”"))  # fmt: skip
    names = {q.id: q.name for q in theirs.saved_queries} | final  # as they will be named
    return Matching(matched, tuple(added), names), frozenset(copies), final
