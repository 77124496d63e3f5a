"""Intercoder agreement over a project: gathers the codings by coder in one read and hands
them to ``domain.agreement`` (where the formulas and units are documented).

What is compared: the sources that every compared coder has coded (at least one coding of
any code; a source one coder never looked at would count as "not coded" and distort the
numbers), and the codes at least one compared coder applied in those sources, in codebook
tree order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code, Coder, Coding, Decision
from ikt_desktop.domain.analysis import agreement as ag
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.exporters.agreement_xlsx import AgreementRow, DecisionRow, write_agreement
from ikt_desktop.services.base import Service, text_lengths
from ikt_desktop.services.coders import coder_dto
from ikt_desktop.services.coding.codebook import code_path
from ikt_desktop.services.dto import CoderDTO
from ikt_desktop.services.team.consensus import decision_rows


@dataclass(frozen=True)
class CodeStats:
    code_id: int | None  # None: all codes (overall)
    code: str  # the code's path, or "All codes"
    stats: ag.Stats


@dataclass(frozen=True)
class AgreementReport:
    unit: ag.Unit
    threshold: float | None  # segment level only
    coders: tuple[CoderDTO, ...]
    source_ids: tuple[int, ...]  # the sources compared
    overall: CodeStats
    codes: tuple[CodeStats, ...]

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON: fractions between 0 and 1; None (null) where undefined."""

        def numbers(stats: ag.Stats) -> dict[str, float | None]:
            return {
                "percent_agreement": stats.percent_agreement,
                "kappa": stats.kappa,
                "alpha": stats.alpha,
            }

        return {
            "unit": self.unit.value,
            "coders": [c.name for c in self.coders],
            "overall": numbers(self.overall.stats),
            "codes": [{"code": row.code, **numbers(row.stats)} for row in self.codes],
        }


@dataclass(frozen=True)
class DisagreementDTO:
    """A stretch of one code where coders A and B differ, and its decision if any."""

    source_id: int
    code_id: int
    code: str
    start: int
    end: int
    a: tuple[ag.Interval, ...]
    b: tuple[ag.Interval, ...]
    decision_id: int | None = None
    choice: str = ""

    @property
    def resolved(self) -> bool:
        return self.decision_id is not None


ALL_CODES = "All codes"


def _codebook(s: Session) -> tuple[list[int], dict[int, str], set[int]]:
    """The code ids in tree order, their paths, and the interview-guide (structural)
    codes, which are left out of "all codes" (they are not the analysis): one read."""
    rows = list(
        s.execute(
            select(Code.id, Code.parent_id, Code.name, Code.kind).order_by(Code.position, Code.id)
        )
    )
    parents = {i: p for i, p, _, _ in rows}
    names = {i: n for i, _, n, _ in rows}
    structural = {i for i, _, _, k in rows if k == "structural"}
    children: dict[int | None, list[int]] = {}
    for i, p, _, _ in rows:
        children.setdefault(p, []).append(i)
    order: list[int] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        i = stack.pop()
        order.append(i)
        stack.extend(reversed(children.get(i, [])))
    return order, {i: code_path(parents, names, i) for i in order}, structural


class AgreementService(Service):
    def find_coder(self, name: str) -> CoderDTO:
        """A coder by name or initials (case-insensitive)."""
        key = name.strip().lower()
        with self._store.read() as s:
            coders = list(s.scalars(select(Coder).order_by(Coder.id)))
        for coder in coders:
            if coder.name.lower() == key:
                return coder_dto(coder)
        for coder in coders:
            if coder.initials.lower() == key:
                return coder_dto(coder)
        known = ", ".join(f"{c.name} ({c.initials})" for c in coders) or "none"
        raise ValidationError(f"no coder called {name!r} (coders: {known})")

    def shared_sources(self, coder_ids: Sequence[int]) -> list[int]:
        """The sources every one of ``coder_ids`` has coded (one coding is enough)."""
        if not coder_ids:
            return []
        with self._store.read() as s:
            sets = [
                set(s.scalars(select(Coding.source_id).where(Coding.coder_id == c).distinct()))
                for c in coder_ids
            ]
        return sorted(set.intersection(*sets))

    def compare(
        self,
        coder_ids: Sequence[int],
        unit: ag.Unit | str = ag.Unit.CHAR,
        *,
        threshold: float = ag.DEFAULT_THRESHOLD,
        code_ids: Sequence[int] | None = None,
    ) -> AgreementReport:
        """Agreement of two (or, at character level, more) coders; see the module doc."""
        unit = ag.Unit(unit)
        if len(set(coder_ids)) != len(coder_ids) or len(coder_ids) < 2:
            raise ValidationError("Choose at least two different coders to compare.")
        if unit is ag.Unit.SEGMENT and len(coder_ids) != 2:
            raise ValidationError("Segment-level agreement compares exactly two coders.")
        if unit is ag.Unit.SEGMENT and not 0 < threshold <= 1:
            raise ValidationError(
                f"The overlap threshold must be above 0 and at most 1, not {threshold}."
            )
        with self._store.read() as s:
            coders = [coder_dto(c) for c in s.scalars(select(Coder).where(Coder.id.in_(coder_ids)))]
            by_id = {c.id: c for c in coders}
            if len(by_id) != len(coder_ids):
                missing = sorted(set(coder_ids) - set(by_id))
                raise ValidationError(f"No such coder (id {missing[0]}).")
            coverages = {c: ag.Coverage() for c in coder_ids}
            query = select(
                Coding.coder_id, Coding.code_id, Coding.source_id, Coding.start, Coding.end
            )
            for coder, code, source, start, end in s.execute(
                query.where(Coding.coder_id.in_(coder_ids))
            ):
                coverages[coder].add(code, source, start, end)
            order, paths, structural = _codebook(s)
            shared = set.intersection(*(c.sources() for c in coverages.values()))
            lengths = text_lengths(s, shared)
        ordered = [by_id[c] for c in coder_ids]
        if not lengths:
            names = " and ".join(c.name for c in ordered)
            raise ValidationError(f"{names} have not coded any source in common.")
        used = {
            code
            for cov in coverages.values()
            for code, by_source in cov.spans.items()
            if shared & by_source.keys()
        }
        wanted = set(code_ids) if code_ids is not None else used - structural
        codes = [c for c in order if c in wanted]
        covs = [coverages[c] for c in coder_ids]
        if unit is ag.Unit.CHAR:
            result = ag.char_agreement(lengths, covs, codes)
        else:
            result = ag.segment_agreement(sorted(lengths), covs[0], covs[1], codes, threshold)
        return AgreementReport(
            unit,
            threshold if unit is ag.Unit.SEGMENT else None,
            tuple(ordered),
            tuple(sorted(lengths)),
            CodeStats(None, ALL_CODES, result.overall),
            tuple(CodeStats(r.code_id, paths[r.code_id or 0], r) for r in result.codes),
        )

    def disagreements(
        self,
        coder_a: int,
        coder_b: int,
        source_id: int,
        code_id: int | None = None,
    ) -> list[DisagreementDTO]:
        """The stretches of ``source_id`` where A and B differ (one code, or every code),
        in text order, each with the decision taken on it, if any."""
        with self._store.read() as s:
            spans = _spans(s, [coder_a, coder_b], source_id, code_id)
            _, paths, structural = _codebook(s)
            skip = structural if code_id is None else set()
            decided = {
                (d.code_id, d.start, d.end): (d.id, d.choice)
                for d in s.scalars(
                    select(Decision).where(
                        Decision.source_id == source_id,
                        Decision.coder_a_id == coder_a,
                        Decision.coder_b_id == coder_b,
                    )
                )
            }
        out: list[DisagreementDTO] = []
        for code in (c for c in spans if c not in skip):
            a, b = spans[code].get(coder_a, []), spans[code].get(coder_b, [])
            for d in ag.disagreements(source_id, code, a, b):
                ident, choice = decided.get((code, d.start, d.end), (None, ""))
                out.append(DisagreementDTO(source_id, code, paths[code], d.start, d.end,
                                           d.a, d.b, ident, choice))  # fmt: skip
        return sorted(out, key=lambda d: (d.start, d.end, d.code))

    def shading(
        self, coder_a: int, coder_b: int, source_id: int, code_id: int | None = None
    ) -> dict[ag.Shade, list[ag.Interval]]:
        """Characters of the source coded by both / only A / only B (same code)."""
        with self._store.read() as s:
            spans = _spans(s, [coder_a, coder_b], source_id, code_id)
        return ag.shading((by.get(coder_a, []), by.get(coder_b, [])) for by in spans.values())

    def write_xlsx(self, path: Path, report: AgreementReport) -> Path:
        """The agreement table (per code and overall, with its unit) and the decision log
        as an Excel workbook."""
        with self._store.read() as s:
            decisions = decision_rows(s)
        rows = [_row(report, r) for r in (*report.codes, report.overall)]
        names = tuple(c.name for c in report.coders)
        write_agreement(Path(path), names, report.unit.value, report.threshold, rows, decisions)
        return Path(path)


def _row(report: AgreementReport, row: CodeStats) -> AgreementRow:
    st = row.stats
    return AgreementRow(
        code=row.code,
        units=st.units,
        both=st.table.both,
        a_only=st.table.a_only,
        b_only=st.table.b_only,
        neither=st.table.neither if report.unit is ag.Unit.CHAR else None,
        percent_agreement=st.percent_agreement,
        kappa=st.kappa,
        alpha=st.alpha,
        notes="; ".join(st.notes),
    )


def _spans(
    s: Session, coders: Sequence[int], source_id: int, code_id: int | None
) -> dict[int, dict[int, list[ag.Interval]]]:
    """``{code: {coder: [spans]}}`` of one source."""
    query = select(Coding.code_id, Coding.coder_id, Coding.start, Coding.end).where(
        Coding.source_id == source_id, Coding.coder_id.in_(list(coders))
    )
    if code_id is not None:
        query = query.where(Coding.code_id == code_id)
    out: dict[int, dict[int, list[ag.Interval]]] = {}
    for code, coder, start, end in s.execute(query):
        out.setdefault(code, {}).setdefault(coder, []).append((start, end))
    return out


__all__ = ["ALL_CODES", "AgreementReport", "AgreementService", "CodeStats", "DecisionRow",
           "DisagreementDTO"]  # fmt: skip
