"""A long transcript opens without painting every paragraph first (issue 18): the
paragraphs on screen are painted before the first frame, the others in idle time, and
scrolling paints what comes into view at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock

from ikt_desktop.services.dto import CodingDTO
from ikt_desktop.ui.coding.document import CodeStyle, SourceView
from ikt_desktop.ui.coding.transcript_view import TranscriptView

PARAGRAPHS = 1500


def painted(block: QTextBlock) -> bool:
    return any(
        r.format.background().style() != Qt.BrushStyle.NoBrush for r in block.layout().formats()
    )


def long_view(qtbot) -> tuple[TranscriptView, SourceView]:  # type: ignore[no-untyped-def]
    lines = [f"P1: paragraph {n} says something about fatigue and meetings" for n in
             range(PARAGRAPHS)]  # fmt: skip
    text = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:n]) for n in (0, 1, 700, PARAGRAPHS - 1)]
    when = dt.datetime(2026, 1, 1)
    codings = [CodingDTO(i, f"g{i}", 7, 1, s + 4, s + 13, 1, when, "")
               for i, s in enumerate(starts, start=1)]  # fmt: skip
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    source = SourceView.build(1, text, codings, speaker_names=["P1"])
    view.show_source(source, {7: CodeStyle("Fatigue", "#e15759")})
    return view, source


def test_only_the_paragraphs_on_screen_are_painted_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _source = long_view(qtbot)
    doc = view.document()
    shown = view.visible_blocks()
    assert 0 in shown and len(shown) < 100
    assert painted(doc.findBlockByNumber(0)) and painted(doc.findBlockByNumber(1))
    pending = view.highlighter.deferred
    assert len(pending) >= PARAGRAPHS - len(shown) - 1  # the rest waits
    assert not painted(doc.findBlockByNumber(700))
    qtbot.waitUntil(lambda: not view.highlighter.deferred, timeout=10_000)
    assert painted(doc.findBlockByNumber(700)) and painted(doc.findBlockByNumber(PARAGRAPHS - 1))


def test_scrolling_paints_what_comes_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _source = long_view(qtbot)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the last paragraph, before the idle steps got there
    last = view.document().findBlockByNumber(PARAGRAPHS - 1)
    assert PARAGRAPHS - 1 in view.visible_blocks()
    assert painted(last)


def test_new_colours_repaint_the_screen_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    view, _source = long_view(qtbot)
    qtbot.waitUntil(lambda: not view.highlighter.deferred, timeout=10_000)
    view.set_styles({7: CodeStyle("Fatigue", "#4e79a7")})
    first = view.document().findBlockByNumber(0)
    colours = {r.format.background().color().name() for r in first.layout().formats()
               if r.format.background().style() != Qt.BrushStyle.NoBrush}  # fmt: skip
    assert colours == {"#4e79a7"}
    assert view.highlighter.deferred  # the others follow in idle time
    qtbot.waitUntil(lambda: not view.highlighter.deferred, timeout=10_000)


def test_idle_steps_repaint_nothing_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs highlighted in idle time are off screen: laying them out (several lines
    each, not the one-line estimate) must not repaint the viewport every step, and their
    line counts must still reach the scroll bar."""
    from PySide6.QtCore import QEvent, QObject

    words = "says something about fatigue, meetings and the panel's own way of working"
    lines = [f"P1: paragraph {n} {words} {words} {words}" for n in range(PARAGRAPHS)]
    text = "\n".join(lines)
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    when = dt.datetime(2026, 1, 1)
    codings = [CodingDTO(1, "g1", 7, 1, 4, 13, 1, when, "")]
    view.show_source(SourceView.build(1, text, codings, speaker_names=["P1"]),
                     {7: CodeStyle("Fatigue", "#e15759")})  # fmt: skip

    class Paints(QObject):
        count = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    qtbot.wait(1)  # the first frame
    view.viewport().installEventFilter(paints)
    qtbot.waitUntil(lambda: not view.highlighter.deferred, timeout=10_000)
    qtbot.wait(20)
    assert paints.count <= 1  # (the first step may still repaint once: not one per step)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 2 * PARAGRAPHS  # every paragraph's lines, not one each
    bar.setValue(bar.maximum())
    assert PARAGRAPHS - 1 in view.visible_blocks()
    assert view.firstVisibleBlock().firstLineNumber() <= bar.value()
