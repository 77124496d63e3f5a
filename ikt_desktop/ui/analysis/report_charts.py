"""The charts the Word report can include (code frequencies, theme prevalence by role),
drawn as PNG for the page. Passed into the report the same way as the thematic map, so
the exporters stay free of Qt."""

from __future__ import annotations

from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.services.project import Project
from ikt_desktop.services.reporting.language import report_language
from ikt_desktop.ui.analysis.chart_painter import chart_png
from ikt_desktop.ui.themes.map_image import _ensure_application  # one headless QApplication

REPORT_CODES = 20  # the most used codes in the report's frequency chart (one page)


def report_charts_png(project: Project, options: ReportOptions) -> list[tuple[str, bytes]]:
    """(caption, PNG) of each chart, or nothing when the options leave charts out. The
    report's status, theme and code filters apply."""
    if not options.include_charts:
        return []
    _ensure_application()
    lang = report_language(options.language)
    out: list[tuple[str, bytes]] = []
    included = {t.id for t in project.report.included_themes(options)}
    prevalence = project.charts.theme_prevalence(included)
    if not prevalence.is_empty():
        out.append((lang.t("chart_prevalence"), chart_png(prevalence)))
    codes = project.report.included_code_ids(options)
    frequencies = project.charts.code_frequencies(limit=REPORT_CODES, code_ids=codes)
    if not frequencies.is_empty():
        caption = lang.t("chart_frequencies", n=lang.number(REPORT_CODES))
        out.append((caption, chart_png(frequencies)))
    return out
