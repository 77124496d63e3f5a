"""Consensus on disagreements between two coders, with a decision log.

A disagreement is a stretch of one code in one source where coders A and B differ
(``domain.agreement.disagreements``). Deciding it never edits A's or B's codings: their
independent work stays as it was, so the agreement statistics keep describing it. The
outcome is written as codings of a separate coder, "Consensus" (created on first use):

* ``accept_a``    the consensus coder gets A's coding of the stretch (nothing, if A did
                  not code it there);
* ``accept_b``    the same with B's;
* ``accept_both`` the union: every character either coder coded in the stretch;
* ``consensus``   a coding the team writes itself: a span they choose (inside the source).

Every decision is one transaction that writes a ``decision`` row (the two coders, the
choice, the note, who decided, when) and the consensus codings; undo removes both, redo
puts them back with the same ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code, Coder, Coding, Decision, Source
from ikt_desktop.domain.analysis import agreement as ag
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.transcripts.spans import check_span
from ikt_desktop.exporters.agreement_xlsx import DecisionRow
from ikt_desktop.services.base import Service, current_coder_id, record, require, text_lengths
from ikt_desktop.services.coders import coder_dto
from ikt_desktop.services.coding.codebook import code_path
from ikt_desktop.services.coding.snapshots import coding_dto, insert_codings
from ikt_desktop.services.dto import CoderDTO, CodingDTO, Outcome

CHOICES = ("accept_a", "accept_b", "accept_both", "consensus")
CONSENSUS_CODER = "Consensus"
CONSENSUS_INITIALS = "CON"
CONSENSUS_COLOR = "#59A14F"


@dataclass(frozen=True)
class DecisionDTO:
    id: int
    guid: str
    source_id: int
    code_id: int
    start: int
    end: int
    coder_a_id: int | None
    coder_b_id: int | None
    choice: str
    note: str
    decided_by: int | None
    decided: dt.datetime


@dataclass(frozen=True)
class DecisionRecord:
    """What one decision wrote, so undo and redo can remove and restore it exactly."""

    decision: DecisionDTO
    codings: tuple[CodingDTO, ...]
    created_coder: CoderDTO | None  # the consensus coder, when this decision created it


def _dto(d: Decision) -> DecisionDTO:
    return DecisionDTO(d.id, d.guid, d.source_id, d.code_id, d.start, d.end, d.coder_a_id,
                       d.coder_b_id, d.choice, d.note, d.decided_by, d.decided)  # fmt: skip


def _consensus_coder(s: Session) -> tuple[int, CoderDTO | None]:
    coder = s.scalar(select(Coder).where(func.lower(Coder.name) == CONSENSUS_CODER.lower()))
    if coder is not None:
        return coder.id, None
    coder = Coder(name=CONSENSUS_CODER, initials=CONSENSUS_INITIALS, color=CONSENSUS_COLOR)
    s.add(coder)
    s.flush()
    record(s, "add coder", "coder", coder.id, name=coder.name)
    return coder.id, coder_dto(coder)


def _coverage(
    s: Session, source: int, code: int, coder: int, start: int, end: int
) -> list[ag.Interval]:
    rows = s.execute(
        select(Coding.start, Coding.end).where(
            Coding.source_id == source, Coding.code_id == code, Coding.coder_id == coder,
            Coding.start < end, Coding.end > start,
        )
    )  # fmt: skip
    return ag.intersection(ag.merge((a, b) for a, b in rows), [(start, end)])


class ConsensusService(Service):
    def decide(
        self,
        source_id: int,
        code_id: int,
        start: int,
        end: int,
        coder_a: int,
        coder_b: int,
        choice: str,
        note: str = "",
        span: tuple[int, int] | None = None,
    ) -> Outcome[DecisionRecord]:
        """Decide the disagreement ``[start, end)`` of ``code_id`` between coders A and B.
        ``span`` is the consensus coding for ``choice == "consensus"`` (default: the
        whole stretch)."""
        if choice not in CHOICES:
            raise ValidationError(f"A decision is one of {', '.join(CHOICES)}, not {choice!r}.")
        with self._store.write() as s:
            length = text_lengths(s, [source_id]).get(source_id)
            if length is None:
                raise NotFoundError(f"The source no longer exists (id {source_id}).")
            check_span(start, end, length)
            require(s, Code, code_id, "code")
            require(s, Coder, coder_a, "coder")
            require(s, Coder, coder_b, "coder")
            a = _coverage(s, source_id, code_id, coder_a, start, end)
            b = _coverage(s, source_id, code_id, coder_b, start, end)
            if choice == "accept_a":
                keep = a
            elif choice == "accept_b":
                keep = b
            elif choice == "accept_both":
                keep = ag.merge([*a, *b])
            else:
                first, last = span or (start, end)
                check_span(first, last, int(length))
                keep = [(first, last)]
            coder, created = _consensus_coder(s)
            existing = {
                (first, last)
                for first, last in s.execute(
                    select(Coding.start, Coding.end).where(
                        Coding.source_id == source_id, Coding.code_id == code_id,
                        Coding.coder_id == coder,
                    )
                )
            }  # fmt: skip
            codings = []
            memo = f"Consensus ({choice.replace('_', ' ')})"
            for first, last in keep:
                if (first, last) in existing:
                    continue
                coding = Coding(code_id=code_id, source_id=source_id, start=first, end=last,
                                coder_id=coder, memo=memo)  # fmt: skip
                s.add(coding)
                codings.append(coding)
            decision = Decision(
                source_id=source_id, code_id=code_id, start=start, end=end,
                coder_a_id=coder_a, coder_b_id=coder_b, choice=choice, note=note.strip(),
                decided_by=current_coder_id(s),
            )  # fmt: skip
            s.add(decision)
            s.flush()
            record(s, "decide disagreement", "decision", decision.id, choice=choice,
                   code=code_id, source=source_id, span=[start, end])  # fmt: skip
            result = DecisionRecord(_dto(decision), tuple(coding_dto(c) for c in codings), created)
        return Outcome(result, _changes(result, Op.CREATED))

    def withdraw(self, result: DecisionRecord) -> Outcome[DecisionRecord]:
        """Undo :meth:`decide`: remove the decision and the consensus codings it wrote."""
        with self._store.write() as s:
            ids = [c.id for c in result.codings]
            if ids:
                s.execute(delete(Coding).where(Coding.id.in_(ids)))
            s.execute(delete(Decision).where(Decision.id == result.decision.id))
            if result.created_coder is not None:
                used = s.scalar(
                    select(func.count()).where(Coding.coder_id == result.created_coder.id)
                )
                if not used:
                    s.execute(delete(Coder).where(Coder.id == result.created_coder.id))
            record(s, "withdraw decision", "decision", result.decision.id)
        return Outcome(result, _changes(result, Op.DELETED))

    def restore(self, result: DecisionRecord) -> Outcome[DecisionRecord]:
        """Redo :meth:`decide` after :meth:`withdraw`, with the same ids."""
        with self._store.write() as s:
            c = result.created_coder
            if c is not None and s.get(Coder, c.id) is None:
                s.add(Coder(id=c.id, guid=c.guid, name=c.name, initials=c.initials, color=c.color))
                s.flush()
            insert_codings(s, result.codings)
            d = result.decision
            s.execute(insert(Decision), [{
                "id": d.id, "guid": d.guid, "source_id": d.source_id, "code_id": d.code_id,
                "start": d.start, "end": d.end, "coder_a_id": d.coder_a_id,
                "coder_b_id": d.coder_b_id, "choice": d.choice, "note": d.note,
                "decided_by": d.decided_by, "decided": d.decided,
            }])  # fmt: skip
            record(s, "restore decision", "decision", d.id)
        return Outcome(result, _changes(result, Op.CREATED))

    def all(self) -> list[DecisionDTO]:
        with self._store.read() as s:
            return [
                _dto(d) for d in s.scalars(select(Decision).order_by(Decision.decided, Decision.id))
            ]

    def counts(self) -> dict[str, int]:
        """Decisions by choice (every choice listed, zero when unused)."""
        with self._store.read() as s:
            return decision_counts(s)


def decision_counts(s: Session) -> dict[str, int]:
    counts = dict.fromkeys(CHOICES, 0)
    for choice, n in s.execute(select(Decision.choice, func.count()).group_by(Decision.choice)):
        counts[choice] = int(n)
    return counts


def _changes(result: DecisionRecord, op: Op) -> ChangeSet:
    d = result.decision
    changes = ChangeSet.of(Entity.DECISION, op, [d.id])
    changes += ChangeSet.of(Entity.CODING, op, [c.id for c in result.codings])
    if result.codings:
        changes += ChangeSet.of(Entity.CODE, Op.UPDATED, [d.code_id])
        changes += ChangeSet.of(Entity.SOURCE, Op.UPDATED, [d.source_id])
    if result.created_coder is not None:
        changes += ChangeSet.of(Entity.CODER, op, [result.created_coder.id])
    return changes


def decision_rows(s: Session) -> list[DecisionRow]:
    """Every decision as the workbook and the report show it, oldest first."""
    decisions = list(s.scalars(select(Decision).order_by(Decision.decided, Decision.id)))
    if not decisions:  # the common case: no other table read
        return []
    coders = {i: n for i, n in s.execute(select(Coder.id, Coder.name))}
    rows = list(s.execute(select(Code.id, Code.parent_id, Code.name)))
    parents = {i: p for i, p, _ in rows}
    names = {i: n for i, _, n in rows}
    wanted = {d.source_id for d in decisions}
    texts: dict[int, tuple[str, str]] = {
        i: (n, t)
        for i, n, t in s.execute(
            select(Source.id, Source.name, Source.text).where(Source.id.in_(wanted))
        )
    }

    def name(coder: int | None) -> str:
        return coders.get(coder, "") if coder is not None else ""

    return [
        DecisionRow(
            source=texts[d.source_id][0],
            code=code_path(parents, names, d.code_id),
            start=d.start,
            end=d.end,
            text=texts[d.source_id][1][d.start : d.end],
            coder_a=name(d.coder_a_id),
            coder_b=name(d.coder_b_id),
            choice=d.choice,
            note=d.note,
            decided_by=name(d.decided_by),
            decided=d.decided.strftime("%Y-%m-%d %H:%M"),
        )
        for d in decisions
    ]
