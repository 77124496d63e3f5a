"""The data of the Analysis tab's charts (and the report's): code frequencies, theme
prevalence by role, codings per source, as ``domain.charts.BarChart`` values any painter
can draw. Prevalence comes from the themes x role matrix (the rule of
``ThemeService.prevalence``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select

from ikt_desktop.db.models import Code, Coding, Source
from ikt_desktop.domain.analysis.charts import CHART_TITLES, SERIES_COLORS, BarChart, Series
from ikt_desktop.domain.analysis.matrices import MatrixSpec
from ikt_desktop.services.analysis.matrices import MatrixService
from ikt_desktop.services.base import Service

CHARTS = ("code_frequencies", "theme_prevalence", "codings_per_source")
SUB = "› "  # marks a sub-theme among the categories


class ChartService(Service):
    def chart(self, name: str) -> BarChart:
        if name == "code_frequencies":
            return self.code_frequencies()
        if name == "theme_prevalence":
            return self.theme_prevalence()
        return self.codings_per_source()

    def code_frequencies(
        self, limit: int = 30, kind: str = "thematic", code_ids: set[int] | None = None
    ) -> BarChart:
        """The ``limit`` most-used codes of this kind (of ``code_ids`` when given), most
        codings first."""
        query = (
            select(Code.name, func.count(Coding.id).label("n"))
            .join(Coding, Coding.code_id == Code.id)
            .group_by(Code.id)
            .order_by(func.count(Coding.id).desc(), Code.position, Code.id)
            .limit(limit)
        )
        if kind != "all":
            query = query.where(Code.kind == kind)
        if code_ids is not None:
            query = query.where(Code.id.in_(sorted(code_ids)))
        with self._store.read() as s:
            rows = list(s.execute(query))
        shown = "" if len(rows) < limit else f" (the {limit} most used)"
        return _codings_chart(f"{CHART_TITLES['code_frequencies']}{shown}", rows)

    def theme_prevalence(self, theme_ids: set[int] | None = None) -> BarChart:
        """Participants who contributed to each theme (of ``theme_ids`` when given), one
        bar per role."""
        matrix = MatrixService(self._store).matrix(MatrixSpec("role", "participants", True))
        if theme_ids is not None:
            keep = [i for i, row in enumerate(matrix.rows) if row.id in theme_ids]
            matrix = replace(matrix, rows=tuple(matrix.rows[i] for i in keep),
                             cells=tuple(matrix.cells[i] for i in keep))  # fmt: skip
        series = tuple(
            Series(
                f"{column.label} (n={len(column.ids)})",
                SERIES_COLORS[j % len(SERIES_COLORS)],
                tuple(float(row[j]) for row in matrix.cells),
            )
            for j, column in enumerate(matrix.columns)
        )
        categories = tuple(SUB * r.depth + r.label for r in matrix.rows)
        return BarChart(CHART_TITLES["theme_prevalence"], "Participants", categories, series)

    def codings_per_source(self) -> BarChart:
        query = (
            select(Source.name, func.count(Coding.id))
            .outerjoin(Coding, Coding.source_id == Source.id)
            .group_by(Source.id)
            .order_by(Source.position, Source.id)
        )
        with self._store.read() as s:
            rows = list(s.execute(query))
        return _codings_chart(CHART_TITLES["codings_per_source"], rows)


def _codings_chart(title: str, rows: Sequence[Any]) -> BarChart:
    """One series of codings, one bar per ``(name, count)`` row."""
    return BarChart(
        title,
        "Codings",
        tuple(name for name, _ in rows),
        (Series("Codings", SERIES_COLORS[0], tuple(float(n) for _, n in rows)),),
    )
