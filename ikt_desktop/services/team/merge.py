"""File ▸ Merge Project: bring another project (``.ikt`` or REFI-QDA ``.qdpx``) into this one.

The other file is only ever read: an ``.ikt`` is opened read-only (an older one is first
copied and upgraded in a temporary folder), a ``.qdpx`` is imported into a temporary
project. :meth:`MergeService.plan` shows what a merge would do; :meth:`MergeService.merge`
backs this project up beside itself, then plans again and writes the plan in one
transaction (see :mod:`domain.merge` for the rules).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop.db import models as m
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.store import Store, backup_file, free_name, inspect_file, open_store
from ikt_desktop.db.team.store import TeamStore
from ikt_desktop.domain.errors import ProjectFileError, ReadOnlyProjectError, UnreadableFileError
from ikt_desktop.domain.merge.plan import MergePlan, plan_merge
from ikt_desktop.domain.merge.rows import (
    AttributeRow,
    CodeRow,
    CoderRow,
    CodingRow,
    MemoRow,
    ParticipantRow,
    SavedQueryRow,
    Side,
    SourceRow,
    ThemeRow,
)
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.transcripts.text import binary_reason, normalise_text
from ikt_desktop.importers.input_files import check_input
from ikt_desktop.services.base import Service, get_meta
from ikt_desktop.services.dto import Outcome
from ikt_desktop.services.exchange.qdpx_file import create_from_qdpx
from ikt_desktop.services.team.merge_write import ALIASES_KEY, MergeWriter
from ikt_desktop.services.team.server import backup_team_project

QDPX = ".qdpx"


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the plan it wrote and where the backup is ("" when nothing
    needed writing)."""

    plan: MergePlan
    other: str
    backup: str


class OtherProject:
    """The project to merge in, open read-only (a temporary copy for a ``.qdpx`` or an
    older ``.ikt``). Close it when done: the temporary copy is removed."""

    def __init__(self, path: Path, store: Store, temp: Path | None) -> None:
        self.path, self.store, self._temp = path, store, temp

    @classmethod
    def open(
        cls, path: Path, progress: Progress = no_progress, password: Password | None = None
    ) -> OtherProject:
        """``password`` opens an encrypted ``.ikt`` (an older one is upgraded in an
        encrypted temporary copy)."""
        path = Path(path).resolve()
        try:
            check_input(path)  # a regular file: never a FIFO, a device or a folder
        except UnreadableFileError as exc:
            raise ProjectFileError(path, exc.reason) from None
        temp = Path(tempfile.mkdtemp(prefix="ikt-merge-"))
        try:
            if path.suffix.lower() == QDPX:
                store, _summary = create_from_qdpx(path, temp / "other.ikt", progress)
                store.close()
                return cls(path, open_store(temp / "other.ikt", read_only=True), temp)
            state = inspect_file(path, password)
            key = state.key
            kept: Path | None = temp
            if state.is_current:
                shutil.rmtree(temp)
                kept = None
                store = open_store(path, read_only=True, key=key)
            else:
                copy = temp / "other.ikt"  # an older schema: upgrade a copy, never the file
                backup_file(path, copy, key)
                open_store(copy, key=key).close()
                store = open_store(copy, read_only=True, key=key)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        other = cls(path, store, kept)
        try:
            other.refuse_binary()
        except BaseException:
            other.close()
            raise
        return other

    def refuse_binary(self) -> None:
        """Refuse the file when a source's text is binary data (a NUL, say, stored by an
        older version): the rule of :mod:`ikt_desktop.domain.transcripts.text`."""
        with self.store.read() as s:
            for name, text in s.execute(select(m.Source.name, m.Source.text)):
                reason = binary_reason(text)
                if reason is not None:
                    raise UnreadableFileError(
                        self.path, f"refused: the text of source {name!r} is not text "
                        f"({reason}); nothing was merged",
                    )  # fmt: skip

    def close(self) -> None:
        self.store.close()
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def __enter__(self) -> OtherProject:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class MergeService(Service):
    def open_other(
        self, path: Path, progress: Progress = no_progress, password: Password | None = None
    ) -> OtherProject:
        """Open the project to merge in (read-only); refuses this project itself."""
        return open_other(path, self._store.path, progress, password)

    def plan(self, other: OtherProject, join: Mapping[str, int] | None = None) -> MergePlan:
        """What merging ``other`` would do; changes nothing. ``join``: near-duplicate codes
        of theirs (GUID) to merge into a code of ours (id)."""
        with self._store.read() as s:
            ours = read_side(s, with_aliases=True)
        with other.store.read() as s:
            theirs = read_side(s)
        return plan_merge(ours, theirs, join)

    def merge(
        self, other: OtherProject, join: Mapping[str, int] | None = None,
        progress: Progress = no_progress,
    ) -> Outcome[MergeResult]:  # fmt: skip
        """Back this project up beside itself, then merge ``other`` in one transaction.
        On any failure (or Cancelled from ``progress``) nothing is written and the
        backup is removed again. When there is nothing to add, nothing is written (and
        no backup is made: ``backup`` is "")."""
        if self._store.read_only:
            raise ReadOnlyProjectError(self._store.path)
        progress(0, 10, "Comparing the projects")
        plan = self.plan(other, join)
        if not plan.changes_anything:
            return Outcome(MergeResult(plan, str(other.path), ""))
        progress(0, 10, "Backing up this project")
        backup = self._backup()
        try:
            with self._store.write() as s, other.store.read() as t:
                progress(1, 10, "Reading both projects")
                ours, theirs = read_side(s, with_aliases=True), read_side(t)
                plan = plan_merge(ours, theirs, join)
                progress(2, 10, "Merging")
                changes = MergeWriter(s, t, plan, ours, theirs, progress).write(
                    file=other.path.name, backup=backup.name
                )
        except BaseException:
            with contextlib.suppress(OSError):
                backup.unlink()
            raise
        progress(10, 10, "")
        return Outcome(MergeResult(plan, str(other.path), str(backup)), changes)

    def _backup(self) -> Path:
        """A copy of this project as it is: beside the file, or for a team project an
        offline copy in the app's data folder (services/team/server.py)."""
        if isinstance(self._store, TeamStore):
            return backup_team_project(self._store, "before-merge")
        backup = merge_backup_path(self._store.path)
        backup_file(self._store.path, backup, self._store.key)  # encrypted like this one
        return backup


def open_other(
    path: Path, this: Path, progress: Progress = no_progress, password: Password | None = None
) -> OtherProject:
    """Open ``path`` to merge into the project ``this`` (read-only); refuses ``this``."""
    if Path(path).resolve() == Path(this).resolve():
        raise ProjectFileError(path, "this is the open project itself; choose another file")
    return OtherProject.open(Path(path), progress, password)


def merge_backup_path(path: Path) -> Path:
    """``study.before-merge-20260127-101500.ikt`` beside ``study.ikt`` (never overwritten)."""
    return free_name(path, f"before-merge-{m.utcnow():%Y%m%d-%H%M%S}")


def read_side(s: Session, *, with_aliases: bool = False) -> Side:
    """One project as the merge rules see it (read in the caller's transaction)."""
    sources = tuple(
        SourceRow(i, g, n, hashlib.sha256(normalise_text(t).encode("utf-8")).hexdigest())
        for i, g, n, t in s.execute(select(m.Source.id, m.Source.guid, m.Source.name,
                                           m.Source.text).order_by(m.Source.position, m.Source.id))
    )  # fmt: skip
    aliases = json.loads(get_meta(s, ALIASES_KEY, "{}")) if with_aliases else {}
    a = m.Attribute
    return Side(
        coders=tuple(CoderRow(*r) for r in s.execute(
            select(m.Coder.id, m.Coder.guid, m.Coder.name).order_by(m.Coder.id))),
        participants=tuple(ParticipantRow(*r) for r in s.execute(
            select(m.Participant.id, m.Participant.guid, m.Participant.label,
                   m.Participant.pseudonym, m.Participant.role, m.Participant.notes)
            .order_by(m.Participant.position, m.Participant.id))),
        attributes=tuple(AttributeRow(i, g, n, t, tuple(json.loads(c or "[]")))
                         for i, g, n, t, c in s.execute(select(a.id, a.guid, a.name, a.type,
                         a.choices).order_by(a.position, a.id))),
        values=tuple((p, at, v) for p, at, v in s.execute(select(
            m.AttributeValue.participant_id, m.AttributeValue.attribute_id,
            m.AttributeValue.value))),
        sources=sources,
        codes=tuple(CodeRow(**r._asdict()) for r in s.execute(select(
            m.Code.id, m.Code.guid, m.Code.parent_id, m.Code.position, m.Code.name, m.Code.color,
            m.Code.definition, m.Code.inclusion, m.Code.exclusion, m.Code.example))),
        codings=tuple(CodingRow(*r) for r in s.execute(select(
            m.Coding.id, m.Coding.guid, m.Coding.code_id, m.Coding.source_id, m.Coding.start,
            m.Coding.end, m.Coding.coder_id).order_by(m.Coding.id))),
        themes=tuple(ThemeRow(*r) for r in s.execute(select(
            m.Theme.id, m.Theme.guid, m.Theme.parent_id, m.Theme.position, m.Theme.name))),
        theme_codes=tuple((t, c) for t, c in s.execute(select(
            m.ThemeCode.theme_id, m.ThemeCode.code_id).order_by(m.ThemeCode.position))),
        theme_quotes=tuple((t, c) for t, c in s.execute(select(
            m.ThemeQuote.theme_id, m.ThemeQuote.coding_id).order_by(m.ThemeQuote.position))),
        memos=tuple(MemoRow(*r) for r in s.execute(select(
            m.Memo.id, m.Memo.guid, m.Memo.target_kind, m.Memo.target_id, m.Memo.title,
            m.Memo.text).order_by(m.Memo.id))),
        saved_queries=tuple(SavedQueryRow(*r) for r in s.execute(select(
            m.SavedQuery.id, m.SavedQuery.guid, m.SavedQuery.name, m.SavedQuery.kind,
            m.SavedQuery.definition, m.SavedQuery.created_by)
            .order_by(m.SavedQuery.position, m.SavedQuery.id))),
        aliases=aliases,
    )  # fmt: skip
