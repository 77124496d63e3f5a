"""The Themes tab: the board (zoom, pan, fit, rubber-band selection, in-place rename) and
a keyboard-accessible tree of themes, sub-themes and codes beside it. Every gesture is
an undo command; the board rebuilds from the services when themes or codes change."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QShortcut,
    QShowEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsProxyWidget,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity
from ikt_desktop.services.project import Project
from ikt_desktop.ui.chrome.fit import scrolling
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.themes.commands import (
    ArrangeBoardCommand,
    CreateThemeCommand,
    DeleteThemeCommand,
    MergeThemesCommand,
    MoveCodeCommand,
    MoveThemeCommand,
    RenameThemeCommand,
    SplitThemeCommand,
)
from ikt_desktop.ui.themes.export import export_png, export_svg
from ikt_desktop.ui.themes.grid import grid_positions
from ikt_desktop.ui.themes.host import BoardHost
from ikt_desktop.ui.themes.inspector import ThemeInspector
from ikt_desktop.ui.themes.items import CARD_H, CARD_W, GAP, HEADER, CardItem, ClusterItem
from ikt_desktop.ui.themes.scene import BoardScene, Gesture, MoveCard, MoveTheme, NewTheme
from ikt_desktop.ui.themes.tree_actions import item_data, reorder, tree_menu

NEW_THEME_SIZE = (2 * CARD_W + 3 * GAP, HEADER + 2 * (CARD_H + GAP) + GAP)


class BoardView(QGraphicsView):
    def __init__(self, scene: BoardScene, board: ThemeBoard) -> None:
        super().__init__(scene)
        self.board = board
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Theme board"))
        self.editor: QGraphicsProxyWidget | None = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def fit(self) -> None:
        """Show the whole board (what opening the tab does; Fit also lays it out)."""
        rect = self.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def scale_factor(self) -> float:
        return float(self.transform().m11())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:  # pan with the middle button
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = self.mapToScene(event.pos())
        cluster = next((i for i in self.scene().items(point) if isinstance(i, ClusterItem)), None)
        if cluster is None or self.board.project.read_only:
            return
        menu = self.board.cluster_menu(cluster)
        menu.popup(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        cluster = next((i for i in self.scene().items(point) if isinstance(i, ClusterItem)), None)
        if cluster is not None:
            self.edit_name(cluster)
        else:
            super().mouseDoubleClickEvent(event)

    def edit_name(self, cluster: ClusterItem) -> QLineEdit:
        """Rename a theme in place: Enter keeps the name, Esc or leaving cancels."""
        line = QLineEdit(cluster.theme.name)
        line.selectAll()
        proxy = self.scene().addWidget(line)
        proxy.setZValue(100)
        proxy.setPos(cluster.scenePos() + QPointF(8, 4))
        proxy.resize(cluster.rect().width() - 16, HEADER - 8)
        self.editor = proxy
        theme_id = cluster.theme.id

        def finish() -> None:
            name = line.text().strip()
            self.editor = None
            proxy.deleteLater()
            if name and name != cluster.theme.name:
                self.board.rename(theme_id, name)

        line.returnPressed.connect(finish)
        line.setFocus()
        return line


class ThemeBoard(BoardHost):
    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self._hub, self._stack = project, hub, undo_stack
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([QCoreApplication.translate("ThemeBoard", "Themes and codes")])
        self.tree.setAccessibleName(QCoreApplication.translate("ThemeBoard", "Themes and codes"))
        self.tree.itemActivated.connect(self._tree_activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda point: tree_menu(self, self.tree.itemAt(point) or self.tree.currentItem()).popup(
                self.tree.viewport().mapToGlobal(point)
            )
        )
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            QShortcut(
                QKeySequence(keys),
                self.tree,
                partial(self._reorder_current, step),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.toolbar = QToolBar(QCoreApplication.translate("ThemeBoard", "Board"))
        writable = not project.read_only
        for text, shortcut, slot in (
            (QCoreApplication.translate("ThemeBoard", "New Theme"), "Ctrl+Shift+T", self.new_theme),
            (
                QCoreApplication.translate("ThemeBoard", "Delete Theme"),
                None,
                self.delete_selected_themes,
            ),
            (
                QCoreApplication.translate("ThemeBoard", "Zoom In"),
                None,
                lambda: self.view.zoom(1.2),
            ),
            (
                QCoreApplication.translate("ThemeBoard", "Zoom Out"),
                None,
                lambda: self.view.zoom(1 / 1.2),
            ),
            (QCoreApplication.translate("ThemeBoard", "Fit"), None, self.fit_grid),
            (QCoreApplication.translate("ThemeBoard", "Arrange"), None, self.arrange),
            (QCoreApplication.translate("ThemeBoard", "Export Map…"), None, self._export_dialog),
        ):
            action = self.toolbar.addAction(text)
            action.triggered.connect(lambda _c=False, s=slot: s())
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if slot in (self.new_theme, self.delete_selected_themes, self.arrange):
                action.setEnabled(writable)
        self.inspector = ThemeInspector(project, hub, undo_stack)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.tree)
        side.addWidget(scrolling(self.inspector))  # never sets the window's height
        side.setSizes([220, 600])
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([900, 380])
        self.scene.selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self.scene.gestures.connect(self.perform)
        self._dirty = True
        self._fitted = False
        hub.changed.connect(self._changed)

    def _changed(self, changes: ChangeSet) -> None:
        """Rebuild now if the board is on screen, else when it is next shown (coding in
        the other tab must not pay for a board nobody looks at). Once per change set:
        themes, codes, codings (the counts on the cards) or participants."""
        if not changes.entities() & {Entity.THEME, Entity.CODE, Entity.CODING, Entity.PARTICIPANT}:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
        if not self._fitted:  # the board opens showing all of itself
            self._fitted = True
            self.view.fit()

    # -- content -------------------------------------------------------------------------

    def reload(self, _changes: ChangeSet | None = None) -> None:
        self._dirty = False
        themes = self.project.themes.all()
        codes = self.project.codebook.all("thematic")  # the guide's codes stay off the board
        participants = len(self.project.participants.all())
        self.scene.rebuild(themes, codes, participants, self.project.themes.loose_order())
        self._fill_tree(themes, {c.id: c.name for c in codes})

    def _fill_tree(self, themes: list, names: dict[int, str]) -> None:  # type: ignore[type-arg]
        keep = item_data(self.tree.currentItem())  # a keyboard user stays where they were
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for theme in themes:
            parent = items.get(theme.parent_id) if theme.parent_id else None
            item = QTreeWidgetItem([f"{theme.name}  [{theme.status}]"])
            item.setData(0, Qt.ItemDataRole.UserRole, ("theme", theme.id))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for code_id in theme.code_ids:
                child = QTreeWidgetItem([names.get(code_id, "?")])
                child.setData(0, Qt.ItemDataRole.UserRole, ("code", code_id, theme.id))
                item.addChild(child)
            items[theme.id] = item
        self.tree.expandAll()
        if keep:
            found = [i for i in self._tree_items() if item_data(i) == keep]
            if found:
                self.tree.setCurrentItem(found[0])

    def _tree_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is not None:
                out.append(item)
                stack.extend(item.child(k) for k in range(item.childCount()))
        return out

    @property
    def hub(self) -> ChangeHub:
        return self._hub

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    def _reorder_current(self, step: int) -> None:
        reorder(self, self.tree.currentItem(), step)

    def _selection_changed(self) -> None:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]
        if len(chosen) == 1:
            self.inspector.show_theme(chosen[0].theme.id)

    def _tree_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data and data[0] == "theme" and data[1] in self.scene.clusters:
            cluster = self.scene.clusters[data[1]]
            self.scene.clearSelection()
            cluster.setSelected(True)
            self.view.centerOn(cluster)

    # -- gestures become undo commands -------------------------------------------------

    def perform(self, gestures: list[Gesture]) -> None:
        if self.project.read_only:
            self.reload()
            return
        before = self._stack.count()
        self._stack.beginMacro(
            QCoreApplication.translate("ThemeBoard", "Move {count} Items on the Board").format(
                count=len(gestures)
            )
        )
        try:
            for gesture in gestures:
                self._perform(gesture)
        finally:
            self._stack.endMacro()
        if self._stack.count() == before + 1 and self._stack.command(before).childCount() == 0:
            self._stack.undo()  # an empty macro (nothing changed): drop it
        self.reload()  # snaps every card back into its grid

    def _perform(self, gesture: Gesture) -> None:
        themes = self.project.themes
        if isinstance(gesture, MoveCard):
            if gesture.from_theme == gesture.to_theme:
                return
            name = self.project.codebook.get(gesture.code_id).name
            command: commands.ServiceCommand = MoveCodeCommand(
                themes, self._hub, gesture.code_id, name, gesture.from_theme, gesture.to_theme
            )
        elif isinstance(gesture, NewTheme):
            x, y = gesture.at.x(), gesture.at.y()
            command = CreateThemeCommand(
                themes,
                self._hub,
                QCoreApplication.translate("ThemeBoard", "New theme"),
                list(gesture.code_ids),
                (x, y, *NEW_THEME_SIZE),
                moved_from=list(gesture.moved_from),
            )
        else:
            assert isinstance(gesture, MoveTheme)
            command = MoveThemeCommand(
                themes, self._hub, gesture.theme_id, gesture.geometry, gesture.parent_id
            )
        commands.push(self._stack, command, self)

    def new_theme(self, parent_id: int | None = None) -> int | None:
        if parent_id is not None:
            x, y, _w, h = self.project.themes.get(parent_id).geometry
            at = QPointF(x + 20, y + max(h - NEW_THEME_SIZE[1] - 20, HEADER))
        else:
            at = self.view.mapToScene(self.view.viewport().rect().center())
        name = (
            QCoreApplication.translate("ThemeBoard", "New sub-theme")
            if parent_id is not None
            else QCoreApplication.translate("ThemeBoard", "New theme")
        )
        command = CreateThemeCommand(
            self.project.themes, self._hub, name, [], (at.x(), at.y(), *NEW_THEME_SIZE), parent_id
        )
        if commands.push(self._stack, command, self):
            self.reload()
            return command.theme_id
        return None

    def cluster_menu(self, cluster: ClusterItem) -> QMenu:
        """Rename, add a sub-theme, merge into another theme (the alternative to nesting
        when one cluster is dropped on another), or delete."""
        theme = cluster.theme
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("ThemeBoard", "Rename"), lambda: self.view.edit_name(cluster)
        )
        menu.addAction(
            QCoreApplication.translate("ThemeBoard", "New Sub-theme"),
            lambda: self.new_theme(parent_id=theme.id),
        )
        merge = menu.addMenu(QCoreApplication.translate("ThemeBoard", "Merge Into"))
        for other in self.project.themes.all():
            if other.id != theme.id and other.parent_id != theme.id:
                merge.addAction(other.name, partial(self.merge, theme.id, other.id))
        chosen = [
            c.code.id
            for c in self.scene.selectedItems()
            if isinstance(c, CardItem) and c.theme_id == theme.id
        ]
        split = menu.addAction(
            QCoreApplication.translate(
                "ThemeBoard", "Split {count} Selected Cards into a New Theme"
            ).format(count=len(chosen)),
            lambda: self.split(theme.id, chosen),
        )
        split.setEnabled(bool(chosen))
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("ThemeBoard", "Delete Theme"),
            lambda: self.delete_theme(theme.id),
        )
        return menu

    def split(self, theme_id: int, code_ids: list[int]) -> int | None:
        x, y, w, _h = self.project.themes.get(theme_id).geometry
        geometry = (x + w + 40, y, *NEW_THEME_SIZE)
        command = SplitThemeCommand(self.project.themes, self._hub, theme_id, code_ids, geometry)
        return command.new_id if commands.push(self._stack, command, self) else None

    def merge(self, source_id: int, target_id: int) -> None:
        command = MergeThemesCommand(self.project.themes, self._hub, source_id, target_id)
        commands.push(self._stack, command, self)

    def delete_theme(self, theme_id: int) -> None:
        command = DeleteThemeCommand(self.project.themes, self._hub, theme_id)
        commands.push(self._stack, command, self)

    def fit_grid(self) -> None:
        """Fit: lay the themes out in a grid shaped like the view (one undo step), then
        show the whole board. Read-only projects are only fitted."""
        if not self.project.read_only:
            view = self.view.viewport().size()
            placed = grid_positions(self.scene, view.width(), view.height())
            moves = [m for m in placed if m[1][:2] != self.project.themes.get(m[0]).geometry[:2]]
            if moves:
                self._stack.beginMacro(QCoreApplication.translate("ThemeBoard", "Fit the Board"))
                for theme_id, geometry in moves:
                    parent = self.project.themes.get(theme_id).parent_id
                    move = MoveThemeCommand(
                        self.project.themes, self._hub, theme_id, geometry, parent
                    )
                    commands.push(self._stack, move, self)
                self._stack.endMacro()
                self.reload()
        self.view.fit()

    def arrange(self) -> None:
        """Lay out the codes outside every theme so that co-occurring ones sit together."""
        loose = [c.code.id for c in self.scene.cards if c.theme_id is None]
        commands.push(self._stack, ArrangeBoardCommand(self.project.themes, self._hub, loose), self)

    def rename(self, theme_id: int, name: str) -> None:
        cluster = self.scene.clusters.get(theme_id)  # the theme as the board shows it
        seen = cluster.theme if cluster is not None else None
        command = RenameThemeCommand(self.project.themes, self._hub, theme_id, name, seen)
        commands.push(self._stack, command, self)

    def export_map(self, path: Path) -> None:
        """PNG at 300 dpi or SVG, by the file name's suffix."""
        if path.suffix.lower() == ".svg":
            export_svg(
                self.scene,
                path,
                QCoreApplication.translate("ThemeBoard", "Thematic map: {title}").format(
                    title=self.project.title
                ),
            )
        else:
            export_png(self.scene, path.with_suffix(".png"))

    def _export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ThemeBoard", "Export Thematic Map"),
            "thematic-map.png",
            "PNG image (*.png);;SVG image (*.svg)",
        )
        if name:
            self.export_map(Path(name))

    def delete_selected_themes(self) -> None:
        chosen = [i.theme.id for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]
        for theme_id in chosen:
            self.delete_theme(theme_id)
