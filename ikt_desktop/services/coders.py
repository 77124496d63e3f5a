"""Coders (invariant 4: every coding has one) and the current coder."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Coder, Coding
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding.codetree import clean_color, default_color
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.base import (
    CURRENT_CODER_KEY,
    Service,
    current_coder_id,
    get_meta,
    record,
    require,
    set_meta,
)
from ikt_desktop.services.dto import CoderDTO, Outcome


def coder_dto(c: Coder) -> CoderDTO:
    return CoderDTO(c.id, c.guid, c.name, c.initials, c.color)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()[:4]


class CoderService(Service):
    def all(self) -> list[CoderDTO]:
        with self._store.read() as s:
            return [coder_dto(c) for c in s.scalars(select(Coder).order_by(Coder.id))]

    def current(self) -> CoderDTO | None:
        with self._store.read() as s:
            ident = current_coder_id(s)
            return coder_dto(require(s, Coder, ident, "coder")) if ident is not None else None

    def add(self, name: str, initials: str = "", color: str | None = None) -> Outcome[CoderDTO]:
        with self._store.write() as s:
            coder = _add(s, name, initials, color)
            record(s, "add coder", "coder", coder.id, name=coder.name)
            return Outcome(coder_dto(coder), ChangeSet.of(Entity.CODER, Op.CREATED, [coder.id]))

    def remove(self, coder_id: int) -> Outcome[CoderDTO]:
        """Remove a coder who has coded nothing (the undo of adding one)."""
        with self._store.write() as s:
            coder = require(s, Coder, coder_id, "coder")
            if s.scalar(select(func.count(Coding.id)).where(Coding.coder_id == coder_id)):
                raise ValidationError(f"{coder.name} has codings; a coder with codings stays.")
            if get_meta(s, CURRENT_CODER_KEY) == coder.guid:
                raise ValidationError(f"{coder.name} is the current coder; switch first.")
            dto = coder_dto(coder)
            s.delete(coder)
            record(s, "remove coder", "coder", coder_id, name=dto.name)
            return Outcome(dto, ChangeSet.of(Entity.CODER, Op.DELETED, [coder_id]))

    def set_current(self, coder_id: int) -> Outcome[CoderDTO]:
        with self._store.write() as s:
            coder = require(s, Coder, coder_id, "coder")
            set_meta(s, CURRENT_CODER_KEY, coder.guid)
            record(s, "switch coder", "coder", coder.id, name=coder.name)
            return Outcome(coder_dto(coder), ChangeSet.of(Entity.PROJECT, Op.UPDATED, [0]))

    def ensure_current(self, default_name: str) -> CoderDTO:
        """The current coder; on a project without one, a coder named ``default_name``
        (typically the login name) is created or reused and made current."""
        with self._store.read() as s:
            ident = current_coder_id(s)
            if ident is not None:
                return coder_dto(require(s, Coder, ident, "coder"))
        if self._store.read_only:
            raise ValidationError("The project has no current coder and is read-only.")
        with self._store.write() as s:
            coder = s.scalar(select(Coder).where(Coder.name == default_name.strip()))
            if coder is None:
                coder = _add(s, default_name, "", None)
                record(s, "add coder", "coder", coder.id, name=coder.name)
            if not get_meta(s, CURRENT_CODER_KEY):
                set_meta(s, CURRENT_CODER_KEY, coder.guid)
            return coder_dto(coder)


def _add(s: Session, name: str, initials: str, color: str | None) -> Coder:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A coder needs a name.")
    if s.scalar(select(Coder.id).where(func.lower(Coder.name) == name.lower())) is not None:
        raise ValidationError(f"There is already a coder called {name!r}.")
    count = s.scalar(select(func.count(Coder.id))) or 0
    coder = Coder(
        name=name,
        initials=(initials.strip() or _initials(name) or name[:2]).upper(),
        color=clean_color(color) if color else default_color(count),
    )
    s.add(coder)
    s.flush()
    return coder
