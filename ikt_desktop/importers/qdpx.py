"""Reading REFI-QDA projects (``.qdpx``) and codebooks (``.qdc``) into plain data.

Tolerant of what real tools write: any namespace version (elements are matched by local
name), a ``.qde`` with another name, ``Sources/`` or ``sources/``, empty containers,
colours that are not ``#RRGGBB``, GUIDs in braces, the same span repeated once per code.
Positions are converted to code points of the normalised text, the unit decided per source
and each selection checked against the text it carries (see
:mod:`ikt_desktop.domain.exchange.placement`). A selection's ``<Description>`` is the memo
of its codings (how QualCoder exports a coding's memo). What cannot be imported is
skipped and listed in the summary; only a file that cannot be read at all (or is hostile)
is refused.

An ``<AudioSource>``/``<VideoSource>`` is a recording with its transcripts: a transcript
whose text is that of a text source (how we and QualCoder export) gives that source its
recording and its sync points (turn times); any other transcript becomes a text source of
its own, its ``<TranscriptSelection>`` codings placed from their sync points.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.domain.exchange.placement import Status, Written, place
from ikt_desktop.domain.exchange.position_units import PositionUnit, SourceText
from ikt_desktop.domain.exchange.refi import (
    INTERNAL,
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiLink,
    RefiMedia,
    RefiNote,
    RefiProject,
    RefiSet,
    RefiSource,
    RefiUser,
    RefiValue,
    RefiVariable,
    SummaryBuilder,
    from_xml_datetime,
    media_facts,
    normalise_color,
    normalise_guid,
)
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.importers.input_files import read_input
from ikt_desktop.importers.refi_texts import resolve, source_text
from ikt_desktop.importers.safe_archive import DEFAULT_LIMITS, ArchiveLimits, SafeArchive, parse_xml

PROJECT_PARTS = {"Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links",
                 "Sets", "Graphs", "Description", "NoteRef"}  # fmt: skip
OTHER_SOURCES = {"PictureSource": "pictures"}
MEDIA_SOURCES = {"AudioSource": "audio", "VideoSource": "video"}
TEXT_SOURCE_PARTS = {"Description", "PlainTextContent", "PlainTextSelection", "Coding",
                     "NoteRef", "VariableValue"}  # fmt: skip


def local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(element: Any, name: str) -> list[Any]:
    """The children called ``name`` in any namespace (or none)."""
    return element.findall("{*}" + name) if element is not None else []


def child(element: Any, name: str) -> Any:
    return element.find("{*}" + name) if element is not None else None


def child_text(element: Any, name: str) -> str:
    found = child(element, name)
    return str(found.text or "") if found is not None else ""


def ref_guid(element: Any, name: str) -> str | None:
    """The target of the ``name`` reference inside ``element`` (or on it)."""
    found = child(element, name)
    return normalise_guid((found if found is not None else element).get("targetGUID"))


def refs(element: Any, name: str) -> tuple[str, ...]:
    out = []
    for ref in children(element, name):
        guid = normalise_guid(ref.get("targetGUID") or ref.get("guid"))
        if guid:
            out.append(guid)
    return tuple(out)


WHOLE = -1  # the end of a selection that is the whole text
MAX_QDC_BYTES = 64 * 2**20  # a codebook of 10,000 codes with definitions is a few MB


class Guids:
    """Our GUIDs from the file's: normalised; new ones for missing, bad or repeated."""

    def __init__(self, summary: SummaryBuilder) -> None:
        self._seen: set[str] = set()
        self._summary = summary

    def take(self, value: str | None, what: str) -> str:
        guid = normalise_guid(value)
        if guid is None or guid in self._seen:
            self._summary.convert(f"{what}s without a valid, unique GUID were given a new one")
            guid = str(uuid.uuid4())
        self._seen.add(guid)
        return guid


@dataclass
class _Selection:
    start: int
    end: int
    user: str | None
    created: dt.datetime | None
    codings: list[tuple[str, str, str | None, dt.datetime | None, tuple[str, ...]]]
    text: str = ""  # the selected text the file says it covers (QualCoder: ``name``)
    memo: str = ""  # its Description


@dataclass
class _Source:
    guid: str
    name: str
    description: str
    text: SourceText
    user: str | None
    created: dt.datetime | None
    notes: tuple[str, ...]
    selections: dict[str, _Selection] = field(default_factory=dict)
    media: RefiMedia | None = None  # its recording (sync points: code points of ``text``)


@dataclass
class _Transcript:
    element: Any
    raw: str
    points: dict[str, tuple[int, int]]  # sync point guid -> (position as written, ms)


# -- codes ---------------------------------------------------------------------------


def read_codes(codes_element: Any, guids: Guids, summary: SummaryBuilder) -> tuple[RefiCode, ...]:
    return tuple(_code(c, guids, summary) for c in children(codes_element, "Code"))


def _code(element: Any, guids: Guids, summary: SummaryBuilder) -> RefiCode:
    name = " ".join((element.get("name") or "").split())
    if not name:
        summary.convert("codes without a name were called “Unnamed code”")
        name = "Unnamed code"
    raw_color = (element.get("color") or "").strip()
    color = normalise_color(raw_color)
    if raw_color and color is None:
        summary.convert(f"colour {raw_color!r} could not be read; a default colour is used")
    elif raw_color and color != raw_color.upper():
        summary.convert(f"colour {raw_color!r} read as {color}")
    for other in element:
        if local(other) not in ("Description", "NoteRef", "Code", ""):
            summary.skip(f"<{local(other)}> inside codes is not imported")
    return RefiCode(
        guid=guids.take(element.get("guid"), "code"),
        name=name,
        color=color,
        description=child_text(element, "Description"),
        children=tuple(_code(c, guids, summary) for c in children(element, "Code")),
        note_guids=refs(element, "NoteRef"),
    )


def read_sets(sets_element: Any, guids: Guids) -> tuple[RefiSet, ...]:
    out = []
    for s in children(sets_element, "Set"):
        out.append(
            RefiSet(
                guid=guids.take(s.get("guid"), "set"),
                name=" ".join((s.get("name") or "").split()) or "Unnamed set",
                description=child_text(s, "Description"),
                code_guids=refs(s, "MemberCode"),
                source_guids=refs(s, "MemberSource"),
                note_guids=refs(s, "MemberNote"),
            )
        )
    return tuple(out)


# -- codebook (.qdc) -------------------------------------------------------------------


def read_qdc(path: Path) -> tuple[tuple[RefiCode, ...], tuple[RefiSet, ...], SummaryBuilder]:
    """The codes (and sets) of a ``.qdc`` codebook, in any namespace version."""
    path = Path(path)
    data = read_input(path, MAX_QDC_BYTES, "a codebook")  # a regular file, within limits
    root = parse_xml(data, path, "the codebook")
    summary = SummaryBuilder(path.name, origin=root.get("origin") or "")
    if local(root) == "Project":
        root = child(root, "CodeBook")
    if root is None or local(root) != "CodeBook":
        raise UnreadableFileError(path, "not a REFI-QDA codebook (no <CodeBook> element)")
    guids = Guids(summary)
    codes = read_codes(child(root, "Codes"), guids, summary)
    return codes, read_sets(child(root, "Sets"), guids), summary


# -- project (.qdpx) -------------------------------------------------------------------


def find_qde(archive: SafeArchive, summary: SummaryBuilder) -> str:
    named = archive.find("project.qde")
    if named:
        return named
    candidates = [n for n in archive.names() if n.lower().endswith(".qde")]
    if not candidates:
        raise UnreadableFileError(archive.path, "not a REFI-QDA project (no project.qde inside)")
    chosen = min(candidates, key=lambda n: (n.count("/"), n))
    summary.convert(f"the project file is called {PurePosixPath(chosen).name}, not project.qde")
    return chosen


def read_qdpx(
    path: Path, progress: Progress = no_progress, limits: ArchiveLimits = DEFAULT_LIMITS
) -> tuple[RefiProject, SummaryBuilder]:
    """Everything a ``.qdpx`` holds that we can use; the summary says what was not."""
    path = Path(path)
    with SafeArchive(path, limits) as archive:
        summary = SummaryBuilder(path.name)
        qde = find_qde(archive, summary)
        root = parse_xml(archive.read(qde), path, PurePosixPath(qde).name)
        if local(root) != "Project":
            raise UnreadableFileError(path, f"{qde} is not a REFI-QDA project (no <Project>)")
        summary.origin = root.get("origin") or ""
        for part in root:
            name = local(part)
            if name and name not in PROJECT_PARTS:
                summary.skip(f"<{name}> is not part of REFI-QDA 1.0 and was not imported")
        for _graph in children(child(root, "Graphs"), "Graph"):
            summary.skip("graphs (maps)")
        guids = Guids(summary)
        users = tuple(
            RefiUser(
                guids.take(u.get("guid"), "user"),
                (u.get("name") or "").strip(),
                (u.get("id") or "").strip(),
            )
            for u in children(child(root, "Users"), "User")
        )
        codebook = child(root, "CodeBook")
        codes = read_codes(child(codebook, "Codes"), guids, summary)
        variables = tuple(
            RefiVariable(guids.take(v.get("guid"), "variable"), (v.get("name") or "").strip(),
                         v.get("typeOfVariable") or "Text", child_text(v, "Description"))
            for v in children(child(root, "Variables"), "Variable")
        )  # fmt: skip
        sources = _read_sources(archive, child(root, "Sources"), guids, summary, progress)
        notes = _read_notes(archive, child(root, "Notes"), guids, summary)
    selection_sources = {sel: s.guid for s in sources for sel in s.selections}
    cases = tuple(_case(c, guids, selection_sources, summary)
                  for c in children(child(root, "Cases"), "Case"))  # fmt: skip
    converted = _convert_positions(sources, summary)
    links = tuple(
        RefiLink(guids.take(k.get("guid"), "link"), normalise_guid(k.get("originGUID")) or "",
                 normalise_guid(k.get("targetGUID")) or "", k.get("name") or "")
        for k in children(child(root, "Links"), "Link")
    )  # fmt: skip
    project = RefiProject(
        name=(root.get("name") or path.stem).strip(),
        origin=summary.origin,
        description=child_text(root, "Description"),
        users=users,
        codes=codes,
        variables=variables,
        cases=cases,
        sources=converted,
        notes=notes,
        links=links,
        sets=read_sets(child(root, "Sets"), guids),
        note_guids=refs(root, "NoteRef"),
        base_path=(root.get("basePath") or "").strip(),
        user_guid=normalise_guid(root.get("creatingUserGUID")),
        created=from_xml_datetime(root.get("creationDateTime")),
    )
    return project, summary


def _read_sources(
    archive: SafeArchive, element: Any, guids: Guids, summary: SummaryBuilder,
    progress: Progress,
) -> list[_Source]:  # fmt: skip
    items = [e for e in element if local(e)] if element is not None else []
    out: list[_Source] = []
    media: list[Any] = []
    for i, item in enumerate(items):
        kind = local(item)
        label = item.get("name") or f"source {i + 1}"
        progress(i, len(items), label)
        if kind == "PDFSource":
            text_item = child(item, "Representation")
            if text_item is None:
                summary.skip("PDF sources without a text representation")
                continue
            summary.convert("PDF sources were imported as their plain-text representation")
            text_item.set("name", label)
            text_item.set("guid", item.get("guid") or "")
            item = text_item
        elif kind in MEDIA_SOURCES:
            media.append(item)
            continue
        elif kind != "TextSource":
            what = OTHER_SOURCES.get(kind, f"<{kind}> sources")
            summary.skip(f"{what} (iKT Desktop imports text sources)")
            continue
        for part in item:
            if local(part) and local(part) not in TEXT_SOURCE_PARTS:
                summary.skip(f"<{local(part)}> inside sources is not part of REFI-QDA 1.0")
        raw = source_text(archive, item, label, summary)
        if raw is None:
            summary.skip(f"{label}: no text")
            continue
        if children(item, "VariableValue"):
            summary.skip("variable values of sources (iKT keeps attributes on participants)")
        source = _Source(
            guid=guids.take(item.get("guid"), "source"),
            name=" ".join(label.split()) or f"Source {i + 1}",
            description=child_text(item, "Description"),
            text=SourceText.of(raw),
            user=normalise_guid(item.get("creatingUser")),
            created=from_xml_datetime(item.get("creationDateTime")),
            notes=refs(item, "NoteRef"),
        )
        _read_selections(item, source, guids, summary)
        out.append(source)
    for item in media:
        _read_media(archive, item, out, guids, summary)
    progress(len(items), len(items), "")
    return out


def _read_media(
    archive: SafeArchive, item: Any, sources: list[_Source], guids: Guids,
    summary: SummaryBuilder,
) -> None:  # fmt: skip
    """A recording and its transcripts: each transcript joins the text source with the
    same text, or becomes a source of its own."""
    kind = MEDIA_SOURCES[local(item)]
    name = (item.get("name") or "").strip()
    path = (item.get("path") or item.get("currentPath") or "").strip()
    label = name or f"an {kind} source"
    size, duration, digest = media_facts(child_text(item, "Description"))
    data = None
    if path.lower().startswith(INTERNAL):
        entry = resolve(archive, path, summary)
        if entry is None:
            summary.skip(f"{label}: its file {path} is not in the archive")
        else:
            data = archive.read(entry)
    if (
        children(item, "AudioSelection")
        or children(item, "VideoSelection")
        or children(item, "Coding")
    ):
        summary.skip(f"codings of {kind} time ranges (iKT Desktop codes the transcript)")
    media_guid = guids.take(item.get("guid"), "recording")
    for n, element in enumerate(children(item, "Transcript")):
        raw = source_text(archive, element, f"the transcript of {label}", summary)
        if raw is None:
            summary.skip(f"{label}: a transcript without text")
            continue
        points = {}
        for point in children(element, "SyncPoint"):
            try:
                where, ms = int(point.get("position")), int(point.get("timeStamp"))
            except (TypeError, ValueError):
                summary.skip("sync points without a position and a time")
                continue
            points[normalise_guid(point.get("guid")) or str(uuid.uuid4())] = (where, ms)
        transcript = _Transcript(element, raw, points)
        source = _transcript_source(transcript, sources, label, guids, summary)
        text = source.text
        synced = sorted({(p, ms) for p, ms in (
            (text.convert(where, PositionUnit.CODE_POINTS), ms) for where, ms in points.values()
        ) if p is not None})  # fmt: skip
        guid = media_guid if n == 0 else str(uuid.uuid4())
        source.media = RefiMedia(
            guid, kind, name or path.rpartition("/")[2], path,
            normalise_guid(element.get("guid")) or str(uuid.uuid4()), tuple(synced),
            size if data is None else len(data), duration, digest if data is None else "",
            data, (item.get("currentPath") or "").strip(),
        )  # fmt: skip


def _transcript_source(
    transcript: _Transcript, sources: list[_Source], label: str, guids: Guids,
    summary: SummaryBuilder,
) -> _Source:  # fmt: skip
    """The text source whose text the transcript is (not yet given a recording), or a
    new source made from the transcript and its coded selections."""
    text = normalise_text(transcript.raw)
    for source in sources:
        if source.media is None and source.text.text == text:
            return source
    element = transcript.element
    name = " ".join((element.get("name") or label).split())
    source = _Source(
        guid=guids.take(element.get("guid"), "source"), name=name,
        description=child_text(element, "Description"), text=SourceText.of(transcript.raw),
        user=normalise_guid(element.get("creatingUser")),
        created=from_xml_datetime(element.get("creationDateTime")),
        notes=refs(element, "NoteRef"),
    )  # fmt: skip
    for sel in children(element, "TranscriptSelection"):
        ends = [transcript.points.get(normalise_guid(sel.get(k)) or "") for k in
                ("fromSyncPoint", "toSyncPoint")]  # fmt: skip
        codings = _codings(sel, guids, refs(sel, "NoteRef"))
        if ends[0] is None or ends[1] is None:
            summary.skip("transcript selections without both of their sync points")
            continue
        if not codings:
            continue
        start, end = ends[0][0], ends[1][0]
        source.selections[normalise_guid(sel.get("guid")) or str(uuid.uuid4())] = _Selection(
            min(start, end), max(start, end), normalise_guid(sel.get("creatingUser")),
            from_xml_datetime(sel.get("creationDateTime")), codings, sel.get("name") or "",
            normalise_text(child_text(sel, "Description").strip()),
        )  # fmt: skip
    summary.convert("transcripts of recordings that were not also a text source became "
                    "text sources")  # fmt: skip
    sources.append(source)
    return source


def _codings(element: Any, guids: Guids, extra_notes: tuple[str, ...] = ()) -> list[Any]:
    found = []
    for coding in children(element, "Coding"):
        code = ref_guid(coding, "CodeRef")
        if code is None:
            continue
        found.append((guids.take(coding.get("guid"), "coding"), code,
                      normalise_guid(coding.get("creatingUser")),
                      from_xml_datetime(coding.get("creationDateTime")),
                      refs(coding, "NoteRef") + extra_notes))  # fmt: skip
    return found


def _read_selections(item: Any, source: _Source, guids: Guids, summary: SummaryBuilder) -> None:
    whole = _codings(item, guids)
    if whole:  # codings of the whole source
        summary.convert("codings of a whole source became codings of its whole text")
        source.selections[str(uuid.uuid4())] = _Selection(0, WHOLE, None, None, whole)
    for sel in children(item, "PlainTextSelection"):
        try:
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
        except (TypeError, ValueError):
            summary.skip("selections without numeric positions")
            continue
        codings = _codings(sel, guids, refs(sel, "NoteRef"))
        memo = child_text(sel, "Description").strip()
        if not codings and not memo:
            summary.skip("selections with no code applied and no memo")
            continue
        guid = normalise_guid(sel.get("guid")) or str(uuid.uuid4())
        source.selections[guid] = _Selection(
            min(start, end), max(start, end), normalise_guid(sel.get("creatingUser")),
            from_xml_datetime(sel.get("creationDateTime")), codings,
            sel.get("name") or "", normalise_text(memo) if memo else "",
        )  # fmt: skip


def _convert_positions(sources: list[_Source], summary: SummaryBuilder) -> tuple[RefiSource, ...]:
    spans = [[sel for sel in s.selections.values() if sel.end != WHOLE] for s in sources]
    placed = place(summary.origin, [
        (s.name, s.text, [Written(sel.start, sel.end, sel.text) for sel in selections])
        for s, selections in zip(sources, spans, strict=True)
    ])  # fmt: skip
    summary.unit, summary.unit_reason = str(placed.unit), placed.reason
    summary.positions = list(placed.sources)
    summary.flagged = list(placed.flags)
    if placed.names_note:
        summary.convert(placed.names_note)
    out = []
    for s, selections, placements in zip(sources, spans, placed.placements, strict=True):
        where = {id(sel): p for sel, p in zip(selections, placements, strict=True)}
        codings: list[RefiCoding] = []
        comments: list[tuple[str, str]] = []
        seen: set[tuple[str, int, int, str | None]] = set()
        for sel in s.selections.values():
            placement = where.get(id(sel))
            start, end = (0, len(s.text.text)) if placement is None else (
                placement.start, placement.end)  # fmt: skip
            if not sel.codings:  # a comment on a passage: kept as a memo on the source
                comments.append((_comment_title(s.text.text[start:end]), sel.memo))
                summary.convert("memos on passages with no code became memos on their source")
                continue
            if placement is not None and placement.status is Status.OUTSIDE:
                summary.skip(f"{s.name}: selections outside the text")
                continue
            if start >= end:
                summary.skip(f"{s.name}: empty selections")
                continue
            for guid, code, user, created, notes in sel.codings:
                key = (code, start, end, user or sel.user)
                if key in seen:
                    summary.skip("the same code on the same span by the same coder, repeated")
                    continue
                seen.add(key)
                codings.append(RefiCoding(guid, code, start, end, user or sel.user,
                                          created or sel.created, notes, sel.memo))  # fmt: skip
        out.append(RefiSource(s.guid, s.name, s.text.text, s.description, s.user, s.created,
                              tuple(codings), s.notes, tuple(comments), s.media))  # fmt: skip
    return tuple(out)


def _comment_title(passage: str) -> str:
    words = " ".join(passage.split())
    if not words:
        return "Comment"
    return f"Comment on “{words if len(words) <= 40 else words[:39] + '…'}”"


def _case(
    element: Any, guids: Guids, selection_sources: dict[str, str], summary: SummaryBuilder
) -> RefiCase:
    values = []
    for vv in children(element, "VariableValue"):
        variable = ref_guid(vv, "VariableRef")
        typed = next((c for c in vv if local(c).endswith("Value")), None)
        if variable and typed is not None:
            values.append(RefiValue(variable, local(typed)[: -len("Value")], typed.text or ""))
    sources = list(refs(element, "SourceRef"))
    for selection in refs(element, "SelectionRef"):
        source = selection_sources.get(selection)
        if source and source not in sources:
            sources.append(source)
    if children(element, "CodeRef"):
        summary.skip("links from cases to codes (iKT links cases to their sources)")
    return RefiCase(
        guid=guids.take(element.get("guid"), "case"),
        name=" ".join((element.get("name") or "").split()),
        description=child_text(element, "Description"),
        values=tuple(values),
        source_guids=tuple(sources),
    )


def _read_notes(
    archive: SafeArchive, element: Any, guids: Guids, summary: SummaryBuilder
) -> tuple[RefiNote, ...]:
    out = []
    for note in children(element, "Note"):
        label = note.get("name") or "a note"
        text = source_text(archive, note, label, summary)
        if text is None:
            summary.skip("notes without text")
            continue
        out.append(RefiNote(
            guids.take(note.get("guid"), "note"), (note.get("name") or "").strip(),
            normalise_text(text), normalise_guid(note.get("creatingUser")),
            from_xml_datetime(note.get("creationDateTime")),
            from_xml_datetime(note.get("modifiedDateTime")),
        ))  # fmt: skip
    return tuple(out)
