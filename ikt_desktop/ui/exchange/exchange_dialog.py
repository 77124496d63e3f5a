"""The summary shown after a REFI-QDA import: what was imported, converted or skipped,
which position unit was chosen for each source and why, and the selections to check (their
own text disagrees with where they were placed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.exchange.refi import ExchangeSummary


def summary_text(summary: ExchangeSummary) -> str:
    lines = [
        QCoreApplication.translate("ExchangeDialog", "Imported from {file}").format(
            file=summary.file
        )
    ]
    if summary.origin:
        lines.append(
            QCoreApplication.translate("ExchangeDialog", "Written by: {origin}").format(
                origin=summary.origin
            )
        )
    if summary.unit:
        lines.append(
            QCoreApplication.translate("ExchangeDialog", "Positions: {unit} — {reason}").format(
                unit=summary.unit, reason=summary.unit_reason
            )
        )
    for source in summary.positions:
        lines.append(
            QCoreApplication.translate("ExchangeDialog", "Positions (check): {line}").format(
                line=source.line()
            )
            if source.doubtful
            else QCoreApplication.translate("ExchangeDialog", "Positions: {line}").format(
                line=source.line()
            )
        )
    for text, found in (
        (QCoreApplication.translate("ExchangeDialog", "Check: {line}"), summary.flagged),
        (
            QCoreApplication.translate("ExchangeDialog", "Imported: {line}"),
            summary.imported_lines(),
        ),
        (QCoreApplication.translate("ExchangeDialog", "Converted: {line}"), summary.converted),
        (QCoreApplication.translate("ExchangeDialog", "Skipped: {line}"), summary.skipped),
    ):
        lines += [text.format(line=line) for line in found]
    return "\n".join(lines)


class ExchangeSummaryDialog(QDialog):
    """Non-modal: show it with ``show()`` or ``open()``."""

    def __init__(self, summary: ExchangeSummary, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate(
                "ExchangeSummaryDialog", "<b>{title}</b> — from <i>{origin}</i>"
            ).format(title=title, origin=_escape(summary.file))
        )
        layout.addWidget(heading)
        facts = []
        if summary.origin:
            facts.append(
                QCoreApplication.translate(
                    "ExchangeSummaryDialog", "Written by <b>{origin}</b>."
                ).format(origin=_escape(summary.origin))
            )
        if summary.unit:
            facts.append(
                QCoreApplication.translate(
                    "ExchangeSummaryDialog", "Positions read as <b>{unit}</b>: {reason}."
                ).format(unit=_escape(summary.unit), reason=_escape(summary.unit_reason))
            )
        doubtful = len(summary.doubtful_positions)
        if summary.flagged or doubtful:
            facts.append(self._check_sentence(len(summary.flagged), doubtful))
        self.facts = QLabel(" ".join(facts))
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(
            QCoreApplication.translate("ExchangeSummaryDialog", "Import summary")
        )
        self.sections: dict[str, QTreeWidgetItem] = {}
        if summary.flagged:
            self._section(
                "Check", list(summary.flagged), counted=True, warn=True, title=self.tr("Check")
            )
        if summary.positions:
            self._positions()
        self._section(
            "Imported", summary.imported_lines(), counted=False, title=self.tr("Imported")
        )
        self._section(
            "Converted", list(summary.converted), counted=True, title=self.tr("Converted")
        )
        self._section("Skipped", list(summary.skipped), counted=True, title=self.tr("Skipped"))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("ExchangeSummaryDialog", "Copy"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def _check_sentence(self, flagged: int, doubtful: int) -> str:
        parts = []
        if flagged:
            parts.append(self.tr("%n selection(s) sit where their own text disagrees", "", flagged))
        if doubtful:
            parts.append(
                self.tr(
                    "the positions of %n source(s) rest on weak or mixed evidence", "", doubtful
                )
            )
        return self.tr("<b>Please check:</b> {problems}.").format(
            problems=self.tr(" and ").join(parts)
        )

    def copy(self) -> None:
        QApplication.clipboard().setText(summary_text(self.summary))

    def _section(self, name: str, lines: list[str], *, counted: bool,
                 warn: bool = False, title: str = "") -> QTreeWidgetItem:  # fmt: skip
        """A top row ``title`` (shown; ``name`` keys ``self.sections``) over ``lines``."""
        title = title or name
        top = QTreeWidgetItem([f"{title} ({len(lines)})" if counted else title])
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if warn:
            top.setIcon(0, icon)
        for line in lines or [self.tr("nothing")]:
            item = QTreeWidgetItem([line])
            item.setToolTip(0, line)
            top.addChild(item)
        self.tree.addTopLevelItem(top)
        top.setExpanded(True)
        self.sections[name] = top
        return top

    def _positions(self) -> None:
        """One line per source: its unit, each unit's fit, how many selections its text
        confirmed; sources whose evidence is weak or mixed carry a warning icon."""
        sources = self.summary.positions
        top = self._section(
            QCoreApplication.translate("ExchangeSummaryDialog", "Positions by source"),
            [s.line() for s in sources],
            counted=False,
        )
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for k, source in enumerate(sources):
            item = top.child(k)
            if source.doubtful and item is not None:
                item.setIcon(0, icon)
        # worth a look only when something is doubtful; otherwise folded away
        top.setExpanded(any(s.doubtful for s in sources))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
