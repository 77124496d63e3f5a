"""Memos: the project journal and notes on sources, codes, themes, participants."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from ikt_desktop.db.models import Memo, utcnow
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services import versions
from ikt_desktop.services.base import Service, current_coder_id, record
from ikt_desktop.services.dto import MemoDTO, Outcome

TARGETS = ("project", "source", "code", "coding", "theme", "participant")


def memo_dto(m: Memo) -> MemoDTO:
    return MemoDTO(
        m.id, m.guid, m.target_kind, m.target_id, m.title, m.text, m.author_id, m.created,
        m.modified, m.row_version,
    )  # fmt: skip


class MemoService(Service):
    def add(
        self, target_kind: str, target_id: int | None, title: str, text: str
    ) -> Outcome[MemoDTO]:
        if target_kind not in TARGETS:
            raise ValidationError(f"A memo cannot be attached to {target_kind!r}.")
        with self._store.write() as s:
            memo = Memo(
                target_kind=target_kind, target_id=target_id, title=title.strip(), text=text,
                author_id=current_coder_id(s),
            )  # fmt: skip
            s.add(memo)
            s.flush()
            record(s, "add memo", "memo", memo.id, target=target_kind, title=memo.title)
            return Outcome(memo_dto(memo), ChangeSet.of(Entity.MEMO, Op.CREATED, [memo.id]))

    def edit(
        self,
        memo_id: int,
        *,
        title: str | None = None,
        text: str | None = None,
        seen: int | None = None,
        expected: Mapping[str, str] | None = None,
    ) -> Outcome[MemoDTO]:
        """``seen``/``expected``: the version and the title/text the user saw; a memo
        another coder has changed since is not overwritten (services/versions.py)."""
        with self._store.write() as s:
            memo = versions.claim(s, Memo, memo_id, "memo")
            versions.check(s, memo, entity="memo", name=memo.title or "memo", seen=seen,
                           expected=expected, current=lambda: memo_dto(memo))  # fmt: skip
            if title is not None:
                memo.title = title.strip()
            if text is not None:
                memo.text = text
            memo.modified = utcnow()
            record(s, "edit memo", "memo", memo.id)
            return Outcome(memo_dto(memo), ChangeSet.of(Entity.MEMO, Op.UPDATED, [memo.id]))

    def for_target(self, target_kind: str, target_id: int | None = None) -> list[MemoDTO]:
        with self._store.read() as s:
            query = select(Memo).where(Memo.target_kind == target_kind)
            query = query.where(
                Memo.target_id.is_(None) if target_id is None else Memo.target_id == target_id
            )
            return [memo_dto(m) for m in s.scalars(query.order_by(Memo.created, Memo.id))]
