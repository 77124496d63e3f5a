from __future__ import annotations

import unicodedata

import pytest

from ikt_desktop.domain.transcripts.positions import PositionMap, cp_to_utf16, utf16_to_cp


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii",
        "Zoë Bélanger said café",
        "emoji 👍 in chat 😂 twice",
        "CJK 患者参与 and 陈伟",
        "combining e\u0301 and n\u0303 marks",
        "👩‍👩‍👧 family ZWJ sequence and 🇨🇦 flag",
        "",
    ],
)
def test_every_offset_round_trips(text: str) -> None:
    pm = PositionMap.for_text(text)
    assert pm.utf16_length == utf16_len(text)
    for cp in range(len(text) + 1):
        unit = pm.to_utf16(cp)
        assert unit == utf16_len(text[:cp])
        assert pm.from_utf16(unit) == cp


def test_offset_inside_surrogate_pair_snaps_to_character_start() -> None:
    text = "a😂b"
    pm = PositionMap.for_text(text)
    assert pm.to_utf16(1) == 1
    assert pm.to_utf16(2) == 3
    assert pm.from_utf16(2) == 1  # between the two halves of 😂


def test_span_of_emoji_text_selects_the_same_characters() -> None:
    text = "Tomás: I sent the 😂 emoji, 患者参与!"
    start, end = text.index("😂"), text.index("!") + 1
    u_start, u_end = cp_to_utf16(text, start), cp_to_utf16(text, end)
    as_utf16 = text.encode("utf-16-le")
    assert as_utf16[u_start * 2 : u_end * 2].decode("utf-16-le") == text[start:end]
    assert utf16_to_cp(text, u_end) == end


def test_out_of_range_is_an_error() -> None:
    pm = PositionMap.for_text("abc")
    with pytest.raises(ValueError):
        pm.to_utf16(4)
    with pytest.raises(ValueError):
        pm.from_utf16(-1)


def test_nfc_text_keeps_composed_characters_single() -> None:
    decomposed = "Ze\u0301"
    assert len(unicodedata.normalize("NFC", decomposed)) == 2
