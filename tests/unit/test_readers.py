"""Every transcript layout researchers bring, read from real files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, build_draft
from ikt_desktop.importers.reader import read_transcript

DATA = Path(__file__).resolve().parent.parent / "data" / "transcripts"


def read(name: str | Path) -> tuple[DraftTranscript, list[str]]:
    parsed = read_transcript(DATA / name if isinstance(name, str) else name)
    return build_draft(parsed, "t"), list(parsed.warnings)


def paragraphs(draft: DraftTranscript) -> list[tuple[str | None, str, int | None]]:
    return [(t.speaker, draft.text[t.start : t.end], t.time_start_ms) for t in draft.turns]


def test_teams_vtt() -> None:
    draft, warnings = read("teams.vtt")
    dana, zoe = "Whitfield, Dana (Research)", "Bélanger, Zoë"
    assert draft.speakers == [dana, zoe] and warnings == []
    assert paragraphs(draft) == [
        (dana, f"{dana}: Thanks for joining us today, Zoë. Can you tell me how you first got "
               "involved?", 3120),
        (zoe, f"{zoe}: Sure. The MS Society newsletter had a little box, and that's how it "
              "started, really. 👍", 9300),  # out-of-order cue placed, repeat dropped
        (dana, f"{dana}: Lovely.", 19000),  # two voices in one cue
        (zoe, f"{zoe}: Yes!", 19000),
        (dana, f"{dana}: And the café sessions & meetings?", 62000),  # no hours, entity
    ]  # fmt: skip
    assert draft.turns[1].time_end_ms == 18900
    assert draft.duration_seconds == 65
    assert "NOTE" not in draft.text and "-->" not in draft.text and "<v" not in draft.text


def test_zoom_vtt() -> None:
    draft, _ = read("zoom.vtt")
    assert draft.speakers == ["Dana Whitfield", "Marcus Oyelaran"]
    assert paragraphs(draft)[1] == (
        "Marcus Oyelaran",
        "Marcus Oyelaran: Through Lena, my wife. She saw the poster at the clinic, and said, "
        "you should do this.",
        8500,
    )
    assert paragraphs(draft)[2] == (None, "[background noise]", 15500)  # a cue with no speaker
    assert [t.speaker for t in draft.turns].count("Dana Whitfield") == 2


def test_transcription_tool_vtt_keeps_words_verbatim() -> None:
    draft, _ = read("tool.vtt")
    assert draft.speakers == ["S01", "S02"]
    assert paragraphs(draft) == [
        ("S01", "S01: So what does partnership mean to you? [overlapping]", 500),
        ("S02", "S02: // Partnership is, um, 患者参与 — being there from the start. "
                "Not just at the end.", 3800),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "speakers", "first"),
    [
        ("subs_named.srt", ["Interviewer", "Siobhán"],
         ("Interviewer", "Interviewer: Welcome, and thanks for coming. First question.", 1000)),
        ("subs_plain.srt", [],
         (None, "Welcome, and thanks for coming. It is good to be here.", 1000)),
    ],
)  # fmt: skip
def test_srt(name: str, speakers: list[str], first: tuple[str | None, str, int]) -> None:
    draft, warnings = read(name)
    assert draft.speakers == speakers
    assert paragraphs(draft)[0] == first
    assert bool(warnings) == (not speakers)


def test_otter_text() -> None:
    draft, _ = read("otter.txt")
    assert draft.speakers == ["Dana Whitfield", "Tomás Herrera"]
    assert draft.text.startswith("Partners in MS Research - interview P5\n\n")
    assert paragraphs(draft)[1] == (
        "Tomás Herrera",
        "Tomás Herrera: Sí, yes, loud and clear. I sent the 😂 emoji to the group already.",
        9000,
    )
    assert paragraphs(draft)[2][2] == 75000
    assert "otter.ai" not in draft.text  # the footer is dropped


def test_labelled_text_with_header_block_and_wrapping() -> None:
    draft, _ = read("labelled.txt")
    assert draft.speakers == ["Interviewer", "P3"]
    assert (str(draft.interview_date), draft.duration_seconds) == ("2025-03-18", 58 * 60 + 2)
    assert draft.interviewer == "Dana Whitfield"
    got = paragraphs(draft)
    assert draft.text.startswith("Project: Partners in MS Research (fictional)\n\n")
    assert got[0][1] == (
        "Interviewer: Thanks for joining. Before we start, can you confirm you are okay "
        "with the recording?"
    )
    assert got[3] == (
        "P3",
        "P3: My neurologist, Dr. Raman, mentioned a panel. Note: she said it was for "
        "people recently diagnosed.",
        None,
    )  # fmt: skip  (a one-off "Note:" inside a turn is not a speaker)
    assert got[4] == ("P3", "And honestly, my first reaction was, no thanks.", None)
    assert len(got) == 6


@pytest.mark.parametrize(
    ("name", "speakers", "turns", "times"),
    [
        ("ir.txt", ["I", "R"], 4, [None] * 4),
        ("bracket_ids.txt", ["id1", "id2"], 4, [None] * 4),
        ("s01_times.txt", ["S01", "S02"], 4, [12000, 18000, 62000, 65000]),
        ("timestamp_lines.txt", ["Interviewer", "Anneke"], 3, [8000, 15000, 160000]),
    ],
)
def test_labelled_variants(name: str, speakers: list[str], turns: int, times: list[int]) -> None:
    draft, warnings = read(name)
    assert draft.speakers == speakers and warnings == []
    assert len(draft.turns) == turns
    assert [t.time_start_ms for t in draft.turns] == times
    for turn in draft.turns:
        assert draft.text[turn.start : turn.end].startswith(f"{turn.speaker}: ")
    assert "[00:" not in draft.text


def test_bracket_annotations_are_not_speakers() -> None:
    draft, _ = read("bracket_ids.txt")
    assert "id2: Mostly. [laughs] The captions helped a lot." in draft.text


def test_no_speakers_imports_plain_paragraphs_and_says_so() -> None:
    draft, warnings = read("no_speakers.txt")
    assert warnings == ["no speakers detected: imported as plain paragraphs"]
    assert [t.speaker for t in draft.turns] == [None, None]
    assert draft.text.endswith("Everyone agreed that evening sessions are hard.")


@pytest.mark.parametrize(
    ("encoding", "bom", "label"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 (BOM)"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE (BOM)"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 BE (BOM)"),
        ("cp1252", b"", "cp1252 (detected)"),
    ],
)
def test_encodings_are_detected_and_named(
    tmp_path: Path, encoding: str, bom: bytes, label: str
) -> None:
    text = (
        "Interviewer: Où étiez-vous quand le diagnostic est arrivé ? Café, crème brûlée…\r\n"
        "Hélène: À Montréal, in the café “Chez Zoë” – naïve of what MS meant.\r\n"
        "Interviewer: Et après ?\r\nHélène: Ça a pris du temps.\r\n"
    )
    path = tmp_path / "t.txt"
    path.write_bytes(bom + text.encode(encoding))
    parsed = read_transcript(path)
    assert parsed.encoding == label
    draft = build_draft(parsed, "t")
    assert draft.speakers == ["Interviewer", "Hélène"]
    assert "Hélène: À Montréal, in the café “Chez Zoë” – naïve of what MS meant." in draft.text
    assert "\r" not in draft.text


def test_mixed_line_endings_and_decomposed_accents(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("I: Hello?\r\nR: Ze\u0301 here.\rI: Good?\n\nR: Yes.\n".encode())
    draft, _ = read(path)
    assert draft.text == "I: Hello?\n\nR: Zé here.\n\nI: Good?\n\nR: Yes."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"  \n\n \r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (b"PK\x03\x04\x14\x00\x00\x00truncated", "damaged or incomplete"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "password-protected"),
    ],
    ids=["empty", "blank", "binary", "truncated-docx", "encrypted-docx"],
)
def test_bad_files_get_one_line_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "interview.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as err:
        read_transcript(path)
    message = str(err.value)
    assert message.startswith("interview.txt: ") and reason in message and "\n" not in message


def test_broken_vtt_timestamp_names_the_line() -> None:
    with pytest.raises(UnreadableFileError, match=r"broken_times\.vtt: line 8: broken time"):
        read_transcript(DATA / "broken_times.vtt")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(UnreadableFileError, match=r"huge\.txt: too large .*200 MB"):
        read_transcript(path)
