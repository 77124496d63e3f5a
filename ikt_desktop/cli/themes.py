"""``ikt-desktop themes PROJECT --json``: the analysis as data."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ikt_desktop.services.dto import ThemeDTO
from ikt_desktop.services.project import Project


def theme_tree(project: Project) -> list[dict[str, Any]]:
    themes = project.themes.all()
    paths = project.codebook.paths()
    children: dict[int | None, list[ThemeDTO]] = {}
    for theme in themes:
        children.setdefault(theme.parent_id, []).append(theme)

    def describe(theme: ThemeDTO) -> dict[str, Any]:
        quotes = project.segments.for_codings(list(theme.quote_ids))
        return {
            "name": theme.name,
            "status": theme.status,
            "definition": theme.definition,
            "central_concept": theme.central_concept,
            "codes": [paths[c] for c in theme.code_ids],
            "subthemes": [describe(t) for t in children.get(theme.id, [])],
            "participants_by_role": {
                role: list(counts) for role, counts in project.themes.prevalence(theme.id).items()
            },
            "quotes": [
                {
                    "source": q.source_name,
                    "participant": q.participant_label or None,
                    "text": " ".join(q.quote.split()),
                }
                for q in quotes
            ],
        }

    return [describe(t) for t in children.get(None, [])]


def run_themes(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        tree = theme_tree(project)
    if args.json:
        print(json.dumps({"themes": tree}, ensure_ascii=False))
        return 0

    def show(theme: dict[str, Any], depth: int) -> None:
        pad = "  " * depth
        roles = ", ".join(f"{n}/{total} {role}" for role, (n, total)
                          in theme["participants_by_role"].items())  # fmt: skip
        print(f"{pad}{theme['name']} [{theme['status']}] — {roles}")
        for code in theme["codes"]:
            print(f"{pad}  · {code}")
        for quote in theme["quotes"]:
            print(f"{pad}  “{quote['text']}” ({quote['participant'] or quote['source']})")
        for sub in theme["subthemes"]:
            show(sub, depth + 1)

    for theme in tree:
        show(theme, 0)
    return 0
