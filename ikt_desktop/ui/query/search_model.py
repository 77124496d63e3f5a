"""Search hits as a table model that fetches further pages as the view scrolls
(``canFetchMore``/``fetchMore``), and a delegate that draws the snippet with the hit
highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ikt_desktop.services.query.search import SearchHit, SearchPage
from ikt_desktop.ui.shell.table_model import RowsTableModel

HitRole = Qt.ItemDataRole.UserRole
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Hit in Context"),
        QT_TRANSLATE_NOOP("Columns", "Participant"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
        QT_TRANSLATE_NOOP("Columns", "Source"),
    )
)
SNIPPET, PARTICIPANT, ROLE, SOURCE = range(len(HEADERS))
HIGHLIGHT = "#FFE08A"

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int], SearchPage]  # rowid to continue after -> the next page


class SearchResultsModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SearchHit] = []
        self._fetch: Fetch | None = None
        self._after: int | None = None
        self._fetching = False

    def set_results(self, page: SearchPage, fetch: Fetch | None) -> None:
        """A new search: its first page, and how to get the pages after it."""
        self.beginResetModel()
        self.rows = list(page.hits)
        self._after, self._fetch = page.after, fetch
        self.endResetModel()

    def clear(self) -> None:
        self.set_results(SearchPage((), None), None)

    @property
    def complete(self) -> bool:
        return self._after is None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return (
            not parent.isValid() and not self._fetching
            and self._after is not None and self._fetch is not None
        )  # fmt: skip

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None and self._after is not None
        self._fetching = True  # views (and the model tester) ask again while rows go in
        try:
            page = self._fetch(self._after)
            self._after = page.after
            if page.hits:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
                self.rows.extend(page.hits)
                self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            who = hit.participant or hit.speaker
            return (hit.snippet, who, hit.role, hit.source_name)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == SNIPPET:
            return f"{hit.marked()}\n{hit.source_name}, characters {hit.start}–{hit.end}"
        if role == HitRole:
            return hit
        return None


def snippet_html(hit: SearchHit) -> str:
    """The snippet as rich text: the hit in bold on a highlight."""
    text = hit.snippet
    return (
        html.escape(text[: hit.mark_start])
        + f'<b style="background-color:{HIGHLIGHT}; color:#000">'
        + html.escape(text[hit.mark_start : hit.mark_end])
        + "</b>"
        + html.escape(text[hit.mark_end :])
    )


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's snippet as rich text (one line, the hit highlighted)."""

    def _document(self, option: QStyleOptionViewItem, hit: SearchHit) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(snippet_html(hit))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        rect = option.rect
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, hit)
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        top = max(0, int((rect.height() - doc.size().height()) / 2))  # centred like the rest
        painter.translate(rect.left(), rect.top() + top)
        painter.setClipRect(0, -top, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return super().sizeHint(option, index)
        doc = self._document(option, hit)
        doc.setTextWidth(max(option.rect.width(), 300))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
