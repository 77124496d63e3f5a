"""The codebook: a tree of codes with definitions. Every edit is one transaction and can
be undone exactly (deletes and merges return what they need to restore the same ids)."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping
from dataclasses import fields
from typing import Any, Literal

from sqlalchemy import delete, distinct, func, insert, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.coding_counts import code_counts, codings_per_coder
from ikt_desktop.db.models import Code, Coder, Coding, Decision, ThemeCode
from ikt_desktop.db.store import Store
from ikt_desktop.domain.changes import ChangeSet, ChangeSetBuilder, Entity, Op
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.errors import NotFoundError, UndoRefusedError, ValidationError
from ikt_desktop.services import ordering, versions
from ikt_desktop.services.base import Service, current_coder_id, fetch_all, record, require
from ikt_desktop.services.coding.segments import participant_counts
from ikt_desktop.services.coding.snapshots import restore_codings, snapshot_codings
from ikt_desktop.services.dto import CodeDTO, CodeSnapshot, MergeRecord, Outcome

DETAIL_FIELDS = ("definition", "inclusion", "exclusion", "example")


def code_dto(c: Any, codings: int = 0, sources: int = 0, participants: int = 0) -> CodeDTO:
    """From the ORM object, a row of the code table or a ``_CodeRow`` (the same names)."""
    return CodeDTO(
        c.id, c.guid, c.parent_id, c.position, c.name, c.color,
        c.definition, c.inclusion, c.exclusion, c.example, codings, sources, participants,
        c.kind or "thematic", c.row_version,
    )  # fmt: skip


def _siblings(s: Session, parent_id: int | None, exclude: int | None = None) -> list[Code]:
    return ordering.siblings(s, Code, parent_id, exclude)


_renumber = ordering.renumber


def _parents(s: Session) -> dict[int, int | None]:
    return ordering.parents(s, Code)


def _check_unique(s: Session, name: str, parent_id: int | None, own_id: int | None) -> None:
    for sibling in _siblings(s, parent_id):
        if sibling.id != own_id and sibling.name.casefold() == name.casefold():
            raise ValidationError(f"There is already a code {name!r} at this level.")


_ALL_COUNTS = select(
    Coding.code_id, func.count(Coding.id), func.count(distinct(Coding.source_id))
).group_by(Coding.code_id)
_CODE_COLUMNS = [c.name for c in Code.__table__.c]
_CodeRow = namedtuple("_CodeRow", _CODE_COLUMNS)  # type: ignore[misc]  # code_dto reads it
_QUOTED = ", ".join(f'"{name}"' for name in _CODE_COLUMNS)
_ONE_CODE = f"SELECT {_QUOTED} FROM code WHERE id = ?"  # (position, end: quoted names)


def _counts(s: Session, code_ids: list[int] | None = None) -> dict[int, tuple[int, int, int]]:
    """(codings, sources, participants) per code."""
    if code_ids is not None:  # after each coding: its code (db/coding_counts.py)
        return code_counts(s, code_ids)
    people = participant_counts(s)
    return {c: (n, k, people.get(c, 0)) for c, n, k in s.execute(_ALL_COUNTS)}


def _dto_with_counts(s: Session, c: Any) -> CodeDTO:
    """``c``: as :func:`code_dto` takes it."""
    return code_dto(c, *_counts(s, [c.id]).get(c.id, (0, 0, 0)))


def code_path(parents: dict[int, int | None], names: dict[int, str], code_id: int) -> str:
    chain = [code_id, *codetree.ancestors(code_id, parents)]
    return "/".join(names[i] for i in reversed(chain))


class CodebookService(Service):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        # (the store's writes when read, what was read): a second look without a write in
        # between (the codebook tree, then the interview-guide tree, at opening) is free
        self._shape_kept: (
            tuple[int, tuple[dict[int, int | None], dict[int, tuple[str, str]]]] | None
        ) = None
        self._counts: tuple[int, dict[int, tuple[int, int, int]]] | None = None

    # -- reading ---------------------------------------------------------------------

    def all(self, kind: str | None = None) -> list[CodeDTO]:
        """Every code (of ``kind``: "thematic" for the inductive codebook, "structural"
        for the interview guide), parents before children, siblings in order, with counts."""
        writes = self._store.writes  # before the read: a write meanwhile makes it stale
        with self._store.read() as s:
            query = select(Code).order_by(Code.position, Code.id)
            if kind is not None:
                query = query.where(Code.kind == kind)
            codes = list(s.scalars(query))
            cached = self._counts
            if cached is not None and cached[0] == writes:
                counts = cached[1]
            else:  # counting 100,000 codings' people: 0.5 s on the large bench project
                counts = _counts(s)
                self._counts = (writes, counts)
        by_parent: dict[int | None, list[Code]] = {}
        for c in codes:
            by_parent.setdefault(c.parent_id, []).append(c)
        out: list[CodeDTO] = []
        stack = list(reversed(by_parent.get(None, [])))
        while stack:
            c = stack.pop()
            out.append(code_dto(c, *counts.get(c.id, (0, 0, 0))))
            stack.extend(reversed(by_parent.get(c.id, [])))
        return out

    def parents(self) -> dict[int, int | None]:
        """``{code id: parent id}``: the tree's shape, without counting anything (read
        with the names and colours, once per change: see :meth:`styles`)."""
        return dict(self._shape()[0])

    def styles(self) -> dict[int, tuple[str, str]]:
        """``{code id: (name, colour)}``: what painting needs, without counting anything.
        Read once per change: the panes that follow one action ask for it several times."""
        return dict(self._shape()[1])

    def _shape(self) -> tuple[dict[int, int | None], dict[int, tuple[str, str]]]:
        """The codes' parents, names and colours, read together, kept until the next write."""
        writes = self._store.writes  # before the read: a write meanwhile makes it stale
        cached = self._shape_kept
        if cached is not None and cached[0] == writes:
            return cached[1]
        with self._store.read() as s:  # straight from the driver
            rows = fetch_all(s, "SELECT id, parent_id, name, color FROM code")
        parents = {int(i): None if up is None else int(up) for i, up, _n, _c in rows}
        styles = {int(i): (str(n), str(c)) for i, _up, n, c in rows}
        self._shape_kept = (writes, (parents, styles))
        return parents, styles

    def get(self, code_id: int) -> CodeDTO:
        """A code with its counts: read after every coding of it, straight from the
        driver on SQLite (three statements; through SQLAlchemy, 0.25 -> 0.1 ms)."""
        with self._store.read() as s:
            rows = fetch_all(s, _ONE_CODE, (code_id,))
            if not rows:
                raise NotFoundError(f"The code no longer exists (id {code_id}).")
            return _dto_with_counts(s, _CodeRow(*rows[0]))

    def paths(self) -> dict[int, str]:
        """``{code id: "Parent/Child"}`` for every code."""
        with self._store.read() as s:
            rows = list(s.execute(select(Code.id, Code.parent_id, Code.name)))
        parents = {i: p for i, p, _ in rows}
        names = {i: n for i, _, n in rows}
        return {i: code_path(parents, names, i) for i in names}

    # -- creating and editing --------------------------------------------------------

    def create(
        self,
        name: str,
        parent_id: int | None = None,
        *,
        row: int | None = None,
        color: str | None = None,
        **details: str,
    ) -> Outcome[CodeDTO]:
        """A new code under ``parent_id`` at ``row`` (default: last). Sub-codes inherit
        their parent's colour unless one is given."""
        unknown = set(details) - set(DETAIL_FIELDS)
        if unknown:
            raise TypeError(f"unknown code fields: {sorted(unknown)}")
        name = codetree.clean_name(name)
        with self._store.write() as s:
            siblings = _siblings(s, parent_id)
            kind = "thematic"
            if parent_id is not None:
                parent = require(s, Code, parent_id, "parent code")
                default, kind = parent.color, parent.kind
            else:
                default = codetree.default_color(len(siblings))
            _check_unique(s, name, parent_id, None)
            code = Code(
                name=name,
                parent_id=parent_id,
                color=codetree.clean_color(color) if color else default,
                created_by=current_coder_id(s),
                kind=kind,
                **{k: v.strip() for k, v in details.items()},
            )
            s.add(code)
            row = len(siblings) if row is None else max(0, min(row, len(siblings)))
            siblings.insert(row, code)
            s.flush()
            _renumber(siblings)
            s.flush()
            record(s, "create code", "code", code.id, name=name, parent=parent_id)
            return Outcome(code_dto(code), ChangeSet.of(Entity.CODE, Op.CREATED, [code.id]))

    def rename(
        self, code_id: int, name: str, *, seen: int | None = None, expected: str | None = None
    ) -> Outcome[CodeDTO]:
        """Rename; ``seen``/``expected``: the version and name the user saw (or, for an
        undo, the name the action wrote), see services/versions.py."""
        name = codetree.clean_name(name)
        with self._store.write() as s:
            code = self._claim(s, code_id, seen, None if expected is None else {"name": expected})
            _check_unique(s, name, code.parent_id, code.id)
            before, code.name = code.name, name
            record(s, "rename code", "code", code.id, before=before, after=name)
            return self._updated(s, code)

    def recolor(
        self, code_id: int, color: str, *, seen: int | None = None, expected: str | None = None
    ) -> Outcome[CodeDTO]:
        color = codetree.clean_color(color)
        with self._store.write() as s:
            code = self._claim(s, code_id, seen, None if expected is None else {"color": expected})
            before, code.color = code.color, color
            record(s, "recolour code", "code", code.id, before=before, after=color)
            return self._updated(s, code)

    def edit_details(
        self,
        code_id: int,
        *,
        seen: int | None = None,
        expected: Mapping[str, str] | None = None,
        **changes: str,
    ) -> Outcome[CodeDTO]:
        """Change any of definition, inclusion, exclusion, example. ``seen``/``expected``:
        the version and the values of the changed fields the user saw."""
        unknown = set(changes) - set(DETAIL_FIELDS)
        if unknown:
            raise TypeError(f"unknown code fields: {sorted(unknown)}")
        with self._store.write() as s:
            code = self._claim(s, code_id, seen, expected)
            before = {k: getattr(code, k) for k in changes}
            for key, value in changes.items():
                setattr(code, key, value.strip())
            record(s, "edit code", "code", code.id, before=before, after=changes)
            return self._updated(s, code)

    def move(
        self,
        code_id: int,
        parent_id: int | None,
        row: int | None = None,
        *,
        expected_parent: int | Literal[False] | None = False,
    ) -> Outcome[CodeDTO]:
        """Move a code (and its sub-codes) under ``parent_id`` at ``row`` among the new
        siblings (counted without the moved code); refuses cycles and name clashes.
        ``expected_parent``: where the caller's undo expects the code to be."""
        with self._store.write() as s:
            expect = None if expected_parent is False else {"parent_id": expected_parent}
            code = self._claim(s, code_id, None, expect)
            if (
                parent_id is not None
                and require(s, Code, parent_id, "parent code").kind != code.kind
            ):
                raise ValidationError(
                    "Interview-guide questions and codebook codes are kept apart."
                )
            codetree.check_move(code_id, parent_id, _parents(s))
            _check_unique(s, code.name, parent_id, code.id)
            old_parent = code.parent_id
            old_siblings = _siblings(s, old_parent, exclude=code.id)
            new_siblings = (
                old_siblings if old_parent == parent_id else _siblings(s, parent_id, code.id)
            )
            row = len(new_siblings) if row is None else max(0, min(row, len(new_siblings)))
            code.parent_id = parent_id
            new_siblings.insert(row, code)
            _renumber(new_siblings)
            if old_parent != parent_id:
                _renumber(old_siblings)
            record(s, "move code", "code", code.id, parent=(old_parent, parent_id), row=row)
            changed = {c.id for c in old_siblings + new_siblings}
            return Outcome(
                _dto_with_counts(s, code), ChangeSet.of(Entity.CODE, Op.UPDATED, sorted(changed))
            )

    # -- delete and restore ----------------------------------------------------------

    def delete(self, code_id: int, *, undoing: bool = False) -> Outcome[CodeSnapshot]:
        """Delete a code, its sub-codes and their codings. The snapshot restores them.
        ``undoing`` (the undo of creating the code): refused while other coders have
        applied it or one of its sub-codes (``UndoRefusedError``)."""
        with self._store.write() as s:
            code = versions.claim(s, Code, code_id, "code")
            if undoing:  # FOR UPDATE also stops a concurrent coding of it (a key-share lock)
                s.execute(select(Code.id).where(Code.id == code_id).with_for_update())
                tree = [code.id, *codetree.descendants(code.id, _parents(s))]
                _refuse_others_codings(s, code.name, tree)
                others = versions.changed_by_others(s, "code", tree)
                if others:
                    raise UndoRefusedError(others, "changed", 1, code.name)
            snapshot = _snapshot(s, code)
            ids = [c.id for c in snapshot.codes]
            s.execute(delete(Code).where(Code.id == code_id))  # cascades in SQLite
            _renumber(_siblings(s, code.parent_id))
            record(s, "delete code", "code", code_id, name=code.name, codes=len(ids),
                   codings=len(snapshot.codings.codings))  # fmt: skip
            changes = ChangeSetBuilder()
            changes.add(Entity.CODE, Op.DELETED, *ids)
            changes.add(Entity.CODING, Op.DELETED, *(c.id for c in snapshot.codings.codings))
            return Outcome(snapshot, changes.build())

    def restore(self, snapshot: CodeSnapshot) -> Outcome[CodeDTO]:
        """Undo :meth:`delete`: the same ids, positions, codings and theme links."""
        with self._store.write() as s:
            top = _insert_codes(s, snapshot)
            restore_codings(s, snapshot.codings)
            record(s, "restore code", "code", top.id, name=top.name)
            changes = ChangeSetBuilder()
            changes.add(Entity.CODE, Op.CREATED, *(c.id for c in snapshot.codes))
            changes.add(Entity.CODING, Op.CREATED, *(c.id for c in snapshot.codings.codings))
            return Outcome(_dto_with_counts(s, top), changes.build())

    # -- merge -----------------------------------------------------------------------

    def merge(self, source_id: int, target_id: int) -> Outcome[MergeRecord]:
        """Merge code ``source_id`` into ``target_id``: its codings go to the target
        (exact duplicates by the same coder are dropped), its sub-codes move under the
        target, and the source code is deleted."""
        with self._store.write() as s:
            source = require(s, Code, source_id, "code")
            target = require(s, Code, target_id, "code")
            if source_id == target_id:
                raise ValidationError("A code cannot be merged into itself.")
            if target_id in codetree.descendants(source_id, _parents(s)):
                raise ValidationError("A code cannot be merged into one of its own sub-codes.")
            target_keys = {
                (c.source_id, c.start, c.end, c.coder_id)
                for c in s.scalars(select(Coding).where(Coding.code_id == target_id))
            }
            codings = list(s.scalars(select(Coding).where(Coding.code_id == source_id)))
            dropped = [
                c for c in codings if (c.source_id, c.start, c.end, c.coder_id) in target_keys
            ]
            moved = [c.id for c in codings if c not in dropped]
            target_children = _siblings(s, target_id)
            children = _siblings(s, source_id)
            for child in children:
                _check_unique(s, child.name, target_id, child.id)
            removed = CodeSnapshot(
                codes=(code_dto(source),),
                codings=snapshot_codings(s, dropped, Decision.code_id == source_id),
                theme_links=_theme_links(s, [source_id]),
            )
            record_ = MergeRecord(
                target_id=target_id,
                removed=removed,
                moved_codings=tuple(moved),
                moved_children=tuple((c.id, c.position) for c in children),
                target_child_positions=tuple((c.id, c.position) for c in target_children),
            )
            if moved:
                s.execute(update(Coding).where(Coding.id.in_(moved)).values(code_id=target_id))
            for child in children:
                child.parent_id = target_id
            _renumber(target_children + children)
            s.flush()
            s.execute(delete(Code).where(Code.id == source_id))
            _renumber(_siblings(s, source.parent_id))
            record(s, "merge codes", "code", target_id, merged=source.name, into=target.name,
                   moved=len(moved), dropped=len(dropped))  # fmt: skip
            changes = ChangeSetBuilder()
            changes.add(Entity.CODE, Op.DELETED, source_id)
            changes.add(Entity.CODE, Op.UPDATED, target_id, *(c.id for c in children))
            changes.add(Entity.CODING, Op.UPDATED, *moved)
            changes.add(Entity.CODING, Op.DELETED, *(c.id for c in dropped))
            return Outcome(record_, changes.build())

    def unmerge(self, merge: MergeRecord) -> Outcome[CodeDTO]:
        """Undo :meth:`merge` exactly."""
        with self._store.write() as s:
            source = _insert_codes(s, merge.removed)
            if merge.moved_codings:
                s.execute(
                    update(Coding)
                    .where(Coding.id.in_(merge.moved_codings))
                    .values(code_id=source.id)
                )
            restore_codings(s, merge.removed.codings)
            for child_id, position in merge.moved_children:
                child = require(s, Code, child_id, "code")
                child.parent_id, child.position = source.id, position
            for child_id, position in merge.target_child_positions:
                require(s, Code, child_id, "code").position = position
            record(s, "unmerge codes", "code", source.id, name=source.name)
            changes = ChangeSetBuilder()
            changes.add(Entity.CODE, Op.CREATED, source.id)
            changes.add(Entity.CODE, Op.UPDATED, merge.target_id,
                        *(i for i, _ in merge.moved_children))  # fmt: skip
            changes.add(Entity.CODING, Op.UPDATED, *merge.moved_codings)
            changes.add(Entity.CODING, Op.CREATED, *(c.id for c in merge.removed.codings.codings))
            return Outcome(_dto_with_counts(s, source), changes.build())

    # -- helpers ---------------------------------------------------------------------

    def _claim(
        self, s: Session, code_id: int, seen: int | None, expected: Mapping[str, object] | None
    ) -> Code:
        code = versions.claim(s, Code, code_id, "code")
        versions.check(s, code, entity="code", name=code.name, seen=seen, expected=expected,
                       current=lambda: _dto_with_counts(s, code))  # fmt: skip
        return code

    def _updated(self, s: Session, code: Code) -> Outcome[CodeDTO]:
        s.flush()
        return Outcome(_dto_with_counts(s, code), ChangeSet.of(Entity.CODE, Op.UPDATED, [code.id]))


def _refuse_others_codings(s: Session, name: str, code_ids: list[int]) -> None:
    """Undoing the creation of a code must not take other coders' codings with it (not
    even those a blind coder cannot see: db/coding_counts.py)."""
    me = current_coder_id(s)
    theirs = {c: n for c, n in codings_per_coder(s, code_ids).items() if c != me}
    if not theirs:
        return
    people = dict(s.execute(select(Coder.id, Coder.name).where(Coder.id.in_(theirs))).all())
    by = tuple(sorted({people.get(i) or "another coder" for i in theirs}))
    raise UndoRefusedError(by, "applied", sum(theirs.values()), name)


def _theme_links(s: Session, code_ids: list[int]) -> tuple[tuple[int, int, int], ...]:
    rows = s.execute(
        select(ThemeCode.theme_id, ThemeCode.code_id, ThemeCode.position).where(
            ThemeCode.code_id.in_(code_ids)
        )
    )
    return tuple((t, c, p) for t, c, p in rows)


def _snapshot(s: Session, code: Code) -> CodeSnapshot:
    below = codetree.descendants(code.id, _parents(s))
    by_id = {c.id: c for c in s.scalars(select(Code).where(Code.id.in_([code.id, *below])))}
    ordered: list[Code] = []
    frontier = [code]
    while frontier:  # breadth first: parents before children
        ordered.extend(frontier)
        frontier = sorted(
            (c for c in by_id.values() if c.parent_id in {f.id for f in frontier}),
            key=lambda c: (c.parent_id or 0, c.position),
        )
    ids = [c.id for c in ordered]
    codings = list(s.scalars(select(Coding).where(Coding.code_id.in_(ids)).order_by(Coding.id)))
    return CodeSnapshot(
        codes=tuple(code_dto(c) for c in ordered),
        codings=snapshot_codings(s, codings, Decision.code_id.in_(ids)),
        theme_links=_theme_links(s, ids),
    )


def _insert_codes(s: Session, snapshot: CodeSnapshot) -> Code:
    """Put snapshot codes back with their ids; the top one at its old row."""
    top_dto = snapshot.codes[0]
    siblings = _siblings(s, top_dto.parent_id)
    rows: list[dict[str, Any]] = []
    names = {f.name for f in fields(CodeDTO)} - {
        "coding_count",
        "source_count",
        "participant_count",
    }
    for c in snapshot.codes:
        rows.append({k: getattr(c, k) for k in names})
    s.execute(insert(Code), rows)
    top = require(s, Code, top_dto.id, "code")
    siblings.insert(min(top_dto.position, len(siblings)), top)
    _renumber(siblings)
    links = [{"theme_id": t, "code_id": c, "position": p} for t, c, p in snapshot.theme_links]
    if links:
        s.execute(insert(ThemeCode), links)
    s.flush()
    return top
