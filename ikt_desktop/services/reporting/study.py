"""The study details (design, approach, recruitment, ethics …) the analyst writes for the
report's methods, kept in the project (``project_meta`` keys ``study.<key>``)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import ProjectMeta
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.report.study import KEYS, META_PREFIX, StudyDetails, field
from ikt_desktop.services.base import Service, record, set_meta
from ikt_desktop.services.dto import Outcome


def read_details(s: Session) -> StudyDetails:
    rows = s.execute(
        select(ProjectMeta.key, ProjectMeta.value).where(ProjectMeta.key.like(META_PREFIX + "%"))
    ).all()
    return StudyDetails.of({key[len(META_PREFIX) :]: value for key, value in rows})


class StudyService(Service):
    def get(self) -> StudyDetails:
        with self.store.read() as s:
            return read_details(s)

    def set(self, values: Mapping[str, str]) -> Outcome[StudyDetails]:
        """Set the given fields (an empty text clears one), in one transaction. The
        outcome's value is the details as they were before (for undo)."""
        keys = [field(key).key for key in values]  # unknown keys are refused, named
        with self.store.write() as s:
            before = read_details(s)
            for key in keys:
                set_meta(s, META_PREFIX + key, values[key].strip())
            changed = sorted(k for k in keys if before.get(k) != values[k].strip())
            record(s, "edit study details", "project", None, fields=changed)
        return Outcome(before, ChangeSet.of(Entity.PROJECT, Op.UPDATED, [0]))

    def replace(self, details: StudyDetails) -> Outcome[StudyDetails]:
        """Put every field back as in ``details`` (undo)."""
        return self.set({key: details.get(key) for key in KEYS})
