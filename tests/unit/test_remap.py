"""Remapping spans across a transcript edit (domain/remap.py): examples and properties."""

from __future__ import annotations

import random
import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ikt_desktop.domain.transcripts.remap import diff_texts, snap_to_characters
from ikt_desktop.domain.transcripts.text import normalise_text

ALPHABET = "ab cé\nx" + "👍😂" + "中文" + "\u0303\u0301" + "q"
texts = st.text(alphabet=ALPHABET, max_size=60).map(normalise_text)


def _mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _map(old: str, new: str, start: int, end: int) -> tuple[str, bool]:
    r = diff_texts(old, new).span(start, end)
    return normalise_text(new)[r.start : r.end], r.lost


def test_typo_inside_a_span_grows_or_shrinks_it() -> None:
    old = "We spoke about teh fatigue at night."
    start, end = old.index("teh"), old.index(" at")
    assert _map(old, old.replace("teh", "the"), start, end) == ("the fatigue", False)
    assert _map(old, old.replace("teh", "the awful"), start, end) == ("the awful fatigue", False)
    assert _map(old, old.replace("teh ", ""), start, end) == ("fatigue", False)


def test_insertion_at_a_boundary_stays_outside_and_before_shifts() -> None:
    old = "Jon said: fatigue. Then more."
    start, end = old.index("fatigue"), old.index(". Then")
    new = old.replace("fatigue", "[sic] fatigue, really")
    assert _map(old, new, start, end) == ("fatigue", False)
    assert _map(old, "Hello. " + old, start, end) == ("fatigue", False)
    assert _map(old, old.replace("Jon", "John"), 0, 8) == ("John said", False)


def test_a_span_whose_text_is_deleted_is_lost() -> None:
    old = "One. Two words here. Three."
    start, end = old.index("Two"), old.index(" Three")
    r = diff_texts(old, old.replace("Two words here. ", "")).span(start, end)
    assert r.lost and r.start == r.end
    # a replaced word keeps a span on its replacement; a span inside a rewrite is lost
    assert _map(old, old.replace("Two", "Deux"), start, start + 3) == ("Deux", False)
    old = "It helped, and the captions helped too."
    new = "It helped.."
    start = old.index("captions")
    assert diff_texts(old, new).span(start, start + len("captions helped too")).lost


def test_new_text_is_normalised_and_no_change_is_no_edit() -> None:
    old = "café"
    assert not diff_texts(old, "cafe\u0301")
    assert diff_texts(old, "café\r\n").new == "café\n"


def test_snap_keeps_combining_marks_with_their_base() -> None:
    text = "aq\u0303b"
    assert snap_to_characters(text, 2, 3) == (1, 3)
    assert snap_to_characters(text, 0, 2) == (0, 3)
    old = "aqb"
    new = "aq\u0303b"  # no precomposed q-tilde: the mark stays a separate code point
    assert _map(old, new, 0, 2) == ("aq\u0303", False)


def test_a_long_transcript_diffs_fast() -> None:
    rng = random.Random(1)
    words = ["we", "talked", "about", "fatigue", "café", "👍", "中文"]
    paragraphs = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(1000)]
    old = "\n\n".join(paragraphs)
    new = list(paragraphs)
    for i in rng.sample(range(1000), 30):
        new[i] = new[i].replace("fatigue", "tiredness", 1) + " [inaudible]"
    began = time.perf_counter()
    diff = diff_texts(old, "\n\n".join(new))
    assert time.perf_counter() - began < 5  # ~0.1 s; generous for slow CI
    assert diff.apply() == diff.new


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """An old text and a new text made from it by one to three random edits."""
    old = draw(texts)
    new = old
    for _ in range(draw(st.integers(1, 3))):
        a = draw(st.integers(0, len(new)))
        b = draw(st.integers(a, min(len(new), a + 10)))
        new = new[:a] + draw(st.text(alphabet=ALPHABET, max_size=8)) + new[b:]
    return old, new


@given(edited(), st.data())
@settings(max_examples=300, deadline=None)
def test_remapped_spans_stay_inside_and_whole(case: tuple[str, str], data: st.DataObject) -> None:
    old, raw_new = case
    diff = diff_texts(old, raw_new)
    new = diff.new
    assert new == normalise_text(raw_new)
    assert diff.apply() == new
    if not old:
        return
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    r = diff.span(start, end)
    assert 0 <= r.start <= r.end <= len(new)
    # never split a code point: str indices are code points, and the text is NFC
    assert unicodedata.is_normalized("NFC", new[r.start : r.end]) or r.lost
    if not r.lost:
        assert not (0 < r.start < len(new) and unicodedata.category(new[r.start]).startswith("M"))
        assert not (r.end < len(new) and unicodedata.category(new[r.end]).startswith("M"))
    # lost exactly when no character survives, unless the span is a whole replaced passage
    inside = [e for e in diff.edits if e.old_start <= start and end <= e.old_end]
    whole = any(
        (e.old_start, e.old_end) == (start, end) and e.new_start < e.new_end for e in inside
    )
    assert r.lost == (bool(inside) and not whole)
    if not r.lost:  # a kept span keeps at least one of its characters or is a whole edit
        assert r.start < r.end


@given(edited(), st.data())
@settings(max_examples=300, deadline=None)
def test_spans_in_unchanged_text_keep_their_text(
    case: tuple[str, str], data: st.DataObject
) -> None:
    """A span no edit touches (no changed character inside, no insertion strictly inside)
    keeps its exact text, unless a combining mark was put against its ends."""
    old, raw_new = case
    if not old:
        return
    diff = diff_texts(old, raw_new)
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    touched = any(
        (e.old_start < end and start < e.old_end) or start < e.old_start == e.old_end < end
        for e in diff.edits
    )
    r = diff.span(start, end)
    if not touched and (r.start, r.end) == (diff.start(start), diff.end(end)):
        assert diff.new[r.start : r.end] == old[start:end]
