"""Centre pane: the transcript with coding highlights and the coding-stripes margin.

Follows the ChangeHub: a new, removed or resized coding repaints only its paragraphs; an
edited text (services/text_edit.py) reloads the transcript where it was."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError
from ikt_desktop.domain.transcripts.spans import step_to
from ikt_desktop.services.coders import CoderService
from ikt_desktop.services.coding.codebook import CodebookService
from ikt_desktop.services.coding.codings import CodingService
from ikt_desktop.services.dto import SourceDTO
from ikt_desktop.services.sources import SourceService
from ikt_desktop.ui.coding.document import CodeStyle, SourceView
from ikt_desktop.ui.coding.stripes import StripesMargin
from ikt_desktop.ui.coding.transcript_view import TranscriptView
from ikt_desktop.ui.look.steady_label import SteadyLabel
from ikt_desktop.ui.shell.change_hub import ChangeHub

BULK = 50  # more changed codings than this: reload the source's codings in one query


class TranscriptPane(QWidget):
    source_shown = Signal()

    def __init__(
        self,
        sources: SourceService,
        codings: CodingService,
        codebook: CodebookService,
        coders: CoderService,
        hub: ChangeHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources, self._codings, self._codebook = sources, codings, codebook
        self._coders = coders
        self.source: SourceDTO | None = None
        self.hidden_coders: frozenset[int] = frozenset()  # their codings are not shown
        self.header = SteadyLabel(word_wrap=True)  # new counts repaint it, nothing more
        self.header.set_label_margins(6, 4, 6, 4)
        self.view = TranscriptView()
        self.stripes = StripesMargin(self.view)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.stripes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header_row = QHBoxLayout()  # the header, then buttons others add
        self.header_row.setContentsMargins(0, 0, 4, 0)
        self.header_row.addWidget(self.header, 1)
        layout.addLayout(self.header_row)
        layout.addLayout(row, 1)
        self._reloaded: ChangeSet | None = None  # the change set a text reload covered
        hub.changed.connect(self._forget_changed)  # (every change set; the kept sources)
        hub.changed.connect(self._on_text)  # emitted before codings_changed
        hub.codings_changed.connect(self._on_codings)
        hub.codes_changed.connect(self._on_codes)
        hub.project_changed.connect(self._on_project)
        self._load_coders()

    @property
    def source_id(self) -> int | None:
        return self.source.id if self.source else None

    # -- loading -----------------------------------------------------------------------

    def code_styles(self) -> dict[int, CodeStyle]:
        return {i: CodeStyle(name, color) for i, (name, color) in self._codebook.styles().items()}

    def show_source(self, source: SourceDTO | None) -> None:
        self.source = source
        if source is None:
            self.header.clear()
            self.view.show_source(None, {})
            self.source_shown.emit()
            return
        if self.view.show_kept(source.id):  # shown before and unchanged since
            self.update_header()
            self.source_shown.emit()
            return
        view = SourceView.build(
            source.id,
            self._sources.text(source.id),
            [
                c
                for c in self._codings.for_source(source.id)
                if c.coder_id not in self.hidden_coders
            ],
            self._sources.interviewer_starts(source.id),
            (s.name for s in self._sources.speakers(source.id)),
        )
        self.view.show_source(view, self.code_styles())
        self.update_header()
        self.source_shown.emit()

    def update_header(self) -> None:
        """Name, participant, interview details and the codings shown: kept live, so the
        count follows every coding added, removed or undone."""
        source, view = self.source, self.view.source
        if source is None or view is None:
            self.header.clear()
            return
        details = [source.participant_label, source.participant_role, source.mode]
        if source.interview_date:
            details.append(source.interview_date.isoformat())
        if source.duration_seconds:
            details.append(self.tr("{minutes} min").format(minutes=source.duration_seconds // 60))
        details.append(self.tr("%Ln word(s)", "", source.word_count))  # %Ln: 2,401 · 2 401
        shown = self.tr("%Ln coding(s)", "", len(view.codings))
        if self.hidden_coders:
            shown += " " + self.tr("(some coders hidden)")
        details.append(shown)
        text = " · ".join(html.escape(d) for d in details if d)
        self.header.setText(f"<b>{html.escape(source.name)}</b> &nbsp; {text}")
        self.header.setAccessibleName(f"{source.name}: {text}")

    def set_hidden_coders(self, coder_ids: frozenset[int]) -> None:
        """Show only the codings of the other coders (show/hide, blind mode)."""
        if coder_ids == self.hidden_coders:
            return
        self.hidden_coders = coder_ids
        self.view.forget()  # the sources kept show the codings of the coders shown before
        if self.source is not None:
            scroll = self.view.verticalScrollBar().value()
            self.show_source(self.source)
            self.view.verticalScrollBar().setValue(scroll)

    def step_segment(self, forward: bool = True) -> bool:
        """Select the next (or previous) coded segment after (before) the cursor, in text
        order; False at the end. Keyboard navigation, and the meeting's walk-through."""
        view = self.view.source
        if view is None or not view.codings:
            return False
        here = self.view.selection_span()
        at = here[0] if here else self.view.position_at(self.view.textCursor().position())
        spans = ((c.start, c.end) for c in view.codings.values())
        target = step_to(spans, at, forward=forward, inclusive=here is None)
        if target is None:
            return False
        self.view.select_span(*target)
        return True

    def codes_in_play(self) -> frozenset[int]:
        """The codes applied in the transcript on screen (as shown: hidden coders aside)."""
        view = self.view.source
        return frozenset(c.code_id for c in view.codings.values()) if view else frozenset()

    def _load_coders(self) -> None:
        coders = self._coders.all()
        self.stripes.coder_names = {c.id: c.name for c in coders}
        self.stripes.coder_colors = {c.id: c.color for c in coders}

    # -- following changes -------------------------------------------------------------

    def _on_project(self, _changes: ChangeSet) -> None:
        self._load_coders()
        self.view.forget()

    def _forget_changed(self, changes: ChangeSet) -> None:
        """Sources kept (not shown) that this change touched are read again when shown:
        their text, speakers or codings (a coding's change also says its source's counts
        changed; a coding removed or changed is looked for in them too)."""
        kept = self.view.kept_sources()
        if not kept:
            return
        touched = changes.ids(Entity.TEXT) | changes.ids(Entity.SOURCE)
        codings = changes.ids(Entity.CODING, Op.DELETED) | changes.ids(Entity.CODING, Op.UPDATED)
        self.view.forget(
            source_id
            for source_id, view in kept.items()
            if source_id in touched or not codings.isdisjoint(view.codings)
        )

    def _on_text(self, changes: ChangeSet) -> None:
        """The text on screen was edited (or the edit undone): reload it, keeping the
        scroll position; the codings come with it."""
        view = self.view.source
        if view is None or view.source_id not in changes.ids(Entity.TEXT, Op.UPDATED):
            return  # (SOURCE UPDATED alone: counts changed, not the text)
        try:
            source = self._sources.get(view.source_id)
        except NotFoundError:
            return
        scroll = self.view.verticalScrollBar().value()
        self.show_source(source)
        self.view.verticalScrollBar().setValue(scroll)
        self._reloaded = changes

    def _on_codings(self, changes: ChangeSet) -> None:
        view = self.view.source
        if view is None or changes is self._reloaded:
            return
        gone = set(changes.ids(Entity.CODING, Op.DELETED) | changes.ids(Entity.CODING, Op.UPDATED))
        new = set(changes.ids(Entity.CODING, Op.CREATED) | changes.ids(Entity.CODING, Op.UPDATED))
        bulk = len(gone) + len(new) > BULK
        if bulk:  # e.g. undoing the deletion of a busy code
            fresh = {c.id: c for c in self._codings.for_source(view.source_id)}
            gone = gone | (set(view.codings) - set(fresh))
            new = {i for i in new if i in fresh} | (set(fresh) - set(view.codings))
            loaded = [fresh[i] for i in new]
        else:
            loaded = []
            for coding_id in new:
                try:
                    loaded.append(self._codings.get(coding_id))
                except NotFoundError:
                    continue
        for coding_id in gone:
            self.view.remove_coding(coding_id)
        elsewhere = {c.source_id for c in loaded} - {view.source_id}
        if elsewhere or bulk:  # (in bulk, only this source's codings were read)
            self.view.forget(None if bulk else elsewhere)
        for coding in loaded:
            if coding.coder_id not in self.hidden_coders:
                self.view.add_coding(coding)
        self.update_header()
        self.stripes.refresh()

    def _on_codes(self, _changes: ChangeSet) -> None:
        styles = self.code_styles()
        if styles != self.view.highlighter.styles:  # not for mere count changes
            self.view.set_styles(styles)
            self.stripes.update()
