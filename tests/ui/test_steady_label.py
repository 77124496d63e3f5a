"""SteadyLabel: a header whose counts change with every action keeps the height it needs,
and is laid out again only when its text may need another height (issue 18)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ikt_desktop.ui.look.steady_label import SteadyLabel


def measured(label: SteadyLabel) -> int:
    """The height the label's text needs, laid out now."""
    return label._needed_height(label.width())


@pytest.fixture
def header(qtbot, monkeypatch: pytest.MonkeyPatch) -> tuple[SteadyLabel, list[int], QWidget]:  # type: ignore[no-untyped-def]
    """A wrapping header at the top of a pane 420 pixels wide, laid out by the pane."""
    pane = QWidget()
    qtbot.addWidget(pane)
    layout = QVBoxLayout(pane)
    label = SteadyLabel(word_wrap=True)
    layout.addWidget(label)
    layout.addStretch(1)
    pane.resize(420, 300)
    pane.show()
    QCoreApplication.processEvents()
    calls: list[int] = []
    measure = label._needed_height

    def counted(width: int) -> int:
        calls.append(width)
        return measure(width)

    monkeypatch.setattr(label, "_needed_height", counted)
    return label, calls, pane  # (the pane is kept alive by the test)


def test_new_counts_on_one_line_are_not_laid_out_again(header) -> None:  # type: ignore[no-untyped-def]
    label, calls, _pane = header
    label.setText("<b>Trust</b> · 12 codings · 3 participants")
    assert len(calls) == 1
    height = label.sizeHint().height()
    calls.clear()
    label.setText("<b>Trust</b> · 13 codings · 4 participants")
    label.setText("<b>Trust</b> · 14 codings · 4 participants")
    assert calls == []  # the same shape, surely on one line: the same height
    QCoreApplication.processEvents()
    assert label.height() == height == measured(label)
    calls.clear()
    label.setText("<b>Trust</b> · 100 codings · 4 participants")  # one digit more
    assert len(calls) == 1


def test_a_header_that_wraps_is_measured_and_grows(header) -> None:  # type: ignore[no-untyped-def]
    label, calls, _pane = header
    label.setText("<b>Zoë 🙂 参加者</b> · 9 codings")
    one_line = label.sizeHint().height()
    calls.clear()
    long = "<b>Zoë 🙂 参加者</b> · " + " · ".join(["a long detail"] * 12) + " · 10 codings"
    label.setText(long)
    assert len(calls) == 1
    QCoreApplication.processEvents()
    assert label.height() == label.sizeHint().height() > one_line
    calls.clear()
    label.setText(long.replace("10 codings", "11 codings"))  # wrapped: measured every time
    assert len(calls) == 1


def test_the_height_is_always_what_a_layout_gives(header) -> None:  # type: ignore[no-untyped-def]
    """Random counts, names and widths, including texts that just fit: the height the
    label keeps is the height its text needs, laid out."""
    label, _calls, pane = header
    rng = random.Random(18)
    names = ["Trust", "Fatigue and energy", "Zoë's 🙂 panel", "参加者の声", "W" * 30]
    name = names[0]
    for _ in range(400):
        if rng.random() < 0.3:  # the pane resized between two actions
            pane.resize(rng.randint(140, 540), 300)
            QCoreApplication.processEvents()
        if rng.random() < 0.2:
            name = rng.choice(names)
        text = f"<b>{name}</b> · {rng.randint(10, 99)} codings · {rng.randint(100, 999)} people"
        label.setText(text)
        QCoreApplication.processEvents()  # the pane lays out what was asked for
        assert label.height() == measured(label), (text, label.width())


def test_surely_on_one_line_is_never_said_of_a_wrapped_text(header) -> None:  # type: ignore[no-untyped-def]
    """The check behind the shortcut is sound: whatever the width, a text said to fit on
    one line is as tall as the same text unwrapped (fonts whose digits differ in width
    are why it is checked at all: a count one digit wider may wrap)."""
    label, _calls, _pane = header
    rng = random.Random(7)
    names = ["Trust", "Fatigue and energy", "Zoë's 🙂 panel", "参加者の声", "W" * 30]
    said = 0
    for _ in range(300):
        width = rng.randint(120, 560)
        text = f"<b>{rng.choice(names)}</b> · {rng.randint(0, 99999)} codings"
        label.label.setText(text)
        if label._on_one_line(text, width):
            said += 1
            unwrapped = label.label.heightForWidth(100_000)
            assert label.label.heightForWidth(width) == unwrapped, (text, width)
    assert 0 < said < 300  # both answers were given
