"""File ▸ Export: the dialog, the worker thread, the thematic map, the CLI with Qt."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtGui import QImage

from ikt_desktop import app
from ikt_desktop.cli import main as cli
from ikt_desktop.domain.progress import Progress
from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.services.project import Project
from ikt_desktop.ui.exchange.export_dialog import ExportOutcome
from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.themes.map_image import thematic_map_png


def test_export_dialog_writes_the_report_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    out = tmp_path / "out" / "report.docx"
    out.parent.mkdir()
    dialog.docx.path.setText(str(out))
    dialog.xlsx.path.setText(str(out.parent / "workbook.xlsx"))
    dialog.quotes.setValue(2)
    dialog.statuses["candidate"].setChecked(False)
    dialog.attributes["Joined"].setChecked(False)
    assert dialog.sample.text() == "For example: “…” (P1, iKT panel member)"
    dialog.pseudonyms.setCurrentIndex(1)
    assert dialog.sample.text() == "For example: “…” (Zoë Bélanger, iKT panel member)"
    dialog.pseudonyms.setCurrentIndex(0)
    # the demo keeps a first name in a pinned quotation: Export lists it and writes nothing
    dialog.export_button.click()
    listed = [dialog.names_found.item(i).text() for i in range(dialog.names_found.count())]
    assert listed and any("“Tomás”" in line for line in listed)
    assert "Tomás" in dialog.status.text() and not out.exists()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    dialog.accept_names.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_button.click()
    outcome: ExportOutcome = blocker.args[0]
    assert outcome.written == ("report.docx: 4 themes, 9 quotes", "workbook.xlsx: 159 quotes")
    assert openpyxl.load_workbook(out.parent / "workbook.xlsx", read_only=True).sheetnames[0] == (
        "README")  # fmt: skip
    assert "Wrote report.docx" in window.statusBar().currentMessage()
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 1  # the thematic map
    people = [c.text for c in document.tables[1].rows[0].cells]
    assert people == ["Role", "n", "Stakeholder group", "Years involved"]
    assert not [h.text for h in document.paragraphs if "Barriers and facilitators" in h.text]
    # the choices are remembered for the next export
    again = window.export_files()
    assert again is not None
    assert again.quotes.value() == 2 and not again.statuses["candidate"].isChecked()
    again.reject()


def test_cli_check_and_the_dialog_list_the_same_names(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["export", str(demo_path), "--check", "--json"]) == 1
    from_cli = json.loads(capsys.readouterr().out)["names"]
    assert [(h["word"], h["quote"][h["start"] : h["end"]]) for h in from_cli] == [
        ("Tomás", "Tomás")]  # fmt: skip
    assert cli.run(["export", str(demo_path), "--check"]) == 1
    cli_lines = capsys.readouterr().out.splitlines()
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    hits = dialog.check_names()
    assert [h.as_json() for h in hits] == from_cli
    listed = [dialog.names_found.item(i).text() for i in range(dialog.names_found.count())]
    assert listed == cli_lines
    dialog.reject()


def test_the_quote_times_box_shows_in_the_sample_and_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    assert not dialog.quote_times.isChecked() and not dialog.options().quote_times
    dialog.quote_times.setChecked(True)
    assert dialog.sample.text() == "For example: “…” (P1, iKT panel member, 00:12:04)"
    assert dialog.options().quote_times
    dialog.attribution.setText("— {participant}")
    assert dialog.sample.text() == "For example: “…” — P1 (00:12:04)"
    dialog.attribution.setText("({participant}, {role})")
    dialog._remember()  # what Export does before writing
    dialog.reject()
    again = window.export_files()
    assert again is not None and again.quote_times.isChecked()
    again.reject()


def test_a_bad_template_or_nothing_to_write_disables_export(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    dialog.attribution.setText("({name})")
    assert not dialog.export_button.isEnabled()
    assert "unknown {name}" in dialog.status.text()
    dialog.attribution.setText("[{label}]")
    assert dialog.export_button.isEnabled()
    dialog.docx.check.setChecked(False)
    dialog.xlsx.check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Choose at least one file to write."
    dialog.reject()


def test_cancel_stops_the_export_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "never.docx"
    started = threading.Event()

    def job(progress: Progress) -> str:
        for step in range(10_000):
            started.set()
            progress(step, 10_000, "working")
            threading.Event().wait(0.001)
        target.write_text("finished")
        return "never"

    worker = BackgroundWorker(job)
    with qtbot.waitSignal(worker.done, timeout=10_000) as blocker:
        thread = start_in_thread(worker, None)
        assert started.wait(5)
        worker.cancel()
    thread.wait()
    result, error, cancelled = blocker.args
    assert cancelled and result is None and not error
    assert not target.exists()


def test_the_report_map_is_drawn_for_the_page(demo: Project, tmp_path: Path) -> None:
    data = thematic_map_png(demo, ReportOptions())
    assert data is not None
    image = QImage.fromData(data, "PNG")  # type: ignore[call-overload]
    # 16 cm at 300 dpi; tall enough for five themes in three columns
    assert abs(image.width() - 16 / 2.54 * 300) < 3
    assert 400 < image.height() < image.width() * 2
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert thematic_map_png(demo, ReportOptions(statuses=("final",))) is not None
    empty = Project.create(tmp_path / "empty.ikt")
    assert thematic_map_png(empty, ReportOptions()) is None
    empty.close()


def test_cli_export_draws_the_map_through_the_composition_root(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cli.docx"
    assert cli.run(["export", str(demo_path), "--docx", str(out), "--accept-found-names"],
                   render_map=app._render_map) == 0  # fmt: skip
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 1
    picture = document.inline_shapes[0]
    blip = picture._inline.graphic.graphicData.pic.blipFill.blip
    image = QImage.fromData(document.part.related_parts[blip.embed].blob, "PNG")  # type: ignore[call-overload]
    assert image.width() / (picture.width.inches) >= 300  # 300 dpi at its printed width
    description = picture._inline.docPr.get("descr")
    assert description.startswith("Thematic map of Defining iKT")
