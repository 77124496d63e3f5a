"""Editing a transcript's text after coding (fix a typo, a mishearing, a name).

The text stays normalised (invariant 2); every span on it is remapped in the same
transaction by the rule of :mod:`ikt_desktop.domain.transcripts.remap`: codings, turns and consensus
decisions. A coding (or decision) whose every character was deleted is *lost*: the edit
is refused, naming them, unless the caller confirms with ``remove_lost=True`` (then they
are removed with their pinned quotes, and the returned :class:`TextEdit` puts them back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code, Coding, Decision, Source, Turn
from ikt_desktop.db.search_index import reindex_source
from ikt_desktop.db.text_cache import text_changed
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.remap import TextDiff, diff_texts
from ikt_desktop.domain.transcripts.text import count_words, refuse_binary
from ikt_desktop.services.base import Service, record, require
from ikt_desktop.services.coding.snapshots import coding_rows, restore_codings, snapshot_codings
from ikt_desktop.services.dto import CodingDTO, CodingSnapshot, Outcome

_LOGGED_EDITS = 200  # the change log keeps the first edits' old and new fragments
_FRAGMENT = 200  # characters of each fragment kept in the log


@dataclass(frozen=True)
class LostCoding:
    """A coding whose text an edit deletes entirely, with its code and old text."""

    coding: CodingDTO
    code_name: str
    text: str


@dataclass(frozen=True)
class TextEditPreview:
    """What saving ``new_text`` would do, before anything is written."""

    source_id: int
    new_text: str  # normalised
    changed: bool
    edits: int  # changed regions of the text
    moved_codings: int  # codings whose span changes (lost ones not counted)
    lost_codings: tuple[LostCoding, ...]
    lost_decisions: int  # consensus decisions whose text is deleted

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.lost_codings or self.lost_decisions)


@dataclass(frozen=True)
class TextEdit:
    """An edit as done: everything :meth:`TextEditService.restore_text` needs to put back
    the old text and spans with the same ids."""

    source_id: int
    old_text: str
    old_word_count: int
    new_text: str
    codings: tuple[tuple[int, int, int], ...]  # (id, old start, old end) of moved codings
    turns: tuple[Mapping[str, Any], ...]  # old rows of the turns moved or removed
    decisions: tuple[Mapping[str, Any], ...]  # old rows of the decisions moved or removed
    removed: CodingSnapshot  # the lost codings removed, with their pinned quotes
    removed_decisions: tuple[int, ...] = ()  # ids of the decisions removed (lost)
    removed_turns: tuple[int, ...] = ()  # ids of the turns removed (their text deleted)


@dataclass(frozen=True)
class _Plan:
    diff: TextDiff
    codings: list[tuple[CodingDTO, int, int]]  # moved: (old coding, new start, new end)
    lost: list[CodingDTO]
    turns: list[tuple[Turn, int, int]]  # moved or lost (new start == new end)
    decisions: list[tuple[Decision, int, int]]


def _plan(
    s: Session, source_id: int, new_text: str | TextDiff, *, keep_inside: bool = False
) -> _Plan:
    """What changes; ``new_text`` may be a ready diff of the source's text;
    ``keep_inside`` as in :meth:`TextDiff.span`."""
    source = require(s, Source, source_id, "source")
    if isinstance(new_text, str):
        refuse_binary(new_text, f"{source.name}: the edited transcript")
    diff = new_text if isinstance(new_text, TextDiff) else diff_texts(source.text, new_text)
    if not diff.new.strip():
        raise ValidationError(f"{source.name}: the transcript would have no text.")
    moved, lost = [], []
    turns: list[tuple[Turn, int, int]] = []
    decisions: list[tuple[Decision, int, int]] = []
    if diff:
        for c in coding_rows(s, Coding.source_id == source_id):
            r = diff.span(c.start, c.end, keep_inside=keep_inside)
            if r.lost:
                lost.append(c)
            elif (r.start, r.end) != (c.start, c.end):
                moved.append((c, r.start, r.end))
        for turn in s.scalars(select(Turn).where(Turn.source_id == source_id)):
            moved_to = _moved(diff, turn.start, turn.end, keep_inside)
            if moved_to is not None:
                turns.append((turn, *moved_to))
        for decision in s.scalars(select(Decision).where(Decision.source_id == source_id)):
            moved_to = _moved(diff, decision.start, decision.end, keep_inside)
            if moved_to is not None:
                decisions.append((decision, *moved_to))
    return _Plan(diff, moved, lost, turns, decisions)


def _moved(
    diff: TextDiff, start: int, end: int, keep_inside: bool = False
) -> tuple[int, int] | None:
    """The new span of ``[start, end)`` if it moves (empty when lost), else None."""
    r = diff.span(start, end, keep_inside=keep_inside)
    if (r.start, r.end) == (start, end):
        return None
    return (r.start, r.start) if r.lost else (r.start, r.end)


def _row(obj: Turn | Decision) -> Mapping[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _lost_list(lost: Sequence[LostCoding]) -> str:
    shown = [f'"{x.text[:60]}" ({x.code_name})' for x in lost[:5]]
    more = f" and {len(lost) - 5} more" if len(lost) > 5 else ""
    return "; ".join(shown) + more


class TextEditService(Service):
    def preview_edit(self, source_id: int, new_text: str) -> TextEditPreview:
        """What :meth:`edit_text` would do; writes nothing."""
        with self._store.read() as s:
            plan = _plan(s, source_id, new_text)
            return TextEditPreview(
                source_id, plan.diff.new, bool(plan.diff), len(plan.diff.edits),
                len(plan.codings), _lost(s, plan),
                sum(1 for _, a, b in plan.decisions if a == b),
            )  # fmt: skip

    def edit_text(
        self, source_id: int, new_text: str, *, remove_lost: bool = False
    ) -> Outcome[TextEdit]:
        """Replace the source's text with ``new_text`` (normalised) and remap every span,
        in one transaction. Refused, naming them, when codings or consensus decisions
        would lose all their text, unless ``remove_lost``. Turns whose text is deleted are
        removed without asking (they are layout, not analysis)."""
        with self._store.write() as s:
            return apply_edit(s, source_id, new_text, remove_lost=remove_lost)

    def restore_text(self, edit: TextEdit) -> Outcome[TextEdit]:
        """Undo :meth:`edit_text`: the old text, the old spans, and the removed codings,
        turns and decisions with their ids (and pinned quotes)."""
        with self._store.write() as s:
            return restore_edit(s, edit)


def _lost(s: Session, plan: _Plan) -> tuple[LostCoding, ...]:
    query = select(Code.id, Code.name).where(Code.id.in_({c.code_id for c in plan.lost}))
    names = {i: n for i, n in s.execute(query)}
    old = plan.diff.old
    return tuple(LostCoding(c, names.get(c.code_id, ""), old[c.start : c.end]) for c in plan.lost)


def _logged(diff: TextDiff) -> list[list[object]]:
    """The first edits as ``[old start, old fragment, new fragment]`` for the change log."""
    return [
        [e.old_start, diff.old[e.old_start : e.old_end][:_FRAGMENT],
         diff.new[e.new_start : e.new_end][:_FRAGMENT]]
        for e in diff.edits[:_LOGGED_EDITS]
    ]  # fmt: skip


def _changes(edit: TextEdit, removal: Op) -> ChangeSet:
    """What an edit (``removal`` DELETED) or its undo (``removal`` CREATED) changed."""
    changes = ChangeSet.of(Entity.SOURCE, Op.UPDATED, [edit.source_id])
    changes += ChangeSet.of(Entity.TEXT, Op.UPDATED, [edit.source_id])
    changes += ChangeSet.of(Entity.CODING, Op.UPDATED, [i for i, _, _ in edit.codings])
    removed = edit.removed.codings
    changes += ChangeSet.of(Entity.CODING, removal, [c.id for c in removed])
    changes += ChangeSet.of(Entity.CODE, Op.UPDATED, sorted({c.code_id for c in removed}))
    gone = set(edit.removed_decisions)
    moved = [int(d["id"]) for d in edit.decisions if d["id"] not in gone]
    changes += ChangeSet.of(Entity.DECISION, Op.UPDATED, moved)
    return changes + ChangeSet.of(Entity.DECISION, removal, edit.removed_decisions)


def apply_edit(
    s: Session,
    source_id: int,
    new_text: str | TextDiff,
    *,
    remove_lost: bool = False,
    keep_inside: bool = False,
    log_fragments: bool = True,
) -> Outcome[TextEdit]:
    """:meth:`TextEditService.edit_text` in the caller's transaction (``new_text`` may be
    a ready diff of the source's text; ``keep_inside`` as in :func:`_plan`). Without
    ``log_fragments`` the change log gets counts only, never the old text (a real name
    replaced by a pseudonym must not survive in the log)."""
    plan = _plan(s, source_id, new_text, keep_inside=keep_inside)
    source = require(s, Source, source_id, "source")
    old_text, old_words = source.text, source.word_count
    lost_decisions = [d for d, a, b in plan.decisions if a == b]
    if (plan.lost or lost_decisions) and not remove_lost:
        lost = _lost(s, plan)
        parts = []
        if lost:
            parts.append(f"{len(lost)} coding(s) would lose all their text: "
                         f"{_lost_list(lost)}")  # fmt: skip
        if lost_decisions:
            parts.append(f"{len(lost_decisions)} consensus decision(s) would too")
        raise ValidationError(f"{source.name}: {'; '.join(parts)}. Confirm to remove them.")
    if not plan.diff:
        empty = CodingSnapshot(())
        return Outcome(TextEdit(source_id, old_text, old_words, old_text, (), (), (),
                                empty))  # fmt: skip
    lost_rows = list(s.scalars(select(Coding).where(Coding.id.in_(
        [c.id for c in plan.lost]))))  # fmt: skip
    removed = snapshot_codings(s, lost_rows)
    edit = TextEdit(
        source_id, old_text, old_words, plan.diff.new,
        tuple((c.id, c.start, c.end) for c, _, _ in plan.codings),
        tuple(_row(t) for t, _, _ in plan.turns),
        tuple(_row(d) for d, _, _ in plan.decisions), removed,
        tuple(d.id for d, a, b in plan.decisions if a == b),
        tuple(t.id for t, a, b in plan.turns if a == b),
    )  # fmt: skip
    text_changed(s.info)
    source.text, source.word_count = plan.diff.new, count_words(plan.diff.new)
    if lost_rows:
        s.execute(delete(Coding).where(Coding.id.in_([c.id for c in lost_rows])))
    if plan.codings:
        _move_codings(s, [(c.id, a, b) for c, a, b in plan.codings])
    for model, moves in ((Turn, plan.turns), (Decision, plan.decisions)):
        gone = [row.id for row, a, b in moves if a == b]
        kept = [{"id": row.id, "start": a, "end": b} for row, a, b in moves if a < b]
        if gone:
            s.execute(delete(model).where(model.id.in_(gone)))
        if kept:
            s.execute(update(model), kept)
    reindex_source(s, source_id)
    logged = _logged(plan.diff) if log_fragments else len(plan.diff.edits)
    record(s, "edit text", "source", source_id, edits=logged,
           moved=len(plan.codings), removed=[c.id for c in lost_rows],
           turns=len(plan.turns), decisions=len(plan.decisions))  # fmt: skip
    return Outcome(edit, _changes(edit, Op.DELETED))


def _move_codings(s: Session, spans: Sequence[tuple[int, int, int]]) -> None:
    """Set (id, start, end) of many codings: one executemany of a plain UPDATE (the ORM's
    bulk update by primary key costs 3x more for 100,000 codings)."""
    table = cast(Table, Coding.__table__)
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(start=bindparam("b_start"), end=bindparam("b_end"))
    )
    s.execute(stmt, [{"b_id": i, "b_start": a, "b_end": b} for i, a, b in spans])


def restore_edit(s: Session, edit: TextEdit) -> Outcome[TextEdit]:
    """:meth:`TextEditService.restore_text` in the caller's transaction."""
    source = require(s, Source, edit.source_id, "source")
    if source.text != edit.new_text:
        raise ValidationError(
            f"{source.name}: the text changed since this edit; it cannot be undone."
        )
    text_changed(s.info)
    source.text, source.word_count = edit.old_text, edit.old_word_count
    if edit.codings:
        _move_codings(s, edit.codings)
    restore_codings(s, edit.removed)
    for model, rows in ((Turn, edit.turns), (Decision, edit.decisions)):
        if rows:
            s.execute(delete(model).where(model.id.in_([r["id"] for r in rows])))
            s.execute(insert(model), [dict(r) for r in rows])
    reindex_source(s, edit.source_id)
    record(s, "restore text", "source", edit.source_id, moved=len(edit.codings),
           restored=[c.id for c in edit.removed.codings])  # fmt: skip
    return Outcome(edit, _changes(edit, Op.CREATED))
