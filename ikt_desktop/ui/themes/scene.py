"""The board's scene: builds cards and clusters from DTOs and turns finished drags into
gestures (assign, unassign, new theme from two cards, move or nest a theme). It never
changes the project itself: the board widget turns gestures into undo commands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from ikt_desktop.domain.coding import codetree
from ikt_desktop.services.dto import CodeDTO, ThemeDTO
from ikt_desktop.ui.themes.items import (
    CARD_H,
    CARD_W,
    GAP,
    HEADER,
    CardItem,
    ClusterItem,
    LooseArea,
    ResizeHandle,
)

UNASSIGNED_X = -2 * (CARD_W + GAP) - 60


@dataclass(frozen=True)
class MoveCard:
    code_id: int
    from_theme: int | None
    to_theme: int | None


@dataclass(frozen=True)
class NewTheme:
    code_ids: tuple[int, int]
    moved_from: tuple[tuple[int, int], ...]  # (theme, code) pairs taken out of themes
    at: QPointF


@dataclass(frozen=True)
class MoveTheme:
    theme_id: int
    geometry: tuple[float, float, float, float]
    parent_id: int | None


Gesture = MoveCard | NewTheme | MoveTheme


class BoardScene(QGraphicsScene):
    gestures = Signal(list)  # the gestures of one finished drag

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cards: list[CardItem] = []
        self.clusters: dict[int, ClusterItem] = {}
        self._parents: dict[int, int | None] = {}
        self._pressed: dict[QGraphicsItem, QPointF] = {}
        self.drop_target: QGraphicsItem | None = None
        self.loose_area: LooseArea | None = None

    # -- building ------------------------------------------------------------------------

    def rebuild(
        self,
        themes: list[ThemeDTO],
        codes: list[CodeDTO],
        participants: int,
        loose_order: list[int] | None = None,
    ) -> None:
        self.clear()
        self.drop_target, self.loose_area = None, None
        self.cards, self.clusters = [], {}
        self._parents = {t.id: t.parent_id for t in themes}
        by_id = {c.id: c for c in codes}
        for theme in themes:  # parents come first
            cluster = ClusterItem(theme)
            parent = self.clusters.get(theme.parent_id) if theme.parent_id else None
            if parent is not None:
                cluster.setParentItem(parent)
                cluster.setPos(cluster.pos() - parent.scenePos())
                cluster.setZValue(2)
            else:
                self.addItem(cluster)
            self.clusters[theme.id] = cluster
            for i, code_id in enumerate(theme.code_ids):
                if code_id in by_id:
                    card = CardItem(by_id[code_id], theme.id, participants)
                    card.setParentItem(cluster)
                    card.setPos(*cluster.card_slot(i))
                    self.cards.append(card)
        for theme in reversed(themes):  # sub-themes first: each parent grows to hold them
            cluster = self.clusters[theme.id]
            for child in cluster.childItems():
                if isinstance(child, ClusterItem):  # never sticking out left or above
                    child.setPos(max(child.pos().x(), GAP), max(child.pos().y(), HEADER))
            self._fit(cluster, len(theme.code_ids))
        for cluster in self.clusters.values():
            ResizeHandle(cluster).place()
        placed = {c for t in themes for c in t.code_ids}
        loose = [c for c in codes if c.id not in placed]
        rank = {code_id: i for i, code_id in enumerate(loose_order or [])}
        loose.sort(key=lambda c: rank.get(c.id, len(rank)))  # stable: codebook order after
        for i, code in enumerate(loose):
            card = CardItem(code, None, participants)
            row, column = divmod(i, 2)
            card.setPos(UNASSIGNED_X + column * (CARD_W + GAP), 40 + row * (CARD_H + GAP))
            self.addItem(card)
            self.cards.append(card)
        self._loose_area(len(loose))

    def _loose_area(self, count: int) -> None:
        """The codes in no theme: their own labelled, dashed area left of the themes."""
        rows = max((count + 1) // 2, 1)
        width, height = 2 * CARD_W + 3 * GAP, 40 + rows * (CARD_H + GAP)
        area = LooseArea(UNASSIGNED_X - GAP, 0, width, height, count)
        self.addItem(area)
        self.loose_area = area

    # -- the drop target under a drag ------------------------------------------------------

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.show_drop_target(self.mouseGrabberItem())

    def show_drop_target(self, item: QGraphicsItem | None) -> None:
        """Highlight the cluster (or card) that dropping ``item`` now would land on."""
        target: QGraphicsItem | None = None
        if isinstance(item, CardItem):
            center = item.sceneBoundingRect().center()
            target = self.cluster_at(center, exclude=None)
            if target is None:
                target = next((c for c in self.items(center) if isinstance(c, CardItem)
                               and c is not item and c.theme_id is None), None)  # fmt: skip
        elif isinstance(item, ClusterItem):
            corner = item.scenePos() + QPointF(20, HEADER / 2)
            target = self.cluster_at(corner, exclude=item.theme.id)
        if target is self.drop_target:
            return
        for old in (self.drop_target,):
            if isinstance(old, CardItem | ClusterItem):
                old.set_highlighted(False)
        if isinstance(target, CardItem | ClusterItem):
            target.set_highlighted(True)
        self.drop_target = target

    def _fit(self, cluster: ClusterItem, cards: int) -> None:
        """Grow a cluster so its cards and sub-clusters fit."""
        rect = cluster.rect()
        _x, y = cluster.card_slot(max(cards - 1, 0))
        bottom = y + CARD_H + GAP if cards else HEADER + GAP
        right = rect.width()
        for child in cluster.childItems():
            if isinstance(child, ClusterItem):
                bottom = max(bottom, child.pos().y() + child.rect().height() + GAP)
                right = max(right, child.pos().x() + child.rect().width() + GAP)
        if bottom > rect.height() or right > rect.width():
            cluster.setRect(0, 0, right, max(bottom, rect.height()))

    def card_for(self, code_id: int, theme_id: int | None) -> CardItem | None:
        return next(
            (c for c in self.cards if c.code.id == code_id and c.theme_id == theme_id), None
        )

    # -- gestures ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = {item: item.scenePos() for item in self.selectedItems()}
        grabbed = self.mouseGrabberItem()
        if isinstance(grabbed, ResizeHandle):  # handles are not selectable; track them too
            self._pressed[grabbed] = grabbed.scenePos()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.show_drop_target(None)
        moved = [item for item, at in self._pressed.items() if item.scenePos() != at]
        self._pressed = {}
        gestures = [g for item in moved if (g := self.resolve_drop(item)) is not None]
        if gestures:
            self.gestures.emit(gestures)

    def resolve_drop(self, item: QGraphicsItem) -> Gesture | None:
        """What dropping ``item`` where it now is means."""
        if isinstance(item, CardItem):
            return self._card_drop(item)
        if isinstance(item, ClusterItem):
            return self._cluster_drop(item)
        if isinstance(item, ResizeHandle):
            cluster = item.cluster
            at, rect = cluster.scenePos(), cluster.rect()
            return MoveTheme(
                cluster.theme.id,
                (at.x(), at.y(), rect.width(), rect.height()),
                cluster.theme.parent_id,
            )
        return None

    def _card_drop(self, card: CardItem) -> Gesture | None:
        center = card.sceneBoundingRect().center()
        target = self.cluster_at(center, exclude=None)
        to_theme = target.theme.id if target else None
        if to_theme is not None and to_theme != card.theme_id:
            return MoveCard(card.code.id, card.theme_id, to_theme)
        if to_theme is None:
            other = next(
                (
                    c
                    for c in self.items(center)
                    if isinstance(c, CardItem) and c is not card and c.theme_id is None
                ),
                None,
            )
            if other is not None and other.code.id != card.code.id:
                moved = ((card.theme_id, card.code.id),) if card.theme_id else ()
                return NewTheme((other.code.id, card.code.id), moved, other.scenePos())
            if card.theme_id is not None:
                return MoveCard(card.code.id, card.theme_id, None)
        return MoveCard(card.code.id, card.theme_id, card.theme_id)  # back in place: relayout

    def _cluster_drop(self, cluster: ClusterItem) -> Gesture:
        theme_id = cluster.theme.id
        top_left = cluster.scenePos()
        target = self.cluster_at(top_left + QPointF(20, HEADER / 2), exclude=theme_id)
        parent = target.theme.id if target else None
        if parent is not None and not codetree.can_move(theme_id, parent, self._parents):
            parent = cluster.theme.parent_id
        rect = cluster.rect()
        return MoveTheme(
            theme_id, (top_left.x(), top_left.y(), rect.width(), rect.height()), parent
        )

    def cluster_at(self, point: QPointF, exclude: int | None) -> ClusterItem | None:
        """The innermost cluster under ``point``, not ``exclude`` or inside it."""
        below = set(codetree.descendants(exclude, self._parents)) if exclude else set()
        for item in self.items(point):
            if (
                isinstance(item, ClusterItem)
                and item.theme.id != exclude
                and (item.theme.id not in below)
            ):
                return item
        return None
