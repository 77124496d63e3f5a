"""The filter part of the query builder: participant conditions (AND-ed; each on the role
or an attribute, with several values ticked in a list, or a from/to range for number and
date attributes), the coders and the sources (ticked in a drop-down list; none ticked means
all). It holds ids, names and values only."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ikt_desktop.domain.attributes import AttributeType
from ikt_desktop.domain.query.coding_query import ROLE, Condition, Filters, Ref
from ikt_desktop.services.dto import AttributeDTO, ParticipantDTO
from ikt_desktop.ui.query.terms import refill, select
from ikt_desktop.ui.shell.resources import set_icon

RANGED = {AttributeType.NUMBER.value, AttributeType.DATE.value}
IS, BETWEEN = "is", "between"


class ChoiceButton(QToolButton):
    """A drop-down list of items to tick; it reads ``everyone`` while none is ticked and
    keeps the order in which they were ticked (so a saved query reads back the same)."""

    changed = Signal()

    def __init__(self, everyone: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone = everyone
        self._order: list[object] = []
        self.setAccessibleName(name)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self.list.itemChanged.connect(self._on_item)
        self._relabel()

    def set_items(self, items: Sequence[tuple[object, str]]) -> None:
        """Offer ``(data, label)`` items; ticked ones that are still offered stay ticked."""
        self.list.blockSignals(True)
        self.list.clear()
        for data, label in items:
            self._add(data, label)
        self.list.blockSignals(False)
        offered = set(self._data())
        self._order = [d for d in self._order if d in offered]
        self._relabel()

    def _add(self, data: object, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, data)
        checked = data in self._order
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _data(self) -> list[object]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _on_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and data not in self._order:
            self._order.append(data)
        elif item.checkState() != Qt.CheckState.Checked and data in self._order:
            self._order.remove(data)
        self._relabel()
        self.changed.emit()

    def set_chosen(self, chosen: Sequence[object], add_missing: bool = False) -> bool:
        """Tick exactly ``chosen``, in that order; False if one is not offered (unless
        ``add_missing``: then it is added, labelled with its value)."""
        found = True
        offered = self._data()
        self.list.blockSignals(True)
        for data in chosen:
            if data not in offered and add_missing:
                self._add(data, str(data))
                offered.append(data)
            found = found and data in offered
        self._order = [d for d in chosen if d in offered]
        for i in range(self.list.count()):
            item = self.list.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in self._order
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._relabel()
        self.changed.emit()
        return found

    def chosen(self) -> list[tuple[object, str]]:
        """The ticked ``(data, label)`` items, in the order they were ticked."""
        labels = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).text()
            for i in range(self.list.count())
        }
        return [(d, labels[d]) for d in self._order]

    def _relabel(self) -> None:
        labels = [label for _d, label in self.chosen()]
        text = ", ".join(labels[:2]) + (f" +{len(labels) - 2}" if len(labels) > 2 else "")
        self.setText(text or self._everyone)
        self.setToolTip("\n".join(labels) or self._everyone)
        rows = max(1, min(self.list.count(), 10))
        row = self.list.sizeHintForRow(0) if self.list.count() else 18
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 2)


class ConditionRow(QWidget):
    """``[role / attribute ▾] [is ▾ | between] [values ▾ | from … to …] [x]``."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, values_of: Callable[[str], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._values_of = values_of
        self._kinds: dict[str, str] = {}
        self._field: str | None = None  # the field the ticked values belong to
        self.field = QComboBox()
        self.field.setAccessibleName(
            QCoreApplication.translate("ConditionRow", "Participant attribute")
        )
        self.mode = QComboBox()
        self.mode.setAccessibleName(QCoreApplication.translate("ConditionRow", "Comparison"))
        self.mode.addItem(QCoreApplication.translate("ConditionRow", "is"), IS)
        self.mode.addItem(QCoreApplication.translate("ConditionRow", "between"), BETWEEN)
        self.values = ChoiceButton(
            QCoreApplication.translate("ConditionRow", "choose values"),
            QCoreApplication.translate("ConditionRow", "Attribute values"),
        )
        self.low, self.high = QLineEdit(), QLineEdit()
        self.and_label = QLabel(QCoreApplication.translate("ConditionRow", "and"))
        for edit, name in (
            (self.low, QCoreApplication.translate("ConditionRow", "From")),
            (self.high, QCoreApplication.translate("ConditionRow", "To")),
        ):
            edit.setAccessibleName(name)
            edit.setMaximumWidth(90)
        self.remove = QToolButton()
        set_icon(self.remove, "x")
        self.remove.setAccessibleName(
            QCoreApplication.translate("ConditionRow", "Remove this condition")
        )
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(QCoreApplication.translate("ConditionRow", "Remove this condition"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        widgets = (self.field, self.mode, self.values, self.low, self.and_label, self.high)
        for widget in (*widgets, self.remove):
            line.addWidget(widget)
        line.addStretch(1)
        self.field.currentIndexChanged.connect(lambda _i: self._on_field())
        self.mode.currentIndexChanged.connect(lambda _i: self._on_mode())
        self.values.changed.connect(self.changed)
        self.low.textChanged.connect(lambda _t: self.changed.emit())
        self.high.textChanged.connect(lambda _t: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_fields(self, fields: Sequence[tuple[str, str]]) -> None:
        """``(name, type)`` of the role and each attribute."""
        self._kinds = dict(fields)
        names = [name for name, _kind in fields]
        shown = self.field.currentData()
        if shown and shown not in self._kinds:  # deleted since it was chosen: kept, as saved
            names.append(shown)
        refill(self.field, [(name, name) for name in names])
        self._on_field()

    def _on_field(self) -> None:
        field = self.field.currentData()
        ranged = self._kinds.get(field) in RANGED
        if not ranged and field != self._field:  # a range only for numbers and dates
            self.mode.setCurrentIndex(0)
        self.mode.setEnabled(ranged or self.mode.currentData() == BETWEEN)
        date = self._kinds.get(field) == AttributeType.DATE.value
        self.low.setPlaceholderText(
            QCoreApplication.translate("ConditionRow", "from (YYYY-MM-DD)")
            if date
            else QCoreApplication.translate("ConditionRow", "from")
        )
        self.high.setPlaceholderText(
            QCoreApplication.translate("ConditionRow", "to (YYYY-MM-DD)")
            if date
            else QCoreApplication.translate("ConditionRow", "to")
        )
        chosen = [d for d, _label in self.values.chosen()] if field == self._field else []
        self._field = field
        self.values.set_items([(v, v) for v in self._values_of(field or "")])
        self.values.set_chosen(chosen, add_missing=True)
        self._on_mode()

    def _on_mode(self) -> None:
        between = self.mode.currentData() == BETWEEN
        self.values.setHidden(between)
        self.low.setHidden(not between)
        self.and_label.setHidden(not between)
        self.high.setHidden(not between)
        self.changed.emit()

    def condition(self) -> Condition | None:
        """The condition shown; None while it has no value or range yet."""
        field = self.field.currentData()
        if not field:
            return None
        if self.mode.currentData() == BETWEEN:
            low, high = self.low.text() or None, self.high.text() or None
            return None if low is None and high is None else Condition(field, (), low, high)
        values = tuple(str(d) for d, _label in self.values.chosen())
        return Condition(field, values) if values else None

    def show_condition(self, c: Condition) -> bool:
        if not select(self.field, c.field):
            self.field.addItem(c.field, c.field)  # an attribute deleted since: still shown
            select(self.field, c.field)
        self.values.set_chosen(list(c.values), add_missing=True)
        if not c.values:
            self.mode.setEnabled(True)
        select(self.mode, IS if c.values else BETWEEN)
        self.low.setText(c.low or "")
        self.high.setText(c.high or "")
        return not (c.values and (c.low is not None or c.high is not None))


class FiltersBox(QWidget):
    """Participant conditions, coders and sources."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conditions: list[ConditionRow] = []
        self._fields: list[tuple[str, str]] = [(ROLE, AttributeType.TEXT.value)]
        self._people: list[ParticipantDTO] = []
        self._attributes: dict[str, AttributeDTO] = {}
        self.conditions_box = QVBoxLayout()
        self.conditions_box.setContentsMargins(0, 0, 0, 0)
        self.conditions_box.setSpacing(3)
        self.add_condition_button = QToolButton()
        self.add_condition_button.setText(QCoreApplication.translate("FiltersBox", "+ Condition"))
        self.add_condition_button.setAutoRaise(True)
        self.add_condition_button.setToolTip(
            QCoreApplication.translate("FiltersBox", "Only what participants with this value said")
        )
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.coders = ChoiceButton(
            QCoreApplication.translate("FiltersBox", "any coder"),
            QCoreApplication.translate("FiltersBox", "Coders"),
        )
        self.sources = ChoiceButton(
            QCoreApplication.translate("FiltersBox", "all sources"),
            QCoreApplication.translate("FiltersBox", "Sources"),
        )
        people = QVBoxLayout()
        people.setContentsMargins(0, 0, 0, 0)
        people.setSpacing(2)
        people.addLayout(self.conditions_box)
        people.addWidget(self.add_condition_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(QCoreApplication.translate("FiltersBox", "Said by"), people)
        form.addRow(QCoreApplication.translate("FiltersBox", "Coded by"), self.coders)
        form.addRow(QCoreApplication.translate("FiltersBox", "In"), self.sources)
        self.coders.changed.connect(self.changed)
        self.sources.changed.connect(self.changed)

    def set_choices(
        self,
        people: Sequence[ParticipantDTO],
        attributes: Sequence[AttributeDTO],
        coders: Sequence[tuple[int, str]],
        sources: Sequence[tuple[int, str]],
    ) -> None:
        self._people = list(people)
        self._attributes = {a.name: a for a in attributes}
        self._fields = [(ROLE, AttributeType.TEXT.value), *((a.name, a.type) for a in attributes)]
        for row in self.conditions:
            row.set_fields(self._fields)
        self.coders.set_items(list(coders))
        self.sources.set_items(list(sources))

    def values_of(self, field: str) -> list[str]:
        """The values participants have for ``field`` (and a choice attribute's choices)."""
        found = {p.role if field == ROLE else p.attribute(field) for p in self._people}
        attribute = self._attributes.get(field)
        if attribute is not None:
            found |= set(attribute.choices)
        return sorted(found - {""}, key=str.casefold)

    def add_condition(self) -> ConditionRow:
        row = ConditionRow(self.values_of)
        row.set_fields(self._fields)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_condition)
        self.conditions.append(row)
        self.conditions_box.addWidget(row)
        self.changed.emit()
        return row

    def remove_condition(self, row: ConditionRow) -> None:
        if row in self.conditions:
            self.conditions.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.changed.emit()

    def filters(self) -> Filters:
        conditions = (row.condition() for row in self.conditions)
        return Filters(
            tuple(c for c in conditions if c is not None),
            tuple(Ref(int(str(d)), label) for d, label in self.coders.chosen()),
            tuple(Ref(int(str(d)), label) for d, label in self.sources.chosen()),
        )

    def show_filters(self, f: Filters) -> bool:
        """Show saved filters; False if a coder or source is no longer offered."""
        for row in list(self.conditions):
            self.remove_condition(row)
        shown = all([self.add_condition().show_condition(c) for c in f.conditions])
        shown = self.coders.set_chosen([r.id for r in f.coders]) and shown
        return self.sources.set_chosen([r.id for r in f.sources]) and shown
