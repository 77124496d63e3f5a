"""The interview guide as structural codes (``code.kind = 'structural'``) under one root
"Interview guide", kept apart from the inductive codebook; and auto-coding the answers to
each guide question: the interviewer's turn that asks it is found by fuzzy matching, and
the participant's turns that follow, until the next guide question, are coded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding import autocode as rules
from ikt_desktop.domain.coding.autocode import GUIDE_ROOT, STRUCTURAL, GuideQuestion
from ikt_desktop.domain.coding.fuzzy import fold
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.services.base import Service, current_coder_id, record
from ikt_desktop.services.coding.autocode import (
    CodeSpan,
    TurnRow,
    excerpt,
    existing_spans,
    read_turns,
    source_texts,
)
from ikt_desktop.services.coding.codebook import _counts, code_dto
from ikt_desktop.services.coding.codings import _coder
from ikt_desktop.services.dto import CodeDTO, Outcome

GUIDE_COLOR = "#BAB0AC"  # a quiet grey: structure, not a finding
ROOT_DEFINITION = (
    "The interview guide's questions (structural codes, kept apart from the codebook)."
)
_COUNTS = {"coding_count", "source_count", "participant_count"}


@dataclass(frozen=True)
class GuideHit:
    """One guide question found in one source, with the answer spans it would code."""

    source_id: int
    source_name: str
    code_id: int
    question: str  # the code's name
    asked: str  # an excerpt of the interviewer's turn
    asked_at: int  # where that turn starts (code points)
    score: float
    spans: tuple[tuple[int, int], ...]  # answer turns' words (and the question's, if chosen)


@dataclass(frozen=True)
class GuidePlan:
    hits: tuple[GuideHit, ...]
    unmatched: tuple[tuple[str, int], ...]  # (source name, guide questions not found)
    already: int  # answer turns skipped: already coded so by the coder

    def spans(self, chosen: Sequence[GuideHit] | None = None) -> list[CodeSpan]:
        return [
            CodeSpan(h.code_id, h.source_id, a, b)
            for h in (self.hits if chosen is None else chosen)
            for a, b in h.spans
        ]


def guide_root(s: Session) -> Code | None:
    return s.scalar(
        select(Code)
        .where(Code.parent_id.is_(None), Code.kind == STRUCTURAL)
        .order_by(Code.position)
    )


def _guide_codes(s: Session) -> list[Code]:
    """The guide's questions in order: the structural codes under the root."""
    root = guide_root(s)
    if root is None:
        return []
    return list(s.scalars(select(Code).where(Code.parent_id == root.id).order_by(Code.position)))


def _question_text(code: CodeDTO) -> str:
    return code.definition or code.name.split(" ", 1)[-1]


class GuideService(Service):
    def questions(self) -> list[CodeDTO]:
        """The guide's questions in order (the structural codes under the root), with
        their coding, source and participant counts."""
        with self._store.read() as s:
            rows = _guide_codes(s)
            counts = _counts(s, [c.id for c in rows])
            return [code_dto(c, *counts.get(c.id, (0, 0, 0))) for c in rows]

    def add_questions(self, questions: Sequence[GuideQuestion]) -> Outcome[tuple[CodeDTO, ...]]:
        """One structural code per question (name: the short form, definition: the full
        wording) under the root "Interview guide", created when missing. Questions already
        in the guide (same wording) are skipped. Returns the codes created, root first."""
        if not questions:
            raise ValidationError("The guide has no questions (one question per line).")
        with self._store.write() as s:
            creator = current_coder_id(s)
            created: list[Code] = []
            root = guide_root(s)
            if root is None:
                top = s.scalar(select(func.coalesce(func.max(Code.position) + 1, 0))
                               .where(Code.parent_id.is_(None)))  # fmt: skip
                root = Code(name=GUIDE_ROOT, kind=STRUCTURAL, color=GUIDE_COLOR,
                            position=top or 0, created_by=creator,
                            definition=ROOT_DEFINITION)  # fmt: skip
                s.add(root)
                s.flush()
                created.append(root)
            siblings = list(s.scalars(select(Code).where(Code.parent_id == root.id)
                                      .order_by(Code.position)))  # fmt: skip
            wordings = {fold(c.definition) for c in siblings}
            names = {c.name.casefold() for c in siblings}
            for q in questions:
                if fold(q.text) in wordings:
                    continue
                name = rules.short_name(q, len(siblings) + 1)
                n = 2
                while name.casefold() in names:
                    name, n = f"{rules.short_name(q, len(siblings) + 1)} ({n})", n + 1
                code = Code(name=name, definition=q.text, kind=STRUCTURAL,
                            color=root.color, parent_id=root.id, position=len(siblings),
                            created_by=creator)  # fmt: skip
                s.add(code)
                siblings.append(code)
                created.append(code)
                wordings.add(fold(q.text))
                names.add(name.casefold())
            s.flush()
            if not created:
                raise ValidationError("These questions are all in the interview guide already.")
            record(s, "add guide questions", "code", root.id, questions=len(created))
            dtos = tuple(code_dto(c) for c in created)
            return Outcome(dtos, ChangeSet.of(Entity.CODE, Op.CREATED, [c.id for c in dtos]))

    def remove_added(self, codes: Sequence[CodeDTO]) -> ChangeSet:
        """Undo :meth:`add_questions` (the codes are new: no codings yet)."""
        ids = [c.id for c in codes]
        with self._store.write() as s:
            s.execute(delete(Code).where(Code.id.in_(ids)))
            record(s, "undo add guide questions", "code", None, codes=len(ids))
        return ChangeSet.of(Entity.CODE, Op.DELETED, ids)

    def restore_added(self, codes: Sequence[CodeDTO]) -> ChangeSet:
        """Redo :meth:`add_questions` with the same ids and GUIDs."""
        keep = [f.name for f in fields(CodeDTO) if f.name not in _COUNTS]
        with self._store.write() as s:
            s.execute(insert(Code), [{k: getattr(c, k) for k in keep} for c in codes])
            record(s, "redo add guide questions", "code", None, codes=len(codes))
        return ChangeSet.of(Entity.CODE, Op.CREATED, [c.id for c in codes])

    # -- auto-coding the answers -------------------------------------------------------

    def preview(
        self,
        source_ids: Sequence[int] | None = None,
        *,
        threshold: float = rules.DEFAULT_THRESHOLD,
        include_question: bool = False,
        coder_id: int | None = None,
        progress: Progress = no_progress,
    ) -> GuidePlan:
        """For each source, which interviewer turns ask which guide question (with their
        similarity), and the participant turns that answer it."""
        with self._store.read() as s:
            codes = [code_dto(c) for c in _guide_codes(s)]  # no counts: not needed here
            if not codes:
                raise ValidationError("There is no interview guide yet (Code ▸ Interview Guide…).")
            coder = _coder(s, coder_id)
            texts = source_texts(s, source_ids)
            turns = read_turns(s, texts)
            done = existing_spans(s, [c.id for c in codes], coder)
        by_source: dict[int, list[TurnRow]] = {}
        for t in turns:
            by_source.setdefault(t.source_id, []).append(t)
        questions = [_question_text(c) for c in codes]
        hits: list[GuideHit] = []
        unmatched: list[tuple[str, int]] = []
        already = 0
        for n, (source_id, (name, text)) in enumerate(texts.items()):
            progress(n, len(texts), f"Matching the guide in {name}…")
            found, skipped = _match_source(
                source_id, name, text, by_source.get(source_id, []), codes, questions,
                threshold, include_question, done,
            )  # fmt: skip
            hits += found
            already += skipped
            missing = len(codes) - len({h.code_id for h in found})
            if missing:
                unmatched.append((name, missing))
        return GuidePlan(tuple(hits), tuple(unmatched), already)


def _match_source(
    source_id: int,
    name: str,
    text: str,
    turns: list[TurnRow],
    codes: Sequence[CodeDTO],
    questions: Sequence[str],
    threshold: float,
    include_question: bool,
    done: dict[int, dict[int, list[tuple[int, int]]]],
) -> tuple[list[GuideHit], int]:
    bodies = [rules.turn_body(text, t.start, t.end, t.speaker) for t in turns]
    asking = [i for i, t in enumerate(turns) if t.is_interviewer]
    answering = [i for i, t in enumerate(turns) if not t.is_interviewer and t.speaker]
    asked = [text[bodies[i][0] : bodies[i][1]] for i in asking]
    matches = rules.match_guide(questions, asked, threshold)
    hits, skipped = [], 0
    for match, answers in rules.answer_turns(matches, asking, answering).items():
        code = codes[match.question]
        at = asking[match.turn]
        chosen = ([at] if include_question else []) + answers
        spans = []
        for i in chosen:
            span = bodies[i]
            if span[1] <= span[0]:
                continue
            if rules.covered(span, done.get(code.id, {}).get(source_id, ())):
                skipped += 1
                continue
            spans.append(span)
        a, b = bodies[at]
        hits.append(GuideHit(source_id, name, code.id, code.name, excerpt(text, a, b), a,
                             match.score, tuple(spans)))  # fmt: skip
    return hits, skipped
