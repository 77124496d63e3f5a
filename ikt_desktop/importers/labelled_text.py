"""Speaker-labelled text, in the layouts transcripts actually come in:

- ``Name: text``, ``Interviewer:``/``I:``/``R:``/``P3:``, ``[id1] text``,
  ``S01: [00:00:12] text``, ``[00:00:08] Name: text``;
- Otter's (and Teams Word) ``Name  0:03`` header line with the speech below, and Otter's
  "Transcribed by" footer;
- time stamp lines like ``[00:00:08]`` before a turn;
- turns hard-wrapped over several lines; paragraphs that continue the previous speaker;
- a header block (``Key: value`` lines, or ``# ...`` lines) before the first turn, in
  any language: ``Proyecto: …`` / ``Interview E01, …`` / ``Dauer: …`` lines before the first
  turn of a speaker who speaks again are metadata, not speakers (``header.py``);
- MAXQDA/f4 time stamps at the end of a paragraph (``#00:01:02-5#``): the time that
  paragraph ends, so it runs from the previous stamp to its own.

A label counts as a speaker when it recurs, or when it is a known role label (I, R, P3,
Interviewer, ...): a one-off ``Note: ...`` inside a turn is not a new speaker.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from ikt_desktop.domain.transcripts.transcript import ParsedTranscript, ParsedTurn
from ikt_desktop.importers.header import META_KEYS, header_block, metadata_like
from ikt_desktop.importers.timecodes import TIME, parse_time

_NAME = r"[^\s:\[\]()#*][^:\[\]\n?!]{0,59}?"
_LABEL = re.compile(
    rf"^(?:[\[(](?P<t1>{TIME})[\])]\s*)?(?P<name>{_NAME})\s*"
    rf"(?:[\[(](?P<t2>{TIME})[\])])?\s*:(?:\s+|$)(?:[\[(](?P<t3>{TIME})[\])]\s*)?(?P<text>.*)$"
)
_BRACKET = re.compile(r"^\[(?P<name>[A-Za-z][\w .'-]{0,30})\]\s+(?P<text>\S.*)$")
_HEADER = re.compile(rf"^(?P<name>\S[^\t]{{0,60}}?)(?:\s{{2,}}|\t)(?P<time>{TIME})$")
_TIME_LINE = re.compile(rf"^[\[(]?(?P<time>{TIME})[\])]?$")
_FOOTER = re.compile(r"^transcribed by\b.*(otter|https?://)", re.IGNORECASE)
_ROLE = re.compile(
    r"^(I|R|Q|A|Int|Interviewer|Interviewee|Participant|Respondent|Moderator|Facilitator"
    r"|[A-Z]{1,3}\d{1,3}|Speaker \d+|Participant \d+)$",
    re.IGNORECASE,
)
_ANNOTATION = re.compile(
    r"^(laughs?|laughter|pause|inaudible|crosstalk|overlap\w*|silence|music|unclear|"
    r"sighs?|coughs?|noise|background noise|break|end)\b",
    re.IGNORECASE,
)
_HASH_HEADER = re.compile(r"^#+\s+\S")  # "# Date: 2025-03-04", "# A note"
_SYSTEM = re.compile(
    r"^((started|stopped) transcription|recording (started|stopped)|"
    r"\S.{0,60} (joined|left) the (meeting|call))\.?$",
    re.IGNORECASE,
)
_NOT_SPEAKERS = re.compile(
    r"^(note|notes|nb|comment|summary|topic|section|part|question \d+|update|edit|"
    r"example|e\.g|i\.e|ps|re|subject|tl;dr)$",
    re.IGNORECASE,
)
# ``#00:01:02-5#`` (f4, MAXQDA): hours:minutes:seconds, then tenths after a dash or dot.
_F4_STAMP = re.compile(r"\s*#(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})(?:[-.,](?P<f>\d{1,3}))?#\s*$")


@dataclass
class _Line:
    kind: str  # blank, time, header, label, text
    raw: str = ""  # the stripped line as written
    name: str = ""
    text: str = ""
    time: int | None = None
    end_time: int | None = None  # an f4/MAXQDA stamp that closed the line


def f4_stamp(line: str) -> tuple[str, int | None]:
    """The line without a trailing ``#00:01:02-5#`` stamp, and the stamp in milliseconds."""
    match = _F4_STAMP.search(line)
    if not match:
        return line, None
    fraction = int((match["f"] or "0").ljust(3, "0")[:3])
    seconds = (int(match["h"]) * 60 + int(match["m"])) * 60 + int(match["s"])
    return line[: match.start()], seconds * 1000 + fraction


@dataclass
class _Builder:
    preamble: list[str] = field(default_factory=list)
    turns: list[ParsedTurn] = field(default_factory=list)
    speaker: str | None = None
    parts: list[str] = field(default_factory=list)
    time: int | None = None
    end_time: int | None = None
    labelled: bool = False
    is_turn: bool = False
    open: bool = False

    def start(self, speaker: str | None, text: str, time: int | None, labelled: bool) -> None:
        self.flush()
        self.speaker, self.time, self.labelled = speaker, time, labelled
        self.end_time = None
        self.is_turn = speaker is not None or bool(self.turns)
        self.parts = [text] if text else []
        self.open = True

    def add(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        if not self.open:
            return
        text = " ".join(p.strip() for p in self.parts if p.strip())
        if self.is_turn:
            if text or self.labelled:
                self.turns.append(
                    ParsedTurn(self.speaker, text, self.time, self.end_time, self.labelled)
                )
        elif text:
            self.preamble.append(text)
        self.open = False


def _classify(raw: str) -> _Line:
    line, end_time = f4_stamp(raw)
    if not line.strip():
        return _Line("blank") if end_time is None else _Line("text", "", end_time=end_time)
    classified = _classify_line(line)
    classified.end_time = end_time
    return classified


def _classify_line(line: str) -> _Line:
    stripped = line.strip()
    if m := _TIME_LINE.match(stripped):
        return _Line("time", stripped, time=parse_time(m["time"]))
    if m := _HEADER.match(stripped):
        return _Line("header", stripped, name=m["name"].strip(), time=parse_time(m["time"]))
    if (m := _BRACKET.match(stripped)) and not _ANNOTATION.match(m["name"]):
        return _Line("label", stripped, name=m["name"].strip(), text=m["text"])
    if (m := _LABEL.match(stripped)) and len(m["name"].split()) <= 6:
        time = next((parse_time(t) for t in (m["t1"], m["t2"], m["t3"]) if t), None)
        name, text = m["name"].strip(), m["text"].strip()
        kind = "meta" if name.lower() in META_KEYS and metadata_like(text) else "label"
        return _Line(kind, stripped, name=name, text=text, time=time)
    return _Line("text", stripped, text=stripped)


def _speakers(lines: list[_Line], interviewer: str) -> set[str]:
    """Labels that are speakers: recurring ones, role labels, the named interviewer, and
    every name of ``Name  0:03`` header lines when the file is written that way."""
    counts = Counter(line.name for line in lines if line.kind == "label")
    headers = Counter(line.name for line in lines if line.kind == "header")
    found = {
        name for name, n in counts.items() if n >= 2 or _ROLE.match(name) or name == interviewer
    }
    if headers.total() >= 2:
        found |= set(headers)
    if found:  # a one-off label opening a paragraph, beside real speakers, speaks too
        found |= {
            line.name
            for i, line in enumerate(lines)
            if line.kind == "label"
            and (i == 0 or lines[i - 1].kind in ("blank", "time"))
            and not _NOT_SPEAKERS.match(line.name)
        }
    return found


_DATE_PATTERNS = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "%Y-%m-%d"),
    (re.compile(r"\b[A-Z][a-z]+ \d{1,2}, \d{4}\b"), "%B %d, %Y"),
    (re.compile(r"\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b"), "%b %d, %Y"),
    (re.compile(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b"), "%d %B %Y"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"), "%d/%m/%Y"),
    (re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"), "%d.%m.%Y"),
)
_DURATION_LINE = re.compile(r"^(\d+\s*h\s*)?\d+\s*m(in)?\s*(\d+\s*s)?$")


def _parse_date(value: str) -> dt.date | None:
    """A date written in a header: ISO, "March 4, 2025, 10:02AM", "4 March 2025"..."""
    for pattern, fmt in _DATE_PATTERNS:
        match = pattern.search(value)
        if match:
            try:
                return dt.datetime.strptime(match.group(0), fmt).date()
            except ValueError:
                continue
    return None


def _meta_from_preamble(preamble: list[str], meta: dict[str, str]) -> None:
    """Teams and Zoom headers give the date and the length as bare lines."""
    for line in preamble:
        if "date" not in meta and len(line) <= 60 and _parse_date(line):
            meta["date"] = line
        elif "duration" not in meta and _DURATION_LINE.match(line.strip()):
            meta["duration"] = line.strip()


_DURATION_UNITS = re.compile(
    r"(\d+)\s*(h|hours?|hrs?|horas?|stunden?|std|m|min|mins|minutes?|minutos?|minuten?|"
    r"s|sec|secs|seconds?|segundos?|sekunden?|sek)\b"
)


def _unit_seconds(unit: str) -> int:
    if unit.startswith(("h", "st")):  # hours, horas, Stunden, Std
        return 3600
    return 60 if unit.startswith("m") else 1


def _duration(value: str, turns: list[ParsedTurn]) -> int | None:
    """Seconds from ``00:52:10``, ``52:10``, ``47m 35s``, ``1 h 5 min``; else from the
    last turn's time stamp."""
    value = value.strip()
    if value:
        ms = parse_time(value)
        if ms is not None:
            return ms // 1000
        units = _DURATION_UNITS.findall(value.lower())
        if units:
            return sum(int(n) * _unit_seconds(unit) for n, unit in units)
    times = [t.start_ms for t in turns if t.start_ms is not None]
    return max(times) // 1000 if times else None


def _hash_header(raw_lines: list[str], meta: dict[str, str], notes: list[str]) -> int:
    """Leading ``# Key: value`` / ``# note`` lines; returns where the body starts."""
    at = 0
    while at < len(raw_lines) and _HASH_HEADER.match(raw_lines[at]):
        content = raw_lines[at].lstrip("#").strip()
        key, sep, value = content.partition(":")
        if sep and key.strip().lower() in META_KEYS:
            meta[META_KEYS[key.strip().lower()]] = value.strip()
        else:
            notes.append(raw_lines[at].strip())  # kept as written
        at += 1
    return at


def _build(lines: list[_Line], speakers: set[str], meta: dict[str, str], b: _Builder) -> None:
    """Walk the classified lines into turns and preamble paragraphs."""
    pending_time: int | None = None
    later = [False] * (len(lines) + 1)  # later[i]: content other than metadata after line i
    for i in range(len(lines) - 1, -1, -1):
        later[i] = later[i + 1] or lines[i].kind not in ("blank", "meta", "time")
    for i, line in enumerate(lines):
        if line.kind == "blank":
            if not (b.open and b.is_turn and b.labelled and not b.parts):
                b.flush()  # (a header line waits over a blank line for its speech)
        elif line.kind == "time":
            b.flush()
            pending_time = line.time
        elif not line.raw:  # a stamp alone on its line closes the paragraph above
            pass
        elif line.kind in ("header", "label", "meta") and line.name in speakers:
            b.start(line.name, line.text, line.time if line.time is not None else pending_time,
                    labelled=True)  # fmt: skip
            pending_time = None
        elif line.kind == "meta" and not b.turns and not b.is_turn and later[i + 1]:
            b.flush()
            meta.setdefault(META_KEYS[line.name.lower()], line.text)
        elif _SYSTEM.match(line.raw):  # "Stopped transcription": nobody's words
            b.start(None, line.raw, pending_time, labelled=False)
            b.flush()
        elif b.open:
            b.add(line.raw)
        else:  # a paragraph without a label continues the previous speaker
            previous = b.turns[-1].speaker if b.turns else None
            b.start(previous, line.raw, pending_time, labelled=False)
            pending_time = None
        if line.end_time is not None and b.open:
            b.end_time = line.end_time
    b.flush()


def _f4_starts(turns: list[ParsedTurn]) -> list[ParsedTurn]:
    """With f4/MAXQDA stamps each paragraph ends at its stamp and starts at the one before
    (the first at 0:00)."""
    if not any(t.end_ms is not None and t.start_ms is None for t in turns):
        return turns
    out: list[ParsedTurn] = []
    previous_end: int | None = 0
    for turn in turns:
        start = turn.start_ms if turn.start_ms is not None else previous_end
        out.append(replace(turn, start_ms=start))
        previous_end = turn.end_ms
    return out


def parse_text(text: str, fmt: str = "text", speakers: Collection[str] = ()) -> ParsedTranscript:
    """Parse normalised text (LF line ends) into turns; see the module docstring.
    ``speakers``: labels the user says are speakers even if they look like a header."""
    raw_lines = [line.rstrip() for line in text.split("\n")]
    raw_lines = [line for line in raw_lines if not _FOOTER.match(line.strip())]
    meta: dict[str, str] = {}
    notes: list[str] = []
    lines = [_classify(line) for line in raw_lines[_hash_header(raw_lines, meta, notes) :]]
    header_lines = lines[: header_block(lines, speakers)]
    for line in header_lines:
        if line.kind in ("label", "meta") and line.name.lower() in META_KEYS:
            meta.setdefault(META_KEYS[line.name.lower()], line.text)
        elif line.raw:
            notes.append(line.raw)
    header_labels = tuple(
        dict.fromkeys(line.name for line in header_lines if line.kind in ("label", "meta"))
    )
    lines = lines[len(header_lines) :]
    found = _speakers(lines, meta.get("interviewer", "")) | set(speakers)
    b = _Builder(preamble=notes)
    _build(lines, found, meta, b)
    turns, preamble = _f4_starts(b.turns), b.preamble
    _meta_from_preamble(preamble, meta)
    warnings: list[str] = []
    if not found:
        warnings.append("no speakers detected: imported as plain paragraphs")
        turns = [ParsedTurn(None, p, labelled=False) for p in preamble] + turns
        preamble = []
    return ParsedTranscript(
        format=fmt,
        turns=tuple(turns),
        preamble=tuple(preamble),
        interview_date=_parse_date(meta["date"]) if meta.get("date") else None,
        duration_seconds=_duration(meta.get("duration", ""), turns),
        mode=meta.get("mode", ""),
        interviewer=meta.get("interviewer", ""),
        metadata=tuple(sorted(meta.items())),
        header_labels=header_labels,
        warnings=tuple(warnings),
    )
