"""Positions written by other QDA tools, converted to ours.

We count Unicode code points of the normalised text (LF, no BOM, NFC). REFI-QDA says the
same, but tools differ in practice:

- NVivo counts UTF-16 code units of the file text, CR and LF separately (BOM not counted);
- QualCoder's coding view counts UTF-16 code units (Qt's ``QTextCursor``), and its export
  writes them unchanged; with its "MAXQDA line endings" option the text gets CR LF while
  the positions still count one unit per line break; qc counts code points;
- ATLAS.ti and MAXQDA appear to count a line break (CR LF) as one character.

:class:`SourceText` maps a position in any of these units onto the normalised text;
:func:`choose_unit` picks the unit that fits the data best (coded segments start and end
on word boundaries, so the right unit is the one under which they do); the unit the
file's ``origin`` suggests only breaks ties. :mod:`.placement` decides per source and
checks each selection against the text it carries.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ikt_desktop.domain.transcripts.text import normalise_text, replace_controls


class PositionUnit(StrEnum):
    CODE_POINTS = "code points"
    UTF16 = "UTF-16 code units"
    LINE_BREAK_AS_ONE = "characters, a line break counted once"
    UTF16_LINE_BREAK_AS_ONE = "UTF-16 code units, a line break counted once"


# origin attribute (lower case) -> the unit that tool writes
_ORIGIN_UNITS = (
    ("nvivo", PositionUnit.UTF16),
    ("atlas", PositionUnit.LINE_BREAK_AS_ONE),
    ("maxqda", PositionUnit.LINE_BREAK_AS_ONE),
    ("qualcoder", PositionUnit.UTF16),
    ("qc", PositionUnit.CODE_POINTS),
    ("ikt", PositionUnit.CODE_POINTS),
)
SAMPLE = 4000  # selections looked at to confirm the unit: enough, and fast
EXACT_ORIGINS = ("ikt desktop",)  # our own files: positions are exact, never second-guessed


def unit_for_origin(origin: str) -> PositionUnit | None:
    lowered = origin.lower()
    for needle, unit in _ORIGIN_UNITS:
        if needle in lowered:
            return unit
    return None


def _nfc_map(text: str) -> tuple[str, list[int] | None]:
    """NFC of ``text`` and a map from each position of ``text`` to one of the result
    (``None`` when NFC changed nothing). Composition happens within a run that starts
    with a character of combining class 0, so each such run is normalised on its own."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    starts = [i for i, ch in enumerate(text) if unicodedata.combining(ch) == 0]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    pieces: list[str] = []
    mapping = [0] * (len(text) + 1)
    out = 0
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        piece = unicodedata.normalize("NFC", text[start:stop])
        for i in range(start, stop):
            mapping[i] = out if i == start else out + min(i - start, len(piece))
        pieces.append(piece)
        out += len(piece)
    mapping[len(text)] = out
    joined = "".join(pieces)
    if joined != unicodedata.normalize("NFC", text):  # composition across runs (rare)
        whole = unicodedata.normalize("NFC", text)
        return whole, [min(p, len(whole)) for p in mapping]
    return joined, mapping


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Utf16Index:
    """UTF-16 offsets of one text to code points in O(log k) (k: characters outside the
    BMP), built once per text: an import converts every selection in several units."""

    length: int  # in UTF-16 code units
    _astral: tuple[int, ...]  # code-point index of each astral character
    _starts: tuple[int, ...]  # its UTF-16 offset

    @classmethod
    def of(cls, text: str) -> Utf16Index:
        astral = tuple(m.start() for m in _ASTRAL.finditer(text))
        return cls(len(text) + len(astral), astral, tuple(a + k for k, a in enumerate(astral)))

    def to_cp(self, unit: int) -> int:
        """A UTF-16 offset as a code-point offset; inside a surrogate pair: its start."""
        k = bisect_right(self._starts, unit) - 1  # the last astral starting at or before
        if k >= 0 and unit == self._starts[k] + 1:
            return self._astral[k]
        return unit - (k + 1 if k >= 0 and unit >= self._starts[k] + 2 else max(k, 0))


@dataclass(frozen=True)
class SourceText:
    """One source's text as a tool stored it (``raw``: BOM removed, its own line ends)
    and as we store it (``text``), with the maps between them."""

    raw: str
    text: str
    _lf_removed: tuple[int, ...]  # raw indices of the LF of each CR LF pair
    _crlf_collapsed: tuple[int, ...]  # those pairs' indices in the text with CR LF -> one
    _utf16: Utf16Index
    _collapsed_utf16: Utf16Index  # of the text with each CR LF as one character
    _nfc: list[int] | None

    @classmethod
    def of(cls, raw: str) -> SourceText:
        if raw.startswith("\ufeff"):
            raw = raw[1:]
        lf_removed: list[int] = []
        collapsed: list[int] = []
        index = raw.find("\r\n")
        while index >= 0:
            collapsed.append(index - len(lf_removed))
            lf_removed.append(index + 1)
            index = raw.find("\r\n", index + 2)
        lines = replace_controls(raw.replace("\r\n", "\n").replace("\r", "\n"))  # 1 for 1
        text, nfc = _nfc_map(lines)
        assert text == normalise_text(raw)
        collapsed_map = Utf16Index.of(raw.replace("\r\n", "\n"))
        return cls(raw, text, tuple(lf_removed), tuple(collapsed), Utf16Index.of(raw),
                   collapsed_map, nfc)  # fmt: skip

    @property
    def ambiguous(self) -> bool:
        """Do the units give different answers on this text?"""
        return bool(self._lf_removed) or self._utf16.length != len(self.raw)

    @property
    def max_shift(self) -> int:
        """The most two units can disagree on one position of this text."""
        return len(self._lf_removed) + self._utf16.length - len(self.raw)

    def to_raw(self, position: int, unit: PositionUnit) -> int | None:
        """A position in ``unit`` as a code-point index of ``raw``; ``None`` if outside."""
        if position < 0:
            return None
        if unit is PositionUnit.UTF16:
            if position > self._utf16.length:
                return None
            return self._utf16.to_cp(position)
        if unit is PositionUnit.UTF16_LINE_BREAK_AS_ONE:
            if position > self._collapsed_utf16.length:
                return None
            position = self._collapsed_utf16.to_cp(position)
            return position + bisect_left(self._crlf_collapsed, position)
        if unit is PositionUnit.LINE_BREAK_AS_ONE:
            position += bisect_left(self._crlf_collapsed, position)
        return position if position <= len(self.raw) else None

    def convert(self, position: int, unit: PositionUnit) -> int | None:
        """A position in ``unit`` as a code-point index of the normalised ``text``."""
        raw = self.to_raw(position, unit)
        if raw is None:
            return None
        lines = raw - bisect_left(self._lf_removed, raw)
        return self._nfc[lines] if self._nfc is not None else lines


def is_boundary(text: str, position: int) -> bool:
    if position <= 0 or position >= len(text):
        return True
    return not (text[position - 1].isalnum() and text[position].isalnum())


def boundary_score(
    spans: Sequence[tuple[SourceText, int, int]], unit: PositionUnit
) -> tuple[float, int]:
    """The share of span ends that fall on word boundaries in ``unit`` (out-of-range
    counts as a miss), and how many ends were looked at."""
    hits = total = 0
    for source, start, end in spans:
        for position in (start, end):
            total += 1
            converted = source.convert(position, unit)
            if converted is not None and is_boundary(source.text, converted):
                hits += 1
    return (hits / total if total else 1.0), total


def preferred_unit(origin: str) -> tuple[PositionUnit, str]:
    """The unit ``origin`` suggests (code points when it suggests none) and why."""
    suggested = unit_for_origin(origin)
    if suggested:
        return suggested, f"{origin} counts {suggested}"
    if origin:
        return PositionUnit.CODE_POINTS, (
            f"the origin {origin!r} is not known; REFI-QDA counts code points"
        )
    return PositionUnit.CODE_POINTS, (
        "the file does not name its origin; REFI-QDA counts code points"
    )


def is_exact(origin: str) -> bool:
    """Our own files: positions are exact, never second-guessed."""
    return any(name in origin.lower() for name in EXACT_ORIGINS)


def best_unit(scores: dict[PositionUnit, float], *preferred: PositionUnit) -> PositionUnit:
    """The unit that fits best; a tie goes to the first of ``preferred``, then to the
    order of :class:`PositionUnit`."""
    order: list[PositionUnit] = list(dict.fromkeys([*preferred, *PositionUnit]))
    ranked = sorted(order, key=lambda u: (-round(scores.get(u, 0.0), 9), order.index(u)))
    return ranked[0]


def shares(scores: dict[PositionUnit, float]) -> str:
    return ", ".join(f"{unit}: {scores[unit]:.0%}" for unit in PositionUnit if unit in scores)


def choose_unit(
    origin: str, spans: Sequence[tuple[SourceText, int, int]]
) -> tuple[PositionUnit, str]:
    """The unit to read ``spans`` in, and a sentence saying why: the unit under which
    most selection ends fall on word boundaries; the origin's unit only breaks a tie."""
    preferred, said = preferred_unit(origin)
    if is_exact(origin):
        return preferred, f"{said} (our own format)"
    telling = [span for span in spans if span[0].ambiguous]
    if len(telling) > SAMPLE:
        step = len(telling) / SAMPLE
        telling = [telling[int(k * step)] for k in range(SAMPLE)]
    if not telling:
        return preferred, f"{said}; the texts read the same in every unit"
    scores = {unit: boundary_score(telling, unit)[0] for unit in PositionUnit}
    chosen = best_unit(scores, preferred)
    verdict = "confirmed" if chosen is preferred else f"but the data fit {chosen} better"
    return chosen, f"{said}, {verdict} (selections on word boundaries: {shares(scores)})"
