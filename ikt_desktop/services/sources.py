"""Sources (transcripts): storing an imported transcript, listing, reading text."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    Base,
    Coding,
    Decision,
    Memo,
    Participant,
    Recording,
    Source,
    Speaker,
    Turn,
)
from ikt_desktop.db.search_index import reindex_source
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.transcripts.text import count_words, normalise_text, refuse_binary
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, SpeakerMapping
from ikt_desktop.services.base import Service, fetch_all, record, require
from ikt_desktop.services.coding.snapshots import restore_codings, snapshot_codings
from ikt_desktop.services.dto import Outcome, SourceDTO, SourceSnapshot, SpeakerDTO, TurnDTO


def _participant_ids(s: Session, labels: set[str]) -> dict[str, int]:
    found = {
        label: pid
        for pid, label in s.execute(
            select(Participant.id, Participant.label).where(Participant.label.in_(labels))
        )
    }
    missing = sorted(labels - set(found))
    if missing:
        raise ValidationError(f"No participant labelled {', '.join(missing)} in this project.")
    return found


_INTERVIEWER_STARTS = (
    "SELECT t.start FROM turn t JOIN speaker s ON s.id = t.speaker_id"
    " WHERE t.source_id = ? AND s.is_interviewer ORDER BY t.start"
)


class SourceService(Service):
    def all(self) -> list[SourceDTO]:
        """Every source in order, with its participant and number of codings."""
        with self._store.read() as s:
            return _source_dtos(s)

    def get(self, source_id: int) -> SourceDTO:
        with self._store.read() as s:
            found = _source_dtos(s, source_id)
        if not found:
            raise NotFoundError(f"The source no longer exists (id {source_id}).")
        return found[0]

    def text(self, source_id: int) -> str:
        with self._store.read() as s:
            return require(s, Source, source_id, "source").text

    def speakers(self, source_id: int) -> list[SpeakerDTO]:
        with self._store.read() as s:
            rows = s.scalars(
                select(Speaker).where(Speaker.source_id == source_id).order_by(Speaker.position)
            )
            return [
                SpeakerDTO(r.id, r.source_id, r.name, r.participant_id, r.is_interviewer)
                for r in rows
            ]

    def interviewer_starts(self, source_id: int) -> list[int]:
        """Where the interviewer's turns start, in text order (the transcript dims them):
        one column of half the turns, not every turn read to throw half away."""
        with self._store.read() as s:
            rows = fetch_all(s, _INTERVIEWER_STARTS, (source_id,))
        return [start for (start,) in rows]

    def turns(self, source_id: int) -> list[TurnDTO]:
        """The source's turns in order: plain rows, not ORM objects (a 3-hour transcript
        has thousands, read each time it is shown)."""
        with self._store.read() as s:
            rows = s.execute(
                select(Turn.id, Turn.speaker_id, Turn.start, Turn.end, Turn.time_start_ms,
                       Turn.time_end_ms)
                .where(Turn.source_id == source_id).order_by(Turn.start)
            ).all()  # fmt: skip
        return [TurnDTO(*row) for row in rows]

    def add_transcript(
        self,
        draft: DraftTranscript,
        speakers: Mapping[str, SpeakerMapping],
        *,
        participant_label: str | None = None,
        kind: str = "interview",
        new_participants: Mapping[str, str] | None = None,
    ) -> Outcome[SourceDTO]:
        """Store one transcript with its speakers and turns, in one transaction.
        ``new_participants`` (label -> role) are created first, in the same transaction."""
        refuse_binary(draft.text, f"{draft.name}: the transcript")
        text = normalise_text(draft.text)
        if text != draft.text:
            raise ValidationError(f"{draft.name}: the importer did not normalise the text.")
        if not text.strip():
            raise ValidationError(f"{draft.name}: the transcript has no text.")
        for turn in draft.turns:
            if not 0 <= turn.start < turn.end <= len(text):
                raise ValidationError(f"{draft.name}: a turn lies outside the text.")
        with self._store.write() as s:
            created = _create_participants(s, new_participants or {})
            labels = {m.participant_label for m in speakers.values() if m.participant_label}
            if participant_label:
                labels.add(participant_label)
            pids = _participant_ids(s, labels)
            position = s.scalar(select(func.coalesce(func.max(Source.position) + 1, 0)))
            source = Source(
                name=draft.name, kind=kind, text=text, word_count=count_words(text),
                participant_id=pids.get(participant_label) if participant_label else None,
                origin_format=draft.origin_format, origin_name=draft.origin_name,
                interview_date=draft.interview_date, duration_seconds=draft.duration_seconds,
                mode=draft.mode, interviewer=draft.interviewer, position=position or 0,
            )  # fmt: skip
            s.add(source)
            s.flush()
            turns = _add_speakers_and_turns(s, source.id, draft, speakers, pids)
            reindex_source(s, source.id)
            record(s, "import source", "source", source.id, name=draft.name,
                   format=draft.origin_format, turns=turns)  # fmt: skip
            label, role = None, None
            if source.participant_id is not None:
                p = require(s, Participant, source.participant_id, "participant")
                label, role = p.label, p.role
            changes = ChangeSet.of(Entity.PARTICIPANT, Op.CREATED, created)
            changes += ChangeSet.of(Entity.SOURCE, Op.CREATED, [source.id])
            return Outcome(_dto(source, label, role, 0), changes)

    def delete(self, source_id: int) -> Outcome[SourceSnapshot]:
        """Delete a source with its speakers, turns, codings and memos; the snapshot
        restores them with the same ids."""
        with self._store.write() as s:
            source = require(s, Source, source_id, "source")
            snapshot = SourceSnapshot(
                source=_row(source),
                speakers=tuple(_row(x) for x in s.scalars(
                    select(Speaker).where(Speaker.source_id == source_id))),
                turns=tuple(_row(x) for x in s.scalars(
                    select(Turn).where(Turn.source_id == source_id))),
                codings=snapshot_codings(s, list(s.scalars(
                    select(Coding).where(Coding.source_id == source_id))),
                    Decision.source_id == source_id),
                memos=tuple(_row(x) for x in s.scalars(select(Memo).where(
                    Memo.target_kind == "source", Memo.target_id == source_id))),
                recordings=tuple(_row(x) for x in s.scalars(
                    select(Recording).where(Recording.source_id == source_id))),
            )  # fmt: skip
            s.execute(delete(Memo).where(Memo.target_kind == "source", Memo.target_id == source_id))
            s.execute(delete(Source).where(Source.id == source_id))  # cascades
            reindex_source(s, source_id)  # the source is gone: its passages go
            record(s, "delete source", "source", source_id, name=source.name)
            changes = ChangeSet.of(Entity.SOURCE, Op.DELETED, [source_id])
            changes += ChangeSet.of(
                Entity.CODING, Op.DELETED, [c.id for c in snapshot.codings.codings]
            )
            return Outcome(snapshot, changes)

    def restore(self, snapshot: SourceSnapshot) -> Outcome[SourceDTO]:
        """Undo :meth:`delete`."""
        with self._store.write() as s:
            for model, rows in (
                (Source, [snapshot.source]), (Speaker, snapshot.speakers),
                (Turn, snapshot.turns), (Memo, snapshot.memos),
                (Recording, snapshot.recordings),
            ):  # fmt: skip
                if rows:
                    s.execute(insert(model), [dict(r) for r in rows])
            restore_codings(s, snapshot.codings)
            source_id = int(snapshot.source["id"])
            reindex_source(s, source_id)
            record(s, "restore source", "source", source_id, name=snapshot.source["name"])
            restored = _source_dtos(s, source_id)[0]
            changes = ChangeSet.of(Entity.SOURCE, Op.CREATED, [source_id])
            changes += ChangeSet.of(
                Entity.CODING, Op.CREATED, [c.id for c in snapshot.codings.codings]
            )
            return Outcome(restored, changes)


def _row(obj: Base) -> Mapping[str, Any]:
    """A plain, read-only copy of an ORM row (column name -> value)."""
    return MappingProxyType({c.key: getattr(obj, c.key) for c in obj.__table__.columns})


def _add_speakers_and_turns(
    s: Session,
    source_id: int,
    draft: DraftTranscript,
    speakers: Mapping[str, SpeakerMapping],
    pids: Mapping[str, int],
) -> int:
    """Insert the speakers of ``draft`` (mapped as given) and its turns; returns the number
    of turns."""
    speaker_ids: dict[str, int] = {}
    for i, name in enumerate(draft.speakers):
        mapping = speakers.get(name, SpeakerMapping())
        sp = Speaker(
            source_id=source_id, name=name, is_interviewer=mapping.is_interviewer,
            participant_id=pids.get(mapping.participant_label or ""), position=i,
        )  # fmt: skip
        s.add(sp)
        s.flush()
        speaker_ids[name] = sp.id
    rows = [
        {
            "source_id": source_id,
            "speaker_id": speaker_ids.get(t.speaker) if t.speaker else None,
            "start": t.start,
            "end": t.end,
            "time_start_ms": t.time_start_ms,
            "time_end_ms": t.time_end_ms,
        }
        for t in draft.turns
    ]
    if rows:
        s.execute(insert(Turn), rows)
    return len(rows)


def _create_participants(s: Session, roles: Mapping[str, str]) -> list[int]:
    existing = set(s.scalars(select(Participant.label)))
    position = s.scalar(select(func.coalesce(func.max(Participant.position) + 1, 0))) or 0
    created = []
    for label, role in roles.items():
        if label in existing:
            continue
        p = Participant(label=label, role=role.strip(), position=position)
        s.add(p)
        s.flush()
        position += 1
        created.append(p.id)
        record(s, "add participant", "participant", p.id, label=label)
    return created


def _listing() -> Select[Any]:
    """Every source's listed columns (no text), its participant and its number of codings,
    counted per source on the (source_id, start) index: grouping them in a subquery would
    have SQLite count every coding first, even for the one source asked for."""
    listed = [c for c in Source.__table__.c if c.name != "text"]  # a list needs no text
    count = select(func.count()).where(Coding.source_id == Source.id).scalar_subquery()
    return (
        select(*listed, Participant.label, Participant.role, count.label("n"))
        .outerjoin(Participant, Source.participant_id == Participant.id)
        .order_by(Source.position, Source.id)
    )


# built once: building the statement cost more than running it (read after each coding)
_ALL = _listing()
_ONE = _listing().where(Source.id == bindparam("source_id"))


def _source_dtos(s: Session, source_id: int | None = None) -> list[SourceDTO]:
    rows = s.execute(_ALL) if source_id is None else s.execute(_ONE, {"source_id": source_id})
    out = []
    for row in rows:
        src = row._mapping
        out.append(SourceDTO(
            src["id"], src["guid"], src["name"], src["kind"], src["word_count"],
            src["participant_id"], src["label"] or "", src["role"] or "", src["origin_format"],
            src["interview_date"], src["duration_seconds"], src["mode"], src["interviewer"],
            src["position"], src["n"] or 0,
        ))  # fmt: skip
    return out


def _dto(src: Source, label: str | None, role: str | None, codings: int) -> SourceDTO:
    return SourceDTO(
        src.id, src.guid, src.name, src.kind, src.word_count, src.participant_id,
        label or "", role or "", src.origin_format, src.interview_date,
        src.duration_seconds, src.mode, src.interviewer, src.position, codings,
    )  # fmt: skip
