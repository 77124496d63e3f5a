"""Importing transcripts: preview a file (format, encoding, speakers, default mapping,
the recording beside it), then store it as the user mapped it, in one transaction per
file; the proposed recording, if kept, is linked to the new source as a reference
(issue 17)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import delete, select

from ikt_desktop.db.models import Participant
from ikt_desktop.db.store import Store
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import UserError, ValidationError
from ikt_desktop.domain.media.reference import proposed_recording
from ikt_desktop.domain.transcripts.speakers import (
    CODE_LABEL,
    SpeakerChoice,
    SpeakerRole,
    default_choices,
)
from ikt_desktop.domain.transcripts.transcript import (
    DraftTranscript,
    ParsedTranscript,
    SpeakerMapping,
    SpeakerStats,
    build_draft,
    speaker_stats,
)
from ikt_desktop.importers.reader import FORMAT_NAMES, read_transcript
from ikt_desktop.services.base import Service
from ikt_desktop.services.dto import Outcome, SourceDTO
from ikt_desktop.services.media.probe import MediaInfo, probe_media
from ikt_desktop.services.media.recordings import RecordingFile, RecordingService
from ikt_desktop.services.sources import SourceService


@dataclass(frozen=True)
class ProposedRecording:
    """A recording with the transcript's base name in its folder (``P3.docx`` ->
    ``P3.m4a``): what it is, or why it cannot be linked."""

    path: Path
    info: MediaInfo | None
    problem: str = ""  # one line naming the file, when it cannot be linked

    @property
    def usable(self) -> bool:
        return self.info is not None


def propose_recording(transcript: Path) -> ProposedRecording | None:
    """The recording beside ``transcript``, probed from its headers (quick), or None."""
    found = proposed_recording(transcript)
    if found is None:
        return None
    try:
        return ProposedRecording(found, probe_media(found))
    except UserError as exc:
        return ProposedRecording(found, None, str(exc))


@dataclass(frozen=True)
class ImportPreview:
    """A parsed file and the mapping the import would use if the user changes nothing."""

    path: Path
    parsed: ParsedTranscript
    stats: tuple[SpeakerStats, ...]
    choices: Mapping[str, SpeakerChoice]  # by speaker name as in the file
    name: str
    recording: ProposedRecording | None = None

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.parsed.format, self.parsed.format)

    @property
    def main_label(self) -> str | None:
        return next(
            (c.participant_label for c in self.choices.values()
             if c.role is SpeakerRole.PARTICIPANT), None,
        )  # fmt: skip


@dataclass(frozen=True)
class ImportPlan:
    """What the user decided for one file."""

    name: str
    choices: Mapping[str, SpeakerChoice]  # by speaker name as in the file
    renames: Mapping[str, str] = field(default_factory=dict)  # name in file -> label
    roles: Mapping[str, str] = field(default_factory=dict)  # participant label -> role
    recording: Path | None = None  # link this recording to the new source


@dataclass(frozen=True)
class ImportedSpeaker:
    label: str
    turns: int
    words: int
    participant: str | None
    interviewer: bool


@dataclass(frozen=True)
class ImportResult:
    source: SourceDTO
    speakers: tuple[ImportedSpeaker, ...]
    created_participants: tuple[int, ...]
    warnings: tuple[str, ...]
    recording: str | None = None  # the file name of the recording linked


def plan_from(
    preview: ImportPreview, role: str = "", renames: Mapping[str, str] | None = None,
    *, recording: bool = True,
) -> ImportPlan:  # fmt: skip
    """The default plan; ``role`` for the participant if it is new; the proposed
    recording is linked unless ``recording`` is False (or it cannot be linked)."""
    label = preview.main_label
    roles = {label: role} if label and role else {}
    proposed = preview.recording
    linked = proposed.path if recording and proposed is not None and proposed.usable else None
    return ImportPlan(preview.name, preview.choices, dict(renames or {}), roles, linked)


class ImportService(Service):
    def __init__(self, store: Store, sources: SourceService,
                 recordings: RecordingService) -> None:  # fmt: skip
        super().__init__(store)
        self._sources, self._recordings = sources, recordings

    def preview(
        self,
        path: Path,
        *,
        reserved_labels: Iterable[str] = (),
        interviewers: Iterable[str] = (),
        participant_label: str | None = None,
        speakers: Iterable[str] = (),
    ) -> ImportPreview:
        """Read and parse ``path`` (nothing is stored). ``reserved_labels`` are labels
        already proposed for other files of the same batch; ``speakers`` are labels the
        user says are speakers although they opened the file like a header."""
        parsed = read_transcript(Path(path), tuple(speakers))
        stats = tuple(speaker_stats(parsed))
        named = dict(parsed.metadata).get("participant", "")
        if not participant_label and CODE_LABEL.match(named):
            participant_label = named  # the file's header says whose interview it is
        with self._store.read() as s:
            existing = set(s.scalars(select(Participant.label)))
        choices = default_choices(
            list(stats),
            existing_labels=existing | set(reserved_labels),
            header_interviewer=parsed.interviewer,
            interviewers=interviewers,
            participant_label=participant_label,
        )
        return ImportPreview(Path(path), parsed, stats, choices, Path(path).stem,
                             propose_recording(Path(path)))  # fmt: skip

    def draft(self, preview: ImportPreview, plan: ImportPlan) -> DraftTranscript:
        """The text exactly as it will be stored (for the dialog's preview)."""
        parsed = preview.parsed.renamed(plan.renames)
        return build_draft(parsed, plan.name.strip() or preview.name, preview.path.name)

    def import_file(self, preview: ImportPreview, plan: ImportPlan) -> Outcome[ImportResult]:
        """Store one file as planned: new participants, the source, speakers, turns, and
        the recording linked to it. The recording is read (probed, hashed) first, so a
        bad one fails the file with one line and stores nothing."""
        media = self._recordings.read(plan.recording) if plan.recording else None
        draft = self.draft(preview, plan)
        mapping: dict[str, SpeakerMapping] = {}
        for original, choice in plan.choices.items():
            name = plan.renames.get(original, original).strip() or original
            if name in mapping:
                continue  # two speakers renamed to one: the first one's choice wins
            if choice.role is SpeakerRole.PARTICIPANT and not choice.participant_label:
                raise ValidationError(f"{preview.path.name}: choose a participant for {name}.")
            mapping[name] = SpeakerMapping(
                choice.participant_label if choice.role is SpeakerRole.PARTICIPANT else None,
                choice.role is SpeakerRole.INTERVIEWER,
            )
        main = _main_participant(preview, plan)
        labels = {m.participant_label for m in mapping.values() if m.participant_label}
        new = {label: plan.roles.get(label, "") for label in sorted(labels)}
        interviewers = [n for n, m in mapping.items() if m.is_interviewer]
        if not draft.interviewer and interviewers:
            draft = replace(draft, interviewer="; ".join(interviewers))
        outcome = self._sources.add_transcript(
            draft, mapping, participant_label=main, new_participants=new
        )
        changes = outcome.changes
        if media is not None:
            changes += self._link(outcome.value.id, media, changes)
        created = tuple(sorted(changes.ids(Entity.PARTICIPANT, Op.CREATED)))
        speakers = _imported_speakers(preview.parsed.renamed(plan.renames), mapping)
        result = ImportResult(outcome.value, speakers, created, preview.parsed.warnings,
                              media.path.name if media else None)  # fmt: skip
        return Outcome(result, changes)

    def _link(self, source_id: int, media: RecordingFile, added: ChangeSet) -> ChangeSet:
        """Link the recording read before; should that fail, take the file's source and
        new participants out again, so the file is imported whole or not at all."""
        try:
            return self._recordings.link_file(source_id, media).changes
        except Exception:
            self._sources.delete(source_id)
            people = sorted(added.ids(Entity.PARTICIPANT, Op.CREATED))
            with self._store.write() as s:
                s.execute(delete(Participant).where(Participant.id.in_(people)))
            raise


def _main_participant(preview: ImportPreview, plan: ImportPlan) -> str | None:
    words = {s.name: s.words for s in preview.stats}
    chosen = [
        (words.get(name, 0), c.participant_label)
        for name, c in plan.choices.items()
        if c.role is SpeakerRole.PARTICIPANT and c.participant_label
    ]
    return max(chosen)[1] if chosen else None


def _imported_speakers(
    parsed: ParsedTranscript, mapping: Mapping[str, SpeakerMapping]
) -> tuple[ImportedSpeaker, ...]:
    out = []
    for stat in speaker_stats(parsed):
        m = mapping.get(stat.name, SpeakerMapping())
        out.append(
            ImportedSpeaker(
                stat.name, stat.turns, stat.words, m.participant_label, m.is_interviewer
            )
        )
    return tuple(out)
