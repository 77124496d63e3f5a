"""``ikt-desktop query``: a saved coding query run headless (a real process)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from ikt_desktop.domain.query.coding_query import (
    CodeTerm,
    Condition,
    Filters,
    Query,
    SameTurn,
    to_json,
)
from ikt_desktop.services.project import Project
from tests.unit.test_cli import run


def test_query_saved_json_xlsx_and_errors(demo_path: Path, app_home: Path, tmp_path: Path) -> None:
    with Project.open(demo_path) as p:
        codes = {c.name: c.id for c in p.codebook.all()}
        query = Query(
            SameTurn(CodeTerm(codes["Facilitators"], True, "Facilitators"),
                     CodeTerm(codes["Virtual meetings"], True, "Virtual meetings")),
            Filters((Condition("role", ("extended collaborator",)),)),
        )  # fmt: skip
        p.saved_queries.create("Facilitators online", "coding", to_json(query))
        p.saved_queries.create("Gone", "coding", to_json(Query(CodeTerm(999, name="Old code"))))
        expected = p.queries.run(query)
    out = run("query", str(demo_path), "--saved", "facilitators online", "--json", home=app_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["count"] == len(expected.rows) > 0
    assert {r["role"] for r in data["rows"]} == {"extended collaborator"}
    assert data["description"].endswith("participants with role = extended collaborator")
    xlsx = tmp_path / "q.xlsx"
    human = run("query", str(demo_path), "--saved", "Facilitators online", "--xlsx", str(xlsx),
                home=app_home)  # fmt: skip
    assert human.returncode == 0, human.stderr
    assert f"Wrote {xlsx}" in human.stdout and "(P7, extended collaborator)" in human.stdout
    assert openpyxl.load_workbook(xlsx).active["A1"].value == data["description"]
    listed = run("query", str(demo_path), "--list", "--json", home=app_home)
    assert [q["name"] for q in json.loads(listed.stdout)["queries"]] == [
        "Facilitators online", "Gone"
    ]  # fmt: skip
    gone = run("query", str(demo_path), "--saved", "Gone", home=app_home)
    assert gone.returncode == 2
    assert gone.stderr.strip() == (
        "ikt-desktop query: saved query 'Gone': This query cannot run: "
        "code 'Old code' no longer exists."
    )
    missing = run("query", str(demo_path), "--saved", "Nope", home=app_home)
    assert missing.returncode == 2 and "No saved query named 'Nope'" in missing.stderr
