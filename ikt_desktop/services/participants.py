"""Participants (cases) and their typed attributes."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Attribute, AttributeValue, Participant
from ikt_desktop.domain.attributes import AttributeType, parse_value
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services import versions
from ikt_desktop.services.base import Service, record, require
from ikt_desktop.services.dto import AttributeDTO, Outcome, ParticipantDTO


def attribute_dto(a: Attribute) -> AttributeDTO:
    return AttributeDTO(a.id, a.guid, a.name, a.type, tuple(json.loads(a.choices)), a.position)


def _participant_dto(p: Participant, values: Sequence[tuple[str, str]] = ()) -> ParticipantDTO:
    return ParticipantDTO(
        p.id, p.guid, p.label, p.pseudonym, p.role, p.notes, p.position, tuple(values),
        p.row_version,
    )  # fmt: skip


def _values(s: Session, participant_id: int) -> list[tuple[str, str]]:
    rows = s.execute(
        select(Attribute.name, AttributeValue.value)
        .join(AttributeValue, AttributeValue.attribute_id == Attribute.id)
        .where(AttributeValue.participant_id == participant_id)
        .order_by(Attribute.position, Attribute.id)
    )
    return [(name, value) for name, value in rows]


def _check_label(s: Session, label: str, own_id: int | None = None) -> str:
    label = " ".join(label.split())
    if not label:
        raise ValidationError("A participant needs a label (for example P3).")
    clash = s.scalar(select(Participant.id).where(func.lower(Participant.label) == label.lower()))
    if clash is not None and clash != own_id:
        raise ValidationError(f"There is already a participant labelled {label!r}.")
    return label


class ParticipantService(Service):
    def all(self) -> list[ParticipantDTO]:
        with self._store.read() as s:
            people = list(s.scalars(select(Participant).order_by(Participant.position)))
            rows = s.execute(
                select(AttributeValue.participant_id, Attribute.name, AttributeValue.value)
                .join(Attribute, AttributeValue.attribute_id == Attribute.id)
                .order_by(Attribute.position, Attribute.id)
            )
            values: dict[int, list[tuple[str, str]]] = {}
            for pid, name, value in rows:
                values.setdefault(pid, []).append((name, value))
            return [_participant_dto(p, values.get(p.id, ())) for p in people]

    def get(self, participant_id: int) -> ParticipantDTO:
        with self._store.read() as s:
            p = require(s, Participant, participant_id, "participant")
            return _participant_dto(p, _values(s, p.id))

    def add(
        self, label: str, pseudonym: str = "", role: str = "", notes: str = ""
    ) -> Outcome[ParticipantDTO]:
        with self._store.write() as s:
            position = s.scalar(select(func.coalesce(func.max(Participant.position) + 1, 0)))
            p = Participant(
                label=_check_label(s, label),
                pseudonym=pseudonym.strip(),
                role=role.strip(),
                notes=notes,
                position=position or 0,
            )
            s.add(p)
            s.flush()
            record(s, "add participant", "participant", p.id, label=p.label)
            return Outcome(
                _participant_dto(p), ChangeSet.of(Entity.PARTICIPANT, Op.CREATED, [p.id])
            )

    def update(
        self,
        participant_id: int,
        *,
        label: str | None = None,
        pseudonym: str | None = None,
        role: str | None = None,
        notes: str | None = None,
        seen: int | None = None,
        expected: Mapping[str, str] | None = None,
    ) -> Outcome[ParticipantDTO]:
        """``seen``/``expected``: the version and the values of the changed fields the
        user saw; a field another coder has changed since is not overwritten."""
        with self._store.write() as s:
            p = versions.claim(s, Participant, participant_id, "participant")
            versions.check(s, p, entity="participant", name=p.label, seen=seen,
                           expected=expected,
                           current=lambda: _participant_dto(p, _values(s, p.id)))  # fmt: skip
            before = _participant_dto(p)
            if label is not None:
                p.label = _check_label(s, label, p.id)
            if pseudonym is not None:
                p.pseudonym = pseudonym.strip()
            if role is not None:
                p.role = role.strip()
            if notes is not None:
                p.notes = notes
            after = _participant_dto(p, _values(s, p.id))
            record(s, "edit participant", "participant", p.id, before=before, after=after)
            return Outcome(after, ChangeSet.of(Entity.PARTICIPANT, Op.UPDATED, [p.id]))

    def delete(self, participant_id: int) -> Outcome[ParticipantDTO]:
        """Delete a participant; the returned DTO (with attribute values) restores it."""
        with self._store.write() as s:
            p = require(s, Participant, participant_id, "participant")
            snapshot = _participant_dto(p, _values(s, p.id))
            s.delete(p)
            record(s, "delete participant", "participant", participant_id, label=p.label)
            return Outcome(snapshot, ChangeSet.of(Entity.PARTICIPANT, Op.DELETED, [snapshot.id]))

    def restore(self, snapshot: ParticipantDTO) -> Outcome[ParticipantDTO]:
        with self._store.write() as s:
            p = Participant(
                id=snapshot.id,
                guid=snapshot.guid,
                label=_check_label(s, snapshot.label),
                pseudonym=snapshot.pseudonym,
                role=snapshot.role,
                notes=snapshot.notes,
                position=snapshot.position,
            )
            s.add(p)
            s.flush()
            by_name = {a.name: a.id for a in s.scalars(select(Attribute))}
            for name, value in snapshot.attributes:
                if name in by_name:
                    s.add(
                        AttributeValue(participant_id=p.id, attribute_id=by_name[name], value=value)
                    )
            record(s, "restore participant", "participant", p.id, label=p.label)
            return Outcome(replace(snapshot), ChangeSet.of(Entity.PARTICIPANT, Op.CREATED, [p.id]))

    # -- attributes ------------------------------------------------------------------

    def attributes(self) -> list[AttributeDTO]:
        with self._store.read() as s:
            rows = s.scalars(select(Attribute).order_by(Attribute.position, Attribute.id))
            return [attribute_dto(a) for a in rows]

    def define_attribute(
        self, name: str, kind: AttributeType | str, choices: Sequence[str] = ()
    ) -> Outcome[AttributeDTO]:
        kind = AttributeType(kind)
        name = " ".join(name.split())
        if not name:
            raise ValidationError("An attribute needs a name.")
        options = [c.strip() for c in choices if c.strip()]
        if kind is AttributeType.CHOICE and not options:
            raise ValidationError(f"The choice attribute {name!r} needs at least one choice.")
        with self._store.write() as s:
            if s.scalar(select(Attribute.id).where(func.lower(Attribute.name) == name.lower())):
                raise ValidationError(f"There is already an attribute called {name!r}.")
            position = s.scalar(select(func.coalesce(func.max(Attribute.position) + 1, 0)))
            a = Attribute(
                name=name,
                type=kind.value,
                choices=json.dumps(options, ensure_ascii=False),
                position=position or 0,
            )
            s.add(a)
            s.flush()
            record(s, "define attribute", "attribute", a.id, name=name, type=kind.value)
            return Outcome(attribute_dto(a), ChangeSet.of(Entity.ATTRIBUTE, Op.CREATED, [a.id]))

    def set_value(self, participant_id: int, attribute_id: int, raw: str) -> Outcome[str]:
        """Set (or clear, with "") one attribute value; returns the stored form."""
        with self._store.write() as s:
            versions.claim(s, Participant, participant_id, "participant")
            a = require(s, Attribute, attribute_id, "attribute")
            try:
                value = parse_value(AttributeType(a.type), raw, json.loads(a.choices))
            except ValidationError as exc:
                raise ValidationError(f"{a.name}: {exc}") from None
            s.execute(
                delete(AttributeValue).where(
                    AttributeValue.participant_id == participant_id,
                    AttributeValue.attribute_id == attribute_id,
                )
            )
            if value:
                s.add(
                    AttributeValue(
                        participant_id=participant_id, attribute_id=attribute_id, value=value
                    )
                )
            record(s, "set attribute", "participant", participant_id, attribute=a.name, value=value)
            return Outcome(value, ChangeSet.of(Entity.PARTICIPANT, Op.UPDATED, [participant_id]))
