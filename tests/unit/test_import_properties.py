"""Properties of import: stored text is a fixed point, and turns never cut into words."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, build_draft
from ikt_desktop.importers.reader import parse_bytes

NAMES = st.sampled_from(["Interviewer", "P3", "Zoë", "Dr Raman", "陈伟", "S01"])
WORD = st.text(
    alphabet=st.characters(
        whitelist_categories=("Ll", "Lu", "Lo", "Nd"), whitelist_characters="'’-éñ😂👍"
    ),
    min_size=1,
    max_size=12,
)
# Utterances end with punctuation: a short unpunctuated first line such as
# "Interviewer: Dana Whitfield" followed by a blank line is a header by design.
SPEECH = st.tuples(
    st.lists(WORD, min_size=1, max_size=30).map(" ".join).filter(lambda s: s[0].isalpha()),
    st.sampled_from([".", "?", "!", "…"]),
).map("".join)
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\r\t"),
    max_size=400,
)


def stored(raw: str) -> DraftTranscript:
    return build_draft(parse_bytes(raw.encode("utf-8")), "t")


def check_turns_tile(draft: DraftTranscript) -> None:
    text, previous_end = draft.text, 0
    for turn in draft.turns:
        assert previous_end <= turn.start < turn.end <= len(text)
        assert turn.start == 0 or text[turn.start - 1] == "\n"  # starts a paragraph
        assert turn.end == len(text) or text[turn.end] == "\n"  # ends one
        previous_end = turn.end


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(NAMES, SPEECH), min_size=1, max_size=12))
def test_canonical_transcripts_import_unchanged(turns: list[tuple[str, str]]) -> None:
    """A transcript already written as we store it imports to exactly the same text."""
    text = unicodedata.normalize("NFC", "\n\n".join(f"{n}: {s}" for n, s in turns))
    draft = stored(text)
    assert draft.text == text
    check_turns_tile(draft)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(ANY_TEXT)
def test_stored_text_is_a_fixed_point(raw: str) -> None:
    """For any text: import, export the stored text, import again: nothing changes."""
    try:
        first = stored(raw)
    except ValidationError as exc:  # only a file with nothing to read may be refused
        assert str(exc) in ("the file is empty", "no text found")
        empty_captions = raw.lstrip("\ufeff").startswith("WEBVTT")  # a caption file, no cues
        assert empty_captions or not any(c.isalnum() for c in raw)
        return
    again = stored(first.text)
    assert again.text == first.text
    check_turns_tile(first)
    check_turns_tile(again)
    assert first.text == unicodedata.normalize("NFC", first.text)
    assert "\r" not in first.text and not first.text.startswith("\ufeff")
