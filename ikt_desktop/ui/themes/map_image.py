"""The thematic map for the Word report: the themes the report includes, with their
codes and sub-themes, drawn for the page (see print_map)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication

from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.services.project import Project
from ikt_desktop.services.reporting.report import ReportService
from ikt_desktop.ui.themes.print_map import print_map_png

_headless: list[QApplication] = []  # kept alive for the process (the CLI's export)


def _ensure_application() -> None:
    if QApplication.instance() is None:  # headless export from the command line
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _headless.append(QApplication(["ikt-desktop"]))


def thematic_map_png(project: Project, options: ReportOptions) -> bytes | None:
    """PNG data of the map of the themes the report includes; None without themes."""
    themes = ReportService(project.store).included_themes(options)
    if not themes:
        return None
    _ensure_application()
    return print_map_png(themes, project.codebook.all())
