"""What start-up imports (issue 18): a count of modules, not a timing.

A fresh interpreter does what ``python -m ikt_desktop`` does up to the empty window painted,
then the warm-up, then opens a project; after each step the test looks at ``sys.modules``.
The empty window imports no service, no SQLAlchemy and none of the heavy modules; the
warm-up and an ordinary project's opening import none of the heavy modules of single
features (they load on first use); after the warm-up, opening imports none of our modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ikt_desktop.services.project import Project

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from ikt_desktop import app
app.gui_parser().parse_args([])  # the composition root decides: the GUI
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.chrome.warm_up import WarmUp
qt = make_application()
window = MainWindow()
window.show()
qt.processEvents()
window.grab()  # the empty window painted
shown = sorted(sys.modules)
warm = WarmUp(window)
window.update()
while not warm.done:
    qt.processEvents()
warmed = sorted(sys.modules)
assert window.open_project(sys.argv[1])
qt.processEvents()
window.grab()
opened = sorted(sys.modules)
window.close()
print(json.dumps({"shown": shown, "warmed": warmed, "opened": opened}))
"""

# never imported before the feature that needs them is first used
HEAVY = ("docx", "openpyxl", "lxml", "cryptography", "psycopg", "psycopg2", "alembic",
         "charset_normalizer", "matplotlib", "ikt_desktop.importers", "ikt_desktop.cli.main",
         "ikt_desktop.ui.exchange.import_dialog", "ikt_desktop.ui.exchange.export_dialog",
         "ikt_desktop.ui.team.compare.view", "ikt_desktop.ui.codebook.autocode_dialogs",
         "PySide6.QtSvg")  # fmt: skip
# and the empty window needs none of these either: they come with a project
WITH_A_PROJECT = ("sqlalchemy", "sqlcipher3", "ikt_desktop.db.models",
                  "ikt_desktop.services.project", "ikt_desktop.exporters",
                  "ikt_desktop.services.analysis.charts", "ikt_desktop.ui.shell.workspace",
                  "PySide6.QtMultimedia")  # fmt: skip


def _modules(project: Path, home: Path) -> dict[str, set[str]]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(IKT_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(project)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return {k: set(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}


def _found(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_start_up_imports_only_what_the_empty_window_needs(tmp_path: Path) -> None:
    path = tmp_path / "plain.ikt"
    with Project.create(path, "Plain") as project:
        project.codebook.create("Trust")
    seen = _modules(path, tmp_path / "home")

    assert "PySide6.QtWidgets" in seen["shown"]  # the child did start the GUI
    assert _found(seen["shown"], HEAVY + WITH_A_PROJECT) == []
    assert "ikt_desktop.services.project" in seen["warmed"]  # the warm-up did its work
    assert _found(seen["warmed"], HEAVY) == []
    assert _found(seen["opened"], HEAVY) == []
    # what opening needs was imported by the warm-up (WARM_MODULES is complete)
    assert sorted(m for m in seen["opened"] - seen["warmed"] if m.startswith("ikt_desktop")) == []
