"""The query builder: a list of code terms joined left to right by operators
(``A AND B OR C`` reads ``(A AND B) OR C``), and one filter row (a participant attribute
or role with a value, a coder, a source). It builds a ``domain.query.Query`` and shows a
saved one; it holds ids and names only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.query import (
    OPERATOR_WORDS,
    ROLE,
    CodeTerm,
    Condition,
    Filters,
    Query,
    Ref,
    chain,
    unchain,
)
from ikt_desktop.services.dto import ParticipantDTO


def _select(combo: QComboBox, data: object) -> bool:
    at = combo.findData(data)
    if at >= 0:
        combo.setCurrentIndex(at)
    return at >= 0


class TermRow(QWidget):
    """``[operator] [code] [x] sub-codes [remove]``; the first row has no operator."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = QComboBox()
        self.operator.setAccessibleName("Operator")
        for name, words in OPERATOR_WORDS.items():
            self.operator.addItem(words, name)
        self.code = QComboBox()
        self.code.setAccessibleName("Code")
        self.code.setMinimumContentsLength(18)
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subcodes = QCheckBox("sub-codes")
        self.subcodes.setToolTip("Include the code's sub-codes")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip("Remove this code from the query")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.operator, self.code, self.subcodes, self.remove):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        # only once they have a parent: showing a parentless widget opens a window
        self.operator.setHidden(first)
        self.remove.setHidden(first)
        self.operator.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.code.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.subcodes.toggled.connect(lambda _on: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        chosen = self.code.currentData()
        self.code.blockSignals(True)
        self.code.clear()
        for code_id, path in codes:
            self.code.addItem(path, code_id)
        _select(self.code, chosen)
        self.code.blockSignals(False)

    def term(self) -> CodeTerm | None:
        code_id = self.code.currentData()
        if code_id is None:
            return None
        name = self.code.currentText().rsplit("/", 1)[-1]
        return CodeTerm(int(code_id), self.subcodes.isChecked(), name)

    def show_term(self, term: CodeTerm, operator: str | None) -> bool:
        if operator is not None:
            _select(self.operator, operator)
        self.subcodes.setChecked(term.include_subcodes)
        return _select(self.code, term.code_id)


class QueryBuilder(QWidget):
    """Emits ``changed`` whenever the query it shows changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[tuple[int, str]] = []
        self.rows: list[TermRow] = []
        self.terms_box = QVBoxLayout()
        self.terms_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton("Add Code")
        self.add_button.setToolTip("Combine one more code with the query")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.field = QComboBox()
        self.field.setAccessibleName("Participant attribute")
        self.value = QComboBox()
        self.value.setAccessibleName("Attribute value")
        self.coder = QComboBox()
        self.coder.setAccessibleName("Coder")
        self.source = QComboBox()
        self.source.setAccessibleName("Source")
        self._people: list[ParticipantDTO] = []
        self._build_layout()
        self.field.currentIndexChanged.connect(lambda _i: self._fill_values())
        for combo in (self.value, self.coder, self.source):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.add_row()
        self.add_row()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Said by"))
        filters.addWidget(self.field, 1)
        filters.addWidget(QLabel("="))
        filters.addWidget(self.value, 1)
        others = QHBoxLayout()
        others.addWidget(QLabel("Coded by"))
        others.addWidget(self.coder, 1)
        others.addWidget(QLabel("in"))
        others.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.terms_box)
        layout.addWidget(self.add_button)
        layout.addLayout(filters)
        layout.addLayout(others)
        layout.addStretch(1)

    # -- terms -----------------------------------------------------------------------------

    def add_row(self) -> TermRow:
        row = TermRow(first=not self.rows)
        row.set_codes(self._codes)
        if self.rows and len(self._codes) > len(self.rows):  # offer a different code
            row.code.setCurrentIndex(len(self.rows))
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.terms_box.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: TermRow) -> None:
        if row in self.rows and row is not self.rows[0]:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.changed.emit()

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        """``(id, path)`` of every code, in the order to offer them."""
        self._codes = list(codes)
        for row in self.rows:
            row.set_codes(self._codes)

    # -- filters ---------------------------------------------------------------------------

    def set_choices(
        self,
        people: Sequence[ParticipantDTO],
        attributes: Sequence[str],
        coders: Sequence[tuple[int, str]],
        sources: Sequence[tuple[int, str]],
    ) -> None:
        self._people = list(people)
        for combo, items, everyone in (
            (self.field, [(ROLE, "role"), *((a, a) for a in attributes)], "all participants"),
            (self.coder, coders, "any coder"),
            (self.source, sources, "all sources"),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for data, label in items:
                combo.addItem(label, data)
            _select(combo, chosen)
            combo.blockSignals(False)
        self._fill_values()

    def _fill_values(self) -> None:
        field = self.field.currentData()
        chosen = self.value.currentData()
        values: set[str] = set()
        for p in self._people:
            values.add(p.role if field == ROLE else p.attribute(field) if field else "")
        self.value.blockSignals(True)
        self.value.clear()
        for value in sorted(values - {""}, key=str.casefold):
            self.value.addItem(value, value)
        _select(self.value, chosen)
        self.value.setEnabled(field is not None)
        self.value.blockSignals(False)
        self.changed.emit()

    # -- the query -------------------------------------------------------------------------

    def query(self) -> Query | None:
        """The query shown; None while a row has no code (an empty codebook)."""
        terms = [row.term() for row in self.rows]
        if any(t is None for t in terms):
            return None
        rest = [
            (str(row.operator.currentData()), t)
            for row, t in zip(self.rows[1:], terms[1:], strict=True)
        ]
        first = terms[0]
        assert first is not None
        root = chain(first, [(op, t) for op, t in rest if t is not None])
        conditions: tuple[Condition, ...] = ()
        if self.field.currentData() is not None and self.value.currentData() is not None:
            conditions = (Condition(self.field.currentData(), (self.value.currentData(),)),)
        coders = self._refs(self.coder)
        sources = self._refs(self.source)
        return Query(root, Filters(conditions, coders, sources))

    @staticmethod
    def _refs(combo: QComboBox) -> tuple[Ref, ...]:
        ident = combo.currentData()
        return () if ident is None else (Ref(int(ident), combo.currentText()),)

    def show_query(self, query: Query) -> bool:
        """Show a saved query; False if the builder cannot show all of it (a tree that is
        not a left-to-right list, several conditions, a range, or what no longer exists)."""
        listed = unchain(query.root)
        if listed is None:
            return False
        first, rest = listed
        for row in self.rows[1:]:
            self.remove_row(row)
        shown = self.rows[0].show_term(first, None)
        for operator, term in rest:
            shown = self.add_row().show_term(term, operator) and shown
        f = query.filters
        simple = len(f.conditions) <= 1 and len(f.coders) <= 1 and len(f.sources) <= 1
        self.field.setCurrentIndex(0)
        if f.conditions:
            c = f.conditions[0]
            simple = simple and len(c.values) == 1 and _select(self.field, c.field)
            simple = simple and _select(self.value, c.values[0])
        self.coder.setCurrentIndex(0)
        self.source.setCurrentIndex(0)
        if f.coders:
            simple = _select(self.coder, f.coders[0].id) and simple
        if f.sources:
            simple = _select(self.source, f.sources[0].id) and simple
        self.changed.emit()
        return shown and simple
