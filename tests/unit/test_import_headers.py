"""Issue 17, item 6: header blocks are not speakers; f4/MAXQDA stamps; noScribe HTML."""

from __future__ import annotations

import pytest

from ikt_desktop.domain.transcripts.transcript import build_draft
from ikt_desktop.importers.reader import parse_bytes

SPANISH = """Proyecto: Vivir con EM
Entrevista E01, 12 de marzo de 2025
Duración: 00:52:10
Modalidad: Zoom

Entrevistadora: Buenos días, gracias por participar. ¿Cómo está hoy?

E01: Bien, gracias. Un poco cansada, pero bien.

Entrevistadora: ¿Puede contarme cuándo le diagnosticaron?

E01: Hace seis años. Fue muy duro al principio.
"""
GERMAN = """Projekt: Leben mit MS
Datum: 14.03.2025
Dauer: 47 Minuten
Interview B03
Interviewerin: Guten Tag. Wie geht es Ihnen heute?
B03: Danke, gut. Heute ist ein guter Tag.
Interviewerin: Erzählen Sie mir von Ihrer Diagnose.
B03: Das war 2019, ganz plötzlich.
"""
ENGLISH = """Project: Living with MS (iKT)
Interview E01, Zoom, 4 March 2025
Date: 2025-03-04
Duration: 52 min

Dana: Thanks for joining. How are you today?
P1: I'm fine, thanks.
Dana: Tell me about your diagnosis.
P1: It was six years ago.
Note: the participant's partner joined.
"""


@pytest.mark.parametrize(
    ("text", "speakers", "notes", "meta", "labels"),
    [
        (SPANISH, ["Entrevistadora", "E01"],
         ("Proyecto: Vivir con EM", "Entrevista E01, 12 de marzo de 2025"),
         {"duration": "00:52:10", "mode": "Zoom"}, ("Proyecto", "Duración", "Modalidad")),
        (GERMAN, ["Interviewerin", "B03"], ("Projekt: Leben mit MS", "Interview B03"),
         {"date": "14.03.2025", "duration": "47 Minuten"}, ("Projekt", "Datum", "Dauer")),
        (ENGLISH, ["Dana", "P1"],
         ("Project: Living with MS (iKT)", "Interview E01, Zoom, 4 March 2025"),
         {"date": "2025-03-04", "duration": "52 min"}, ("Project", "Date", "Duration")),
    ],
)  # fmt: skip
def test_header_blocks_are_not_speakers(
    text: str, speakers: list[str], notes: tuple[str, ...], meta: dict[str, str],
    labels: tuple[str, ...],
) -> None:  # fmt: skip
    parsed = parse_bytes(text.encode())
    assert parsed.speakers == speakers
    assert len(parsed.speakers) == 2
    assert [t.speaker for t in parsed.turns if t.labelled][:4] == speakers * 2
    assert parsed.preamble == notes
    assert dict(parsed.metadata) == meta
    assert parsed.header_labels == labels
    draft = build_draft(parsed, "x")
    assert draft.text.startswith(notes[0] + "\n\n")  # kept as notes in the text
    assert all(t.speaker in speakers for t in draft.turns)


def test_german_date_and_duration_are_read() -> None:
    parsed = parse_bytes(GERMAN.encode())
    assert (str(parsed.interview_date), parsed.duration_seconds) == ("2025-03-14", 47 * 60)


def test_the_user_can_turn_a_header_label_into_a_speaker() -> None:
    parsed = parse_bytes(SPANISH.encode(), speakers=["Proyecto"])
    assert parsed.speakers == ["Proyecto", "Entrevistadora", "E01"]
    assert "Proyecto" not in parsed.header_labels


def test_a_one_off_label_inside_the_interview_is_not_a_header() -> None:
    parsed = parse_bytes(ENGLISH.encode())
    assert parsed.turns[-1].text.endswith("partner joined.")  # the "Note:" stays in text
    assert parsed.speakers == ["Dana", "P1"]


F4 = """I: Wie geht es Ihnen heute? #00:00:04-5#

B: Gut, danke. Ich bin heute etwas müde, aber es geht. #00:00:12-3#

I: Seit wann wissen Sie von der Diagnose? #00:00:15#

B: Seit 2019. #00:01:02-5#
"""


def test_f4_maxqda_time_stamps_give_turn_times() -> None:
    parsed = parse_bytes(F4.encode())
    assert parsed.speakers == ["I", "B"]
    times = [(t.start_ms, t.end_ms) for t in parsed.turns]
    assert times == [(0, 4500), (4500, 12300), (12300, 15000), (15000, 62500)]
    assert all("#" not in t.text for t in parsed.turns)


NOSCRIBE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>E01</title></head>
<body>
<p><span>interview_e01</span></p>
<p><span>Transcribed with noScribe vers. 0.6. Audio source: interview_e01.m4a</span></p>
<p><a name="ts_0_4200_S00"><span>S00: [00:00:00] Thanks for joining today.</span></a>
<a name="ts_4200_6000_S00"><span> How are you?</span></a></p>
<p><a name="ts_6100_9800_S01"><span>S01: [00:00:06] Fine, thanks &amp; you?</span></a></p>
<p><a name="ts_10000_12500_S00"><span>S00: [00:00:10] Good.</span></a></p>
</body></html>
"""


def test_noscribe_html_is_a_timed_transcript() -> None:
    parsed = parse_bytes(NOSCRIBE.encode())
    assert parsed.format == "noscribe"
    assert parsed.speakers == ["S00", "S01"]
    assert [(t.speaker, t.text, t.start_ms, t.end_ms) for t in parsed.turns] == [
        ("S00", "Thanks for joining today. How are you?", 0, 6000),
        ("S01", "Fine, thanks & you?", 6100, 9800),
        ("S00", "Good.", 10000, 12500),
    ]
    assert parsed.preamble[0] == "interview_e01"
    assert "noScribe" in parsed.preamble[1]
