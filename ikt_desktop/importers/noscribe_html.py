"""noScribe's HTML transcript: each segment is an anchor named
``ts_<start ms>_<end ms>_<speaker>`` around ``S01: [00:00:12] words``. The paragraphs
before the first segment (title, the audio file and settings) are kept as notes."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript, clean_paragraph
from ikt_desktop.importers.cues import Cue, cues_to_turns

_ANCHOR = re.compile(r"^ts_(?P<start>\d+)_(?P<end>\d+)_(?P<speaker>.*)$")
_LEAD = re.compile(r"^\s*(?:(?P<name>[^\s:\[\]]{1,40}):\s*)?(?:\[\d{1,2}:\d{2}:\d{2}\]\s*)?")


def is_noscribe_html(text: str) -> bool:
    head = text[:4096].lower()
    return ("<html" in head or "<!doctype html" in head) and 'name="ts_' in text


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_body = False
        self.segment: dict[str, str] | None = None
        self.segments: list[dict[str, str]] = []
        self.paragraph: list[str] = []
        self.notes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.in_body = True
        elif tag == "a":
            name = dict(attrs).get("name") or ""
            match = _ANCHOR.match(name)
            if match:
                self.segment = {**match.groupdict(), "text": ""}
                self.segments.append(self.segment)
        elif tag in ("p", "br") and self.segment is None:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.segment = None
        elif tag == "p":
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if not self.in_body:
            return
        if self.segment is not None:
            self.segment["text"] += data
        elif not self.segments:
            self.paragraph.append(data)

    def _end_paragraph(self) -> None:
        text = clean_paragraph(html.unescape(" ".join(self.paragraph)))
        if text and not self.segments:
            self.notes.append(text)
        self.paragraph = []


def parse_noscribe_html(text: str) -> ParsedTranscript:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    if not reader.segments:
        raise ValidationError("an HTML file without noScribe time stamps")
    cues = []
    for order, seg in enumerate(reader.segments):
        words = seg["text"]
        match = _LEAD.match(words)
        speaker = seg["speaker"].strip() or (match["name"] if match and match["name"] else None)
        if match:
            words = words[match.end() :]
        start, end = int(seg["start"]), int(seg["end"])
        cues.append(Cue(start, max(start, end), speaker, words, order))
    turns = cues_to_turns(cues)
    duration = max(c.end_ms for c in cues) // 1000 or None
    return ParsedTranscript(
        "noscribe", tuple(turns), preamble=tuple(reader.notes), duration_seconds=duration
    )
