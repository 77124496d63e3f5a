"""Queries kept in the project: coding queries (``kind="coding"``) and text searches
(``kind="text"``). The definition is JSON, checked before it is stored: a coding query's
with ``domain.query.from_json``, a text search's with ``domain.saved_search.from_json``.
Names are unique within a kind. Delete returns a snapshot that :meth:`restore` puts back
with the same id, guid and place (undo).

A coding query refers to codes, coders and sources by id *and* GUID: saving stores the
GUID of each id (:meth:`References.anchor`), reading looks each GUID up again
(:meth:`References.resolve`), so the DTO's definition always carries this project's
current ids. SQLite reuses the id of a deleted last row, so an id alone could silently
point at a newer code; a GUID also lets a definition travel to another copy of the
project (team merges). A definition written without GUIDs is read by its ids as before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db import models as m
from ikt_desktop.db.models import SavedQuery
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.query.coding_query import (
    MAX_NAME,
    Bind,
    by_guid,
    by_id,
    from_json,
    rebind,
    to_json,
)
from ikt_desktop.domain.query.saved_search import from_json as text_search_from_json
from ikt_desktop.services.base import Service, current_coder_id, record, require
from ikt_desktop.services.dto import Outcome

CODING, TEXT = "coding", "text"
KINDS = (CODING, TEXT)


@dataclass(frozen=True)
class SavedQueryDTO:
    id: int
    guid: str
    name: str
    kind: str
    definition: str  # JSON
    position: int
    created: dt.datetime
    created_by: int | None


def _dto(q: SavedQuery, refs: References) -> SavedQueryDTO:
    return SavedQueryDTO(q.id, q.guid, q.name, q.kind, refs.resolve(q.kind, q.definition),
                         q.position, q.created, q.created_by)  # fmt: skip


class References:
    """This project's codes, coders and sources by id and by GUID, read once per session."""

    TABLES = ((m.Code.id, m.Code.guid), (m.Coder.id, m.Coder.guid), (m.Source.id, m.Source.guid))

    def __init__(self, s: Session) -> None:
        self.guids = [{i: g for i, g in s.execute(select(*cols))} for cols in self.TABLES]
        self.ids = [{g: i for i, g in guids.items()} for guids in self.guids]

    def resolve(self, kind: str, definition: str) -> str:
        """The stored definition with this project's current ids (by GUID)."""
        binds = [by_guid(ids, guids) for ids, guids in zip(self.ids, self.guids, strict=True)]
        return self._rewrite(kind, definition, binds)

    def anchor(self, kind: str, definition: str) -> str:
        """A definition to store: each id (as chosen now) with its GUID."""
        return self._rewrite(kind, definition, [by_id(guids) for guids in self.guids])

    @staticmethod
    def _rewrite(kind: str, definition: str, binds: list[Bind]) -> str:
        if kind != CODING:
            return definition
        try:
            query = from_json(definition)
        except ValidationError:  # stored before a check existed: shown as it is
            return definition
        return to_json(rebind(query, *binds))


def _changed(op: Op, ident: int) -> ChangeSet:
    return ChangeSet.of(Entity.SAVED_QUERY, op, [ident])


def check_definition(kind: str, definition: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"unknown kind of saved query {kind!r} (use {' or '.join(KINDS)})")
    if kind == CODING:
        from_json(definition)
    else:
        text_search_from_json(definition)


def _check_name(s: Session, name: str, kind: str, own_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A saved query needs a name.")
    if len(name) > MAX_NAME:
        raise ValidationError(f"A saved query's name can have at most {MAX_NAME} characters.")
    clash = s.scalar(
        select(SavedQuery.id).where(
            func.lower(SavedQuery.name) == name.lower(), SavedQuery.kind == kind
        )
    )
    if clash is not None and clash != own_id:
        raise ValidationError(f"There is already a saved query named '{name}'.")
    return name


class SavedQueryService(Service):
    def all(self, kind: str | None = None) -> list[SavedQueryDTO]:
        """In their order (position), optionally of one kind."""
        query = select(SavedQuery).order_by(SavedQuery.position, SavedQuery.id)
        if kind is not None:
            query = query.where(SavedQuery.kind == kind)
        with self._store.read() as s:
            refs = References(s)
            return [_dto(q, refs) for q in s.scalars(query)]

    def get(self, query_id: int) -> SavedQueryDTO:
        with self._store.read() as s:
            return _dto(require(s, SavedQuery, query_id, "saved query"), References(s))

    def find(self, name: str, kind: str = CODING) -> SavedQueryDTO:
        """By name (ignoring case), for the command line."""
        wanted = " ".join(name.split()).lower()
        saved = self.all(kind)
        for q in saved:
            if q.name.lower() == wanted:
                return q
        names = ", ".join(f"'{q.name}'" for q in saved) or "none"
        raise NotFoundError(f"No saved query named '{name}' (saved: {names}).")

    def create(self, name: str, kind: str, definition: str) -> Outcome[SavedQueryDTO]:
        check_definition(kind, definition)
        with self._store.write() as s:
            name, refs = _check_name(s, name, kind), References(s)
            last = s.scalar(select(func.max(SavedQuery.position)))
            row = SavedQuery(name=name, kind=kind, definition=refs.anchor(kind, definition),
                             position=(last or 0) + 1, created_by=current_coder_id(s))  # fmt: skip
            s.add(row)
            s.flush()
            record(s, "save query", "saved_query", row.id, name=name, kind=kind)
            return Outcome(_dto(row, refs), _changed(Op.CREATED, row.id))

    def rename(self, query_id: int, name: str) -> Outcome[SavedQueryDTO]:
        with self._store.write() as s:
            row = require(s, SavedQuery, query_id, "saved query")
            before, row.name = row.name, _check_name(s, name, row.kind, query_id)
            record(s, "rename saved query", "saved_query", query_id, before=before, after=row.name)
            return Outcome(_dto(row, References(s)), _changed(Op.UPDATED, query_id))

    def update(self, query_id: int, definition: str) -> Outcome[SavedQueryDTO]:
        with self._store.write() as s:
            row = require(s, SavedQuery, query_id, "saved query")
            check_definition(row.kind, definition)
            refs = References(s)
            before, row.definition = row.definition, refs.anchor(row.kind, definition)
            record(s, "change saved query", "saved_query", query_id, before=before)
            return Outcome(_dto(row, refs), _changed(Op.UPDATED, query_id))

    def delete(self, query_id: int) -> Outcome[SavedQueryDTO]:
        """Returns the deleted query: hand it to :meth:`restore` to undo."""
        with self._store.write() as s:
            row = require(s, SavedQuery, query_id, "saved query")
            snapshot = _dto(row, References(s))
            s.delete(row)
            record(s, "delete saved query", "saved_query", query_id, name=snapshot.name)
            return Outcome(snapshot, _changed(Op.DELETED, query_id))

    def restore(self, snapshot: SavedQueryDTO) -> Outcome[SavedQueryDTO]:
        with self._store.write() as s:
            if s.get(SavedQuery, snapshot.id) is not None:
                raise ValidationError(f"The saved query '{snapshot.name}' is already there.")
            name, refs = _check_name(s, snapshot.name, snapshot.kind), References(s)
            s.execute(
                update(SavedQuery)
                .where(SavedQuery.position >= snapshot.position)
                .values(position=SavedQuery.position + 1)
            )
            row = SavedQuery(id=snapshot.id, guid=snapshot.guid, name=name, kind=snapshot.kind,
                             definition=refs.anchor(snapshot.kind, snapshot.definition),
                             position=snapshot.position,
                             created=snapshot.created, created_by=snapshot.created_by)  # fmt: skip
            s.add(row)
            s.flush()
            record(s, "restore saved query", "saved_query", row.id, name=name)
            return Outcome(_dto(row, refs), _changed(Op.CREATED, row.id))
