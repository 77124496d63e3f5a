"""SteadyLabel: a header whose counts change with every action keeps the height it needs,
and lays its text out once per new text, at the width it is painted at (issue 18)."""

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


def test_a_new_count_lays_the_header_out_once(header) -> None:  # type: ignore[no-untyped-def]
    """At the width it is painted at: the label's minimum size hint (three more layouts
    of a wrapping rich text) is not asked for."""
    label, calls, _pane = header
    asked: list[int] = []
    hint = label.label.minimumSizeHint
    label.label.minimumSizeHint = lambda: asked.append(1) or hint()  # type: ignore[method-assign]
    label.setText("<b>Trust</b> · 12 codings · 3 participants")
    label.setText("<b>Trust</b> · 13 codings · 3 participants")
    assert calls == [label.width()] * 2 and asked == []
    QCoreApplication.processEvents()
    assert label.height() == measured(label)


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


def test_the_height_for_a_width_is_never_less_than_the_minimum(qapp) -> None:  # type: ignore[no-untyped-def]
    """Why the minimum size hint need not be asked: for any text and width, a wrapping
    label's height for that width is at least its minimum height."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setWordWrap(True)
    rng = random.Random(7)
    names = ["Trust", "Fatigue and energy", "Zoë's 🙂 panel", "参加者の声", "W" * 30, "", "a"]
    for _ in range(500):
        name = rng.choice(names)
        label.setText(rng.choice([f"<b>{name}</b> · {rng.randint(0, 99999)} codings", name,
                                  f"{name}\n{name}", f"<b>{name}</b><br>x"]))  # fmt: skip
        label.setContentsMargins(*(rng.choice([0, 0, 4]) for _ in range(4)))
        width = rng.randint(1, 600)
        assert label.heightForWidth(width) >= label.minimumSizeHint().height()
