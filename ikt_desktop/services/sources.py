"""Sources (transcripts): storing an imported transcript, listing, reading text."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Coding, Participant, Source, Speaker, Turn
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.text import count_words, normalise_text
from ikt_desktop.domain.transcript import DraftTranscript, SpeakerMapping
from ikt_desktop.services.base import Service, record, require
from ikt_desktop.services.dto import Outcome, SourceDTO, SpeakerDTO, TurnDTO


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

    def turns(self, source_id: int) -> list[TurnDTO]:
        with self._store.read() as s:
            rows = s.scalars(select(Turn).where(Turn.source_id == source_id).order_by(Turn.start))
            return [
                TurnDTO(t.id, t.speaker_id, t.start, t.end, t.time_start_ms, t.time_end_ms)
                for t in rows
            ]

    def add_transcript(
        self,
        draft: DraftTranscript,
        speakers: Mapping[str, SpeakerMapping],
        *,
        participant_label: str | None = None,
        kind: str = "interview",
    ) -> Outcome[SourceDTO]:
        """Store one transcript with its speakers and turns, in one transaction."""
        text = normalise_text(draft.text)
        if text != draft.text:
            raise ValidationError(f"{draft.name}: the importer did not normalise the text.")
        if not text.strip():
            raise ValidationError(f"{draft.name}: the transcript has no text.")
        for turn in draft.turns:
            if not 0 <= turn.start < turn.end <= len(text):
                raise ValidationError(f"{draft.name}: a turn lies outside the text.")
        with self._store.write() as s:
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
            speaker_ids: dict[str, int] = {}
            for i, name in enumerate(draft.speakers):
                mapping = speakers.get(name, SpeakerMapping())
                sp = Speaker(
                    source_id=source.id, name=name, is_interviewer=mapping.is_interviewer,
                    participant_id=pids.get(mapping.participant_label or ""), position=i,
                )  # fmt: skip
                s.add(sp)
                s.flush()
                speaker_ids[name] = sp.id
            turns = [
                {
                    "source_id": source.id,
                    "speaker_id": speaker_ids.get(t.speaker) if t.speaker else None,
                    "start": t.start,
                    "end": t.end,
                    "time_start_ms": t.time_start_ms,
                    "time_end_ms": t.time_end_ms,
                }
                for t in draft.turns
            ]
            if turns:
                s.execute(insert(Turn), turns)
            record(s, "import source", "source", source.id, name=draft.name,
                   format=draft.origin_format, turns=len(turns))  # fmt: skip
            label, role = None, None
            if source.participant_id is not None:
                p = require(s, Participant, source.participant_id, "participant")
                label, role = p.label, p.role
            return Outcome(
                _dto(source, label, role, 0), ChangeSet.of(Entity.SOURCE, Op.CREATED, [source.id])
            )


def _source_dtos(s: Session, source_id: int | None = None) -> list[SourceDTO]:
    counts = select(Coding.source_id, func.count(Coding.id).label("n")).group_by(Coding.source_id)
    if source_id is not None:
        counts = counts.where(Coding.source_id == source_id)
    sub = counts.subquery()
    query = (
        select(Source, Participant.label, Participant.role, sub.c.n)
        .outerjoin(Participant, Source.participant_id == Participant.id)
        .outerjoin(sub, sub.c.source_id == Source.id)
        .order_by(Source.position, Source.id)
    )
    if source_id is not None:
        query = query.where(Source.id == source_id)
    return [_dto(src, label, role, n or 0) for src, label, role, n in s.execute(query)]


def _dto(src: Source, label: str | None, role: str | None, codings: int) -> SourceDTO:
    return SourceDTO(
        src.id, src.guid, src.name, src.kind, src.word_count, src.participant_id,
        label or "", role or "", src.origin_format, src.interview_date,
        src.duration_seconds, src.mode, src.interviewer, src.position, codings,
    )  # fmt: skip
