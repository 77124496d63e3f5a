"""Merging another project into this one: the matching rules and the plan (pure).

The service reads both projects into :class:`Side` snapshots (ids are each file's own) and
:func:`plan_merge` decides, for every entity of the other project ("theirs"), whether it
matches one of ours and how, or is added; what is in conflict and how that is resolved;
and which added codes look like near-duplicates of ours. Ours always wins a disagreement;
a blank of ours is filled from theirs. The rules, in order (the first that holds wins):

- coders: GUID, an earlier merge's match, the same name (ignoring case; listed, since two
  people may share a login name);
- participants: GUID, an earlier merge, the same label (listed: "P3" may be another person);
- attributes: GUID, an earlier merge, the same name; a different type is a conflict and
  their values of it are left out;
- sources: GUID (a different text is a conflict: the source and its codings are left out),
  an earlier merge, the identical normalised text;
- codes: GUID, an earlier merge, the user's choice for a near-duplicate, the same name under
  the matched parent (so: the same full path);
- codings: GUID, else the same code, source, span and coder (so merging twice adds nothing);
- themes: GUID, an earlier merge, the same name under the matched parent;
- memos: GUID, else the same target, title and text;
- saved queries: GUID with the same definition (in this project's terms), else the same
  kind, name and definition; the same GUID with another definition is a conflict: ours is
  kept and theirs added beside it as "NAME (from CODER)" (see ``domain.merge_queries``).

Added entities keep their GUIDs, so a second merge of the same file matches them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ikt_desktop.domain.merge.codes import plan_codes
from ikt_desktop.domain.merge.queries import plan_saved_queries
from ikt_desktop.domain.merge.rows import (
    CodeRow,
    CoderRow,
    CodingRow,
    Conflict,
    Fill,
    How,
    Matching,
    MemoRow,
    NearDuplicate,
    ParticipantRow,
    Side,
    ThemeRow,
    key,
    match_simple,
)

__all__ = [
    "CodeRow",
    "CoderRow",
    "CodingRow",
    "Conflict",
    "Fill",
    "How",
    "Kind",
    "Matching",
    "MemoRow",
    "MergePlan",
    "NearDuplicate",
    "ParticipantRow",
    "Side",
    "ThemeRow",
    "plan_merge",
]  # fmt: skip


class Kind(StrEnum):
    CODER = "coder"
    PARTICIPANT = "participant"
    ATTRIBUTE = "attribute"
    SOURCE = "source"
    CODE = "code"
    CODING = "coding"
    THEME = "theme"
    MEMO = "memo"
    SAVED_QUERY = "saved_query"


PLURAL = {Kind.CODER: "coders", Kind.PARTICIPANT: "participants", Kind.ATTRIBUTE: "attributes",
          Kind.SOURCE: "sources", Kind.CODE: "codes", Kind.CODING: "codings",
          Kind.THEME: "themes", Kind.MEMO: "memos",
          Kind.SAVED_QUERY: "saved queries"}  # fmt: skip


@dataclass(frozen=True)
class MergePlan:
    """Everything a merge will do, in the other project's ids (the service maps them)."""

    matchings: Mapping[Kind, Matching]
    values: tuple[tuple[int, int, str], ...]  # (their participant, their attribute, value)
    choices: tuple[tuple[int, tuple[str, ...]], ...]  # (our attribute, its choices after)
    fills: tuple[Fill, ...]
    theme_codes: tuple[tuple[int, int], ...]  # (their theme, their code) links to add
    theme_quotes: tuple[tuple[int, int], ...]  # (their theme, their coding) pins to add
    conflicts: tuple[Conflict, ...]
    near_duplicates: tuple[NearDuplicate, ...]
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason -> how many
    query_copies: frozenset[int] = frozenset()  # added saved queries that need a new GUID
    query_names: Mapping[int, str] = field(default_factory=dict)  # added: their id -> name

    def __getitem__(self, kind: Kind) -> Matching:
        return self.matchings[kind]

    def counts(self) -> dict[str, dict[str, object]]:
        """Per entity: added, matched, matched by rule, and conflicts."""
        conflicts: dict[str, int] = defaultdict(int)
        for c in self.conflicts:
            conflicts[c.kind] += 1
        out: dict[str, dict[str, object]] = {}
        for kind, m in self.matchings.items():
            by: dict[str, int] = defaultdict(int)
            for _ours, how in m.matched.values():
                by[how.value] += 1
            out[PLURAL[kind]] = {
                "added": len(m.added),
                "matched": len(m.matched),
                "matched_by": dict(by),
                "conflicts": conflicts[kind.value],
            }
        return out

    @property
    def changes_anything(self) -> bool:
        return bool(
            any(m.added for m in self.matchings.values())
            or self.values or self.choices or self.fills or self.theme_codes or self.theme_quotes
        )  # fmt: skip


def plan_merge(ours: Side, theirs: Side, join: Mapping[str, int] | None = None) -> MergePlan:
    """The plan of merging ``theirs`` into ``ours``. ``join`` maps a near-duplicate code of
    theirs (by GUID) to the code of ours the user chose to merge it into."""
    conflicts: list[Conflict] = []
    fills: list[Fill] = []
    aliases = ours.aliases
    coders = match_simple(ours.coders, theirs.coders, lambda r: key(r.name), How.NAME,
                          aliases.get(Kind.CODER, {}))  # fmt: skip
    for their_id, (_ours, how) in coders.matched.items():
        if how is How.NAME:
            conflicts.append(Conflict(Kind.CODER, coders.names[their_id],
                "the same name as a coder here, but another person record (GUID)",
                "treated as the same coder; check it is the same person"))  # fmt: skip
    participants = _participants(ours, theirs, conflicts, fills)
    attributes, values, choices = _attributes(ours, theirs, participants, conflicts)
    sources = _sources(ours, theirs, conflicts)
    codes, near = plan_codes(ours, theirs, dict(join or {}), conflicts, fills)
    codings, skipped = _codings(ours, theirs, codes, sources, coders, conflicts)
    themes = match_simple(ours.themes, theirs.themes, lambda r: key(r.name), How.NAME,
                          aliases.get(Kind.THEME, {}), parent=True)  # fmt: skip
    theme_codes = _links(ours.theme_codes, theirs.theme_codes, themes, codes)
    theme_quotes = _links(ours.theme_quotes, theirs.theme_quotes, themes, codings)
    maps = {Kind.CODER: coders, Kind.PARTICIPANT: participants, Kind.SOURCE: sources,
            Kind.CODE: codes, Kind.CODING: codings, Kind.THEME: themes}  # fmt: skip
    memos, memo_skips = _memos(ours, theirs, maps, conflicts)
    skipped.update(memo_skips)
    queries, copies, query_names = plan_saved_queries(
        ours, theirs, codes, coders, sources, conflicts
    )
    return MergePlan(
        matchings={Kind.CODER: coders, Kind.PARTICIPANT: participants,
                   Kind.ATTRIBUTE: attributes, Kind.SOURCE: sources, Kind.CODE: codes,
                   Kind.CODING: codings, Kind.THEME: themes, Kind.MEMO: memos,
                   Kind.SAVED_QUERY: queries},
        values=tuple(values), choices=tuple(choices), fills=tuple(fills),
        theme_codes=theme_codes, theme_quotes=theme_quotes,
        conflicts=tuple(conflicts), near_duplicates=tuple(near), skipped=dict(skipped),
        query_copies=copies, query_names=query_names,
    )  # fmt: skip


# -- participants and attributes -------------------------------------------------------


def _participants(ours: Side, theirs: Side, conflicts: list[Conflict],
                  fills: list[Fill]) -> Matching:  # fmt: skip
    matching = match_simple(ours.participants, theirs.participants, lambda r: key(r.label),
                            How.LABEL, ours.aliases.get(Kind.PARTICIPANT, {}))  # fmt: skip
    mine = {p.id: p for p in ours.participants}
    for p in theirs.participants:
        if p.id not in matching.matched:
            continue
        our_id, how = matching.matched[p.id]
        ours_p = mine[our_id]
        reasons = []
        if how is How.LABEL:
            reasons.append("the same label as a participant here, but another record (GUID)")
        elif ours_p.label != p.label:
            reasons.append(f"labelled “{p.label}” there")
        for name in ("pseudonym", "role", "notes"):
            mine_value, their_value = getattr(ours_p, name), getattr(p, name)
            if not mine_value and their_value:
                fills.append(Fill(Kind.PARTICIPANT, our_id, name, their_value, ours_p.label))
            elif their_value and mine_value != their_value:
                reasons.append(f"{name} differs")
        if reasons:
            resolution = ("treated as the same participant; check it is the same person"
                          if how is How.LABEL else "kept ours")  # fmt: skip
            conflicts.append(Conflict(Kind.PARTICIPANT, ours_p.label, "; ".join(reasons),
                                      resolution))  # fmt: skip
    return matching


def _attributes(
    ours: Side, theirs: Side, participants: Matching, conflicts: list[Conflict]
) -> tuple[Matching, list[tuple[int, int, str]], list[tuple[int, tuple[str, ...]]]]:
    found = match_simple(ours.attributes, theirs.attributes, lambda r: key(r.name), How.NAME,
                         ours.aliases.get(Kind.ATTRIBUTE, {}))  # fmt: skip
    mine = {a.id: a for a in ours.attributes}
    usable: set[int] = set(found.added)  # their attributes whose values can come over
    choices: list[tuple[int, tuple[str, ...]]] = []
    matched = dict(found.matched)
    for a in theirs.attributes:
        if a.id not in matched:
            continue
        our = mine[matched[a.id][0]]
        if our.type != a.type:
            conflicts.append(Conflict(Kind.ATTRIBUTE, our.name,
                f"a {a.type} attribute there, a {our.type} attribute here",
                "kept ours; their values of it are left out"))  # fmt: skip
            continue
        usable.add(a.id)
        extra = tuple(c for c in a.choices if c not in our.choices)
        if extra:
            choices.append((our.id, our.choices + extra))
    our_values = {(p, a): v for p, a, v in ours.values}
    values: list[tuple[int, int, str]] = []
    coming = participants.ids()
    for person, attribute, value in theirs.values:
        if attribute not in usable or not value or person not in coming:
            continue
        mapped_p = participants.matched.get(person)
        mapped_a = matched.get(attribute)
        if mapped_p is None or mapped_a is None:  # a new participant or attribute
            values.append((person, attribute, value))
            continue
        mine_value = our_values.get((mapped_p[0], mapped_a[0]), "")
        if not mine_value:
            values.append((person, attribute, value))
        elif mine_value != value:
            label = participants.names[person]
            conflicts.append(Conflict(Kind.ATTRIBUTE, f"{label}: {mine[mapped_a[0]].name}",
                f"“{value}” there, “{mine_value}” here", "kept ours"))  # fmt: skip
    return found, values, choices


# -- sources and codings ---------------------------------------------------------------


def _sources(ours: Side, theirs: Side, conflicts: list[Conflict]) -> Matching:
    by_guid = {s.guid: s for s in ours.sources}
    by_digest: dict[str, int] = {}
    for s in ours.sources:
        by_digest.setdefault(s.digest, s.id)
    alias = ours.aliases.get(Kind.SOURCE, {})
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    names: dict[int, str] = {}
    for s in theirs.sources:
        names[s.id] = s.name
        same = by_guid.get(s.guid) or by_guid.get(alias.get(s.guid, ""))
        how = How.GUID if s.guid in by_guid else How.EARLIER
        if same is not None and same.digest != s.digest:
            conflicts.append(Conflict(Kind.SOURCE, s.name,
                f"the same source as “{same.name}” here (GUID), but its text differs",
                "left out, with its codings"))  # fmt: skip
        elif same is not None:
            matched[s.id] = (same.id, how)
        elif s.digest in by_digest:
            matched[s.id] = (by_digest[s.digest], How.TEXT)
        else:
            added.append(s.id)
    return Matching(matched, tuple(added), names)


def _codings(
    ours: Side, theirs: Side, codes: Matching, sources: Matching, coders: Matching,
    conflicts: list[Conflict],
) -> tuple[Matching, dict[str, int]]:  # fmt: skip
    by_guid = {c.guid: c for c in ours.codings}
    seen = {(c.code_id, c.source_id, c.start, c.end, c.coder_id): c.id for c in ours.codings}
    code_of, source_of, coder_of = codes.mapper(), sources.mapper(), coders.mapper()
    source_ids = sources.ids()
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    skipped: dict[str, int] = defaultdict(int)
    for c in theirs.codings:
        if c.source_id not in source_ids:
            skipped["codings on sources in conflict"] += 1
            continue
        content = (code_of(c.code_id), source_of(c.source_id), c.start, c.end,
                   coder_of(c.coder_id))  # fmt: skip
        same = by_guid.get(c.guid)
        if same is not None:
            matched[c.id] = (same.id, How.GUID)
            if content != (same.code_id, same.source_id, same.start, same.end, same.coder_id):
                conflicts.append(Conflict(Kind.CODING,
                    f"{sources.names.get(c.source_id, '?')} [{c.start}–{c.end}]",
                    "the same coding (GUID) has another code, span or coder there",
                    "kept ours"))  # fmt: skip
        elif content in seen:
            matched[c.id] = (seen[content], How.CONTENT)
        else:
            seen[content] = -c.id - 1  # a coding added by this merge
            added.append(c.id)
    return Matching(matched, tuple(added), {}), skipped


# -- themes and memos ------------------------------------------------------------------


def _links(
    ours: Iterable[tuple[int, int]], theirs: Iterable[tuple[int, int]],
    themes: Matching, targets: Matching,
) -> tuple[tuple[int, int], ...]:  # fmt: skip
    """Their (theme, target) links whose ends both come over and that ours lacks."""
    have = set(ours)
    theme_of, target_of = themes.mapper(), targets.mapper()
    theme_ids, target_ids = themes.ids(), targets.ids()
    out: list[tuple[int, int]] = []
    for theme, target in theirs:
        if theme not in theme_ids or target not in target_ids:
            continue
        pair = (theme_of(theme), target_of(target))
        if pair not in have:
            have.add(pair)
            out.append((theme, target))
    return tuple(out)


def _memos(
    ours: Side, theirs: Side, maps: Mapping[Kind, Matching], conflicts: list[Conflict]
) -> tuple[Matching, dict[str, int]]:
    by_guid = {m.guid: m for m in ours.memos}
    seen = {(m.target_kind, m.target_id, m.title, m.text): m.id for m in ours.memos}
    matched: dict[int, tuple[int, How]] = {}
    added: list[int] = []
    names: dict[int, str] = {}
    skipped: dict[str, int] = defaultdict(int)
    coming = {kind: (m.ids(), m.mapper()) for kind, m in maps.items()}  # once, not per memo
    for memo in theirs.memos:
        names[memo.id] = memo.title or memo.text[:40]
        same = by_guid.get(memo.guid)
        if same is not None:
            matched[memo.id] = (same.id, How.GUID)
            if (same.title, same.text) != (memo.title, memo.text):
                conflicts.append(Conflict(Kind.MEMO, names[memo.id],
                                          "the same memo (GUID) reads differently there",
                                          "kept ours"))  # fmt: skip
            continue
        target: int | None = None
        if memo.target_kind != "project":
            found = coming.get(Kind(memo.target_kind)) if memo.target_kind in KINDS else None
            if found is None or memo.target_id not in found[0]:
                skipped["memos on something that does not come over"] += 1
                continue
            target = found[1](memo.target_id)
        content = (memo.target_kind, target, memo.title, memo.text)
        if content in seen:
            matched[memo.id] = (seen[content], How.CONTENT)
        else:
            seen[content] = -memo.id - 1
            added.append(memo.id)
    return Matching(matched, tuple(added), names), skipped


KINDS = {k.value for k in Kind}
