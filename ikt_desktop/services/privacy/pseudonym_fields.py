"""The text fields that pseudonymisation rewrites besides the transcripts: memos (every
target), coding memos, the codebook's and the themes' texts, participants' notes, source
and speaker names, consensus notes, saved queries and the change log's details (JSON,
rewritten value by value so it stays valid JSON).

Each field hit is previewed with where it is ("Memo on code Trust"); each change is kept
as (table, row id, column, old, new) so an undo puts back exactly the old value, and
refuses when the value changed since.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    ChangeLog,
    Code,
    Coding,
    Decision,
    Memo,
    Participant,
    SavedQuery,
    Source,
    Speaker,
    Theme,
)
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.privacy.pseudonyms import Hit, Replacer
from ikt_desktop.domain.progress import Progress

# table -> (model, text columns, JSON columns, the entity its rows are)
_TABLES: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...], Entity | None]] = {
    "memo": (Memo, ("title", "text"), (), Entity.MEMO),
    "coding": (Coding, ("memo",), (), Entity.CODING),
    "code": (Code, ("name", "definition", "inclusion", "exclusion", "example"), (),
             Entity.CODE),
    "theme": (Theme, ("name", "definition", "central_concept", "boundaries", "narrative"), (),
              Entity.THEME),
    "participant": (Participant, ("pseudonym", "role", "notes"), (), Entity.PARTICIPANT),
    "source": (Source, ("name", "interviewer", "origin_name"), (), Entity.SOURCE),
    "speaker": (Speaker, ("name",), (), Entity.SOURCE),
    "decision": (Decision, ("note",), (), Entity.DECISION),
    "saved_query": (SavedQuery, ("name",), ("definition",), None),
    "change_log": (ChangeLog, (), ("detail",), None),
}  # fmt: skip
_ONE_FIELD = ("speaker", "decision", "change_log")  # "where" needs no column name
_COLUMN_NAMES = {"central_concept": "central concept", "origin_name": "original file name"}


@dataclass(frozen=True)
class FieldHits:
    """The hits in one text field: ``where`` says in words where it is."""

    table: str
    row_id: int
    column: str
    where: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class FieldChange:
    """One field as rewritten: ``entity_id`` is the row's entity id for the ChangeHub
    (a speaker's source)."""

    table: str
    row_id: int
    column: str
    old: str
    new: str
    entity_id: int


def _pairs(s: Session, query: Executable) -> dict[int, str]:
    return {key: value for key, value in s.execute(query)}


class _Places:
    """Names for saying where a field is."""

    def __init__(self, s: Session) -> None:
        self.sources = _pairs(s, select(Source.id, Source.name))
        self.codes = _pairs(s, select(Code.id, Code.name))
        self.themes = _pairs(s, select(Theme.id, Theme.name))
        self.people = _pairs(s, select(Participant.id, Participant.label))
        self._s = s

    def memo_target(self, kind: str, target: int | None) -> str:
        if kind == "project" or target is None:
            return "Project memo"
        if kind == "coding":
            row = self._s.execute(
                select(Coding.code_id, Coding.source_id).where(Coding.id == target)
            ).first()
            if row is not None:
                return f"Memo on a coding ({self.coding(row[0], row[1])})"
        names = {"source": self.sources, "code": self.codes, "theme": self.themes,
                 "participant": self.people}.get(kind, {})  # fmt: skip
        return f"Memo on {kind} {names.get(target, f'#{target}')}"

    def coding(self, code_id: int, source_id: int) -> str:
        return f"{self.codes.get(code_id, '?')} in {self.sources.get(source_id, '?')}"


def _rows(s: Session, table: str, places: _Places) -> Iterator[tuple[int, str, str, int, str]]:
    """(row id, column, value, entity id, where) of every non-empty field of ``table``."""
    model, columns, json_columns, _entity = _TABLES[table]
    extra: dict[str, Callable[[Any], tuple[int, str]]] = {
        "memo": lambda r: (r.id, places.memo_target(r.target_kind, r.target_id)),
        "coding": lambda r: (r.id, f"Coding memo ({places.coding(r.code_id, r.source_id)})"),
        "code": lambda r: (r.id, f"Code {r.name}"),
        "theme": lambda r: (r.id, f"Theme {r.name}"),
        "participant": lambda r: (r.id, f"Participant {r.label}"),
        "source": lambda r: (r.id, f"Source {r.name}"),
        "speaker": lambda r: (r.source_id, f"Speaker in {places.sources.get(r.source_id)}"),
        "decision": lambda r: (r.id, f"Consensus note in {places.sources.get(r.source_id)}"),
        "saved_query": lambda r: (r.id, f"Saved query {r.name}"),
        "change_log": lambda r: (r.id, f"Change log ({r.action})"),
    }  # fmt: skip
    wanted = [model.id, *(getattr(model, c) for c in columns + json_columns)]
    for name in ("target_kind", "target_id", "code_id", "source_id", "name", "label", "action"):
        if hasattr(model, name) and name not in columns + json_columns:
            wanted.append(getattr(model, name))
    query = select(*wanted).order_by(model.id)
    if table == "coding":
        query = query.where(Coding.memo != "")
    if table == "change_log":  # coders (the research team) keep their names, as in the
        query = query.where(ChangeLog.entity != "coder")  # coder table (authorship)
    for row in s.execute(query):
        entity_id, where = extra[table](row)
        for column in columns + json_columns:
            value = getattr(row, column) or ""
            if value:
                label = "" if table in _ONE_FIELD else f": {_COLUMN_NAMES.get(column, column)}"
                yield row.id, column, value, entity_id, where + label


def _json_replace(value: Any, replacer: Replacer) -> Any:
    if isinstance(value, str):
        return replacer.replace_all(value)
    if isinstance(value, list):
        return [_json_replace(v, replacer) for v in value]
    if isinstance(value, dict):
        return {k: _json_replace(v, replacer) for k, v in value.items()}
    return value


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)


def _is_json(table: str, column: str) -> bool:
    return column in _TABLES[table][2]


def _parsed(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # not JSON after all: treated as plain text


def field_hits(s: Session, replacer: Replacer, progress: Progress) -> list[FieldHits]:
    """Every hit in the fields, table by table (one progress report per table)."""
    out: list[FieldHits] = []
    places = _Places(s)
    for n, table in enumerate(_TABLES):
        progress(n, len(_TABLES), "Looking through memos, codes, themes and notes…")
        for row_id, column, value, _eid, where in _rows(s, table, places):
            texts = _json_strings(_parsed(value)) if _is_json(table, column) else [value]
            hits = tuple(h for t in texts for h in replacer.hits(t))
            if hits:
                out.append(FieldHits(table, row_id, column, where, hits))
    return out


def replace_fields(s: Session, replacer: Replacer, progress: Progress) -> list[FieldChange]:
    """Rewrite every field with a hit (in the caller's transaction)."""
    out: list[FieldChange] = []
    places = _Places(s)
    for n, table in enumerate(_TABLES):
        progress(n, len(_TABLES), "Pseudonymising memos, codes, themes and notes…")
        model = _TABLES[table][0]
        changed: list[FieldChange] = []
        for row_id, column, value, entity_id, _where in _rows(s, table, places):
            if _is_json(table, column) and not isinstance(parsed := _parsed(value), str):
                new_value = json.dumps(_json_replace(parsed, replacer), ensure_ascii=False)
                if new_value == json.dumps(parsed, ensure_ascii=False):
                    continue
            else:
                new_value = replacer.replace_all(value)
            if new_value != value:
                changed.append(FieldChange(table, row_id, column, value, new_value, entity_id))
        for column in {c.column for c in changed}:
            rows = [{"id": c.row_id, column: c.new} for c in changed if c.column == column]
            s.execute(update(model), rows)
        out += changed
    return out


def restore_fields(s: Session, changes: tuple[FieldChange, ...]) -> None:
    """Put back the old values; refuse (ValidationError) if one changed since."""
    for table in {c.table for c in changes}:
        model = _TABLES[table][0]
        mine = [c for c in changes if c.table == table]
        for column in {c.column for c in mine}:
            col = [c for c in mine if c.column == column]
            current = _pairs(s, select(model.id, getattr(model, column)).where(
                model.id.in_([c.row_id for c in col])))  # fmt: skip
            if any(current.get(c.row_id) != c.new for c in col):
                raise ValidationError(
                    f"A {table.replace('_', ' ')} changed since it was pseudonymised; "
                    "this cannot be undone."
                )
            s.execute(update(model), [{"id": c.row_id, column: c.old} for c in col])


def field_changes(changes: tuple[FieldChange, ...]) -> ChangeSet:
    out = ChangeSet()
    for table in sorted({c.table for c in changes}):
        entity = _TABLES[table][3]
        if entity is not None:
            ids = sorted({c.entity_id for c in changes if c.table == table})
            out += ChangeSet.of(entity, Op.UPDATED, ids)
    return out
