"""The code part of the query builder: a list of operands joined left to right by
operators (``A AND B OR C`` reads ``(A AND B) OR C``), where an operand is a code (with or
without its sub-codes) or a bracketed group, itself such a list. That expresses every tree
the engine runs: ``(A OR B) but NOT C`` needs no group (left to right), ``A AND (B OR C)``
does. ``domain.query.operands`` splits a tree into such a list and ``chain`` joins it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.query.coding_query import OPERATOR_WORDS, CodeTerm, Node, chain, operands
from ikt_desktop.ui.shell.resources import set_icon


def select(combo: QComboBox, data: object) -> bool:
    """Choose the item holding ``data``; False (and no change) if there is none."""
    at = combo.findData(data)
    if at >= 0:
        combo.setCurrentIndex(at)
    return at >= 0


def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Offer ``(label, data)`` items, keeping the choice if it is still offered, silently."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    select(combo, chosen)
    combo.blockSignals(False)


def _tool(text: str, tip: str) -> QToolButton:
    """A small button: ``text`` is an icon name when one is bundled ("x"), else its text."""
    button = QToolButton()
    if text == "x":
        set_icon(button, "x")
        button.setAccessibleName(tip)
    else:
        button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class OperandRow(QWidget):
    """``[operator] <operand> [remove]``; the first row of a list has no operator."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = QComboBox()
        self.operator.setAccessibleName(QCoreApplication.translate("OperandRow", "Operator"))
        for name, words in OPERATOR_WORDS.items():
            self.operator.addItem(words, name)
        self.operator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        policy = self.operator.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the first row's code lines up with the rest
        self.operator.setSizePolicy(policy)
        self.remove = _tool(
            "x", QCoreApplication.translate("OperandRow", "Remove this from the query")
        )
        self.line = QHBoxLayout()
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(4)
        self.line.addWidget(self.operator)
        self.operator.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def finish(self) -> None:
        self.line.addWidget(self.remove)

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        raise NotImplementedError

    def node(self) -> Node | None:
        raise NotImplementedError


class TermRow(OperandRow):
    """A code: ``[operator] [code ▾] [x] sub-codes [remove]``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QComboBox()
        self.code.setAccessibleName(QCoreApplication.translate("TermRow", "Code"))
        self.code.setMinimumContentsLength(10)
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subcodes = QCheckBox(QCoreApplication.translate("TermRow", "sub-codes"))
        self.subcodes.setToolTip(
            QCoreApplication.translate("TermRow", "Include the code's sub-codes")
        )
        self.line.addWidget(self.code, 1)
        self.line.addWidget(self.subcodes)
        self.finish()
        self.setLayout(self.line)
        self.code.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.subcodes.toggled.connect(lambda _on: self.changed.emit())

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        refill(self.code, [(path, code_id) for code_id, path in codes])

    def node(self) -> CodeTerm | None:
        code_id = self.code.currentData()
        if code_id is None:
            return None
        name = self.code.currentText().rsplit("/", 1)[-1]
        return CodeTerm(int(code_id), self.subcodes.isChecked(), name)

    def show_term(self, term: CodeTerm) -> bool:
        self.subcodes.setChecked(term.include_subcodes)
        return select(self.code, term.code_id)


class GroupRow(OperandRow):
    """A bracketed group: ``[operator] ( … [remove]`` over its operands, indented in a frame."""

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = TermList(level + 1)
        label = QLabel(QCoreApplication.translate("GroupRow", "( group"))
        label.setToolTip(
            QCoreApplication.translate(
                "GroupRow", "A group: worked out first, then combined with the rest"
            )
        )
        self.line.addWidget(label, 1)
        self.finish()
        frame = QFrame()
        frame.setObjectName("queryGroup")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 3, 4, 2)
        box.addWidget(self.group)
        indented = QHBoxLayout()
        indented.addSpacing(14)  # the group is indented under the row that opens it
        indented.addWidget(frame, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self.line)
        outer.addLayout(indented)
        self.group.changed.connect(self.changed)

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        self.group.set_codes(codes)

    def node(self) -> Node | None:
        return self.group.node()


class TermList(QWidget):
    """Operand rows and the buttons that add a code or a group to them."""

    changed = Signal()

    def __init__(self, depth: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = depth
        self.rows: list[OperandRow] = []
        self._codes: list[tuple[int, str]] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(3)
        self.add_code_button = _tool(
            QCoreApplication.translate("TermList", "+ Code"),
            QCoreApplication.translate("TermList", "Combine one more code with the query"),
        )
        self.add_group_button = _tool(
            QCoreApplication.translate("TermList", "+ ( Group )"),
            QCoreApplication.translate("TermList", "Add a bracketed group of codes"),
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_code_button)
        buttons.addWidget(self.add_group_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.box)
        layout.addLayout(buttons)
        self.add_code_button.clicked.connect(lambda: self.add_code())
        self.add_group_button.clicked.connect(lambda: self.add_group())

    def _append(self, row: OperandRow, filled: bool = False) -> None:
        if not filled:  # a group offers its codes before its rows are added
            row.set_codes(self._codes)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.box.addWidget(row)
        self._relabel()
        self.changed.emit()

    def add_code(self) -> TermRow:
        row = TermRow()
        self._append(row)
        used = sum(isinstance(r, TermRow) for r in self.rows) - 1
        if used and len(self._codes) > used:  # offer a different code
            row.code.setCurrentIndex(used)
        return row

    def add_group(self, filled: bool = True) -> GroupRow:
        """A group, with two codes to choose unless ``filled`` is False (to show a saved one)."""
        row = GroupRow(self.level)
        row.set_codes(self._codes)
        if filled:
            row.group.add_code()
            row.group.add_code()
        self._append(row, filled=True)
        return row

    def remove_row(self, row: OperandRow) -> None:
        if row in self.rows and len(self.rows) > 1:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self._relabel()
            self.changed.emit()

    def clear(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []

    def _relabel(self) -> None:
        for at, row in enumerate(self.rows):
            row.operator.setHidden(at == 0)
            row.remove.setHidden(len(self.rows) == 1)

    def set_codes(self, codes: Sequence[tuple[int, str]]) -> None:
        """``(id, path)`` of every code, in the order to offer them."""
        self._codes = list(codes)
        for at, row in enumerate(self.rows):
            fresh = isinstance(row, TermRow) and row.code.currentData() is None
            row.set_codes(self._codes)
            if fresh and isinstance(row, TermRow) and at < len(self._codes):
                row.code.setCurrentIndex(at)  # the first codes offered: different ones

    def node(self) -> Node | None:
        """The tree shown; None while a row has no code (an empty codebook) or is empty."""
        found = [row.node() for row in self.rows]
        if not found or any(n is None for n in found):
            return None
        rest = [
            (str(row.operator.currentData()), n)
            for row, n in zip(self.rows, found, strict=True)
            if n
        ]
        return chain(rest[0][1], rest[1:])

    def show_node(self, node: Node) -> bool:
        """Show any tree; False if a code in it is not among the codes offered."""
        self.clear()
        first, rest = operands(node)
        shown = self.add_code().show_term(first)
        for operator, operand in rest:
            row: OperandRow
            if isinstance(operand, CodeTerm):
                row = self.add_code()
                shown = row.show_term(operand) and shown
            else:
                row = self.add_group(filled=False)
                shown = row.group.show_node(operand) and shown
            select(row.operator, operator)
        return shown
