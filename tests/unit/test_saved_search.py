"""Saved text searches: the versioned JSON definition (domain), saving and opening one
by source GUID with sources deleted since reported (service), and ``ikt-desktop search
--saved/--list`` (a real process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.saved_search import (
    VERSION,
    SourceRef,
    TextSearch,
    check,
    describe,
    from_json,
    to_json,
)
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.search import SearchOptions
from tests.helpers import add_source
from tests.unit.test_cli import run

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


def test_a_definition_round_trips_with_emoji_accents_and_cjk() -> None:
    search = TextSearch('"café 👍" OR 硬化症 NOT Zoë', prefix=True, accents=True,
                        participants_only=True,
                        sources=(SourceRef("g-1", "P1 ✨ interview"), SourceRef("g-2")))  # fmt: skip
    text = to_json(search)
    assert json.loads(text)["version"] == VERSION
    assert "硬化症" in text  # kept readable, not escaped
    assert from_json(text) == search
    assert from_json(to_json(TextSearch("trust"))) == TextSearch("trust")
    assert describe(search) == (
        '“"café 👍" OR 硬化症 NOT Zoë” (word beginnings, match accents, '
        "participant talk only, 2 sources)"
    )
    assert describe(TextSearch("trust")) == "“trust”"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{", "not valid JSON"),
        ("[1]", "not a JSON object"),
        ('{"version": 2, "query": "x"}', "version 2; this iKT Desktop reads version 1"),
        ('{"version": 1}', "no query text"),
        ('{"version": 1, "query": "x", "accents": "yes"}', "'accents' is not true or false"),
        ('{"version": 1, "query": "x", "sources": {}}', "sources are not a list"),
        ('{"version": 1, "query": "x", "sources": [{"name": "P1"}]}', "has no GUID"),
        ('{"version": 1, "query": "NOT care"}', "NOT needs a word before it"),
        ('{"version": 1, "query": "  "}', "Type a word or phrase"),
    ],
)
def test_malformed_definitions_say_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason.replace("(", r"\(")):
        from_json(text)


def test_check_accepts_a_query_the_search_accepts() -> None:
    assert check(TextSearch("neuro*")) == TextSearch("neuro*")
    with pytest.raises(ValidationError, match="closing quote"):
        check(TextSearch('"care team'))


def test_saved_by_guid_and_a_deleted_source_is_reported(project: Project) -> None:
    first, second = add_source(project, "P1"), add_source(project, "P2")
    options = SearchOptions(accents=True, source_ids=(second, first))
    definition = project.search.definition("  MS 👍 ", options)
    guids = {s.id: s.guid for s in project.sources.all()}
    saved = from_json(definition)
    assert saved.query == "MS 👍" and [r.guid for r in saved.sources] == [
        guids[first], guids[second]]  # fmt: skip
    opened = project.search.open_saved(definition)
    assert (opened.query, opened.options, opened.missing) == (
        "MS 👍", SearchOptions(accents=True, source_ids=(first, second)), ())  # fmt: skip
    hits = project.search.search(opened.query, opened.options).hits
    assert {h.source_id for h in hits} == {first, second}
    name = project.sources.get(second).name
    project.sources.delete(second)
    opened = project.search.open_saved(definition)
    assert opened.options.source_ids == (first,) and opened.missing == (name,)
    project.sources.delete(first)
    with pytest.raises(ValidationError, match="every source this search was limited to"):
        project.search.open_saved(definition)
    with pytest.raises(ValidationError, match="A chosen source was deleted"):
        project.search.definition("MS", options)
    with pytest.raises(ValidationError, match="NOT needs a word"):
        project.search.definition("NOT MS")


def test_cli_lists_and_runs_saved_searches(demo_path: Path, app_home: Path) -> None:
    with Project.open(demo_path) as p:
        talk = SearchOptions(participants_only=True)
        with_hits = {h.source_id for h in p.search.hits("neurolog*", talk)}
        sources = sorted(p.sources.all(), key=lambda s: s.id not in with_hits)
        one = SearchOptions(participants_only=True, source_ids=(sources[0].id,))
        p.saved_queries.create("Neuro", "text", p.search.definition("neurolog*", one))
        gone = SearchOptions(source_ids=(sources[1].id, sources[2].id))
        p.saved_queries.create("Partly gone", "text", p.search.definition("the", gone))
        p.sources.delete(sources[2].id)
        expected = p.search.search("neurolog*", one, limit=50)
    listed = run("search", str(demo_path), "--list", "--json", home=app_home)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["saved_searches"]
    assert [r["name"] for r in rows] == ["Neuro", "Partly gone"]
    assert rows[0]["definition"]["participants_only"] is True
    human = run("search", str(demo_path), "--list", home=app_home)
    assert "Neuro: “neurolog*” (participant talk only, 1 source)" in human.stdout
    out = run("search", str(demo_path), "--saved", "neuro", "--json", home=app_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["query"] == "neurolog*" and data["missing_sources"] == []
    assert [h["start"] for h in data["hits"]] == [h.start for h in expected.hits][:50]
    assert data["hits"] and data["hits"][0]["role"] != "Interviewer"
    assert {h["source_id"] for h in data["hits"]} == {sources[0].id}
    partly = run("search", str(demo_path), "--saved", "Partly gone", home=app_home)
    assert partly.returncode == 0, partly.stderr
    assert f"left out): {sources[2].name}" in partly.stdout
    bad = run("search", str(demo_path), "--saved", "Neuro", "--accents", home=app_home)
    assert bad.returncode == 2 and "runs with its saved options" in bad.stderr
    both = run("search", str(demo_path), "care", "--list", home=app_home)
    assert both.returncode == 2 and "give only one of QUERY and --list" in both.stderr
    missing = run("search", str(demo_path), "--saved", "Nope", home=app_home)
    assert missing.returncode == 2 and "No saved query named 'Nope'" in missing.stderr
