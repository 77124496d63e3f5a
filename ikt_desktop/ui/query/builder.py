"""The query builder: the codes (a list of codes and bracketed groups joined by operators,
see ``query_terms``) over the filters (participant conditions, coders, sources, see
``query_filters``). It builds a ``domain.query.Query`` and shows any saved one, so a saved
query opens, is changed and is saved back unchanged in what was not touched. It holds ids
and names only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ikt_desktop.domain.query.coding_query import Query
from ikt_desktop.ui.query.filters import FiltersBox
from ikt_desktop.ui.query.terms import OperandRow, TermList


class QueryBuilder(QWidget):
    """Emits ``changed`` whenever the query it shows changes. The pane offers codes with
    :meth:`set_codes` and participants, coders and sources with ``filters.set_choices``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = TermList()
        self.filters = FiltersBox()
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(QCoreApplication.translate("QueryBuilder", "Text coded with")))
        layout.addWidget(self.terms)
        layout.addWidget(rule)
        layout.addWidget(self.filters)
        layout.addStretch(1)
        self.terms.changed.connect(self.changed)
        self.filters.changed.connect(self.changed)
        self.terms.add_code()
        self.terms.add_code()

    @property
    def rows(self) -> list[OperandRow]:
        """The top-level operand rows (codes and groups)."""
        return self.terms.rows

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        """``(id, path)`` of every code, in the order to offer them."""
        self.terms.set_codes(codes)

    def query(self) -> Query | None:
        """The query shown; None while a row has no code (an empty codebook)."""
        root = self.terms.node()
        return None if root is None else Query(root, self.filters.filters())

    def show_query(self, query: Query) -> bool:
        """Show a saved query; False if the builder cannot show all of it (a code, coder
        or source no longer offered, or a condition with both values and a range)."""
        self.blockSignals(True)
        try:
            shown = self.terms.show_node(query.root)
            shown = self.filters.show_filters(query.filters) and shown
        finally:
            self.blockSignals(False)
        self.changed.emit()
        return shown
