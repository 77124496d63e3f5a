"""Themes: first-class objects built from codes (reflexive thematic analysis phases 3-5).

A theme has sub-themes (``parent_id``), codes (``theme_code``, ordered), pinned quotes
(``theme_quote``: codings, ordered), a status (candidate, reviewed, final) and its place
on the board. Every call is one transaction; deletes and merges return what undo needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    Attribute,
    AttributeValue,
    ChangeLog,
    Code,
    Coder,
    Coding,
    Participant,
    Theme,
    ThemeCode,
    ThemeQuote,
)
from ikt_desktop.domain.analysis.arrange import co_occurrence_order
from ikt_desktop.domain.changes import ChangeSet, ChangeSetBuilder, Entity, Op
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.errors import UndoRefusedError, ValidationError
from ikt_desktop.services import ordering, versions
from ikt_desktop.services.analysis.theme_rows import insert_snapshot
from ikt_desktop.services.base import Service, get_meta, record, require, set_meta
from ikt_desktop.services.coding.built_on import refuse_if_quoted
from ikt_desktop.services.coding.codings import co_occurrence
from ikt_desktop.services.coding.segments import participants_of_codes
from ikt_desktop.services.dto import Outcome, ThemeDTO, ThemeMergeRecord, ThemeSnapshot

STATUSES = ("candidate", "reviewed", "final")
LOOSE_ORDER_KEY = "board_loose_order"
# The board's layout changed without any one theme changing: id 0 is no theme.
BOARD_LAYOUT_CHANGED = ChangeSet.of(Entity.THEME, Op.UPDATED, [0])
TEXT_FIELDS = ("definition", "central_concept", "boundaries", "narrative")
MAX_NAME = 300


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A theme needs a name.")
    if len(cleaned) > MAX_NAME:
        raise ValidationError(f"A theme name can have at most {MAX_NAME} characters.")
    return cleaned


def _links(s: Session, model: Any, column: Any, theme_ids: Sequence[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    rows = s.execute(
        select(model.theme_id, column)
        .where(model.theme_id.in_(theme_ids))
        .order_by(model.theme_id, model.position)
    )
    for theme_id, other in rows:
        out.setdefault(theme_id, []).append(other)
    return out


def _dtos(s: Session, themes: Sequence[Theme]) -> list[ThemeDTO]:
    ids = [t.id for t in themes]
    codes = _links(s, ThemeCode, ThemeCode.code_id, ids)
    quotes = _links(s, ThemeQuote, ThemeQuote.coding_id, ids)
    return [
        ThemeDTO(
            t.id,
            t.guid,
            t.parent_id,
            t.position,
            t.name,
            t.definition,
            t.central_concept,
            t.boundaries,
            t.narrative,
            t.status,
            t.color,
            (t.board_x, t.board_y, t.board_w, t.board_h),
            tuple(codes.get(t.id, ())),
            tuple(quotes.get(t.id, ())),
            t.row_version,
        )
        for t in themes
    ]


def _siblings(s: Session, parent_id: int | None, exclude: int | None = None) -> list[Theme]:
    return ordering.siblings(s, Theme, parent_id, exclude)


_renumber = ordering.renumber


def _parents(s: Session) -> dict[int, int | None]:
    return ordering.parents(s, Theme)


def _renumber_links(s: Session, model: Any, theme_id: int) -> None:
    _renumber(ordering.links(s, model, theme_id))


def _new_theme(
    s: Session,
    name: str,
    parent_id: int | None,
    color: str,
    geometry: tuple[float, float, float, float],
) -> Theme:
    """A new theme, last among its siblings, flushed so it has its id."""
    x, y, w, h = geometry
    theme = Theme(
        name=name, parent_id=parent_id, position=len(_siblings(s, parent_id)), color=color,
        board_x=x, board_y=y, board_w=w, board_h=h,
    )  # fmt: skip
    s.add(theme)
    s.flush()
    return theme


def _remove_link(s: Session, model: Any, theme_id: int, other_id: int, missing: str) -> int:
    """Delete one link row (code or quote) and close the gap; returns its old row."""
    link = s.get(model, (theme_id, other_id))
    if link is None:
        raise ValidationError(missing)
    row = int(link.position)
    s.delete(link)
    s.flush()
    _renumber_links(s, model, theme_id)
    return row


class ThemeService(Service):
    # -- reading -----------------------------------------------------------------------

    def all(self) -> list[ThemeDTO]:
        """Every theme, parents before sub-themes, siblings in board order."""
        with self._store.read() as s:
            themes = list(s.scalars(select(Theme).order_by(Theme.position, Theme.id)))
            dtos = {d.id: d for d in _dtos(s, themes)}
        by_parent: dict[int | None, list[ThemeDTO]] = {}
        for d in dtos.values():
            by_parent.setdefault(d.parent_id, []).append(d)
        out: list[ThemeDTO] = []
        stack = list(reversed(by_parent.get(None, [])))
        while stack:
            d = stack.pop()
            out.append(d)
            stack.extend(reversed(by_parent.get(d.id, [])))
        return out

    def get(self, theme_id: int) -> ThemeDTO:
        with self._store.read() as s:
            return _dtos(s, [require(s, Theme, theme_id, "theme")])[0]

    def prevalence(self, theme_id: int) -> dict[str, tuple[int, int]]:
        """Participants contributing to a theme (its codes and its sub-themes' codes), by
        role, roles in the order participants are listed:
        ``{"iKT panel member": (5, 5), "extended collaborator": (2, 3)}``."""
        with self._store.read() as s:
            require(s, Theme, theme_id, "theme")
            ids = [theme_id, *codetree.descendants(theme_id, _parents(s))]
            code_ids = list(s.scalars(select(ThemeCode.code_id).where(ThemeCode.theme_id.in_(ids))))
            contributing = participants_of_codes(s, code_ids)
            people = list(
                s.execute(
                    select(Participant.id, Participant.role).order_by(
                        Participant.position, Participant.id
                    )
                )
            )
        out: dict[str, tuple[int, int]] = {}
        for role in dict.fromkeys(r for _, r in people):  # the project's order of roles
            members = [p for p, r in people if r == role]
            out[role or "(no role)"] = (sum(p in contributing for p in members), len(members))
        return out

    def prevalence_by_attribute(self, theme_id: int) -> dict[str, dict[str, tuple[int, int]]]:
        """Like :meth:`prevalence`, for every choice attribute of the participants:
        ``{"Stakeholder group": {"person with MS": (4, 4), ...}}``."""
        with self._store.read() as s:
            require(s, Theme, theme_id, "theme")
            ids = [theme_id, *codetree.descendants(theme_id, _parents(s))]
            code_ids = list(s.scalars(select(ThemeCode.code_id).where(ThemeCode.theme_id.in_(ids))))
            contributing = participants_of_codes(s, code_ids)
            rows = list(
                s.execute(
                    select(Attribute.name, AttributeValue.value, AttributeValue.participant_id)
                    .join(AttributeValue, AttributeValue.attribute_id == Attribute.id)
                    .where(Attribute.type == "choice")  # categories; numbers and dates are not
                    .order_by(Attribute.position, AttributeValue.value)
                )
            )
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for name, value, person in rows:
            n, total = out.setdefault(name, {}).get(value, (0, 0))
            out[name][value] = (n + (person in contributing), total + 1)
        return out

    def history(self, theme_id: int) -> list[tuple[str, str, str, str]]:
        """(time, author, action, detail) for a theme, newest first: renames, merges, edits."""
        with self._store.read() as s:
            rows = s.execute(
                select(ChangeLog.time, Coder.name, ChangeLog.action, ChangeLog.detail)
                .outerjoin(Coder, Coder.id == ChangeLog.coder_id)
                .where(ChangeLog.entity == "theme", ChangeLog.entity_id == theme_id)
                .order_by(ChangeLog.id.desc())
            )
            return [
                (
                    t.isoformat(sep=" ", timespec="minutes"),
                    author or "",
                    action,
                    _describe(action, detail),
                )
                for t, author, action, detail in rows
            ]

    def loose_order(self) -> list[int]:
        """The board order of codes outside every theme, as last arranged."""
        with self._store.read() as s:
            return [int(i) for i in json.loads(get_meta(s, LOOSE_ORDER_KEY, "[]"))]

    def arrange_loose(self, code_ids: Sequence[int]) -> Outcome[list[int]]:
        """Order the codes outside every theme so that co-occurring codes sit together."""
        with self._store.write() as s:
            before = json.loads(get_meta(s, LOOSE_ORDER_KEY, "[]"))
            order = co_occurrence_order(list(code_ids), co_occurrence(s, code_ids))
            set_meta(s, LOOSE_ORDER_KEY, json.dumps(order))
            record(s, "arrange board", "theme", None, codes=len(order))
            return Outcome(before, BOARD_LAYOUT_CHANGED)

    def set_loose_order(self, order: Sequence[int]) -> Outcome[list[int]]:
        """Put back an earlier order (undo of :meth:`arrange_loose`)."""
        with self._store.write() as s:
            before = json.loads(get_meta(s, LOOSE_ORDER_KEY, "[]"))
            set_meta(s, LOOSE_ORDER_KEY, json.dumps(list(order)))
            return Outcome(before, BOARD_LAYOUT_CHANGED)

    # -- creating and editing ----------------------------------------------------------

    def create(
        self,
        name: str,
        parent_id: int | None = None,
        *,
        code_ids: Iterable[int] = (),
        geometry: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
        color: str | None = None,
    ) -> Outcome[ThemeDTO]:
        """A new candidate theme (or sub-theme), optionally holding codes already."""
        name = _clean_name(name)
        with self._store.write() as s:
            if parent_id is not None:
                require(s, Theme, parent_id, "parent theme")
            count = s.scalar(select(func.count(Theme.id))) or 0
            colour = codetree.clean_color(color) if color else codetree.default_color(count)
            theme = _new_theme(s, name, parent_id, colour, geometry)
            for i, code_id in enumerate(dict.fromkeys(code_ids)):
                require(s, Code, code_id, "code")
                s.add(ThemeCode(theme_id=theme.id, code_id=code_id, position=i))
            s.flush()
            record(s, "create theme", "theme", theme.id, name=name, parent=parent_id)
            return Outcome(_dtos(s, [theme])[0], ChangeSet.of(Entity.THEME, Op.CREATED, [theme.id]))

    def rename(
        self, theme_id: int, name: str, *, seen: int | None = None, expected: str | None = None
    ) -> Outcome[ThemeDTO]:
        """``seen``/``expected``: the version and name the user saw (services/versions.py)."""
        name = _clean_name(name)
        with self._store.write() as s:
            theme = _claim(s, theme_id, seen, None if expected is None else {"name": expected})
            before, theme.name = theme.name, name
            record(s, "rename theme", "theme", theme_id, before=before, after=name)
            return self._updated(s, theme)

    def edit(
        self,
        theme_id: int,
        *,
        seen: int | None = None,
        expected: Mapping[str, str] | None = None,
        **changes: str,
    ) -> Outcome[ThemeDTO]:
        """Change definition, central_concept, boundaries, narrative, status or color;
        ``seen``/``expected``: the version and the values the user saw."""
        unknown = set(changes) - {*TEXT_FIELDS, "status", "color"}
        if unknown:
            raise TypeError(f"unknown theme fields: {sorted(unknown)}")
        if "status" in changes and changes["status"] not in STATUSES:
            raise ValidationError(f"A theme's status is one of: {', '.join(STATUSES)}.")
        if "color" in changes:
            changes["color"] = codetree.clean_color(changes["color"])
        with self._store.write() as s:
            theme = _claim(s, theme_id, seen, expected)
            before = {k: getattr(theme, k) for k in changes}
            for key, value in changes.items():
                setattr(theme, key, value.strip() if key in TEXT_FIELDS else value)
            record(s, "edit theme", "theme", theme_id, before=before, after=changes)
            return self._updated(s, theme)

    def set_geometry(
        self, theme_id: int, x: float, y: float, w: float, h: float
    ) -> Outcome[ThemeDTO]:
        with self._store.write() as s:
            theme = require(s, Theme, theme_id, "theme")
            theme.board_x, theme.board_y, theme.board_w, theme.board_h = x, y, w, h
            return self._updated(s, theme)

    # -- codes -------------------------------------------------------------------------

    def assign_code(self, theme_id: int, code_id: int, row: int | None = None) -> Outcome[ThemeDTO]:
        """Put a code into a theme at ``row`` (default last). A code may sit in several
        themes; in one theme once."""
        with self._store.write() as s:
            theme = versions.claim(s, Theme, theme_id, "theme")
            code = require(s, Code, code_id, "code")
            links = ordering.links(s, ThemeCode, theme_id)
            if any(link.code_id == code_id for link in links):
                return Outcome(_dtos(s, [theme])[0])
            link = ThemeCode(theme_id=theme_id, code_id=code_id)
            s.add(link)
            links.insert(len(links) if row is None else max(0, min(row, len(links))), link)
            _renumber(links)
            s.flush()
            record(s, "assign code", "theme", theme_id, code=code.name)
            return self._updated(s, theme)

    def reorder_code(self, theme_id: int, code_id: int, row: int) -> Outcome[int]:
        """Move a code to ``row`` within its theme; returns the row it had (for undo)."""
        with self._store.write() as s:
            versions.claim(s, Theme, theme_id, "theme")
            links = ordering.links(s, ThemeCode, theme_id)
            link = next((x for x in links if x.code_id == code_id), None)
            if link is None:
                raise ValidationError("That code is not in this theme.")
            before = links.index(link)
            links.remove(link)
            links.insert(max(0, min(row, len(links))), link)
            _renumber(links)
            record(s, "reorder code", "theme", theme_id, code=code_id, row=row)
            return Outcome(before, ChangeSet.of(Entity.THEME, Op.UPDATED, [theme_id]))

    def unassign_code(self, theme_id: int, code_id: int, *, undoing: bool = False) -> Outcome[int]:
        """Take a code out of a theme; returns the row it had (for undo). ``undoing``
        (the undo of putting it in): refused while another coder has pinned a quote of
        it to the theme."""
        with self._store.write() as s:
            theme = versions.claim(s, Theme, theme_id, "theme")
            if undoing:
                refuse_if_quoted(s, theme_id, code_id, theme.name)
            row = _remove_link(s, ThemeCode, theme_id, code_id, "That code is not in this theme.")
            record(s, "unassign code", "theme", theme_id, code=code_id)
            return Outcome(row, ChangeSet.of(Entity.THEME, Op.UPDATED, [theme_id]))

    # -- pinned quotes -----------------------------------------------------------------

    def pin_quote(self, theme_id: int, coding_id: int, row: int | None = None) -> Outcome[ThemeDTO]:
        with self._store.write() as s:
            theme = versions.claim(s, Theme, theme_id, "theme")
            require(s, Coding, coding_id, "coding")
            links = ordering.links(s, ThemeQuote, theme_id)
            existing = next((q for q in links if q.coding_id == coding_id), None)
            if existing is not None:
                links.remove(existing)
            else:
                existing = ThemeQuote(theme_id=theme_id, coding_id=coding_id)
                s.add(existing)
            links.insert(len(links) if row is None else max(0, min(row, len(links))), existing)
            _renumber(links)
            s.flush()
            record(s, "pin quote", "theme", theme_id, coding=coding_id, row=row)
            return self._updated(s, theme)

    def unpin_quote(self, theme_id: int, coding_id: int) -> Outcome[int]:
        with self._store.write() as s:
            missing = "That quote is not pinned to this theme."
            versions.claim(s, Theme, theme_id, "theme")
            row = _remove_link(s, ThemeQuote, theme_id, coding_id, missing)
            record(s, "unpin quote", "theme", theme_id, coding=coding_id)
            return Outcome(row, ChangeSet.of(Entity.THEME, Op.UPDATED, [theme_id]))

    # -- structure ---------------------------------------------------------------------

    def split(
        self,
        theme_id: int,
        code_ids: Sequence[int],
        name: str,
        geometry: tuple[float, float, float, float],
    ) -> Outcome[tuple[ThemeDTO, tuple[tuple[int, int], ...]]]:
        """Move some of a theme's codes into a new sibling theme, in one transaction.
        Returns the new theme and the (code, row) pairs taken out, for undo."""
        name = _clean_name(name)
        with self._store.write() as s:
            source = require(s, Theme, theme_id, "theme")
            links = ordering.links(s, ThemeCode, theme_id)
            taken = [(link.code_id, link.position) for link in links if link.code_id in code_ids]
            if not taken:
                raise ValidationError("Choose some of the theme's codes to split off.")
            for link in links:
                if link.code_id in code_ids:
                    s.delete(link)
            s.flush()
            _renumber_links(s, ThemeCode, theme_id)
            new = _new_theme(s, name, source.parent_id, source.color, geometry)
            for i, (code_id, _row) in enumerate(taken):
                s.add(ThemeCode(theme_id=new.id, code_id=code_id, position=i))
            s.flush()
            record(s, "split theme", "theme", theme_id, into=name, codes=len(taken))
            record(s, "create theme", "theme", new.id, name=name, split_from=source.name)
            changes = ChangeSetBuilder()
            changes.add(Entity.THEME, Op.CREATED, new.id)
            changes.add(Entity.THEME, Op.UPDATED, theme_id)
            return Outcome((_dtos(s, [new])[0], tuple(taken)), changes.build())

    def unsplit(
        self, theme_id: int, new_id: int, taken: Sequence[tuple[int, int]]
    ) -> Outcome[ThemeDTO]:
        """Undo :meth:`split`: delete the new theme, put the codes back at their rows."""
        with self._store.write() as s:
            source = require(s, Theme, theme_id, "theme")
            s.execute(delete(Theme).where(Theme.id == new_id))
            _renumber(_siblings(s, source.parent_id))
            links = ordering.links(s, ThemeCode, theme_id)
            for code_id, row in sorted(taken, key=lambda pair: pair[1]):
                link = ThemeCode(theme_id=theme_id, code_id=code_id)
                s.add(link)
                links.insert(min(row, len(links)), link)
            _renumber(links)
            s.flush()
            record(s, "unsplit theme", "theme", theme_id)
            changes = ChangeSetBuilder()
            changes.add(Entity.THEME, Op.DELETED, new_id)
            changes.add(Entity.THEME, Op.UPDATED, theme_id)
            return Outcome(_dtos(s, [source])[0], changes.build())

    def nest(
        self, theme_id: int, parent_id: int | None, row: int | None = None
    ) -> Outcome[ThemeDTO]:
        """Make a theme a sub-theme of ``parent_id`` (None: a top-level theme)."""
        with self._store.write() as s:
            theme = require(s, Theme, theme_id, "theme")
            if parent_id is not None:
                require(s, Theme, parent_id, "parent theme")
            if not codetree.can_move(theme_id, parent_id, _parents(s)):
                raise ValidationError("A theme cannot go inside itself or its own sub-themes.")
            old = _siblings(s, theme.parent_id, exclude=theme_id)
            new = old if theme.parent_id == parent_id else _siblings(s, parent_id, theme_id)
            before = theme.parent_id
            theme.parent_id = parent_id
            new.insert(len(new) if row is None else max(0, min(row, len(new))), theme)
            _renumber(new)
            if new is not old:
                _renumber(old)
            record(s, "nest theme", "theme", theme_id, parent=(before, parent_id))
            changed = sorted({t.id for t in old + new})
            return Outcome(_dtos(s, [theme])[0], ChangeSet.of(Entity.THEME, Op.UPDATED, changed))

    def delete(self, theme_id: int, *, undoing: bool = False) -> Outcome[ThemeSnapshot]:
        """Delete a theme with its sub-themes; codes and codings stay untouched.
        ``undoing`` (the undo of creating it): refused once other coders have changed it."""
        with self._store.write() as s:
            theme = versions.claim(s, Theme, theme_id, "theme")
            below = codetree.descendants(theme_id, _parents(s))
            if undoing and (others := versions.changed_by_others(s, "theme", [theme_id, *below])):
                raise UndoRefusedError(others, "changed", 1, theme.name)
            themes = list(s.scalars(select(Theme).where(Theme.id.in_([theme_id, *below]))))
            depth = {t.id: len(codetree.ancestors(t.id, _parents(s))) for t in themes}
            themes.sort(key=lambda t: (depth[t.id], t.position))
            snapshot = ThemeSnapshot(tuple(_dtos(s, themes)))
            s.execute(delete(Theme).where(Theme.id == theme_id))  # cascades
            _renumber(_siblings(s, theme.parent_id))
            record(s, "delete theme", "theme", theme_id, name=theme.name)
            ids = [t.id for t in snapshot.themes]
            return Outcome(snapshot, ChangeSet.of(Entity.THEME, Op.DELETED, ids))

    def restore(self, snapshot: ThemeSnapshot) -> Outcome[ThemeDTO]:
        with self._store.write() as s:
            top = insert_snapshot(s, snapshot)
            record(s, "restore theme", "theme", top.id, name=top.name)
            ids = [t.id for t in snapshot.themes]
            return Outcome(_dtos(s, [top])[0], ChangeSet.of(Entity.THEME, Op.CREATED, ids))

    def merge(self, source_id: int, target_id: int) -> Outcome[ThemeMergeRecord]:
        """Merge theme ``source_id`` into ``target_id``: its codes, quotes and sub-themes
        join the target; the source is deleted."""
        with self._store.write() as s:
            source = require(s, Theme, source_id, "theme")
            target = require(s, Theme, target_id, "theme")
            if source_id == target_id or target_id in codetree.descendants(source_id, _parents(s)):
                raise ValidationError("A theme cannot be merged into itself or a sub-theme.")
            snapshot = ThemeSnapshot(tuple(_dtos(s, [source])))
            own = snapshot.themes[0]
            target_dto = _dtos(s, [target])[0]
            codes = [c for c in own.code_ids if c not in target_dto.code_ids]
            quotes = [q for q in own.quote_ids if q not in target_dto.quote_ids]
            children = _siblings(s, source_id)
            moved_children = tuple((c.id, c.position) for c in children)
            base = len(target_dto.code_ids)
            for i, code_id in enumerate(codes):
                s.add(ThemeCode(theme_id=target_id, code_id=code_id, position=base + i))
            base = len(target_dto.quote_ids)
            for i, coding_id in enumerate(quotes):
                s.add(ThemeQuote(theme_id=target_id, coding_id=coding_id, position=base + i))
            kids = _siblings(s, target_id) + children
            for child in children:
                child.parent_id = target_id
            _renumber(kids)
            s.flush()
            s.execute(delete(Theme).where(Theme.id == source_id))
            _renumber(_siblings(s, source.parent_id))
            record(s, "merge themes", "theme", target_id, merged=source.name, into=target.name)
            merge_record = ThemeMergeRecord(
                target_id, snapshot, tuple(codes), tuple(quotes), moved_children
            )
            changes = ChangeSetBuilder()
            changes.add(Entity.THEME, Op.DELETED, source_id)
            changes.add(Entity.THEME, Op.UPDATED, target_id, *(c for c, _ in moved_children))
            return Outcome(merge_record, changes.build())

    def unmerge(self, merged: ThemeMergeRecord) -> Outcome[ThemeDTO]:
        with self._store.write() as s:
            source = insert_snapshot(s, merged.removed)
            target = merged.target_id
            if merged.moved_codes:
                s.execute(
                    delete(ThemeCode).where(
                        ThemeCode.theme_id == target, ThemeCode.code_id.in_(merged.moved_codes)
                    )
                )
            if merged.moved_quotes:
                s.execute(
                    delete(ThemeQuote).where(
                        ThemeQuote.theme_id == target, ThemeQuote.coding_id.in_(merged.moved_quotes)
                    )
                )
            for child_id, position in merged.moved_children:
                s.execute(
                    update(Theme)
                    .where(Theme.id == child_id)
                    .values(parent_id=source.id, position=position)
                )
            _renumber(_siblings(s, target))
            record(s, "unmerge themes", "theme", source.id, name=source.name)
            changes = ChangeSetBuilder()
            changes.add(Entity.THEME, Op.CREATED, source.id)
            changes.add(Entity.THEME, Op.UPDATED, target, *(c for c, _ in merged.moved_children))
            return Outcome(_dtos(s, [source])[0], changes.build())

    # -- helpers -----------------------------------------------------------------------

    def _updated(self, s: Session, theme: Theme) -> Outcome[ThemeDTO]:
        s.flush()
        return Outcome(_dtos(s, [theme])[0], ChangeSet.of(Entity.THEME, Op.UPDATED, [theme.id]))


def _claim(
    s: Session, theme_id: int, seen: int | None, expected: Mapping[str, object] | None
) -> Theme:
    theme = versions.claim(s, Theme, theme_id, "theme")
    versions.check(s, theme, entity="theme", name=theme.name, seen=seen, expected=expected,
                   current=lambda: _dtos(s, [theme])[0])  # fmt: skip
    return theme


def _describe(action: str, detail: str) -> str:
    data = json.loads(detail or "{}")
    if action == "rename theme":
        return f"“{data.get('before')}” → “{data.get('after')}”"
    if action == "split theme":
        return f"split {data.get('codes')} codes into “{data.get('into')}”"
    if action == "merge themes":
        return f"merged “{data.get('merged')}” into “{data.get('into')}”"
    if action == "edit theme":
        return ", ".join(k.replace("_", " ") for k in data.get("after", {}))
    if action in ("assign code", "unassign code"):
        return str(data.get("code", ""))
    return ""
