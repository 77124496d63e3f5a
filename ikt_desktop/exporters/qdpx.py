"""Writing REFI-QDA projects (``.qdpx``) and codebooks (``.qdc``) from plain data.

A ``.qdpx`` is a zip with ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``) and
``sources/GUID.txt``, each transcript's text in UTF-8, referred to as ``internal://``.
Positions are code points, end exclusive (our own unit and the standard's). Elements come
in the order the schema requires, and empty containers are left out (the schema wants at
least one child in each). Every output is written to a temporary file and renamed.

Where memos go, so that each lands where the receiving tools look for it:

- **A coding's memo** is the ``<Description>`` of its ``<PlainTextSelection>`` (the
  schema's place for a comment on a selection). QualCoder reads exactly that into the
  coding's memo and writes it there itself (``refi.py``: ``load_codings_for_text`` and
  ``text_selection_xml``, ccbogel/QualCoder @ c3204641); MAXQDA writes its comments on
  coded segments there too (QualCoder's importer handles MAXQDA selections that carry only
  a ``<Description>``). A selection's Description is shared by all its codings, so
  codings of one span with different memos get one selection each. The memo also stays a
  ``<Note>`` referred to by the coding's ``<NoteRef>`` (the standard's way to attach a
  note to a coding, which our own importer uses), kept inline only, so that QualCoder,
  which turns every file-backed note into a journal entry, does not list each coding memo
  twice.
- **Memos on sources, codes, cases, themes and the journal** are ``<Note>`` elements with
  their text both inline (``<PlainTextContent>``) and in ``sources/GUID.txt`` named by
  ``plainTextPath``: QualCoder reads a note's text only from that file (``parse_notes``),
  and NVivo and QualCoder write their memos that way; Magnolia writes its memos that way
  "so memos round-trip with other tools (Atlas.ti)" (caledavis/Magnolia,
  ``src/main/qdpx/writer.ts``). They are attached by ``<NoteRef>`` (sources, codes, the
  project) or by a ``<Link>`` from the note (cases, themes), as REFI-QDA 1.5 describes and
  NVivo's "memo links" use. QualCoder needs each journal name to be unique (a repeated
  name aborts its import), so repeated names are numbered.
- **A recording** (issue 17) is an ``<AudioSource>`` or ``<VideoSource>`` after the text
  sources. Its ``<Transcript>`` names the same ``sources/GUID.txt`` as the source's
  ``<TextSource>`` and holds a ``<SyncPoint>`` (position in code points, ``timeStamp`` in
  ms) where each timed turn starts and ends. The codings stay on the ``<TextSource>``
  only, so a tool that reads both never counts them twice (QualCoder exports A/V coding
  the same way). An embedded recording is written into ``sources/`` and named
  ``internal://``; a referenced one is ``relative://`` from the project's ``basePath``.
- **The project memo** (the journal entry called "Project description", else the oldest
  journal entry) is also the project's ``<Description>``, which QualCoder reads into its
  project memo (``parse_project_description``) and the standard defines as the project's
  description; that note stays inline only, and our importer does not make it twice.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lxml import etree

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.exchange.refi import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiMedia,
    RefiNote,
    RefiProject,
    RefiSet,
    RefiSource,
    derived_guid,
    to_xml_datetime,
    unique_name,
)
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.transcripts.text import xml_safe as drop_non_xml
from ikt_desktop.exporters.files import atomic_output

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PROJECT_XSD = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
CODEBOOK_XSD = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"


_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (Word's vertical tab and form
    feed, pasted into a memo, become line breaks; other control characters go)."""
    return drop_non_xml(text.translate(_BREAKS))


class _Writer:
    """Makes elements in one namespace."""

    def __init__(self, namespace: str) -> None:
        self.ns = namespace

    def root(self, tag: str, schema: str, **attrs: str | None) -> Any:
        element = etree.Element(f"{{{self.ns}}}{tag}", nsmap={None: self.ns, "xsi": XSI})
        element.set(f"{{{XSI}}}schemaLocation", f"{self.ns} {schema}")
        self._attrs(element, attrs)
        return element

    def add(self, parent: Any, tag: str, text: str | None = None, **attrs: str | None) -> Any:
        given = {k: v for k, v in attrs.items() if v is not None}
        if "name" in given:
            given["name"] = xml_safe(given["name"])
        element = etree.SubElement(parent, f"{{{self.ns}}}{tag}", given)
        if text is not None:
            element.text = xml_safe(text)
        return element

    def description(self, parent: Any, text: str) -> None:
        if text:
            self.add(parent, "Description", text)

    def refs(self, parent: Any, tag: str, guids: Iterable[str]) -> None:
        for guid in guids:
            self.add(parent, tag, targetGUID=guid)

    @staticmethod
    def _attrs(element: Any, attrs: dict[str, str | None]) -> None:
        for key, value in attrs.items():
            if value is not None:
                element.set(key, value)


def _xml_bytes(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _time(value: Any) -> str | None:
    return to_xml_datetime(value) if value is not None else None


# -- codebook ------------------------------------------------------------------------


def _code(w: _Writer, parent: Any, code: RefiCode, with_notes: bool) -> None:
    element = w.add(parent, "Code", guid=code.guid, name=code.name, isCodable="true",
                    color=code.color)  # fmt: skip
    w.description(element, code.description)
    if with_notes:
        w.refs(element, "NoteRef", code.note_guids)
    for sub in code.children:
        _code(w, element, sub, with_notes)


def _sets(w: _Writer, parent: Any, sets: Iterable[RefiSet], in_codebook: bool) -> None:
    sets = list(sets)
    if not sets:
        return
    container = w.add(parent, "Sets")
    for s in sets:
        element = w.add(container, "Set", guid=s.guid, name=s.name)
        w.description(element, s.description)
        for guid in s.code_guids:
            if in_codebook:
                w.add(element, "MemberCode", guid=guid)
            else:
                w.add(element, "MemberCode", targetGUID=guid)
        if not in_codebook:
            w.refs(element, "MemberSource", s.source_guids)
            w.refs(element, "MemberNote", s.note_guids)


def codebook_xml(codes: Iterable[RefiCode], sets: Iterable[RefiSet], origin: str) -> bytes:
    codes = list(codes)
    if not codes:
        raise ValidationError("The project has no codes: there is no codebook to export.")
    w = _Writer(CODEBOOK_NS)
    root = w.root("CodeBook", CODEBOOK_XSD, origin=origin)
    container = w.add(root, "Codes")
    for code in codes:
        _code(w, container, code, with_notes=False)
    _sets(w, root, [s for s in sets if s.code_guids], in_codebook=True)
    return _xml_bytes(root)


def write_qdc(path: Path, codes: Iterable[RefiCode], sets: Iterable[RefiSet], origin: str) -> None:
    data = codebook_xml(codes, sets, origin)
    with atomic_output(Path(path)) as temporary:
        temporary.write_bytes(data)


# -- project -------------------------------------------------------------------------


def _case(w: _Writer, parent: Any, case: RefiCase, types: dict[str, str]) -> None:
    element = w.add(parent, "Case", guid=case.guid, name=case.name)
    w.description(element, case.description)
    for value in case.values:
        vv = w.add(element, "VariableValue")
        w.add(vv, "VariableRef", targetGUID=value.variable_guid)
        w.add(vv, f"{types.get(value.variable_guid, value.type)}Value", value.value)
    w.refs(element, "SourceRef", case.source_guids)


def _selections(w: _Writer, parent: Any, source: RefiSource) -> None:
    """One PlainTextSelection per span and memo, holding every coding of that span with
    that memo; the memo is the selection's Description."""
    spans: dict[tuple[int, int, str], list[RefiCoding]] = {}
    for coding in source.codings:
        spans.setdefault((coding.start, coding.end, coding.memo.strip()), []).append(coding)
    for (start, end, memo), codings in sorted(spans.items()):
        first = codings[0]
        guid = (derived_guid(first.guid, "selection") if memo
                else derived_guid(source.guid, f"selection:{start}:{end}"))  # fmt: skip
        selection = w.add(
            parent, "PlainTextSelection", guid=guid,
            startPosition=str(start), endPosition=str(end),
            creatingUser=first.user_guid, creationDateTime=_time(first.created),
        )  # fmt: skip
        w.description(selection, memo)
        for coding in codings:
            element = w.add(selection, "Coding", guid=coding.guid,
                            creatingUser=coding.user_guid,
                            creationDateTime=_time(coding.created))  # fmt: skip
            w.add(element, "CodeRef", targetGUID=coding.code_guid)
            w.refs(element, "NoteRef", coding.note_guids)


def _media(w: _Writer, parent: Any, source: RefiSource, media: RefiMedia) -> None:
    """The source's recording with its transcript (the source's own text file) and the
    turn times as sync points."""
    tag = "VideoSource" if media.kind == "video" else "AudioSource"
    element = w.add(parent, tag, guid=media.guid, name=media.name, path=media.path,
                    currentPath=media.current_path or None)  # fmt: skip
    w.description(element, media.description())
    transcript = w.add(element, "Transcript", guid=media.transcript_guid, name=source.name,
                       plainTextPath=f"internal://{source.guid}.txt")  # fmt: skip
    for position, ms in media.sync_points:
        w.add(transcript, "SyncPoint", guid=derived_guid(media.guid, f"sync:{position}:{ms}"),
              timeStamp=str(ms), position=str(position))  # fmt: skip


def note_files(notes: Iterable[RefiNote]) -> dict[str, str]:
    """{note guid: the name it is written under} for the notes also written as files:
    repeated names numbered (QualCoder refuses a repeated journal name)."""
    taken: set[str] = set()
    out = {}
    for note in notes:
        if note.as_file:
            out[note.guid] = unique_name(note.name, taken) if note.name else ""
    return out


def _notes(w: _Writer, root: Any, notes: tuple[RefiNote, ...]) -> None:
    if not notes:
        return
    container = w.add(root, "Notes")
    names = note_files(notes)
    for note in notes:
        name = names.get(note.guid, note.name)
        path = f"internal://{note.guid}.txt" if note.guid in names else None
        element = w.add(container, "Note", guid=note.guid, name=name or None,
                        plainTextPath=path, creatingUser=note.user_guid,
                        creationDateTime=_time(note.created),
                        modifiedDateTime=_time(note.modified))  # fmt: skip
        w.add(element, "PlainTextContent", note.text)


def project_xml(project: RefiProject, progress: Progress = no_progress) -> bytes:
    w = _Writer(PROJECT_NS)
    root = w.root("Project", PROJECT_XSD, name=project.name, origin=project.origin,
                  creatingUserGUID=project.user_guid,
                  creationDateTime=_time(project.created),
                  basePath=project.base_path or None)  # fmt: skip
    if project.users:
        users = w.add(root, "Users")
        for user in project.users:
            w.add(users, "User", guid=user.guid, name=user.name, id=user.initials or None)
    if project.codes:
        codes = w.add(w.add(root, "CodeBook"), "Codes")
        for code in project.codes:
            _code(w, codes, code, with_notes=True)
    if project.variables:
        variables = w.add(root, "Variables")
        for v in project.variables:
            element = w.add(variables, "Variable", guid=v.guid, name=v.name,
                            typeOfVariable=v.type)  # fmt: skip
            w.description(element, v.description)
    types = {v.guid: v.type for v in project.variables}
    if project.cases:
        cases = w.add(root, "Cases")
        for case in project.cases:
            _case(w, cases, case, types)
    if project.sources:
        sources = w.add(root, "Sources")
        total = len(project.sources)
        for i, source in enumerate(project.sources):
            progress(i, total, source.name)
            element = w.add(
                sources, "TextSource", guid=source.guid, name=source.name,
                plainTextPath=f"internal://{source.guid}.txt",
                creatingUser=source.user_guid, creationDateTime=_time(source.created),
            )  # fmt: skip
            w.description(element, source.description)
            _selections(w, element, source)
            w.refs(element, "NoteRef", source.note_guids)
        for source in project.sources:
            if source.media is not None:
                _media(w, sources, source, source.media)
    _notes(w, root, project.notes)
    if project.links:
        links = w.add(root, "Links")
        for link in project.links:
            w.add(links, "Link", guid=link.guid, name=link.name or None, direction="OneWay",
                  originGUID=link.origin_guid, targetGUID=link.target_guid)  # fmt: skip
    _sets(w, root, project.sets, in_codebook=False)
    w.description(root, project.description)
    w.refs(root, "NoteRef", project.note_guids)
    return _xml_bytes(root)


def write_qdpx(
    path: Path, project: RefiProject, progress: Progress = no_progress,
    media_bytes: Callable[[str], bytes | None] | None = None,
) -> None:  # fmt: skip
    """Write ``project`` to ``path`` (all or nothing). ``progress`` may raise Cancelled.
    ``media_bytes(guid)`` reads an embedded recording when it is written, so that one
    recording at a time is in memory."""
    total = len(project.sources) * 2 + 1
    data = project_xml(
        project, lambda i, _n, what: progress(i, total, f"Writing codings of {what}")
    )
    with atomic_output(Path(path)) as temporary:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr("project.qde", data)
            for i, source in enumerate(project.sources):
                progress(len(project.sources) + i, total, f"Writing the text of {source.name}")
                archive.writestr(f"sources/{source.guid}.txt", source.text.encode("utf-8"))
            for note in project.notes:
                if note.as_file:
                    archive.writestr(f"sources/{note.guid}.txt", xml_safe(note.text).encode())
            for source in project.sources:  # embedded recordings, stored (already compressed)
                media = source.media
                name = media.archive_name() if media is not None else None
                if media is None or name is None:
                    continue
                progress(total - 1, total, f"Writing the recording of {source.name}")
                recording = media.data
                if recording is None and media_bytes is not None:
                    recording = media_bytes(media.guid)
                if recording:
                    archive.writestr(name, recording, zipfile.ZIP_STORED)
        progress(total, total, "")
