"""The composition root decides between the GUI and a headless command from a list of
names it keeps itself (so the GUI's start imports no command module): that list is the
CLI's own."""

from __future__ import annotations

import argparse

from ikt_desktop.app import COMMAND_NAMES, gui_parser
from ikt_desktop.cli import main as cli


def test_command_names_are_the_cli_parsers_commands() -> None:
    sub = next(a for a in cli.parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(sub.choices) == COMMAND_NAMES
    assert tuple(cli.COMMANDS) == COMMAND_NAMES


def test_the_gui_help_names_every_command() -> None:
    epilog = gui_parser().epilog or ""
    assert all(name in epilog for name in COMMAND_NAMES)
