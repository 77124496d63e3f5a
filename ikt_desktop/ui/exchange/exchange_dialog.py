"""The summary shown after a REFI-QDA import: what was imported, converted or skipped,
and which position unit was chosen and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.exchange.refi import ExchangeSummary


def summary_text(summary: ExchangeSummary) -> str:
    lines = [f"Imported from {summary.file}"]
    if summary.origin:
        lines.append(f"Written by: {summary.origin}")
    if summary.unit:
        lines.append(f"Positions: {summary.unit} — {summary.unit_reason}")
    lines += [f"Imported: {line}" for line in summary.imported_lines()]
    lines += [f"Converted: {line}" for line in summary.converted]
    lines += [f"Skipped: {line}" for line in summary.skipped]
    return "\n".join(lines)


class ExchangeSummaryDialog(QDialog):
    """Non-modal: show it with ``show()`` or ``open()``."""

    def __init__(self, summary: ExchangeSummary, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b> — from <i>{_escape(summary.file)}</i>")
        layout.addWidget(heading)
        facts = []
        if summary.origin:
            facts.append(f"Written by <b>{_escape(summary.origin)}</b>.")
        if summary.unit:
            facts.append(
                f"Positions read as <b>{_escape(summary.unit)}</b>: {_escape(summary.unit_reason)}."
            )
        self.facts = QLabel(" ".join(facts))
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Import summary")
        imported = summary.imported_lines()
        self.sections = {}
        for name, lines in (("Imported", imported), ("Converted", list(summary.converted)),
                            ("Skipped", list(summary.skipped))):  # fmt: skip
            top = QTreeWidgetItem([name if name == "Imported" else f"{name} ({len(lines)})"])
            for line in lines or ["nothing"]:
                top.addChild(QTreeWidgetItem([line]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            self.sections[name] = top
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("Copy", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def copy(self) -> None:
        QApplication.clipboard().setText(summary_text(self.summary))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
