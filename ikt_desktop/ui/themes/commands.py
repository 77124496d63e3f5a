"""Undo commands of the theme board: each calls one theme service function."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.services.analysis.themes import ThemeService
from ikt_desktop.services.dto import ThemeDTO, ThemeMergeRecord, ThemeSnapshot
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand

Geometry = tuple[float, float, float, float]


class CreateThemeCommand(ServiceCommand):
    """A new candidate theme, possibly holding codes already (card dropped on card)."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        name: str,
        code_ids: list[int],
        geometry: Geometry,
        parent_id: int | None = None,
        moved_from: list[tuple[int, int]] | None = None,  # (theme id, code id) to take out
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CreateThemeCommand", "New Theme '{name}'").format(
                name=name
            ),
            hub,
        )
        self._themes, self._name, self._codes = themes, name, code_ids
        self._geometry, self._parent = geometry, parent_id
        self._moved_from = moved_from or []
        self._snapshot: ThemeSnapshot | None = None
        self._rows: list[tuple[int, int, int]] = []
        self.theme_id: int | None = None

    def _do(self) -> ChangeSet:
        changes = ChangeSet()
        self._rows = []
        for theme_id, code_id in self._moved_from:
            out = self._themes.unassign_code(theme_id, code_id)
            self._rows.append((theme_id, code_id, out.value))
            changes += out.changes
        if self._snapshot is not None:
            return changes + self._themes.restore(self._snapshot).changes
        created = self._themes.create(
            self._name, self._parent, code_ids=self._codes, geometry=self._geometry
        )
        self.theme_id = created.value.id
        return changes + created.changes

    def _undo(self) -> ChangeSet:
        assert self.theme_id is not None
        out = self._themes.delete(self.theme_id, undoing=True)
        self._snapshot = out.value
        changes = out.changes
        for theme_id, code_id, row in reversed(self._rows):
            changes += self._themes.assign_code(theme_id, code_id, row).changes
        return changes


class MoveCodeCommand(ServiceCommand):
    """A code card dragged into a theme, out of one, or from one theme to another."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        code_id: int,
        code_name: str,
        from_theme: int | None,
        to_theme: int | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MoveCodeCommand", "Unassign '{name}'").format(
                name=code_name
            )
            if to_theme is None
            else QCoreApplication.translate("MoveCodeCommand", "Assign '{name}'").format(
                name=code_name
            ),
            hub,
        )
        self._themes, self._code = themes, code_id
        self._from, self._to = from_theme, to_theme
        self._old_row = 0
        self._was_in_target = False

    def _do(self) -> ChangeSet:
        changes = ChangeSet()
        if self._from is not None:
            out = self._themes.unassign_code(self._from, self._code)
            self._old_row = out.value
            changes += out.changes
        if self._to is not None:
            self._was_in_target = self._code in self._themes.get(self._to).code_ids
            changes += self._themes.assign_code(self._to, self._code).changes
        return changes

    def _undo(self) -> ChangeSet:
        changes = ChangeSet()
        if self._to is not None and not self._was_in_target:
            changes += self._themes.unassign_code(self._to, self._code, undoing=True).changes
        if self._from is not None:
            changes += self._themes.assign_code(self._from, self._code, self._old_row).changes
        return changes


class MoveThemeCommand(ServiceCommand):
    """A cluster moved or resized on the board, and/or nested into another."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        geometry: Geometry,
        parent_id: int | None,
    ) -> None:
        theme = themes.get(theme_id)
        nested = parent_id != theme.parent_id
        super().__init__(
            QCoreApplication.translate("MoveThemeCommand", "Nest '{name}'").format(name=theme.name)
            if nested
            else QCoreApplication.translate("MoveThemeCommand", "Move '{name}'").format(
                name=theme.name
            ),
            hub,
        )
        self._themes, self._id = themes, theme_id
        self._before = (theme.geometry, theme.parent_id, theme.position)
        self._after = (geometry, parent_id)

    def _do(self) -> ChangeSet:
        geometry, parent = self._after
        changes = ChangeSet()
        if parent != self._before[1]:
            changes += self._themes.nest(self._id, parent).changes
        return changes + self._themes.set_geometry(self._id, *geometry).changes

    def _undo(self) -> ChangeSet:
        geometry, parent, position = self._before
        changes = ChangeSet()
        if parent != self._after[1]:
            changes += self._themes.nest(self._id, parent, position).changes
        return changes + self._themes.set_geometry(self._id, *geometry).changes


class RenameThemeCommand(ServiceCommand):
    """``seen``: the theme as the user saw it (default: as it is now), see EditThemeCommand."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        name: str,
        seen: ThemeDTO | None = None,
    ) -> None:
        theme = seen or themes.get(theme_id)
        self._before, self._seen = theme.name, theme.row_version
        super().__init__(
            QCoreApplication.translate("RenameThemeCommand", "Rename Theme '{before}'").format(
                before=self._before
            ),
            hub,
        )
        self._themes, self._id, self._after = themes, theme_id, name

    def _do(self) -> ChangeSet:
        out = self._themes.rename(self._id, self._after, seen=self._seen, expected=self._before)
        self._after = out.value.name
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._themes.rename(self._id, self._before, expected=self._after).changes


class DeleteThemeCommand(ServiceCommand):
    def __init__(self, themes: ThemeService, hub: ChangeHub, theme_id: int) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteThemeCommand", "Delete Theme '{name}'").format(
                name=themes.get(theme_id).name
            ),
            hub,
        )
        self._themes, self._id = themes, theme_id
        self._snapshot: ThemeSnapshot | None = None

    def _do(self) -> ChangeSet:
        out = self._themes.delete(self._id)
        self._snapshot = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        assert self._snapshot is not None
        return self._themes.restore(self._snapshot).changes


class MergeThemesCommand(ServiceCommand):
    def __init__(self, themes: ThemeService, hub: ChangeHub, source_id: int, target_id: int):
        source, target = themes.get(source_id), themes.get(target_id)
        super().__init__(
            QCoreApplication.translate(
                "MergeThemesCommand", "Merge Theme '{source}' into '{target}'"
            ).format(source=source.name, target=target.name),
            hub,
        )
        self._themes, self._source, self._target = themes, source_id, target_id
        self._record: ThemeMergeRecord | None = None

    def _do(self) -> ChangeSet:
        out = self._themes.merge(self._source, self._target)
        self._record = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        assert self._record is not None
        return self._themes.unmerge(self._record).changes


class EditThemeCommand(ServiceCommand):
    """Definition, central concept, boundaries, narrative, status or colour. ``seen``:
    the theme as the user saw it (default: as it is now); an edit of a field another
    coder has changed since is refused with the new value, and so is an undo once another
    coder has changed what it wrote (services/versions.py)."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        *,
        seen: ThemeDTO | None = None,
        **after: str,
    ) -> None:
        theme = seen or themes.get(theme_id)
        what = ", ".join(k.replace("_", " ") for k in sorted(after))
        super().__init__(
            QCoreApplication.translate("EditThemeCommand", "Edit {what} of '{name}'").format(
                what=what, name=theme.name
            ),
            hub,
        )
        self._themes, self._id, self._after = themes, theme_id, after
        self._before = {k: getattr(theme, k) for k in after}
        self._seen = theme.row_version

    def _do(self) -> ChangeSet:
        out = self._themes.edit(self._id, seen=self._seen, expected=self._before, **self._after)
        self._after = {k: getattr(out.value, k) for k in self._after}  # as stored
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._themes.edit(self._id, expected=self._after, **self._before).changes


class PinQuoteCommand(ServiceCommand):
    """Pin a coded segment as a representative quote at ``row``, or move it there."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        coding_id: int,
        row: int | None = None,
    ) -> None:
        quotes = themes.get(theme_id).quote_ids
        moving = coding_id in quotes
        super().__init__(
            QCoreApplication.translate("PinQuoteCommand", "Reorder Quotes")
            if moving
            else QCoreApplication.translate("PinQuoteCommand", "Pin Quote"),
            hub,
        )
        self._themes, self._id, self._coding, self._row = themes, theme_id, coding_id, row
        self._before = quotes.index(coding_id) if moving else None

    def _do(self) -> ChangeSet:
        return self._themes.pin_quote(self._id, self._coding, self._row).changes

    def _undo(self) -> ChangeSet:
        if self._before is None:
            return self._themes.unpin_quote(self._id, self._coding).changes
        return self._themes.pin_quote(self._id, self._coding, self._before).changes


class UnpinQuoteCommand(ServiceCommand):
    def __init__(self, themes: ThemeService, hub: ChangeHub, theme_id: int, coding_id: int):
        super().__init__(QCoreApplication.translate("UnpinQuoteCommand", "Unpin Quote"), hub)
        self._themes, self._id, self._coding = themes, theme_id, coding_id
        self._row = 0

    def _do(self) -> ChangeSet:
        out = self._themes.unpin_quote(self._id, self._coding)
        self._row = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._themes.pin_quote(self._id, self._coding, self._row).changes


class ArrangeBoardCommand(ServiceCommand):
    def __init__(self, themes: ThemeService, hub: ChangeHub, code_ids: list[int]) -> None:
        super().__init__(
            QCoreApplication.translate("ArrangeBoardCommand", "Arrange Codes by Co-occurrence"), hub
        )
        self._themes, self._codes = themes, code_ids
        self._before: list[int] = []

    def _do(self) -> ChangeSet:
        out = self._themes.arrange_loose(self._codes)
        self._before = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._themes.set_loose_order(self._before).changes


class SplitThemeCommand(ServiceCommand):
    """Selected cards of a theme become a new sibling theme."""

    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        code_ids: list[int],
        geometry: Geometry,
    ) -> None:
        name = themes.get(theme_id).name
        super().__init__(
            QCoreApplication.translate("SplitThemeCommand", "Split '{name}'").format(name=name), hub
        )
        self._themes, self._id, self._codes, self._geometry = themes, theme_id, code_ids, geometry
        self._name = f"{name} (split)"
        self._taken: tuple[tuple[int, int], ...] = ()
        self.new_id: int | None = None

    def _do(self) -> ChangeSet:
        out = self._themes.split(self._id, self._codes, self._name, self._geometry)
        theme, self._taken = out.value
        self.new_id = theme.id
        return out.changes

    def _undo(self) -> ChangeSet:
        assert self.new_id is not None
        return self._themes.unsplit(self._id, self.new_id, self._taken).changes


class ReorderCodeCommand(ServiceCommand):
    def __init__(
        self,
        themes: ThemeService,
        hub: ChangeHub,
        theme_id: int,
        code_id: int,
        row: int,
        code_name: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ReorderCodeCommand", "Reorder '{code_name}'").format(
                code_name=code_name
            ),
            hub,
        )
        self._themes, self._theme, self._code, self._row = themes, theme_id, code_id, row
        self._before = 0

    def _do(self) -> ChangeSet:
        out = self._themes.reorder_code(self._theme, self._code, self._row)
        self._before = out.value
        return out.changes

    def _undo(self) -> ChangeSet:
        return self._themes.reorder_code(self._theme, self._code, self._before).changes
