"""Writing a merge plan into this project: bulk inserts in the caller's one transaction.

Added entities keep the other project's GUIDs and get ids we assign (``max(id) + 1...``),
so references among them are mapped before anything is inserted. Added siblings go after
ours; added themes are placed on the board to the right of ours.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ikt_desktop.db import models as m
from ikt_desktop.db.search_index import reindex_sources
from ikt_desktop.domain.changes import ChangeSet, ChangeSetBuilder, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.merge.plan import Kind, MergePlan
from ikt_desktop.domain.merge.queries import side_binds
from ikt_desktop.domain.merge.rows import How, Matching, Side
from ikt_desktop.domain.progress import Progress
from ikt_desktop.domain.query.coding_query import GONE, Bind, from_json, rebind, to_json
from ikt_desktop.domain.transcripts.text import replace_controls
from ikt_desktop.services.base import get_meta, record, set_meta
from ikt_desktop.services.query.saved_queries import CODING, References

ALIASES_KEY = "merge_aliases"  # project_meta: kind -> their GUID -> our GUID
CHUNK = 20_000
ENTITY = {Kind.CODER: Entity.CODER, Kind.PARTICIPANT: Entity.PARTICIPANT,
          Kind.ATTRIBUTE: Entity.ATTRIBUTE, Kind.SOURCE: Entity.SOURCE, Kind.CODE: Entity.CODE,
          Kind.CODING: Entity.CODING, Kind.THEME: Entity.THEME, Kind.MEMO: Entity.MEMO,
          Kind.SAVED_QUERY: Entity.SAVED_QUERY}  # fmt: skip
REMEMBERED = (How.TEXT, How.PATH, How.LABEL, How.NAME, How.CHOSEN)  # not by GUID or content


def _next_id(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _rows(t: Session, model: Any, ids: Iterable[int]) -> list[dict[str, Any]]:
    """Their rows of ``model`` with the given ids, as column dicts, in the ids' order."""
    wanted = list(ids)
    if not wanted:
        return []
    table = cast(Table, model.__table__)
    found: dict[int, dict[str, Any]] = {}
    for first in range(0, len(wanted), 900):  # under SQLite's 999 parameters
        query = select(table).where(table.c.id.in_(wanted[first : first + 900]))
        found.update((r["id"], dict(r)) for r in t.execute(query).mappings())
    return [found[i] for i in wanted]


def _mapped(their: Bind, ids: dict[int, int], guids: dict[int, str]) -> Bind:
    def bind(ident: int, guid: str) -> tuple[int, str]:
        their_id, their_guid = their(ident, guid)
        ours = ids.get(their_id, GONE)
        return ours, guids.get(ours, their_guid)

    return bind


def _translate(kind: str, definition: str, binds: list[Bind]) -> str:
    if kind != CODING:
        return definition
    try:
        return to_json(rebind(from_json(definition), *binds))
    except ValidationError:  # unreadable there too: it comes over as written
        return definition


class MergeWriter:
    def __init__(self, s: Session, t: Session, plan: MergePlan, ours: Side, theirs: Side,
                 progress: Progress) -> None:  # fmt: skip
        self.s, self.t, self.plan, self.ours, self.theirs = s, t, plan, ours, theirs
        self.progress = progress
        self.ids: dict[Kind, dict[int, int]] = {}
        self.changes = ChangeSetBuilder()
        self.decisions = 0
        self.copies: dict[str, str] = {}  # saved queries added as copies: their -> our GUID

    def write(self, *, file: str, backup: str) -> ChangeSet:
        steps = (("coders", self._coders), ("participants", self._participants),
                 ("attributes", self._attributes), ("sources", self._sources),
                 ("codes", self._codes), ("codings", self._codings),
                 ("themes", self._themes), ("memos", self._memos),
                 ("consensus decisions", self._decisions))  # fmt: skip
        for n, (what, step) in enumerate(steps):
            self.progress(2 + n, 10, f"Merging {what}")
            step()
        self._saved_queries()
        self._fills()
        self._remember()
        record(self.s, "merge project", "project", None, file=file, backup=backup,
               counts=self.plan.counts(), conflicts=len(self.plan.conflicts))  # fmt: skip
        return self.changes.build()

    # -- ids ---------------------------------------------------------------------------

    def _assign(self, kind: Kind, model: Any) -> tuple[Matching, dict[int, int]]:
        """Give the added entities of ``kind`` their ids; map every one that comes over."""
        matching = self.plan[kind]
        base = _next_id(self.s, model)
        new = {their: base + i for i, their in enumerate(matching.added)}
        out = dict(new)
        for their, (ours, _how) in matching.matched.items():
            out[their] = new[-ours - 1] if ours < 0 else ours
        self.ids[kind] = out
        self.changes.add(ENTITY[kind], Op.CREATED, *new.values())
        return matching, out

    def _insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        table = cast(Table, model.__table__)  # Core executemany: no ORM bookkeeping
        for chunk in range(0, len(rows), CHUNK):
            self.s.execute(table.insert(), rows[chunk : chunk + CHUNK])

    def _after(self, model: Any) -> int:
        """The first free position after ours of ``model``."""
        return int(self.s.scalar(select(func.coalesce(func.max(model.position), -1))) or 0) + 1

    def _starts(self, model: Any, group: Any) -> dict[Any, int]:
        """Next free position per ``group`` value (parent, theme...) among ours."""
        return defaultdict(int, {k: int(p) + 1 for k, p in self.s.execute(
            select(group, func.max(model.position)).group_by(group))})  # fmt: skip

    # -- entities ----------------------------------------------------------------------

    def _coders(self) -> None:
        matching, ids = self._assign(Kind.CODER, m.Coder)
        rows = _rows(self.t, m.Coder, matching.added)
        for row in rows:
            row["id"] = ids[row["id"]]
        self._insert(m.Coder, rows)

    def _participants(self) -> None:
        matching, ids = self._assign(Kind.PARTICIPANT, m.Participant)
        start = self._after(m.Participant)
        rows = _rows(self.t, m.Participant, matching.added)
        for n, row in enumerate(rows):
            row.update(id=ids[row["id"]], position=start + n)
        self._insert(m.Participant, rows)

    def _attributes(self) -> None:
        matching, ids = self._assign(Kind.ATTRIBUTE, m.Attribute)
        start = self._after(m.Attribute)
        rows = _rows(self.t, m.Attribute, matching.added)
        for n, row in enumerate(rows):
            row.update(id=ids[row["id"]], position=start + n)
        self._insert(m.Attribute, rows)
        for our_id, choices in self.plan.choices:
            listed = json.dumps(list(choices), ensure_ascii=False)
            self.s.execute(
                update(m.Attribute).where(m.Attribute.id == our_id).values(choices=listed)
            )
            self.changes.add(Entity.ATTRIBUTE, Op.UPDATED, our_id)
        people = self.ids[Kind.PARTICIPANT]
        values: list[dict[str, Any]] = [
            {"participant_id": people[p], "attribute_id": ids[a], "value": v}
            for p, a, v in self.plan.values
        ]
        if values:
            upsert = sqlite_insert(m.AttributeValue)
            self.s.execute(upsert.on_conflict_do_update(
                index_elements=["participant_id", "attribute_id"],
                set_={"value": upsert.excluded.value}), values)  # fmt: skip
            self.changes.add(Entity.PARTICIPANT, Op.UPDATED,
                             *sorted({v["participant_id"] for v in values}))  # fmt: skip

    def _sources(self) -> None:
        matching, ids = self._assign(Kind.SOURCE, m.Source)
        people = self.ids[Kind.PARTICIPANT]
        start = self._after(m.Source)
        rows = _rows(self.t, m.Source, matching.added)
        for n, row in enumerate(rows):
            owner = row["participant_id"]
            row.update(id=ids[row["id"]], position=start + n,
                       participant_id=people.get(owner) if owner is not None else None,
                       text=replace_controls(row["text"]))  # one for one: spans stay  # fmt: skip
        self._insert(m.Source, rows)
        added = set(matching.added)
        speakers = [dict(r) for r in self.t.execute(select(m.Speaker.__table__)).mappings()
                    if r["source_id"] in added]  # fmt: skip
        base = _next_id(self.s, m.Speaker)
        speaker_ids = {r["id"]: base + n for n, r in enumerate(speakers)}
        for r in speakers:
            owner = r["participant_id"]
            r.update(id=speaker_ids[r["id"]], source_id=ids[r["source_id"]],
                     participant_id=people.get(owner) if owner is not None else None)  # fmt: skip
        self._insert(m.Speaker, speakers)
        turns = [dict(r) for r in self.t.execute(select(m.Turn.__table__)).mappings()
                 if r["source_id"] in added]  # fmt: skip
        base = _next_id(self.s, m.Turn)
        for n, r in enumerate(turns):
            speaker = r["speaker_id"]
            mapped = speaker_ids.get(speaker) if speaker is not None else None
            r.update(id=base + n, source_id=ids[r["source_id"]], speaker_id=mapped)
        self._insert(m.Turn, turns)
        reindex_sources(self.s, sorted(ids[i] for i in added))

    def _codes(self) -> None:
        matching, ids = self._assign(Kind.CODE, m.Code)
        coders = self.ids[Kind.CODER]
        starts = self._starts(m.Code, m.Code.parent_id)
        rows = _rows(self.t, m.Code, matching.added)  # parents first (the plan's order)
        for row in rows:
            parent = ids[row["parent_id"]] if row["parent_id"] is not None else None
            author = row["created_by"]
            row.update(id=ids[row["id"]], parent_id=parent, position=starts[parent],
                       created_by=coders.get(author) if author is not None else None)  # fmt: skip
            starts[parent] += 1
        self._insert(m.Code, rows)

    def _codings(self) -> None:
        matching, ids = self._assign(Kind.CODING, m.Coding)
        codes, sources, coders = (self.ids[k] for k in (Kind.CODE, Kind.SOURCE, Kind.CODER))
        added = set(matching.added)
        rows = []
        for r in self.t.execute(select(m.Coding.__table__).order_by(m.Coding.id)).mappings():
            if r["id"] in added:
                rows.append({**r, "id": ids[r["id"]], "code_id": codes[r["code_id"]],
                             "source_id": sources[r["source_id"]],
                             "coder_id": coders[r["coder_id"]]})  # fmt: skip
        self._insert(m.Coding, rows)

    def _themes(self) -> None:
        matching, ids = self._assign(Kind.THEME, m.Theme)
        starts = self._starts(m.Theme, m.Theme.parent_id)
        right = self.s.scalar(select(func.max(m.Theme.board_x + m.Theme.board_w)))
        shift = float(right) + 40.0 if right is not None else 0.0
        rows = _rows(self.t, m.Theme, matching.added)
        for row in rows:
            parent = ids[row["parent_id"]] if row["parent_id"] is not None else None
            row.update(id=ids[row["id"]], parent_id=parent, position=starts[parent],
                       board_x=row["board_x"] + shift)  # fmt: skip
            starts[parent] += 1
        self._insert(m.Theme, rows)
        self._links(m.ThemeCode, "code_id", self.plan.theme_codes, Kind.CODE)
        self._links(m.ThemeQuote, "coding_id", self.plan.theme_quotes, Kind.CODING)

    def _links(self, model: Any, column: str, links: Iterable[tuple[int, int]],
               kind: Kind) -> None:  # fmt: skip
        themes, targets = self.ids[Kind.THEME], self.ids[kind]
        starts = self._starts(model, model.theme_id)
        rows = []
        for theme, target in links:
            ours = themes[theme]
            rows.append({"theme_id": ours, column: targets[target], "position": starts[ours]})
            starts[ours] += 1
            self.changes.add(Entity.THEME, Op.UPDATED, ours)
        self._insert(model, rows)

    def _memos(self) -> None:
        matching, ids = self._assign(Kind.MEMO, m.Memo)
        coders = self.ids[Kind.CODER]
        rows = _rows(self.t, m.Memo, matching.added)
        for row in rows:
            kind, target, author = row["target_kind"], row["target_id"], row["author_id"]
            if kind != "project" and target is not None:
                target = self.ids[Kind(kind)][target]
            row.update(id=ids[row["id"]], target_id=target,
                       author_id=coders.get(author) if author is not None else None)  # fmt: skip
        self._insert(m.Memo, rows)

    def _decisions(self) -> None:
        """Their consensus decisions on sources and codes that came over or matched; by
        GUID, so merging twice adds none twice. Not in the preview's counts."""
        known = set(self.s.scalars(select(m.Decision.guid)))
        sources, codes, coders = (self.ids[k] for k in (Kind.SOURCE, Kind.CODE, Kind.CODER))
        base = _next_id(self.s, m.Decision)
        rows: list[dict[str, Any]] = []
        for r in self.t.execute(select(m.Decision.__table__).order_by(m.Decision.id)).mappings():
            if r["guid"] in known or r["source_id"] not in sources or r["code_id"] not in codes:
                continue
            person = {k: coders.get(r[k]) if r[k] is not None else None
                      for k in ("coder_a_id", "coder_b_id", "decided_by")}  # fmt: skip
            place = {"source_id": sources[r["source_id"]], "code_id": codes[r["code_id"]]}
            rows.append({**r, **person, **place, "id": base + len(rows)})
        self._insert(m.Decision, rows)
        self.changes.add(Entity.DECISION, Op.CREATED, *(row["id"] for row in rows))
        self.decisions = len(rows)

    def _saved_queries(self) -> None:
        """Theirs that are added: references translated to our ids (and GUIDs), under the
        plan's names; a copy beside ours (a GUID in conflict) gets a new GUID."""
        matching, ids = self._assign(Kind.SAVED_QUERY, m.SavedQuery)
        rows = _rows(self.t, m.SavedQuery, matching.added)
        if not rows:
            return
        binds = self._query_binds()
        coders, start = self.ids[Kind.CODER], self._after(m.SavedQuery)
        for n, row in enumerate(rows):
            author = row["created_by"]
            if row["id"] in self.plan.query_copies:
                copy = m.new_guid()
                self.copies[row["guid"]], row["guid"] = copy, copy
            row.update(id=ids[row["id"]], name=self.plan.query_names[row["id"]],
                       position=start + n,
                       definition=_translate(row["kind"], row["definition"], binds),
                       created_by=coders.get(author) if author is not None else None)  # fmt: skip
        self._insert(m.SavedQuery, rows)

    def _query_binds(self) -> list[Bind]:
        """Their reference (id, GUID) -> ours: resolved there by GUID, mapped by the plan's
        ids; one not in the merge result keeps its GUID with the id GONE."""
        ours = References(self.s).guids
        out: list[Bind] = []
        for their, kind, guids in zip(side_binds(self.theirs), (Kind.CODE, Kind.CODER,
                                      Kind.SOURCE), ours, strict=True):  # fmt: skip
            out.append(_mapped(their, self.ids[kind], guids))
        return out

    # -- blanks filled, matches remembered ---------------------------------------------

    def _fills(self) -> None:
        models: dict[Kind, Any] = {Kind.CODE: m.Code, Kind.PARTICIPANT: m.Participant}
        for fill in self.plan.fills:
            model = models[Kind(fill.kind)]
            self.s.execute(update(model).where(model.id == fill.our_id)
                           .values({fill.field: fill.value}))  # fmt: skip
            self.changes.add(ENTITY[Kind(fill.kind)], Op.UPDATED, fill.our_id)

    def _remember(self) -> None:
        """Matches not made by GUID are stored, so merging the file again matches the same
        way even after a rename here (or a near-duplicate the user merged)."""
        aliases: dict[str, dict[str, str]] = json.loads(get_meta(self.s, ALIASES_KEY, "{}"))
        sides = {Kind.CODER: ("coders",), Kind.PARTICIPANT: ("participants",),
                 Kind.ATTRIBUTE: ("attributes",), Kind.SOURCE: ("sources",),
                 Kind.CODE: ("codes",), Kind.THEME: ("themes",)}  # fmt: skip
        changed = bool(self.copies)
        if self.copies:
            aliases.setdefault(Kind.SAVED_QUERY.value, {}).update(self.copies)
        for kind, (attr,) in sides.items():
            their_guids = {r.id: r.guid for r in getattr(self.theirs, attr)}
            our_guids = {r.id: r.guid for r in getattr(self.ours, attr)}
            for their, (ours, how) in self.plan[kind].matched.items():
                if how in REMEMBERED and ours in our_guids:
                    aliases.setdefault(kind.value, {})[their_guids[their]] = our_guids[ours]
                    changed = True
        if changed:
            set_meta(self.s, ALIASES_KEY, json.dumps(aliases, sort_keys=True))
