"""Where each selection of an imported source lands, decided per source from the evidence.

Tools do not agree on how to count positions (see :mod:`.position_units`), and one tool can
mix units: QualCoder's coding view counts UTF-16 code units while its other ways of coding
count code points. So the unit is chosen **per source**, as the one that fits that
source's selections best:

- a selection that carries its selected text (QualCoder writes it in ``name``; other tools
  may) fits a unit when the text there reads the same, line breaks and white space aside
  (QualCoder writes U+2029 where the text has a line break);
- a selection without it fits a unit by how many of its ends fall on word boundaries.

Only selections whose place depends on the unit ("telling" ones) count as evidence. A tie
goes to the unit the whole file fits best, then to the one its origin suggests. Then each
selection with a text is checked where it lands: **confirmed** when the text agrees;
**corrected** when it agrees only in another unit or a few characters away; **flagged**
otherwise (placed in the unit under which its ends fall on word boundaries, and listed:
never silently). When a file's ``name``
attributes are mostly not the selected text (ATLAS.ti lets users name quotations), they
are labels, not evidence, and the summary says so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ikt_desktop.domain.exchange.position_units import (
    SAMPLE,
    PositionUnit,
    SourceText,
    best_unit,
    is_boundary,
    is_exact,
    preferred_unit,
    shares,
)

UNITS = tuple(PositionUnit)
NAMES_AS_TEXT = 0.5  # share of named selections whose name must be their text to use names
PREFIX_MIN = 12  # a name this long that starts the covered text counts (truncated names)
MIN_TELLING = 2  # fewer telling selections without text: the evidence is weak
MIN_ADVANTAGE = 1.0  # the best unit explains fewer selections more than a rival: weak
_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\r": "\n", "\x85": "\n"})


class Evidence(StrEnum):
    EXACT = "exact (our own format)"
    SAME = "the same in every unit"
    TEXT = "confirmed by the selected text"
    BOUNDARIES = "word boundaries"
    WEAK = "weak evidence"
    MIXED = "mixed units"


class Status(StrEnum):
    PLACED = "placed"  # no text to check it by
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    FLAGGED = "flagged"  # its text disagrees: placed as written, and listed
    OUTSIDE = "outside"  # outside the text in the chosen unit


@dataclass(frozen=True)
class Written:
    """One selection as the file wrote it."""

    start: int
    end: int
    text: str = ""  # the selected text it carries, if any


@dataclass(frozen=True)
class Placement:
    start: int  # code points of the normalised text, end exclusive (when not OUTSIDE)
    end: int
    status: Status


@dataclass(frozen=True)
class SourcePositions:
    """How one source's positions were read: for the import summary."""

    source: str
    unit: str
    evidence: str
    fits: tuple[tuple[str, float], ...]  # (unit, share of the evidence it fits)
    selections: int
    telling: int  # selections whose place depends on the unit
    with_text: int  # selections carrying a text that was used to check them
    confirmed: int = 0
    corrected: int = 0
    flagged: int = 0

    @property
    def doubtful(self) -> bool:
        return self.evidence in (Evidence.WEAK, Evidence.MIXED) or self.flagged > 0

    def as_dict(self) -> dict[str, object]:
        """For ``--json``: every field, the fits as {unit: share}."""
        return {"source": self.source, "unit": self.unit, "evidence": self.evidence,
                "fits": {unit: round(share, 4) for unit, share in self.fits},
                "selections": self.selections, "telling": self.telling,
                "with_text": self.with_text, "confirmed": self.confirmed,
                "corrected": self.corrected, "flagged": self.flagged,
                "doubtful": self.doubtful}  # fmt: skip

    def line(self) -> str:
        """``Interview 1: UTF-16 code units (confirmed by the selected text; fit: ...)``."""
        fits = ", ".join(f"{unit} {share:.0%}" for unit, share in self.fits)
        parts = [self.evidence] + ([f"fit: {fits}"] if fits else [])
        if self.with_text:
            checked = f"{self.confirmed} of {self.with_text} confirmed by their text"
            if self.corrected:
                checked += f", {self.corrected} corrected"
            if self.flagged:
                checked += f", {self.flagged} flagged"
            parts.append(checked)
        return f"{self.source}: {self.unit} ({'; '.join(parts)})"


@dataclass(frozen=True)
class Placed:
    """The outcome for a whole file."""

    unit: PositionUnit  # the unit the file as a whole fits best
    reason: str
    sources: tuple[SourcePositions, ...]
    placements: tuple[tuple[Placement, ...], ...]  # per source, per selection, in order
    flags: tuple[str, ...]  # one line per flagged selection
    names_note: str = ""  # said when names were found not to be the selected text


def comparable(text: str) -> str:
    """Text as tools write a selection's text, for comparing: any line break as LF,
    NFC, runs of white space as one space, trimmed."""
    lines = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_BREAKS))
    return " ".join(lines.split())


def text_agrees(covered: str, said: str) -> bool:
    """Does the text a selection covers read as the text the file says it covers?"""
    want = comparable(said)
    if not want:
        return False
    have = comparable(covered)
    if have == want:
        return True
    stem = want.removesuffix("…").removesuffix("...").rstrip()
    return len(stem) >= PREFIX_MIN and len(stem) < len(have) and have.startswith(stem)


class _Source:
    """One source's selections converted in every unit."""

    def __init__(self, name: str, text: SourceText, selections: Sequence[Written]) -> None:
        self.name, self.text, self.selections = name, text, selections
        self.spans = [
            {u: (text.convert(w.start, u), text.convert(w.end, u)) for u in UNITS}
            for w in selections
        ]
        self.telling = [k for k, spans in enumerate(self.spans) if len(set(spans.values())) > 1]
        self._reads: dict[tuple[int, int | None, int | None], bool] = {}

    def reads(self, k: int, unit: PositionUnit) -> bool:
        """Does selection ``k`` placed in ``unit`` read as the text it carries?"""
        start, end = self.spans[k][unit]
        key = (k, start, end)  # units that agree on a span need one comparison
        if key not in self._reads:
            said = self.selections[k].text
            covered = self.text.text[start:end] if start is not None and end is not None else ""
            self._reads[key] = bool(covered) and (covered == said or text_agrees(covered, said))
        return self._reads[key]

    def score(self, k: int, unit: PositionUnit, names: bool) -> float:
        if names and self.selections[k].text:
            return 1.0 if self.reads(k, unit) else 0.0
        start, end = self.spans[k][unit]
        text = self.text.text
        return sum(p is not None and is_boundary(text, p) for p in (start, end)) / 2


def _sample(items: list[tuple[_Source, int]]) -> list[tuple[_Source, int]]:
    if len(items) <= SAMPLE:
        return items
    step = len(items) / SAMPLE
    return [items[int(k * step)] for k in range(SAMPLE)]


def _names_are_text(sources: Sequence[_Source]) -> tuple[bool, str]:
    named = _sample([(s, k) for s in sources for k, w in enumerate(s.selections) if w.text])
    if not named:
        return False, ""
    matching = sum(any(s.reads(k, u) for u in UNITS) for s, k in named)
    if matching / len(named) >= NAMES_AS_TEXT:
        return True, ""
    return False, (
        f"selection names are not their selected text ({matching} of {len(named)} read "
        "as the text): they were not used to check positions"
    )


def place(origin: str, sources: Sequence[tuple[str, SourceText, Sequence[Written]]]) -> Placed:
    """Decide each source's unit and place each of its selections."""
    prepared = [_Source(name, text, selections) for name, text, selections in sources]
    preferred, said = preferred_unit(origin)
    if is_exact(origin):
        return _exact(prepared, preferred, f"{said} (our own format)")
    names, names_note = _names_are_text(prepared)
    pooled = _sample([(s, k) for s in prepared for k in s.telling])
    if pooled:
        scores = {u: sum(s.score(k, u, names) for s, k in pooled) / len(pooled) for u in UNITS}
        unit = best_unit(scores, preferred)
        verdict = "confirmed" if unit is preferred else f"but the data fit {unit} better"
        measure = "selections read as their text" if names else "selections on word boundaries"
        reason = f"{said}, {verdict} ({measure}: {shares(scores)})"
    else:
        unit, reason = preferred, f"{said}; the texts read the same in every unit"
    reports, placements, flags = [], [], []
    for source in prepared:
        report, placed, flagged = _place_source(source, unit, names)
        reports.append(report)
        placements.append(placed)
        flags += flagged
    return Placed(unit, reason, tuple(reports), tuple(placements), tuple(flags), names_note)


def _exact(prepared: list[_Source], unit: PositionUnit, reason: str) -> Placed:
    placements = []
    for s in prepared:
        placements.append(tuple(_as_placement(s.spans[k][unit], Status.PLACED)
                                for k in range(len(s.selections))))  # fmt: skip
    reports = tuple(SourcePositions(s.name, str(unit), Evidence.EXACT, (), len(s.selections),
                                    len(s.telling), 0) for s in prepared)  # fmt: skip
    return Placed(unit, reason, reports, tuple(placements), ())


def _as_placement(span: tuple[int | None, int | None], status: Status) -> Placement:
    start, end = span
    if start is None or end is None:
        return Placement(0, 0, Status.OUTSIDE)
    return Placement(start, end, status)


def _choose(
    source: _Source, default: PositionUnit, names: bool
) -> tuple[PositionUnit, str, dict[PositionUnit, float]]:
    """The unit this source fits best, how strong that is, and each unit's fit."""
    if not source.telling:
        return default, Evidence.SAME, {}
    scores = {k: {u: source.score(k, u, names) for u in UNITS} for k in source.telling}
    fits = {u: sum(scores[k][u] for k in source.telling) / len(source.telling) for u in UNITS}
    unit = best_unit(fits, default)
    with_text = names and any(source.selections[k].text for k in source.telling)
    evidence = Evidence.TEXT if with_text else Evidence.BOUNDARIES
    disagreeing = sum(1 for k in source.telling if max(scores[k].values()) > scores[k][unit])
    # how many selections' worth of evidence ``unit`` has over each unit that places some
    # telling selection elsewhere (units that agree on all of them are not rivals)
    advantages = [
        sum(scores[k][unit] - scores[k][u] for k in source.telling
            if source.spans[k][u] != source.spans[k][unit])
        for u in UNITS if any(source.spans[k][u] != source.spans[k][unit] for k in source.telling)
    ]  # fmt: skip
    if disagreeing >= (1 if with_text else max(2, len(source.telling) // 10)):
        evidence = Evidence.MIXED
    elif min(advantages, default=0.0) < MIN_ADVANTAGE or (
        not with_text and len(source.telling) < MIN_TELLING
    ):
        evidence = Evidence.WEAK
    return unit, evidence, fits


def _place_source(
    source: _Source, default: PositionUnit, names: bool
) -> tuple[SourcePositions, tuple[Placement, ...], list[str]]:
    unit, evidence, fits = _choose(source, default, names)
    placed: list[Placement] = []
    flags: list[str] = []
    counts = dict.fromkeys(Status, 0)
    for k, written in enumerate(source.selections):
        placement = _as_placement(source.spans[k][unit], Status.PLACED)
        if names and written.text:
            placement = _check(source, k, unit)
            if placement.status is Status.FLAGGED:
                flags.append(_flag_line(source, k, placement))
        counts[placement.status] += 1
        placed.append(placement)
    with_text = sum(1 for w in source.selections if names and w.text)
    report = SourcePositions(
        source.name, str(unit), evidence, tuple((str(u), fits[u]) for u in UNITS if u in fits),
        len(source.selections), len(source.telling), with_text, counts[Status.CONFIRMED],
        counts[Status.CORRECTED], counts[Status.FLAGGED],
    )  # fmt: skip
    return report, tuple(placed), flags


def _check(source: _Source, k: int, unit: PositionUnit) -> Placement:
    """Selection ``k`` placed in ``unit``, checked against the text it carries."""
    if source.reads(k, unit):
        return _as_placement(source.spans[k][unit], Status.CONFIRMED)
    for other in UNITS:
        if other is not unit and source.reads(k, other):
            return _as_placement(source.spans[k][other], Status.CORRECTED)
    found = _nearby(source, k, unit)
    if found is not None:
        return Placement(found[0], found[1], Status.CORRECTED)
    # no unit reads as its text: where its ends fall on word boundaries, and listed
    fallback = best_unit({u: source.score(k, u, names=False) for u in UNITS}, unit)
    return _as_placement(source.spans[k][fallback], Status.FLAGGED)


def _nearby(source: _Source, k: int, unit: PositionUnit) -> tuple[int, int] | None:
    """The selected text's occurrence nearest to where ``unit`` puts it, if it is no
    farther than the units can disagree on this text (plus a BOM)."""
    start = source.spans[k][unit][0]
    needle = unicodedata.normalize("NFC", source.selections[k].text.replace("\r\n", "\n")
                                   .translate(_BREAKS))  # fmt: skip
    if start is None or not needle.strip():
        return None
    reach = source.text.max_shift + 1
    text = source.text.text
    lo = max(0, start - reach)
    best: int | None = None
    found = text.find(needle, lo, start + reach + len(needle))
    while found >= 0:
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(needle, found + 1, start + reach + len(needle))
    return (best, best + len(needle)) if best is not None else None


def _flag_line(source: _Source, k: int, placement: Placement) -> str:
    covered = source.text.text[placement.start : placement.end]
    return (
        f"{source.name}: at {placement.start}–{placement.end} the text reads "
        f"“{_short(covered)}” but the file says “{_short(source.selections[k].text)}” "
        "(placed where its ends fall on word boundaries: please check)"
    )


def _short(text: str, limit: int = 40) -> str:
    flat = comparable(text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
