"""The Analysis tab: the matrix model (qtmodeltester), the heat table with its drill-down
and jump to the transcript, staleness while hidden, Excel/PNG/SVG exports read back."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.analysis.matrices import MatrixSpec
from ikt_desktop.services.project import Project
from ikt_desktop.ui.analysis.matrix_model import DIAGONAL, MatrixTableModel, ValueRole
from ikt_desktop.ui.analysis.report_charts import report_charts_png
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.themes.map_image import thematic_map_png


def _analysis(qtbot, window: MainWindow, demo_path: Path):  # type: ignore[no-untyped-def]
    assert window.open_project(demo_path)
    workspace = window.workspace
    assert workspace is not None
    workspace.tabs.setCurrentWidget(workspace.analysis)
    pane = workspace.analysis.matrix_pane
    qtbot.waitUntil(lambda: pane.ready)
    return workspace, pane


def test_matrix_model_passes_modeltester(demo: Project, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MatrixTableModel()
    model.set_matrix(demo.matrices.matrix(MatrixSpec()))
    qtmodeltester.check(model)
    model.set_matrix(demo.matrices.matrix(MatrixSpec("code")))
    qtmodeltester.check(model)
    diagonal = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert diagonal.color() == QColor(DIAGONAL)
    model.set_matrix(None)
    qtmodeltester.check(model)


def test_heat_colours_scale_to_the_largest_cell(demo: Project) -> None:
    model = MatrixTableModel()
    matrix = demo.matrices.matrix(MatrixSpec("role"))
    model.set_matrix(matrix)
    cells = [(r, c) for r in range(len(matrix.rows)) for c in range(len(matrix.columns))]
    top = max(cells, key=lambda rc: matrix.cells[rc[0]][rc[1]])
    index = model.index(*top)
    assert model.data(index, ValueRole) == matrix.maximum
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == QColor("#2166AC")
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color() == QColor("#FFFFFF")
    zero = next(rc for rc in cells if matrix.cells[rc[0]][rc[1]] == 0)
    assert model.data(model.index(*zero), Qt.ItemDataRole.ForegroundRole).color() == QColor(
        "#000000"
    )
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "iKT panel member\nn = 5"


def test_click_a_cell_lists_its_segments_and_jumps(
    qtbot, window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace, pane = _analysis(qtbot, window, demo_path)
    assert pane.model.rowCount() == len(pane.matrix.rows) > 20
    row = next(i for i, r in enumerate(pane.matrix.rows) if r.label == "Tokenism")
    index = pane.model.index(row, 0)  # Tokenism x P1
    rect = pane.table.visualRect(index)
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # P1 is coded by both coders in the demo: Dana's Tokenism segment and Sam's shorter one
    assert pane.segments.rowCount() == pane.matrix.cells[row][0] == 2
    segment = pane.segments.rows[0]
    assert segment.participant_label == "P1" and segment.code_name == "Tokenism"
    assert "2 segments" in pane.cell_label.text()
    first = pane.segments.index(0, 0)
    pane.segment_table.scrollTo(first)
    spot = pane.segment_table.visualRect(first).center()
    qtbot.mouseClick(pane.segment_table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert workspace.tabs.currentWidget() is workspace.rows  # back on the Coding tab
    assert workspace.transcript_pane.source_id == segment.coding.source_id
    view = workspace.transcript_pane.view
    assert view.selection_span() == (segment.coding.start, segment.coding.end)


def test_changes_mark_it_stale_and_it_recomputes_when_shown(
    qtbot, window: MainWindow, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace, pane = _analysis(qtbot, window, demo_path)
    project = window.project
    assert project is not None
    code = pane.matrix.rows[0].id  # Defining iKT
    said = next(x for x in project.segments.for_codes([pane.matrix.rows[3].id])
                if x.participant_label == "P1")  # fmt: skip
    before = pane.matrix.cells[0][0]  # Defining iKT x P1
    workspace.tabs.setCurrentWidget(workspace.rows)
    outcome = project.codings.apply(said.coding.source_id, code, said.coding.start,
                                    said.coding.end)  # fmt: skip
    window.hub.publish(outcome.changes)
    assert pane.stale and not pane.isVisible()
    assert pane.matrix.cells[0][0] == before  # not recomputed while hidden
    workspace.tabs.setCurrentWidget(workspace.analysis)
    qtbot.waitUntil(lambda: pane.ready)
    assert pane.matrix.cells[0][0] == before + 1


def test_choices_give_the_matrix_and_excel_export(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _workspace, pane = _analysis(qtbot, window, demo_path)
    pane.choose(by="role", measure="participants", themes=True)
    qtbot.waitUntil(lambda: pane.ready)
    assert pane.spec() == MatrixSpec("role", "participants", themes=True)
    assert [c.label for c in pane.matrix.columns] == ["iKT panel member", "extended collaborator"]
    pane.choose(by="Stakeholder group")
    qtbot.waitUntil(lambda: pane.ready)
    assert pane.matrix.spec.by == "Stakeholder group"
    pane.choose(by="code")
    qtbot.waitUntil(lambda: pane.ready)
    assert not pane.measure_box.isEnabled() and pane.spec().measure == "codings"
    out = tmp_path / "m.xlsx"
    pane.ask_save = lambda *_args: out
    pane.export_button.click()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Co-occurrence"]
    assert book.active["A1"].value.startswith("Co-occurrence")


def test_charts_show_and_export_png_and_svg(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace, _pane = _analysis(qtbot, window, demo_path)
    charts = workspace.analysis.charts_pane
    workspace.analysis.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.ready)
    assert charts.chart is not None and charts.chart.title.startswith("Code frequencies")
    charts.choose("theme_prevalence")
    qtbot.waitUntil(lambda: charts.ready)
    assert [s.name for s in charts.chart.series] == [
        "iKT panel member (n=5)", "extended collaborator (n=3)",
    ]  # fmt: skip
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    charts.ask_save = lambda *_args: png
    charts.png_button.click()
    image = QImage(str(png))
    assert image.width() == 720 * 3 and image.height() > 300
    charts.export(svg)
    root = etree.parse(str(svg)).getroot()
    assert root.tag.endswith("svg")
    assert "Theme prevalence by role" in etree.tostring(root, encoding="unicode")
    grab = charts.canvas.grab()
    assert grab.width() > 300 and grab.height() > 200


def test_report_includes_the_charts_when_asked(demo_path: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.docx"
    argv = ["export", str(demo_path), "--docx", str(out), "--accept-found-names"]
    renderers = {"render_map": thematic_map_png, "render_charts": report_charts_png}
    assert cli.run(argv, **renderers) == 0
    assert len(docx.Document(str(out)).inline_shapes) == 1  # the map only: charts are opt-in
    assert cli.run([*argv, "--charts"], **renderers) == 0
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 3
    captions = [
        p.text for p in document.paragraphs if p.style.name == "Caption" and "Figure" in p.text
    ]
    assert [c.split(".")[0] for c in captions] == ["Figure 1", "Figure 2", "Figure 3"]
    assert captions[1].startswith("Figure 2. Theme prevalence by role")
    assert captions[2].startswith("Figure 3. Code frequencies")
    assert cli.run([*argv, "--charts", "--no-map"], **renderers) == 0
    captions = [
        p.text
        for p in docx.Document(str(out)).paragraphs
        if p.style.name == "Caption" and p.text.startswith("Figure")
    ]
    assert [c.split(".")[0] for c in captions] == ["Figure 1", "Figure 2"]


def test_export_dialog_offers_the_charts(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    dialog = window.export_files()
    assert dialog is not None
    out = tmp_path / "report.docx"
    dialog.docx.path.setText(str(out))
    dialog.xlsx.check.setChecked(False)
    dialog.include_charts.setChecked(True)
    dialog.accept_names.setChecked(True)  # the demo keeps a name in a quotation
    assert dialog.options().include_charts
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert len(docx.Document(str(out)).inline_shapes) == 3
    again = window.export_files()
    assert again is not None and again.include_charts.isChecked()  # remembered
    again.reject()
