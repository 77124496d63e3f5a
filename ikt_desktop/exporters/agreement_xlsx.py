"""The agreement table as an Excel workbook: one row per code and an overall row, with
the unit stated, and the consensus decision log. Written through the streaming writer
(``exporters.xlsx``); the file is replaced only when complete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ikt_desktop.domain.errors import UnwritableFileError
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.xlsx import Column, Value, Workbook

AGREEMENT = "Agreement"
DECISIONS = "Decisions"

UNIT_TEXT = {
    "char": "Unit: a character of a source coded by both coders (overall: a character x "
    "code pair). Percent agreement = (both + neither) / units; kappa = Cohen's kappa; "
    "alpha = Krippendorff's alpha (nominal).",
    "segment": "Unit: a coded segment of either coder; it agrees when the other coder has "
    "the same code on a segment overlapping it by at least {threshold:.0%} (intersection / "
    "union). Kappa = Brennan & Prediger's kappa_n (chance = 1/2 per code, 1/number of codes "
    "overall); alpha is not defined at segment level.",
}


@dataclass(frozen=True)
class AgreementRow:
    code: str
    units: int
    both: int
    a_only: int
    b_only: int
    neither: int | None  # None at segment level (no such cell)
    percent_agreement: float | None
    kappa: float | None
    alpha: float | None
    notes: str


@dataclass(frozen=True)
class DecisionRow:
    """One consensus decision as the workbook and the report show it."""

    source: str
    code: str
    start: int
    end: int
    text: str
    coder_a: str
    coder_b: str
    choice: str  # accept_a | accept_b | accept_both | consensus
    note: str
    decided_by: str
    decided: str  # "YYYY-MM-DD HH:MM" (UTC)


CHOICE_LABELS = {
    "accept_a": "accept A",
    "accept_b": "accept B",
    "accept_both": "accept both",
    "consensus": "consensus coding",
}


def _round(value: float | None) -> Value:
    return None if value is None else round(value, 4)


def decision_sheet(wb: Workbook, decisions: Sequence[DecisionRow], lang: Language = ENGLISH) -> int:
    """The "Decisions" sheet: who decided what, when and why, one row per decision
    (titled and headed in ``lang``)."""
    t = lang.t
    columns = [
        Column(t("x_source"), 24),
        Column(t("x_code"), 36),
        Column(t("x_start"), 9),
        Column(t("x_end"), 9),
        Column(t("x_text"), 60, wrap=True),
        Column(t("x_coder_a"), 16),
        Column(t("x_coder_b"), 16),
        Column(t("x_decision"), 18),
        Column(t("x_note"), 40, wrap=True),
        Column(t("x_decided_by"), 16),
        Column(t("x_when"), 17),
    ]
    sheet = wb.sheet(t("sheet_decisions"), columns)
    sheet.header([c.header for c in columns])
    for d in decisions:
        choice = lang.texts.get(f"choice_{d.choice}", d.choice)
        sheet.row([d.source, d.code, d.start, d.end, d.text, d.coder_a, d.coder_b, choice,
                   d.note, d.decided_by, d.decided])  # fmt: skip
    sheet.autofilter(1, len(decisions) + 1)
    wb.end_sheet(sheet)
    return len(decisions)


def write_agreement(
    path: Path,
    coders: Sequence[str],
    unit: str,
    threshold: float | None,
    rows: Sequence[AgreementRow],
    decisions: Sequence[DecisionRow],
) -> None:
    """Write the agreement table (and the decision log) to ``path``."""
    a, b = (coders[0], coders[1]) if len(coders) == 2 else ("A", "B")
    columns = [
        Column("Code", 40),
        Column("Units", 12),
        Column("Both", 12),
        Column(f"Only {a}", 14),
        Column(f"Only {b}", 14),
        Column("Neither", 12),
        Column("Percent agreement", 12),
        Column("Kappa", 10),
        Column("Alpha", 10),
        Column("Notes", 60, wrap=True),
    ]
    try:
        with atomic_output(path) as temporary, Workbook(temporary, "Intercoder agreement") as wb:
            sheet = wb.sheet(AGREEMENT, columns, frozen_rows=3)
            sheet.header([f"Coders: {', '.join(coders)}", f"Unit: {unit}"])
            sheet.row([UNIT_TEXT[unit].format(threshold=threshold or 0)])
            sheet.header([c.header for c in columns])
            for r in rows:
                sheet.row([r.code, r.units, r.both, r.a_only, r.b_only, r.neither,
                           _round(r.percent_agreement), _round(r.kappa), _round(r.alpha),
                           r.notes])  # fmt: skip
            sheet.autofilter(3, len(rows) + 3)
            wb.end_sheet(sheet)
            decision_sheet(wb, decisions)
    except OSError as exc:
        raise UnwritableFileError(path, f"could not be written ({exc.strerror or exc})") from exc
