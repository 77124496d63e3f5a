"""The preview of File ▸ Merge Project: what will be added and matched, the conflicts and
how they are resolved, and near-duplicate codes the user may merge into ours. Nothing has
changed while it is shown; Merge asks for the merge (``merge_requested``), and once it is
done the dialog shows where the backup is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.merge.plan import PLURAL, Kind, MergePlan

MAX_NAMES = 200  # names listed under each kind; the rest are counted
HOW = {"guid": QT_TRANSLATE_NOOP("MergeDialog", "by GUID"),
       "earlier merge": QT_TRANSLATE_NOOP("MergeDialog", "as in an earlier merge"),
       "text": QT_TRANSLATE_NOOP("MergeDialog", "by text"),
       "path": QT_TRANSLATE_NOOP("MergeDialog", "by name and place"),
       "label": QT_TRANSLATE_NOOP("MergeDialog", "by label"),
       "name": QT_TRANSLATE_NOOP("MergeDialog", "by name"),
       "content": QT_TRANSLATE_NOOP("MergeDialog", "by content"),
       "chosen": QT_TRANSLATE_NOOP("MergeDialog", "chosen near-duplicate")}  # fmt: skip


def how_matched(rule: str) -> str:
    """How a row was matched, in words ("by name")."""
    return QCoreApplication.translate("MergeDialog", str(HOW[rule])) if rule in HOW else rule


def no_undo() -> str:
    return QCoreApplication.translate(
        "MergeDialog",
        "Undo is not available for a merge: to go back, close this project and open the "
        "backup instead.",
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MergeDialog(QDialog):
    """Non-modal: show it with ``open()``. ``merge_requested`` carries the near-duplicates
    to merge: {their code GUID: our code id}."""

    merge_requested = Signal(dict)

    def __init__(self, plan: MergePlan, other: Path, project: Path,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge Project"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            QCoreApplication.translate(
                "MergeDialog",
                "Merging <b>{other}</b> into <b>{project}</b>. Nothing has changed yet: check what "
                "the merge will do, then press Merge.",
            ).format(other=_escape(other.name), project=_escape(project.name))
        )
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = self._summary_tree(plan)
        layout.addWidget(self.summary, 3)
        conflicts = len(plan.conflicts)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "MergeDialog",
                    "<b>Conflicts "
                    "({conflicts})</b> — this project's version is kept unless said otherwise",
                ).format(conflicts=conflicts)
                if conflicts
                else QCoreApplication.translate("MergeDialog", "<b>Conflicts</b>: none")
            )
        )
        self.conflicts = self._conflict_list(plan)
        self.conflicts.setVisible(bool(conflicts))
        layout.addWidget(self.conflicts, 2)
        near = len(plan.near_duplicates)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "MergeDialog",
                    "<b>Near-duplicate codes ({near})</b> — tick to merge into the suggested "
                    "code; otherwise added as a separate code",
                ).format(near=near)
                if near
                else QCoreApplication.translate("MergeDialog", "<b>Near-duplicate codes</b>: none")
            )
        )
        self.near = QListWidget()
        self.near.setAccessibleName(
            QCoreApplication.translate("MergeDialog", "Near-duplicate codes")
        )
        for n in plan.near_duplicates:
            item = QListWidgetItem(f"“{n.name}” into “{n.our_name}” ({n.why})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (n.guid, n.our_id))
            self.near.addItem(item)
        self.near.setMaximumHeight(110)
        self.near.setVisible(bool(near))
        layout.addWidget(self.near, 1)
        self.note = QLabel(
            QCoreApplication.translate(
                "MergeDialog",
                "A backup of this project is written beside it before anything changes; the merge "
                "is one step. {no_undo} The other file is only read.",
            ).format(no_undo=no_undo())
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.merge_button: QPushButton = self.buttons.addButton(
            QCoreApplication.translate("MergeDialog", "Merge"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        if not plan.changes_anything:
            self.merge_button.setEnabled(False)
            self.note.setText(
                QCoreApplication.translate(
                    "MergeDialog", "Nothing to add: everything in that file is here already."
                )
            )
        layout.addWidget(self.buttons)
        self.resize(780, 640)

    # -- contents ----------------------------------------------------------------------

    def _summary_tree(self, plan: MergePlan) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(
            QCoreApplication.translate("MergeDialog", "What the merge will add and match")
        )
        tree.setColumnCount(3)
        tree.setHeaderLabels(
            [
                QCoreApplication.translate("MergeDialog", "What"),
                QCoreApplication.translate("MergeDialog", "Added"),
                QCoreApplication.translate("MergeDialog", "Matched"),
            ]
        )
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        all_counts = plan.counts()
        for kind, matching in plan.matchings.items():
            counts = all_counts[PLURAL[kind]]
            by: dict[str, int] = counts["matched_by"]  # type: ignore[assignment]
            how = ", ".join(f"{n} {how_matched(rule)}" for rule, n in by.items())
            if len(by) == 1:
                how = QCoreApplication.translate("MergeDialog", "all {how}").format(
                    how=how_matched(next(iter(by)))
                )
            matched = f"{counts['matched']}" + (f" ({how})" if how else "")
            top = QTreeWidgetItem([self._kind_title(PLURAL[kind]), str(counts["added"]), matched])
            top.setData(0, Qt.ItemDataRole.UserRole, kind.value)
            if kind is not Kind.CODING:
                rows = [(matching.names.get(i, "?"), self.tr("new"), "") for i in matching.added]
                rows += [(matching.names.get(i, "?"), "", how_matched(h.value))
                         for i, (_o, h) in matching.matched.items()
                         if h.value != "guid"]  # fmt: skip
                for name, added, matched in rows[:MAX_NAMES]:
                    top.addChild(QTreeWidgetItem([name, added, matched]))
                if len(rows) > MAX_NAMES:
                    top.addChild(
                        QTreeWidgetItem(
                            [
                                QCoreApplication.translate(
                                    "MergeDialog", "… and {count} more"
                                ).format(count=len(rows) - MAX_NAMES)
                            ]
                        )
                    )
            tree.addTopLevelItem(top)
            top.setExpanded(bool(matching.added) and top.childCount() <= 12)
        if plan.fills:
            top = QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "MergeDialog", "Empty fields of ours filled from theirs ({count})"
                    ).format(count=len(plan.fills))
                ]
            )
            for f in plan.fills[:MAX_NAMES]:
                top.addChild(QTreeWidgetItem([f"{f.kind} “{f.name}”: {f.field}"]))
            tree.addTopLevelItem(top)
        for reason, n in plan.skipped.items():
            tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        QCoreApplication.translate("MergeDialog", "Left out: {n} {reason}").format(
                            n=n, reason=reason
                        )
                    ]
                )
            )
        return tree

    def _conflict_list(self, plan: MergePlan) -> QListWidget:
        view = QListWidget()
        view.setAccessibleName(QCoreApplication.translate("MergeDialog", "Conflicts"))
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        for c in plan.conflicts:
            view.addItem(f"{c.kind.replace('_', ' ')} “{c.name}”: {c.reason} → {c.resolution}")
        return view

    # -- actions -----------------------------------------------------------------------

    def chosen(self) -> dict[str, int]:
        """The near-duplicates ticked: {their code GUID: our code id}."""
        out: dict[str, int] = {}
        for row in range(self.near.count()):
            item = self.near.item(row)
            data = item.data(Qt.ItemDataRole.UserRole)
            if data and item.checkState() == Qt.CheckState.Checked:
                out[data[0]] = data[1]
        return out

    def _merge(self) -> None:
        self.merge_button.setEnabled(False)
        self.near.setEnabled(False)
        self.merge_requested.emit(self.chosen())

    def merge_failed(self) -> None:
        """The merge did not happen (error or cancelled): the user may try again."""
        self.merge_button.setEnabled(self.plan.changes_anything)
        self.near.setEnabled(True)

    def _kind_title(self, kind: str) -> str:
        """A row of the summary: what is merged ("Codes"), from the plan's plural key."""
        titles = {"coders": self.tr("Coders"), "participants": self.tr("Participants"),
                  "attributes": self.tr("Attributes"), "sources": self.tr("Sources"),
                  "codes": self.tr("Codes"), "codings": self.tr("Codings"),
                  "themes": self.tr("Themes"), "memos": self.tr("Memos"),
                  "saved queries": self.tr("Saved queries")}  # fmt: skip
        return titles.get(kind, kind)

    def _kind_count(self, kind: str, n: int) -> str:
        """``n`` of a kind in words ("3 codes", "1 theme"), from the plan's plural key."""
        counts = {"coders": self.tr("%n coder(s)", "", n),
                  "participants": self.tr("%n participant(s)", "", n),
                  "attributes": self.tr("%n attribute(s)", "", n),
                  "sources": self.tr("%n source(s)", "", n),
                  "codes": self.tr("%n code(s)", "", n),
                  "codings": self.tr("%n coding(s)", "", n),
                  "themes": self.tr("%n theme(s)", "", n),
                  "memos": self.tr("%n memo(s)", "", n),
                  "saved queries": self.tr("%n saved query(ies)", "", n)}  # fmt: skip
        return counts.get(kind, f"{n} {kind}")

    def show_done(self, plan: MergePlan, backup: str) -> None:
        """After the merge: what was done, where the backup is, and no undo."""
        self.plan = plan
        parts = [self._kind_count(kind, int(c["added"]))  # type: ignore[call-overload]
                 for kind, c in plan.counts().items() if c["added"]]  # fmt: skip
        added = ", ".join(parts) or self.tr("nothing")
        self.heading.setText(
            QCoreApplication.translate("MergeDialog", "<b>Merged.</b> Added {added}.").format(
                added=_escape(added)
            )
        )
        where = (QCoreApplication.translate("MergeDialog", "A backup of the project as it was is "
            "at <b>{backup}</b>. ").format(backup=_escape(backup))
                 if backup else QCoreApplication.translate("MergeDialog", "Nothing needed "
                     "writing. "))  # fmt: skip
        self.note.setText(where + _escape(no_undo()))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.clear()
        fresh = self._summary_tree(plan)
        while (item := fresh.takeTopLevelItem(0)) is not None:
            self.summary.addTopLevelItem(item)
        self.merge_button.hide()
        self.cancel_button.setText(QCoreApplication.translate("MergeDialog", "Close"))
