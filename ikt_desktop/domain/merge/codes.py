"""Matching the other project's codebook to ours, and near-duplicate codes for review.

A code matches by GUID, by an earlier merge, by the user's choice (a near-duplicate merged
into one of ours), or by its name under the matched parent (the same full path). A matched
code keeps our name, colour and texts; an empty definition (inclusion, exclusion, example)
of ours is filled from theirs; other differences are listed as conflicts. An added code
whose name is close to one of ours (the same letters apart from case, spaces, punctuation
and accents, or one or two letters apart) is listed as a near-duplicate for review.
"""

from __future__ import annotations

from collections.abc import Mapping

from ikt_desktop.domain.coding.fuzzy import edit_distance, letters_key
from ikt_desktop.domain.merge.rows import (
    CodeRow,
    Conflict,
    Fill,
    How,
    Matching,
    NearDuplicate,
    Side,
    key,
    tree_order,
)

TEXT_FIELDS = ("definition", "inclusion", "exclusion", "example")
CODE = "code"


def paths(codes: tuple[CodeRow, ...]) -> dict[int, str]:
    """code id -> "Parent/Child" (names joined by "/", which code names cannot hold)."""
    out: dict[int, str] = {}
    for c in tree_order(codes):
        parent = out.get(c.parent_id) if c.parent_id is not None else None
        out[c.id] = f"{parent}/{c.name}" if parent else c.name
    return out


def plan_codes(
    ours: Side, theirs: Side, join: Mapping[str, int],
    conflicts: list[Conflict], fills: list[Fill],
) -> tuple[Matching, list[NearDuplicate]]:  # fmt: skip
    mine = {c.id: c for c in ours.codes}
    by_guid = {c.guid: c.id for c in ours.codes}
    by_path: dict[tuple[int | None, str], int] = {
        (c.parent_id, key(c.name)): c.id for c in ours.codes
    }
    alias = ours.aliases.get(CODE, {})
    our_paths, their_paths = paths(ours.codes), paths(theirs.codes)
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    for c in tree_order(theirs.codes):
        # where it goes here: our parent's id, or -n - 1 for their parent n that is added
        place: int | None = None
        if c.parent_id is not None:
            place = matched[c.parent_id][0] if c.parent_id in matched else -c.parent_id - 1
        if c.guid in by_guid:
            matched[c.id] = (by_guid[c.guid], How.GUID)
        elif alias.get(c.guid) in by_guid:
            matched[c.id] = (by_guid[alias[c.guid]], How.EARLIER)
        elif join.get(c.guid) in mine:
            matched[c.id] = (join[c.guid], How.CHOSEN)
        elif (found := by_path.get((place, key(c.name)))) is not None:
            matched[c.id] = (found, How.PATH)  # found < 0: a code this merge adds already
        else:
            added.append(c.id)
            by_path[(place, key(c.name))] = -c.id - 1  # two of theirs joined into one of ours
            continue
        if matched[c.id][0] in mine:
            _compare(mine[matched[c.id][0]], c, matched[c.id][1], our_paths, conflicts, fills)
    near = near_duplicates([c for c in theirs.codes if c.id in set(added)], ours.codes,
                           their_paths, our_paths)  # fmt: skip
    return Matching(matched, tuple(added), their_paths), near


def _compare(
    our: CodeRow, their: CodeRow, how: How, our_paths: Mapping[int, str],
    conflicts: list[Conflict], fills: list[Fill],
) -> None:  # fmt: skip
    reasons = []
    if how in (How.GUID, How.EARLIER) and key(our.name) != key(their.name):
        reasons.append(f"named “{their.name}” there")
    if our.color.upper() != their.color.upper() and how is not How.CHOSEN:
        reasons.append(f"colour {their.color} there")
    filled = []
    for name in TEXT_FIELDS:
        mine, other = getattr(our, name).strip(), getattr(their, name).strip()
        if not mine and other:
            fills.append(Fill(CODE, our.id, name, getattr(their, name), our_paths[our.id]))
            filled.append(name)
        elif other and mine != other:
            reasons.append(f"{name} differs")
    if reasons:
        resolution = "kept ours" + (f"; filled our empty {', '.join(filled)}" if filled else "")
        conflicts.append(Conflict(CODE, our_paths[our.id], "; ".join(reasons), resolution))


def near_duplicates(
    added: list[CodeRow], ours: tuple[CodeRow, ...],
    their_paths: Mapping[int, str], our_paths: Mapping[int, str],
) -> list[NearDuplicate]:  # fmt: skip
    """For each added code, the closest code of ours by name, if close enough."""
    keyed = [(letters_key(c.name), c) for c in ours]
    out = []
    for c in added:
        mine = letters_key(c.name)
        best: tuple[int, int, CodeRow] | None = None  # (distance, not a sibling, code)
        for theirs_key, our in keyed:
            limit = 0 if len(mine) < 4 else 1 if len(mine) < 8 else 2
            distance = 0 if theirs_key == mine else edit_distance(mine, theirs_key, limit)
            if distance is None or not theirs_key:
                continue
            rank = (distance, int(key(our_paths.get(our.parent_id or -1, "")) !=
                                  key(their_paths.get(c.parent_id or -1, ""))), our)  # fmt: skip
            if best is None or rank[:2] < best[:2]:
                best = rank
        if best is not None:
            distance, _, our = best
            if key(our.name) == key(c.name):
                why = "the same name elsewhere in the codebook"
            elif distance == 0:
                why = "the same name apart from case, spaces, punctuation or accents"
            else:
                why = f"{distance} letter{'s' if distance > 1 else ''} apart"
            out.append(NearDuplicate(c.guid, their_paths[c.id], our.id, our_paths[our.id], why))
    return out
