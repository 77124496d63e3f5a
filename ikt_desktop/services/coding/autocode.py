"""Auto-coding: code every turn of chosen speakers, participants or roles with one code
(MAXQDA's "Autocode speaker"), and code the answers to interview-guide questions (see
``services.guide``). A preview reads; applying is one transaction; undo removes exactly
the codings added."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    Code,
    Coding,
    Participant,
    Source,
    Speaker,
    ThemeQuote,
    Turn,
    new_guid,
    utcnow,
)
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding.autocode import covered, turn_body
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.services.base import Service, current_coder_id, record, require, text_lengths
from ikt_desktop.services.coding.codings import _coder, _counts_changed
from ikt_desktop.services.coding.snapshots import coding_rows
from ikt_desktop.services.dto import CodingSnapshot, Outcome

EXCERPT = 90


@dataclass(frozen=True)
class TurnFilter:
    """Which turns to code: any turn of these speaker names, participants (ids),
    participant roles, or (``interviewers``) any interviewer."""

    speakers: frozenset[str] = frozenset()
    participants: frozenset[int] = frozenset()
    roles: frozenset[str] = frozenset()
    interviewers: bool = False

    def __bool__(self) -> bool:
        return bool(self.speakers or self.participants or self.roles or self.interviewers)

    def accepts(self, turn: TurnRow) -> bool:
        return (
            turn.speaker in self.speakers
            or (turn.participant_id is not None and turn.participant_id in self.participants)
            or (bool(turn.role) and turn.role in self.roles)
            or (self.interviewers and turn.is_interviewer)
        )


@dataclass(frozen=True)
class TurnRow:
    """One turn with who speaks it (read for auto-coding)."""

    source_id: int
    start: int
    end: int
    speaker: str
    participant_id: int | None
    role: str
    is_interviewer: bool


@dataclass(frozen=True)
class CodeSpan:
    code_id: int
    source_id: int
    start: int
    end: int


@dataclass(frozen=True)
class TurnHit:
    """A turn to code: its spoken part (label excluded) and the start of its words."""

    source_id: int
    source_name: str
    speaker: str
    start: int
    end: int
    excerpt: str


@dataclass(frozen=True)
class SpeakerPlan:
    code_id: int
    code_name: str
    hits: tuple[TurnHit, ...]  # turns not yet coded with the code by the coder
    already: int  # matching turns skipped: already coded so by the current coder

    def per_source(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for hit in self.hits:
            counts[hit.source_name] = counts.get(hit.source_name, 0) + 1
        return counts

    def spans(self) -> list[CodeSpan]:
        return [CodeSpan(self.code_id, h.source_id, h.start, h.end) for h in self.hits]


@dataclass(frozen=True)
class SpeakerOptions:
    """What a user can pick, with how many turns each covers."""

    speakers: tuple[tuple[str, int], ...]  # (name, turns)
    participants: tuple[tuple[int, str, str, int], ...]  # (id, label, role, turns)
    roles: tuple[tuple[str, int], ...]  # (role, turns)
    interviewer_turns: int


def read_turns(s: Session, source_ids: Iterable[int] | None = None) -> list[TurnRow]:
    """Every turn (of the given sources) in text order, with speaker and participant."""
    query = (
        select(Turn.source_id, Turn.start, Turn.end, Speaker.name, Speaker.participant_id,
               Participant.role, Speaker.is_interviewer)
        .outerjoin(Speaker, Turn.speaker_id == Speaker.id)
        .outerjoin(Participant, Speaker.participant_id == Participant.id)
        .order_by(Turn.source_id, Turn.start)
    )  # fmt: skip
    if source_ids is not None:
        query = query.where(Turn.source_id.in_(list(source_ids)))
    rows = s.connection().execute(query)  # Core rows: no ORM overhead on 20,000 turns
    return [
        TurnRow(src, start, end, name or "", pid, role or "", bool(iv))
        for src, start, end, name, pid, role, iv in rows
    ]


def source_texts(s: Session, source_ids: Iterable[int] | None) -> dict[int, tuple[str, str]]:
    """``{source id: (name, text)}`` of the given sources (all when None)."""
    query = select(Source.id, Source.name, Source.text).order_by(Source.position, Source.id)
    if source_ids is not None:
        query = query.where(Source.id.in_(list(source_ids)))
    return {i: (n, t) for i, n, t in s.execute(query)}


def existing_spans(
    s: Session, code_ids: Sequence[int], coder_id: int
) -> dict[int, dict[int, list[tuple[int, int]]]]:
    """``{code id: {source id: [(start, end)]}}`` of these codes' codings by one coder
    (one query; codes without codings are left out)."""
    out: dict[int, dict[int, list[tuple[int, int]]]] = {}
    query = select(Coding.code_id, Coding.source_id, Coding.start, Coding.end).where(
        Coding.code_id.in_(code_ids), Coding.coder_id == coder_id
    )
    for code, src, start, end in s.execute(query):
        out.setdefault(code, {}).setdefault(src, []).append((start, end))
    return out


def excerpt(text: str, start: int, end: int) -> str:
    words = " ".join(text[start : min(end, start + EXCERPT * 2)].split())
    return words if len(words) <= EXCERPT else words[: EXCERPT - 1].rstrip() + "…"


class AutocodeService(Service):
    def speaker_options(self) -> SpeakerOptions:
        with self._store.read() as s:
            turns = read_turns(s)
            people = list(s.execute(
                select(Participant.id, Participant.label, Participant.role)
                .order_by(Participant.position, Participant.id)))  # fmt: skip
        speakers: dict[str, int] = {}
        per_person: dict[int, int] = {}
        roles: dict[str, int] = {}
        for t in turns:
            if t.speaker:
                speakers[t.speaker] = speakers.get(t.speaker, 0) + 1
            if t.participant_id is not None:
                per_person[t.participant_id] = per_person.get(t.participant_id, 0) + 1
            if t.role:
                roles[t.role] = roles.get(t.role, 0) + 1
        return SpeakerOptions(
            speakers=tuple(sorted(speakers.items(), key=lambda kv: kv[0].casefold())),
            participants=tuple((i, label, role, per_person.get(i, 0)) for i, label, role in people),
            roles=tuple(sorted(roles.items())),
            interviewer_turns=sum(1 for t in turns if t.is_interviewer),
        )

    def preview_speakers(
        self,
        code_id: int,
        which: TurnFilter,
        source_ids: Sequence[int] | None = None,
        *,
        coder_id: int | None = None,
        progress: Progress = no_progress,
    ) -> SpeakerPlan:
        """The turns ``which`` selects in ``source_ids`` (all sources when None), minus
        those the coder already coded with the code (a coding covering the turn's words)."""
        if not which:
            raise ValidationError("Choose at least one speaker, participant or role.")
        with self._store.read() as s:
            code = require(s, Code, code_id, "code")
            coder = _coder(s, coder_id)
            turns = [t for t in read_turns(s, source_ids) if which.accepts(t)]
            texts = source_texts(s, {t.source_id for t in turns})
            done = existing_spans(s, [code_id], coder).get(code_id, {})
        hits: list[TurnHit] = []
        already = 0
        for n, t in enumerate(turns):
            if n % 2000 == 0:
                progress(n, len(turns), "Finding turns…")
            name, text = texts[t.source_id]
            start, end = turn_body(text, t.start, t.end, t.speaker)
            if end <= start:
                continue
            if covered((start, end), done.get(t.source_id, ())):
                already += 1
                continue
            hits.append(TurnHit(t.source_id, name, t.speaker, start, end,
                                excerpt(text, start, end)))  # fmt: skip
        return SpeakerPlan(code_id, code.name, tuple(hits), already)

    # -- applying and undoing ------------------------------------------------------------

    def apply(self, spans: Sequence[CodeSpan], *, coder_id: int | None = None,
              action: str = "auto-code",
              progress: Progress = no_progress) -> Outcome[tuple[int, ...]]:  # fmt: skip
        """Code every span in one transaction (exact duplicates of the coder's existing
        codings are skipped). Returns the ids of the codings added, for undo. A
        ``progress`` that raises (Cancel) before the commit leaves nothing behind."""
        if not spans:
            raise ValidationError("There is nothing to code.")
        with self._store.write() as s:
            coder = _coder(s, coder_id)
            codes = {c.code_id for c in spans}
            found = set(s.scalars(select(Code.id).where(Code.id.in_(codes))))
            if found != codes:
                raise ValidationError("A code to apply no longer exists.")
            lengths = _lengths(s, {c.source_id for c in spans})
            keys = _existing_keys(s, codes, coder)
            now, rows = utcnow(), []
            for n, c in enumerate(dict.fromkeys(spans)):
                if n % 2000 == 0:
                    progress(n, len(spans), "Coding…")
                if not 0 <= c.start < c.end <= lengths.get(c.source_id, -1):
                    raise ValidationError("A span to code lies outside its source's text.")
                if (c.code_id, c.source_id, c.start, c.end) in keys:
                    continue
                rows.append({"guid": new_guid(), "code_id": c.code_id, "source_id": c.source_id,
                             "start": c.start, "end": c.end, "coder_id": coder,
                             "created": now, "memo": ""})  # fmt: skip
            progress(len(spans), len(spans), "Saving the codings…")
            ids = _insert(s, rows)
            record(s, action, "coding", ids[0] if ids else None, codings=len(ids),
                   codes=sorted(codes))  # fmt: skip
            changes = ChangeSet.of(Entity.CODING, Op.CREATED, ids)
            pairs = {(c.code_id, c.source_id) for c in spans}
            return Outcome(tuple(ids), changes + _counts_changed(pairs))

    def remove(self, coding_ids: Sequence[int]) -> Outcome[CodingSnapshot]:
        """Undo :meth:`apply`: delete exactly these codings (snapshot to redo with)."""
        with self._store.write() as s:
            ids = list(coding_ids)
            codings = coding_rows(s, Coding.id.in_(ids))
            pinned = select(ThemeQuote.theme_id, ThemeQuote.coding_id, ThemeQuote.position)
            quotes = s.execute(pinned.where(ThemeQuote.coding_id.in_(ids)))
            snapshot = CodingSnapshot(tuple(codings), tuple((t, c, p) for t, c, p in quotes))
            s.execute(delete(Coding).where(Coding.id.in_(ids)))
            record(s, "undo auto-code", "coding", None, codings=len(codings))
            changes = ChangeSet.of(Entity.CODING, Op.DELETED, [c.id for c in codings])
            pairs = {(c.code_id, c.source_id) for c in codings}
            return Outcome(snapshot, changes + _counts_changed(pairs))

    def current_coder(self) -> int | None:
        with self._store.read() as s:
            return current_coder_id(s)


def _lengths(s: Session, source_ids: set[int]) -> dict[int, int]:
    return text_lengths(s, source_ids)


def _existing_keys(s: Session, codes: set[int], coder: int) -> set[tuple[int, int, int, int]]:
    query = select(Coding.code_id, Coding.source_id, Coding.start, Coding.end).where(
        Coding.code_id.in_(codes), Coding.coder_id == coder
    )
    return {(c, src, a, b) for c, src, a, b in s.execute(query)}


def _insert(s: Session, rows: list[dict[str, Any]]) -> list[int]:
    """One executemany insert; the new ids in the rows' order. Inside this write
    transaction nobody else inserts, and SQLite gives each new row max(id) + 1."""
    if not rows:
        return []
    last = s.scalar(select(func.coalesce(func.max(Coding.id), 0)))
    s.connection().execute(
        insert(cast(Table, Coding.__table__)), rows
    )  # Core: no ORM bulk overhead
    return list(s.scalars(select(Coding.id).where(Coding.id > last).order_by(Coding.id)))
