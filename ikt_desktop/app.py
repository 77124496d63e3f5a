"""Composition root: parse arguments, set up paths and logging, then start the GUI or
run a headless command. Qt is imported only when the GUI starts."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ikt_desktop import APP_NAME, __version__
from ikt_desktop.logging_setup import setup_logging
from ikt_desktop.services.team.address import project_location

if TYPE_CHECKING:
    from ikt_desktop.domain.report.rules import ReportOptions
    from ikt_desktop.services.project import Project

log = logging.getLogger(__name__)

# The headless commands' names, kept here so that deciding between the GUI and a command
# imports none of the commands (they pull in every service, importer and exporter); a test
# holds it equal to ``ikt_desktop.cli.main.COMMANDS``.
COMMAND_NAMES = (
    "new", "demo", "info", "check", "import", "text", "themes", "export", "import-qdpx",
    "import-qdc", "agreement", "merge", "snapshots", "snapshot", "matrix", "encrypt",
    "decrypt", "passwd", "autocode", "search", "query", "study", "link-media", "team",
)  # fmt: skip


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ikt-desktop",
        description=f"{APP_NAME}: offline qualitative interview research.",
        epilog="Headless commands: " + ", ".join(COMMAND_NAMES) + " (ikt-desktop COMMAND -h).",
    )
    p.add_argument("project", nargs="?", type=project_location, metavar="PROJECT.ikt|URL",
                   help="open this project file, or the team project at this postgresql:// "
                   "address")  # fmt: skip
    p.add_argument("--demo", action="store_true", help="open a fresh copy of the demo project")
    p.add_argument("--read-only", action="store_true", help="open the project read-only")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # for smoke tests of the installed bundle: close the window after this many seconds
    p.add_argument("--quit-after", type=float, default=None, help=argparse.SUPPRESS)
    return p


def _render_map(project: Project, options: ReportOptions) -> bytes | None:
    from ikt_desktop.ui.themes.map_image import thematic_map_png  # Qt only for the map

    return thematic_map_png(project, options)


def _render_charts(project: Project, options: ReportOptions) -> list[tuple[str, bytes]]:
    from ikt_desktop.ui.analysis.report_charts import report_charts_png  # Qt only here

    return report_charts_png(project, options)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    setup_logging()
    if args_list and args_list[0] in COMMAND_NAMES:
        from ikt_desktop.cli import main as cli  # every service: only for a command

        return cli.run(args_list, render_map=_render_map, render_charts=_render_charts)
    args = gui_parser().parse_args(args_list)
    log.info("%s %s starting", APP_NAME, __version__)
    from ikt_desktop.ui.shell.application import run_gui  # Qt only from here on

    return run_gui(
        args.project, demo=args.demo, read_only=args.read_only, quit_after=args.quit_after
    )
