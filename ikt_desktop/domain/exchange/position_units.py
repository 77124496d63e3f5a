"""Positions written by other QDA tools, converted to ours.

We count Unicode code points of the normalised text (LF, no BOM, NFC). REFI-QDA says the
same, but tools differ in practice:

- NVivo counts UTF-16 code units of the file text, CR and LF separately (BOM not counted);
- QualCoder (and qc) count code points;
- ATLAS.ti and MAXQDA appear to count a line break (CR LF) as one character.

:class:`SourceText` maps a position in any of these units onto the normalised text;
:func:`choose_unit` picks the unit the file's ``origin`` suggests and checks it against
the data: coded segments start and end on word boundaries, so the right unit is the one
under which they do.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.domain.transcripts.text import normalise_text, replace_controls


class PositionUnit(StrEnum):
    CODE_POINTS = "code points"
    UTF16 = "UTF-16 code units"
    LINE_BREAK_AS_ONE = "characters, a line break counted once"


# origin attribute (lower case) -> the unit that tool writes
_ORIGIN_UNITS = (
    ("nvivo", PositionUnit.UTF16),
    ("atlas", PositionUnit.LINE_BREAK_AS_ONE),
    ("maxqda", PositionUnit.LINE_BREAK_AS_ONE),
    ("qualcoder", PositionUnit.CODE_POINTS),
    ("qc", PositionUnit.CODE_POINTS),
    ("ikt", PositionUnit.CODE_POINTS),
)
SAMPLE = 4000  # selections looked at to confirm the unit: enough, and fast
MARGIN = 0.05  # with no known origin: how much better a unit must fit than code points
# A known tool's unit is overruled only when it fits badly and another fits much better.
POOR_FIT, CLEAR_MARGIN = 0.75, 0.15
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


@dataclass(frozen=True)
class SourceText:
    """One source's text as a tool stored it (``raw``: BOM removed, its own line ends)
    and as we store it (``text``), with the maps between them."""

    raw: str
    text: str
    _lf_removed: tuple[int, ...]  # raw indices of the LF of each CR LF pair
    _crlf_collapsed: tuple[int, ...]  # those pairs' indices in the text with CR LF -> one
    _utf16: PositionMap
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
        return cls(raw, text, tuple(lf_removed), tuple(collapsed), PositionMap.for_text(raw), nfc)

    @property
    def ambiguous(self) -> bool:
        """Do the units give different answers on this text?"""
        return bool(self._lf_removed) or self._utf16.utf16_length != len(self.raw)

    def to_raw(self, position: int, unit: PositionUnit) -> int | None:
        """A position in ``unit`` as a code-point index of ``raw``; ``None`` if outside."""
        if position < 0:
            return None
        if unit is PositionUnit.UTF16:
            if position > self._utf16.utf16_length:
                return None
            return self._utf16.from_utf16(position)
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


def _is_boundary(text: str, position: int) -> bool:
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
            if converted is not None and _is_boundary(source.text, converted):
                hits += 1
    return (hits / total if total else 1.0), total


def choose_unit(
    origin: str, spans: Sequence[tuple[SourceText, int, int]]
) -> tuple[PositionUnit, str]:
    """The unit to read ``spans`` in, and a sentence saying why."""
    suggested = unit_for_origin(origin)
    preferred = suggested or PositionUnit.CODE_POINTS
    if suggested:
        said = f"{origin} counts {preferred}"
    elif origin:
        said = f"the origin {origin!r} is not known; REFI-QDA counts code points"
    else:
        said = "the file does not name its origin; REFI-QDA counts code points"
    if any(name in origin.lower() for name in EXACT_ORIGINS):
        return preferred, f"{said} (our own format)"
    telling = [span for span in spans if span[0].ambiguous]
    if len(telling) > SAMPLE:
        step = len(telling) / SAMPLE
        telling = [telling[int(k * step)] for k in range(SAMPLE)]
    if not telling:
        return preferred, f"{said}; the texts read the same in every unit"
    scores = {unit: boundary_score(telling, unit)[0] for unit in PositionUnit}
    best = max(scores, key=lambda u: (scores[u], u is preferred))
    if suggested:
        overrule = scores[preferred] < POOR_FIT and scores[best] > scores[preferred] + CLEAR_MARGIN
    else:
        overrule = scores[best] > scores[preferred] + MARGIN
    chosen = best if overrule else preferred
    shares = ", ".join(f"{unit}: {scores[unit]:.0%}" for unit in PositionUnit)
    verdict = "confirmed" if chosen is preferred else f"but the data fit {chosen} better"
    return chosen, f"{said}, {verdict} (selections on word boundaries: {shares})"
