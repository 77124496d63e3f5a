"""Writing REFI-QDA data into a project: one transaction, bulk inserts with ids we assign.

The reverse of :mod:`exchange_gather`: folded descriptions are unfolded, the ``Role``
variable fills participants' roles, sets of codes become themes, notes become memos on
what refers to them (a note nothing refers to joins the project journal). GUIDs from the
file are kept. Names that would clash are made unique and the summary says so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    Attribute,
    AttributeValue,
    Code,
    Coder,
    Coding,
    Memo,
    Participant,
    Source,
    Theme,
    ThemeCode,
    utcnow,
)
from ikt_desktop.db.search_index import reindex_sources
from ikt_desktop.domain.attributes import AttributeType, parse_value
from ikt_desktop.domain.coding.autocode import GUIDE_ROOT, STRUCTURAL, THEMATIC
from ikt_desktop.domain.coding.codetree import MAX_NAME, default_color
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.exchange.refi import (
    CASE_LABELS,
    CODE_LABELS,
    ROLE_VARIABLE,
    SOURCE_LABELS,
    THEME_LABELS,
    VARIABLE_LABELS,
    RefiCode,
    RefiProject,
    SummaryBuilder,
    derived_guid,
    unfold,
    unique_name,
)
from ikt_desktop.domain.transcripts.text import count_words, normalise_text
from ikt_desktop.services.exchange.refi_gather import CODING_MEMO, PROJECT_DESCRIPTION
from ikt_desktop.services.exchange.refi_media import Places, write_media

STATUSES = ("candidate", "reviewed", "final")
UNKNOWN_CODER = "Unknown coder (imported)"


def next_id(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def code_name(name: str, summary: SummaryBuilder) -> str:
    cleaned = " ".join(name.replace("/", "∕").split())
    if cleaned != " ".join(name.split()):
        summary.convert("“/” in code names became “∕” (it separates levels in paths)")
    if len(cleaned) > MAX_NAME:
        summary.convert(f"code names longer than {MAX_NAME} characters were shortened")
        cleaned = cleaned[:MAX_NAME]
    return cleaned or "Unnamed code"


def guide_kind(name: str, parent_id: int | None, kinds: dict[int | None, str]) -> str:
    """A top-level code named "Interview guide" and everything under it come back as
    structural codes (how the interview guide leaves in a .qdpx), the rest as thematic."""
    if parent_id is None:
        return STRUCTURAL if name.strip().casefold() == GUIDE_ROOT.casefold() else THEMATIC
    return kinds.get(parent_id, THEMATIC)


def code_rows(
    s: Session,
    codes: Iterable[tuple[RefiCode, int | None]],
    summary: SummaryBuilder,
    first_position: dict[int | None, int] | None = None,
) -> list[dict[str, Any]]:
    """Insertable rows for ``codes``, given as (code, parent id) pairs, parents first.
    Row ``i`` gets id ``next_id + i``, so a caller can compute the parent ids of codes in
    the same list beforehand. Names are made unique among siblings; a code without a
    colour takes its parent's (when that is in the list) or one from the palette."""
    base = next_id(s, Code)
    position: dict[int | None, int] = defaultdict(int, first_position or {})
    names: dict[int | None, set[str]] = defaultdict(set)
    for parent, name in s.execute(select(Code.parent_id, Code.name)):
        names[parent].add(name.casefold())
    colours: dict[int, str] = {}
    kinds: dict[int | None, str] = {i: k for i, k in s.execute(select(Code.id, Code.kind))}
    rows: list[dict[str, Any]] = []
    for i, (code, parent_id) in enumerate(codes):
        name = code_name(code.name, summary)
        kinds[base + i] = guide_kind(name, parent_id, kinds)
        unique = unique_name(name, names[parent_id])
        if unique != name:
            summary.convert("codes with the same name at the same level were numbered")
        definition, parts = unfold(code.description, CODE_LABELS)
        colour = code.color or colours.get(parent_id or -1) or default_color(i)
        colours[base + i] = colour
        row = {"id": base + i, "guid": code.guid, "parent_id": parent_id, "name": unique,
               "position": position[parent_id], "color": colour, "definition": definition,
               "inclusion": parts.get("Inclusion", ""), "exclusion": parts.get("Exclusion", ""),
               "example": parts.get("Example", ""), "kind": kinds[base + i]}  # fmt: skip
        position[parent_id] += 1
        rows.append(row)
    return rows


class ProjectWriter:
    """Writes one :class:`RefiProject` into an (empty) project in the caller's session."""

    def __init__(
        self, s: Session, data: RefiProject, summary: SummaryBuilder, places: Places | None = None
    ) -> None:
        self.s, self.data, self.summary = s, data, summary
        self.places = places or Places(base_path=data.base_path)
        self.coders: dict[str, int] = {}
        self.codes: dict[str, int] = {}
        self.sources: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.codings: dict[str, int] = {}
        self.themes: dict[str, int] = {}
        self.memo_rows: list[dict[str, Any]] = []
        self.note_targets: dict[str, tuple[str, int | None]] = {}

    def count(self, kind: str, n: int) -> None:
        self.summary.imported[kind] = self.summary.imported.get(kind, 0) + n

    def write(self) -> None:
        self._coders()
        self._codes()
        people_sources = self._participants()
        self._sources(people_sources)
        self._codings()
        self._themes()
        self._memos()

    # -- coders --------------------------------------------------------------------

    def _coders(self) -> None:
        taken = {n.casefold() for n in self.s.scalars(select(Coder.name))}
        rows: list[dict[str, Any]] = []
        base = next_id(self.s, Coder)
        for user in self.data.users:
            name = unique_name(user.name or f"User {user.guid[:8]}", taken)
            initials = user.initials or "".join(w[0] for w in name.split() if w[:1].isalpha())
            coder_id = base + len(rows)
            colour = default_color(len(rows))
            rows.append({"id": coder_id, "guid": user.guid, "name": name,
                         "initials": initials.upper()[:16], "color": colour})  # fmt: skip
            self.coders[user.guid] = coder_id
        if rows:
            self.s.execute(insert(Coder), rows)
        self.count("coders", len(rows))

    def coder(self, guid: str | None) -> int:
        """The coder of ``guid``; a coder is made for an unknown GUID or none."""
        key = guid or ""
        if key in self.coders:
            return self.coders[key]
        if not key and self.data.user_guid in self.coders:
            return self.coders[self.data.user_guid or ""]
        taken = {n.casefold() for n in self.s.scalars(select(Coder.name))}
        name = unique_name(f"Coder {key[:8]}" if key else UNKNOWN_CODER, taken)
        new_id = next_id(self.s, Coder)
        self.s.execute(insert(Coder), [{"id": new_id, "guid": guid or derived_guid(
            self.data.name, "unknown-coder"), "name": name, "initials": "?",
            "color": "#BAB0AC"}])  # fmt: skip
        self.summary.convert(f"codings by a user not listed in the file are by “{name}”")
        self.coders[key] = new_id
        self.count("coders", 1)
        return new_id

    # -- codes ---------------------------------------------------------------------

    def _codes(self) -> None:
        pairs = self.data.all_codes()
        base = next_id(self.s, Code)
        ids = {code.guid: base + i for i, (code, _) in enumerate(pairs)}
        rows = code_rows(self.s, [(c, ids[p.guid] if p else None) for c, p in pairs], self.summary)
        if rows:
            self.s.execute(insert(Code), rows)
        self.codes = ids
        for code, _ in pairs:
            for note in code.note_guids:
                self.note_targets.setdefault(note, ("code", ids[code.guid]))
        self.count("codes", len(rows))

    # -- participants and attributes -------------------------------------------------

    def _attributes(self) -> tuple[dict[str, tuple[int, str, list[str]]], str | None]:
        """{variable guid: (attribute id, type, choices)} and the guid of the Role
        variable (which fills roles instead)."""
        out: dict[str, tuple[int, str, list[str]]] = {}
        role_guid = None
        taken = {n.casefold() for n in self.s.scalars(select(Attribute.name))}
        base = next_id(self.s, Attribute)
        for v in self.data.variables:
            if v.name.casefold() == ROLE_VARIABLE.casefold() and v.type == "Text":
                role_guid = v.guid
                continue
            _free, parts = unfold(v.description, VARIABLE_LABELS)
            choices = [c for c in parts.get("Choices", "").split("\n") if c.strip()]
            kind = {"Integer": "number", "Float": "number", "Date": "date",
                    "Boolean": "choice"}.get(v.type, "choice" if choices else "text")  # fmt: skip
            if v.type == "Boolean":
                choices = ["Yes", "No"]
                self.summary.convert("yes/no variables became choice attributes (Yes, No)")
            if v.type == "DateTime":
                self.summary.convert("date-and-time variables became text attributes")
            name = unique_name(" ".join(v.name.split()) or "Variable", taken)
            out[v.guid] = (base + len(out), kind, choices)
            self.s.execute(insert(Attribute), [{"id": base + len(out) - 1, "guid": v.guid,
                "name": name, "type": kind, "choices": json.dumps(choices, ensure_ascii=False),
                "position": len(out) - 1}])  # fmt: skip
        self.count("attributes", len(out))
        return out, role_guid

    def _participants(self) -> dict[str, int]:
        attributes, role_guid = self._attributes()
        taken = {n.casefold() for n in self.s.scalars(select(Participant.label))}
        base = next_id(self.s, Participant)
        rows, values = [], []
        source_owner: dict[str, int] = {}
        for i, case in enumerate(self.data.cases):
            pid = base + i
            notes, parts = unfold(case.description, CASE_LABELS)
            role = parts.get("Role", "")
            for value in case.values:
                if value.variable_guid == role_guid:
                    role = role or value.value.strip()
                    continue
                found = attributes.get(value.variable_guid)
                if found is None:
                    self.summary.skip("values of variables that are not defined")
                    continue
                stored = self._value(found, value.type, value.value)
                if stored:
                    values.append({"participant_id": pid, "attribute_id": found[0],
                                   "value": stored})  # fmt: skip
            label = unique_name(case.name or f"Case {i + 1}", taken)
            rows.append({"id": pid, "guid": case.guid, "label": label[:64],
                         "pseudonym": parts.get("Pseudonym", ""), "role": role,
                         "notes": notes, "position": i})  # fmt: skip
            self.people[case.guid] = pid
            for source_guid in case.source_guids:
                if source_guid in source_owner:
                    self.summary.skip("sources of several cases: linked to the first case only")
                    continue
                source_owner[source_guid] = pid
        if rows:
            self.s.execute(insert(Participant), rows)
        if values:
            self.s.execute(insert(AttributeValue), values)
        self.count("participants", len(rows))
        self.count("attribute values", len(values))
        return source_owner

    def _value(self, attribute: tuple[int, str, list[str]], xml_type: str, raw: str) -> str:
        attribute_id, kind, choices = attribute
        text = raw.strip()
        if xml_type == "Boolean":
            text = "Yes" if text.lower() in ("true", "1") else "No"
        if kind == "choice" and text and text not in choices:
            choices.append(text)  # tolerate values outside the listed choices
            self.s.execute(
                update(Attribute)
                .where(Attribute.id == attribute_id)
                .values(choices=json.dumps(choices, ensure_ascii=False))
            )
        try:
            return parse_value(AttributeType(kind), text, choices)
        except ValidationError as exc:
            self.summary.skip(f"attribute values that do not fit their type ({exc})")
            return ""

    # -- sources and codings ----------------------------------------------------------

    def _sources(self, owners: dict[str, int]) -> None:
        base = next_id(self.s, Source)
        rows = []
        for i, src in enumerate(self.data.sources):
            free, parts = unfold(src.description, SOURCE_LABELS)
            sid = base + i
            if free:
                self.memo_rows.append({"guid": derived_guid(src.guid, "description"),
                    "target_kind": "source", "target_id": sid, "title": "Description",
                    "text": free, "author_id": None})  # fmt: skip
            for k, (title, text) in enumerate(src.comments):
                self.memo_rows.append({"guid": derived_guid(src.guid, f"comment:{k}"),
                    "target_kind": "source", "target_id": sid, "title": title[:300],
                    "text": text, "author_id": None})  # fmt: skip
            if not src.text.strip():
                self.summary.convert(f"{src.name}: the source has no text")
            rows.append({
                "id": sid, "guid": src.guid, "name": src.name[:300],
                "kind": parts.get("Kind") or "interview", "text": src.text,
                "word_count": count_words(src.text), "participant_id": owners.get(src.guid),
                "origin_format": parts.get("Original format") or "refi-qda",
                "origin_name": parts.get("Original file", "")[:300],
                "interview_date": _date(parts.get("Interview date", "")),
                "duration_seconds": _int(parts.get("Duration (seconds)", "")),
                "mode": parts.get("Mode", "")[:64], "interviewer": parts.get("Interviewer", ""),
                "imported": src.created or utcnow(), "position": i,
            })  # fmt: skip
            self.sources[src.guid] = sid
            for note in src.note_guids:
                self.note_targets.setdefault(note, ("source", sid))
        if rows:
            self.s.execute(insert(Source), rows)
            reindex_sources(self.s, list(self.sources.values()))
        self.count("sources", len(rows))
        pairs = [(src, self.sources[src.guid]) for src in self.data.sources]
        write_media(self.s, pairs, self.places, self.summary)

    def _codings(self) -> None:
        notes = {n.guid: n for n in self.data.notes}
        base = next_id(self.s, Coding)
        rows: list[dict[str, Any]] = []
        for src in self.data.sources:
            sid = self.sources[src.guid]
            for c in src.codings:
                code_id = self.codes.get(c.code_guid)
                if code_id is None:
                    self.summary.skip("codings of codes that are not in the codebook")
                    if c.memo:
                        self.summary.skip("memos of codings whose code is not in the codebook")
                    continue
                cid = base + len(rows)
                memo_guid = derived_guid(c.guid, CODING_MEMO) if c.note_guids else ""
                if memo_guid in c.note_guids:  # our own export: the memo and other notes
                    memo = notes[memo_guid].text if memo_guid in notes else c.memo
                    self.note_targets[memo_guid] = ("consumed", None)
                    for other in c.note_guids:
                        self.note_targets.setdefault(other, ("coding", cid))
                else:  # the selection's Description and another tool's notes: its memo
                    texts = [c.memo] + [notes[g].text for g in c.note_guids if g in notes]
                    memo = "\n\n".join(dict.fromkeys(t for t in texts if t.strip()))
                    for g in c.note_guids:
                        self.note_targets.setdefault(g, ("consumed", None))
                rows.append({"id": cid, "guid": c.guid, "code_id": code_id, "source_id": sid,
                             "start": c.start, "end": c.end, "coder_id": self.coder(c.user_guid),
                             "created": c.created or utcnow(), "memo": memo})  # fmt: skip
                self.codings[c.guid] = cid
        table = cast(Table, Coding.__table__)  # Core executemany: no ORM bookkeeping
        for chunk in range(0, len(rows), 20_000):
            self.s.execute(table.insert(), rows[chunk : chunk + 20_000])
        self.count("codings", len(rows))

    # -- themes and memos ---------------------------------------------------------------

    def _themes(self) -> None:
        base = next_id(self.s, Theme)
        rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        parents: list[tuple[int, str]] = []
        taken: set[str] = set()
        for s in self.data.sets:
            codes = [self.codes[g] for g in s.code_guids if g in self.codes]
            if not codes:
                self.summary.skip("sets that hold no codes (only codes' sets become themes)")
                continue
            tid = base + len(rows)
            definition, parts = unfold(s.description, THEME_LABELS)
            status = parts.get("Status", "candidate")
            n = len(rows)
            rows.append({"id": tid, "guid": s.guid, "parent_id": None, "position": n,
                         "name": unique_name(s.name, taken)[:300], "definition": definition,
                         "central_concept": parts.get("Central concept", ""),
                         "boundaries": parts.get("Boundaries", ""),
                         "narrative": parts.get("Narrative", ""),
                         "status": status if status in STATUSES else "candidate",
                         "color": default_color(n), "board_x": 40.0 + n * 400, "board_y": 40.0,
                         "board_w": 380.0, "board_h": 440.0})  # fmt: skip
            links += [{"theme_id": tid, "code_id": c, "position": k}
                      for k, c in enumerate(dict.fromkeys(codes))]  # fmt: skip
            if parts.get("Sub-theme of"):
                parents.append((n, parts["Sub-theme of"]))
            self.themes[s.guid] = tid
            for note in s.note_guids:
                self.note_targets.setdefault(note, ("theme", tid))
            if s.source_guids:
                self.summary.skip("sources in sets (a theme holds codes)")
        by_name = {r["name"]: r["id"] for r in rows}
        for n, parent in parents:
            if parent in by_name and by_name[parent] != rows[n]["id"]:
                rows[n]["parent_id"] = by_name[parent]
        if rows:
            self.s.execute(insert(Theme), rows)
        if links:
            self.s.execute(insert(ThemeCode), links)
        self.count("themes", len(rows))

    def _memos(self) -> None:
        targets = {**self.people, **self.themes, **self.codes, **self.sources}
        kinds = {**dict.fromkeys(self.people, "participant"),
                 **dict.fromkeys(self.themes, "theme"), **dict.fromkeys(self.codes, "code"),
                 **dict.fromkeys(self.sources, "source")}  # fmt: skip
        for link in self.data.links:
            for note_guid, other in ((link.origin_guid, link.target_guid),
                                     (link.target_guid, link.origin_guid)):  # fmt: skip
                if other in targets:
                    self.note_targets.setdefault(note_guid, (kinds[other], targets[other]))
        for note_guid in self.data.note_guids:
            self.note_targets.setdefault(note_guid, ("project", None))
        rows = list(self.memo_rows)
        journal = {normalise_text(n.text).strip() for n in self.data.notes
                   if self.note_targets.get(n.guid, ("project", None))[0] == "project"}  # fmt: skip
        description = normalise_text(self.data.description).strip()
        # our own export writes the project description also as a journal note
        if description and description not in journal:
            rows.append({"guid": derived_guid(self.data.name, "description"),
                         "target_kind": "project", "target_id": None,
                         "title": PROJECT_DESCRIPTION, "text": self.data.description,
                         "author_id": None})  # fmt: skip
        for note in self.data.notes:
            kind, target = self.note_targets.get(note.guid, ("project", None))
            if kind == "consumed":
                continue
            rows.append({"guid": note.guid, "target_kind": kind, "target_id": target,
                         "title": note.name[:300], "text": note.text,
                         "author_id": self.coders.get(note.user_guid or ""),
                         "created": note.created or utcnow(),
                         "modified": note.modified or note.created or utcnow()})  # fmt: skip
        base = next_id(self.s, Memo)
        for i, row in enumerate(rows):
            row["id"] = base + i
            row.setdefault("created", utcnow())
            row.setdefault("modified", row["created"])
        if rows:
            self.s.execute(insert(Memo), rows)
        self.count("memos", len(rows))


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None
