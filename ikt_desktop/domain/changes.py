"""What a service call changed, so the UI can update precisely (invariant 6)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    PROJECT = "project"
    CODER = "coder"
    PARTICIPANT = "participant"
    ATTRIBUTE = "attribute"
    SOURCE = "source"
    CODE = "code"
    CODING = "coding"
    THEME = "theme"
    MEMO = "memo"
    DECISION = "decision"  # a consensus decision on a disagreement
    TEXT = "text"  # a source's text was edited (ids: source ids); counts alone are SOURCE
    MEDIA = "media"  # a source's recording link or turn times changed (ids: source ids)
    SAVED_QUERY = "saved_query"  # a coding query or text search kept in the project


class Op(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    entity: Entity
    op: Op
    id: int


@dataclass(frozen=True)
class ChangeSet:
    """An immutable list of changes, in the order they were made."""

    changes: tuple[Change, ...] = ()

    @classmethod
    def of(cls, entity: Entity, op: Op, ids: Iterable[int]) -> ChangeSet:
        return cls(tuple(Change(entity, op, i) for i in ids))

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __add__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.changes + other.changes)

    def entities(self) -> frozenset[Entity]:
        return frozenset(c.entity for c in self.changes)

    def ids(self, entity: Entity, op: Op | None = None) -> frozenset[int]:
        return frozenset(
            c.id for c in self.changes if c.entity is entity and (op is None or c.op is op)
        )


class ChangeSetBuilder:
    """Collects changes inside one unit of work."""

    def __init__(self) -> None:
        self._changes: list[Change] = []

    def add(self, entity: Entity, op: Op, *ids: int) -> None:
        self._changes.extend(Change(entity, op, i) for i in ids)

    def build(self) -> ChangeSet:
        return ChangeSet(tuple(self._changes))


def media_changed(source_id: int) -> ChangeSet:
    """A source's recording or turn times changed: the source (its row) and its media."""
    return ChangeSet.of(Entity.SOURCE, Op.UPDATED, [source_id]) + ChangeSet.of(
        Entity.MEDIA, Op.UPDATED, [source_id]
    )
