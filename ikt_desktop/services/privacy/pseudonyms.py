"""Pseudonymisation: a replacement list (real name or term -> pseudonym) kept in the
project, previewed hit by hit, and applied to every transcript in one transaction.

The list lives in ``project_meta`` under :data:`META_KEY` as JSON (no schema change). A
replacement is a text edit (:mod:`ikt_desktop.services.coding.text_edit`): codings, turns and
consensus decisions are remapped, and a span lying inside a replaced name moves onto its
replacement, so codings keep covering the same words. Every other text field that can
hold a name (memos, coding memos, code and theme texts, participant notes, source and
speaker names, the change log's details: :mod:`pseudonym_fields`) is rewritten in the
same transaction. The change log gets counts only, never the replaced terms. Deleted
text is overwritten in the file (``PRAGMA secure_delete``) while applying and when the
key is removed; :mod:`pseudonym_copies` deals with the copies outside the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Participant, ProjectMeta, Source, Speaker
from ikt_desktop.db.search_index import reindex_sources
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.privacy.pseudonyms import (
    Entry,
    Hit,
    Replacer,
    apply_hits,
    clean_entries,
    entries_from_json,
    entries_to_json,
)
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.transcripts.remap import diff_texts
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.exporters.pseudonym_key import read_key, write_key
from ikt_desktop.services.base import Service, get_meta, record, require, set_meta
from ikt_desktop.services.coding.text_edit import TextEdit, apply_edit, restore_edit
from ikt_desktop.services.dto import Outcome
from ikt_desktop.services.privacy.pseudonym_fields import (
    FieldChange,
    FieldHits,
    field_changes,
    field_hits,
    replace_fields,
    restore_fields,
)

META_KEY = "pseudonym_list"
# Speaker names that identify nobody: never seeded.
GENERIC = frozenset({
    "interviewer", "interviewee", "participant", "respondent", "speaker", "moderator",
    "facilitator", "unknown", "iv", "ie", "int", "q", "a",
})  # fmt: skip


@dataclass(frozen=True)
class PseudonymList:
    entries: tuple[Entry, ...] = ()
    ignore_case: bool = True

    def replacer(self) -> Replacer:
        return Replacer(self.entries, ignore_case=self.ignore_case)


@dataclass(frozen=True)
class SourceHits:
    source_id: int
    name: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class PseudonymPreview:
    """The hits in the transcripts and in the other text fields."""

    sources: tuple[SourceHits, ...] = ()
    fields: tuple[FieldHits, ...] = ()

    @property
    def total(self) -> int:
        return sum(len(x.hits) for x in self.sources) + sum(len(f.hits) for f in self.fields)


@dataclass(frozen=True)
class Pseudonymisation:
    """An apply as done: what :meth:`PseudonymService.restore` needs to undo it.
    ``list_before`` is the list stored before, when the apply stored a new one."""

    edits: tuple[TextEdit, ...] = ()
    fields: tuple[FieldChange, ...] = ()
    hits: int = 0
    list_before: PseudonymList | None = None

    @property
    def changed_texts(self) -> frozenset[int]:
        """The sources whose transcript text changed (a search index must be refreshed)."""
        return frozenset(e.source_id for e in self.edits)

    @property
    def changed_sources(self) -> frozenset[int]:
        """The sources whose text, name, interviewer or speakers changed."""
        names = {f.entity_id for f in self.fields if f.table in ("source", "speaker")}
        return self.changed_texts | names


def _load(s: Session) -> PseudonymList:
    raw = get_meta(s, META_KEY)
    if not raw:
        return PseudonymList()
    data = json.loads(raw)
    entries = tuple(entries_from_json(data.get("entries", [])))
    return PseudonymList(entries, bool(data.get("ignore_case", True)))


def _dump(lst: PseudonymList) -> str:
    return json.dumps({
        "version": 1, "ignore_case": lst.ignore_case, "entries": entries_to_json(lst.entries),
    }, ensure_ascii=False)  # fmt: skip


def _validated(entries: Sequence[Entry]) -> tuple[Entry, ...]:
    cleaned = clean_entries(entries)
    terms = [" ".join(e.term.split()) for e in entries if e.term.strip()]
    if len({t.casefold() for t in terms}) < len(terms):
        raise ValidationError("A term is listed twice in the replacement list.")
    for e in cleaned:
        if not e.replacement:
            raise ValidationError(f"{e.term!r} needs a replacement (for example [Clinician 1]).")
    return tuple(cleaned)


def _secure_delete(s: Session, on: bool) -> bool:
    """Set ``PRAGMA secure_delete`` on this session's connection; return what it was."""
    was = bool(s.execute(text("PRAGMA secure_delete")).scalar())
    s.execute(text(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}"))
    return was


@contextmanager
def _securely(s: Session) -> Iterator[None]:
    """Run the block with ``PRAGMA secure_delete`` on (deleted text is overwritten in
    the file), flush it, then set the pragma back to what it was."""
    was_secure = _secure_delete(s, True)
    yield
    s.flush()
    _secure_delete(s, was_secure)


_CHANGED = ChangeSet.of(Entity.PROJECT, Op.UPDATED, [0])


class PseudonymService(Service):
    # -- the list --------------------------------------------------------------------

    def get_list(self) -> PseudonymList:
        with self._store.read() as s:
            return _load(s)

    def set_list(
        self, entries: Sequence[Entry], *, ignore_case: bool = True
    ) -> Outcome[PseudonymList]:
        """Store the list (validated: no empty replacement, no term twice). Undo by
        setting the list read before."""
        lst = PseudonymList(_validated(entries), ignore_case)
        with self._store.write() as s:
            with _securely(s):
                set_meta(s, META_KEY, _dump(lst))
            record(s, "set pseudonym list", "project", None, entries=len(lst.entries))
        return Outcome(lst, _CHANGED)

    def remove_key(self) -> Outcome[PseudonymList]:
        """Remove the list from the project (overwriting it in the file); the returned
        list restores it with :meth:`set_list`."""
        with self._store.write() as s:
            before = _load(s)
            with _securely(s):
                s.execute(delete(ProjectMeta).where(ProjectMeta.key == META_KEY))
            record(s, "remove pseudonym list", "project", None, entries=len(before.entries))
        return Outcome(before, _CHANGED)

    def seed(self) -> PseudonymList:
        """The stored list extended (not stored: the user reviews it, then
        :meth:`set_list`) with the project's names: each speaker name -> its participant's
        label; interviewers -> "[Interviewer N]" (kind "interviewer"), also for the full
        names in the sources' interviewer field; other speakers -> "[Speaker N]"; each
        participant's pseudonym field -> the label. Terms already listed are kept as they
        are; generic names ("Interviewer", "P3") are skipped."""
        with self._store.read() as s:
            current = _load(s)
            seeded: list[Entry] = list(current.entries)
            known = {e.term.casefold() for e in seeded}
            people = {p.id: p for p in s.scalars(select(Participant))}
            labels = {p.label.casefold() for p in people.values()}
            interviewers: dict[str, str] = {}  # first name (casefolded) -> replacement
            others = 0

            def add(term: str, replacement: str, kind: str) -> None:
                term = " ".join(term.split())
                key = term.casefold()
                if not term or key in known or key in GENERIC or key in labels:
                    return
                known.add(key)
                seeded.append(Entry(term, replacement, kind))

            def interviewer(name: str) -> str:
                key = name.split()[0].casefold() if name.split() else ""
                if key not in interviewers:
                    interviewers[key] = f"[Interviewer {len(interviewers) + 1}]"
                return interviewers[key]

            rows = s.execute(
                select(Speaker.name, Speaker.participant_id, Speaker.is_interviewer)
                .join(Source, Source.id == Speaker.source_id)
                .order_by(Source.position, Source.id, Speaker.position)
            )
            for name, pid, is_interviewer in rows:
                if is_interviewer:
                    add(name, interviewer(name), "interviewer")
                elif pid is not None and pid in people:
                    add(name, people[pid].label, "speaker")
                elif name.casefold() not in known:
                    others += 1
                    add(name, f"[Speaker {others}]", "speaker")
            for (field_value,) in s.execute(select(Source.interviewer).order_by(Source.position)):
                for full in field_value.replace(",", ";").split(";"):
                    if full.strip():
                        add(full, interviewer(full), "interviewer")
            for p in sorted(people.values(), key=lambda p: p.position):
                if p.pseudonym.strip():
                    add(p.pseudonym, p.label, "pseudonym")
            return PseudonymList(tuple(seeded), current.ignore_case)

    # -- preview and apply -----------------------------------------------------------

    def preview(
        self, lst: PseudonymList | None = None, progress: Progress = no_progress
    ) -> PseudonymPreview:
        """Every hit of the list (the stored one unless given) in every transcript and
        every other text field, with context; places without hits are left out.
        ``progress`` is called once per transcript (it may raise Cancelled)."""
        with self._store.read() as s:
            replacer = (lst or _load(s)).replacer()
            ids = list(s.scalars(select(Source.id).order_by(Source.position, Source.id)))
            out = []
            for n, sid in enumerate(ids):
                name, body = s.execute(
                    select(Source.name, Source.text).where(Source.id == sid)
                ).one()
                progress(n, len(ids) + 1, f"Looking through {name}…")
                hits = replacer.hits(body)
                if hits:
                    out.append(SourceHits(sid, name, tuple(hits)))
            fields = field_hits(s, replacer, _tail(progress, len(ids), len(ids) + 1))
            return PseudonymPreview(tuple(out), tuple(fields))

    def apply(
        self, lst: PseudonymList | None = None, progress: Progress = no_progress
    ) -> Outcome[Pseudonymisation]:
        """Store ``lst`` (when given) and replace every hit of the stored list in every
        transcript and every other text field (see :mod:`pseudonym_fields`), in one
        transaction; spans are remapped. ``progress`` may raise Cancelled: nothing is
        then changed. The change log gets counts only."""
        with self._store.write() as s:
            before = _load(s)
            if lst is not None:
                lst = PseudonymList(_validated(lst.entries), lst.ignore_case)
                set_meta(s, META_KEY, _dump(lst))
            lst = lst or before
            if not lst.entries:
                raise ValidationError("The replacement list is empty: nothing to replace.")
            replacer = lst.replacer()
            was_secure = _secure_delete(s, True)
            ids = list(s.scalars(select(Source.id).order_by(Source.position, Source.id)))
            edits, count, changes = [], 0, ChangeSet()
            for n, sid in enumerate(ids):
                source = require(s, Source, sid, "source")
                progress(n, len(ids) + 1, f"Pseudonymising {source.name}…")
                hits = replacer.hits(source.text)
                if not hits:
                    continue
                count += len(hits)
                diff = apply_hits(source.text, hits)
                if normalise_text(diff.new) != diff.new:  # a replacement joined a mark
                    diff = diff_texts(source.text, diff.new)
                outcome = apply_edit(s, source.id, diff, keep_inside=True, log_fragments=False)
                edits.append(outcome.value)
                changes += outcome.changes
            fields = replace_fields(s, replacer, _tail(progress, len(ids), len(ids) + 1))
            reindex_sources(s, _speaker_sources(fields))  # the search index names speakers
            s.flush()
            if not edits and not fields:
                raise ValidationError("No term of the replacement list occurs in the project.")
            progress(len(ids) + 1, len(ids) + 1, "Saving…")
            _secure_delete(s, was_secure)
            result = Pseudonymisation(tuple(edits), tuple(fields), count,
                                      before if lst != before else None)  # fmt: skip
            record(s, "pseudonymise", "project", None, sources=len(edits), hits=count,
                   fields=len(fields))  # fmt: skip
            return Outcome(result, changes + _changes(result))

    def restore(self, done: Pseudonymisation) -> Outcome[Pseudonymisation]:
        """Undo :meth:`apply`: the old texts, spans, fields and (if the apply stored a new
        one) the list as it was."""
        with self._store.write() as s:
            changes = ChangeSet()
            for edit in reversed(done.edits):
                changes += restore_edit(s, edit).changes
            restore_fields(s, done.fields)
            reindex_sources(s, _speaker_sources(done.fields))
            if done.list_before is not None:
                with _securely(s):
                    if done.list_before.entries:
                        set_meta(s, META_KEY, _dump(done.list_before))
                    else:
                        s.execute(delete(ProjectMeta).where(ProjectMeta.key == META_KEY))
            record(s, "undo pseudonymise", "project", None, sources=len(done.edits),
                   fields=len(done.fields))  # fmt: skip
            return Outcome(done, changes + _changes(done))

    # -- the key as a file -----------------------------------------------------------

    def export_key(
        self, path: Path, password: str | None = None, lst: PseudonymList | None = None
    ) -> Path:
        """Write the list (the stored one unless given) to ``path``: encrypted when a
        password is given (Fernet, scrypt), else plain CSV (``.csv``) or JSON. Atomic."""
        lst = lst or self.get_list()
        if not lst.entries:
            raise ValidationError("There is no replacement list to export.")
        return write_key(path, lst.entries, ignore_case=lst.ignore_case, password=password)

    @staticmethod
    def read_key(path: Path, password: str | None = None) -> PseudonymList:
        """A key file's list (store it with :meth:`set_list`)."""
        entries, ignore_case = read_key(path, password)
        return PseudonymList(_validated(entries), ignore_case)


def _speaker_sources(fields: Iterable[FieldChange]) -> list[int]:
    """The sources whose speakers were renamed (their search passages name the speaker)."""
    return sorted({f.entity_id for f in fields if f.table == "speaker"})


def _tail(progress: Progress, done: int, total: int) -> Progress:
    """A progress for the last step: its own reports count as ``done`` of ``total``."""

    def report(_done: int, _total: int, what: str) -> None:
        progress(done, total, what)

    return report


def _changes(done: Pseudonymisation) -> ChangeSet:
    return (
        field_changes(done.fields)
        + ChangeSet.of(Entity.SOURCE, Op.UPDATED, sorted({e.source_id for e in done.edits}))
        + _CHANGED
    )
