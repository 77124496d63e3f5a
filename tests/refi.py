"""Builders and checks for REFI-QDA tests (no Qt): schema validation, a project's content
in comparable form, and hand-made .qdpx archives mimicking what other tools write."""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from ikt_desktop.db.models import Code, Coding, Memo, Participant, Source, Theme
from ikt_desktop.services.project import Project

SCHEMAS = Path(__file__).resolve().parent / "data" / "refi-qda"  # copies of the official XSDs
PROJECT_NS = "urn:QDA-XML:project:1.0"


@cache
def _schema(name: str) -> Any:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def validate_qdpx(path: Path) -> etree._Element:
    """The project.qde of ``path``, after checking it against Project.xsd and that every
    internal:// text is in the archive."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        names = set(archive.namelist())
    schema = _schema("Project.xsd")
    assert schema.validate(root), schema.error_log
    for source in root.iter(f"{{{PROJECT_NS}}}TextSource"):
        reference = source.get("plainTextPath")
        assert reference.startswith("internal://")
        assert "sources/" + reference[len("internal://") :] in names
    return root


def validate_qdc(path: Path) -> etree._Element:
    root = etree.parse(str(path)).getroot()
    schema = _schema("Codebook.xsd")
    assert schema.validate(root), schema.error_log
    return root


def content(p: Project) -> dict[str, Any]:
    """What a round trip must keep, keyed by GUID and names (not by ids)."""
    codes = p.codebook.all()
    paths = p.codebook.paths()
    guid = {c.id: c.guid for c in codes}
    coders = {c.id: c.name for c in p.coders.all()}
    sources = p.sources.all()
    source_guid = {s.id: s.guid for s in sources}
    codings = sorted(
        (source_guid[c.source_id], guid[c.code_id], c.start, c.end, coders[c.coder_id], c.memo)
        for s in sources
        for c in p.codings.for_source(s.id)
    )
    people = p.participants.all()
    with p.store.read() as s:
        models = {"code": Code, "coding": Coding, "source": Source, "theme": Theme,
                  "participant": Participant}  # fmt: skip
        targets = {(kind, row.id): row.guid for kind, model in models.items()
                   for row in s.query(model)}  # fmt: skip
        memos = [(m.guid, m.target_kind, targets.get((m.target_kind, m.target_id)), m.title,
                  m.text) for m in s.query(Memo)]  # fmt: skip
    return {
        "codes": sorted(
            (
                c.guid,
                paths[c.id],
                c.color,
                c.definition,
                c.inclusion,
                c.exclusion,
                c.example,
                guid.get(c.parent_id or -1),
            )
            for c in codes
        ),
        "code order": [paths[c.id] for c in codes],
        "codings": codings,
        "participants": sorted(
            (x.guid, x.label, x.pseudonym, x.role, x.notes, x.attributes) for x in people
        ),
        "attributes": [(a.name, a.type, a.choices) for a in p.participants.attributes()],
        "sources": sorted(
            (s.guid, s.name, s.participant_label, s.interview_date, s.mode, s.interviewer)
            for s in sources
        ),
        "texts": sorted(p.sources.text(s.id) for s in sources),
        "memos": sorted(memos),
        "coders": sorted(coders.values()),
    }


def project_xml(body: str, origin: str = "", name: str = "Study") -> str:
    origin_attr = f' origin="{origin}"' if origin else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Project xmlns="{PROJECT_NS}" name="{name}"{origin_attr}>{body}</Project>'
    )


def make_qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None,
              qde_name: str = "project.qde") -> Path:  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde if isinstance(qde, bytes) else qde.encode("utf-8"))
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def utf16_offset(text: str, index: int) -> int:
    """``index`` (code points) of ``text`` as UTF-16 code units."""
    return len(text[:index].encode("utf-16-le")) // 2
