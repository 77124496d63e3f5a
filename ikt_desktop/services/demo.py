"""Build the bundled FICTIONAL demo study from the text files under ``resources/demo``.

Everything goes through the ordinary services, so the demo exercises the same paths as a
researcher's own project does.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.transcript import SpeakerMapping, build_draft
from ikt_desktop.importers.reader import read_transcript
from ikt_desktop.resources import resource_path
from ikt_desktop.services.project import Project


def _load(folder: Path, name: str) -> dict[str, Any]:
    with open(folder / name, "rb") as handle:
        return tomllib.load(handle)


def build_demo(path: Path, folder: Path | None = None) -> Project:
    """Write the demo project to ``path`` (which must not exist) and return it open."""
    folder = folder or resource_path("demo")
    study = _load(folder, "study.toml")
    project = Project.create(path, study["study"]["title"])
    try:
        _fill(project, folder, study)
    except BaseException:
        project.close()
        Path(path).unlink(missing_ok=True)
        raise
    return project


def _fill(project: Project, folder: Path, study: dict[str, Any]) -> None:
    coders = {}
    for c in study["coders"]:
        coder = project.coders.add(c["name"], c["initials"], c["color"]).value
        coders[coder.initials] = coder.id
    project.coders.set_current(next(iter(coders.values())))
    if study.get("details"):
        project.study.set(study["details"])

    attributes = {}
    for a in study["attributes"]:
        attributes[a["name"]] = project.participants.define_attribute(
            a["name"], a["type"], a.get("choices", ())
        ).value.id
    for p in study["participants"]:
        person = project.participants.add(p["label"], p["pseudonym"], p["role"]).value
        for name, value in p.get("attributes", {}).items():
            project.participants.set_value(person.id, attributes[name], value)

    codes: dict[str, int] = {}
    for c in _load(folder, study["study"]["codebook"])["code"]:
        parent_path, _, name = c["path"].rpartition("/")
        details = {k: c[k] for k in ("definition", "inclusion", "exclusion", "example") if k in c}
        codes[c["path"]] = project.codebook.create(
            name, codes[parent_path] if parent_path else None, color=c.get("color"), **details
        ).value.id

    guide = (folder / study["study"]["guide"]).read_text(encoding="utf-8")
    project.memos.add("project", None, "About this study", study["study"]["description"])
    project.memos.add("project", None, "Interview guide", guide)

    for src in study["sources"]:
        path = folder / src["file"]
        draft = build_draft(read_transcript(path), src["name"], path.name)
        mapping = {
            name: SpeakerMapping(is_interviewer=True)
            if target == "interviewer"
            else SpeakerMapping(participant_label=target)
            for name, target in src["speakers"].items()
        }
        source = project.sources.add_transcript(
            draft, mapping, participant_label=src["participant"]
        ).value
        text = project.sources.text(source.id)
        codings_file = folder / "codings" / f"{src['participant']}.csv"
        if codings_file.exists():
            _apply_codings(project, codings_file, text, source.id, codes, coders)
    themes_file = folder / study["study"].get("themes", "themes.toml")
    if themes_file.exists():
        _build_themes(project, _load(folder, themes_file.name)["theme"], codes)


def _apply_codings(
    project: Project,
    csv_path: Path,
    text: str,
    source_id: int,
    codes: dict[str, int],
    coders: dict[str, int],
) -> None:
    with open(csv_path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            quote = row["quote"].strip()
            start = text.find(quote)
            if start < 0 or row["code"] not in codes:
                raise ValidationError(f"{csv_path}:{line}: quote or code not found in the demo.")
            project.codings.apply(
                source_id, codes[row["code"]], start, start + len(quote),
                coder_id=coders[row["coder"]],
            )  # fmt: skip


def _build_themes(project: Project, themes: list[dict[str, Any]], codes: dict[str, int]) -> None:
    """The demo's analysis: themes (and sub-themes) from codes, with pinned quotes and an
    analytic narrative each, laid out on the board in a grid of three columns."""
    sources = {s.participant_label: s.id for s in project.sources.all()}
    for i, spec in enumerate(themes):
        row, column = divmod(i, 3)
        geometry = (40.0 + column * 420, 40.0 + row * 500, 400.0, 460.0)
        _add_theme(project, spec, None, codes, sources, geometry)


def _add_theme(
    project: Project,
    spec: dict[str, Any],
    parent: int | None,
    codes: dict[str, int],
    sources: dict[str, int],
    geometry: tuple[float, float, float, float],
) -> None:
    theme = project.themes.create(
        spec["name"], parent, code_ids=[codes[c] for c in spec["codes"]], geometry=geometry,
        color=spec.get("color"),
    ).value  # fmt: skip
    keys = ("definition", "central_concept", "narrative", "status")
    fields = {k: spec[k] for k in keys if k in spec}
    project.themes.edit(theme.id, **fields)
    for label, opening in spec.get("quotes", []):
        source_id = sources[label]
        text = project.sources.text(source_id)
        coding = next(
            (c for c in project.codings.for_source(source_id)
             if text[c.start : c.end].startswith(opening)), None,
        )  # fmt: skip
        if coding is None:
            raise ValidationError(f"themes.toml: no coded segment of {label} starts {opening!r}")
        project.themes.pin_quote(theme.id, coding.id)
    x, y, w, _h = geometry
    for k, sub in enumerate(spec.get("sub", [])):
        _add_theme(project, sub, theme.id, codes, sources, (x + 20, y + 270 + k * 130, w - 40, 150))
