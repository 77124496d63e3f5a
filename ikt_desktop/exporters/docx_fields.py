"""Word features that let a report survive leaving Word: numbered captions as SEQ fields
with bookmarks that REF fields in the text point at, alt text on pictures, highlighted
placeholders, fields marked for update, and writing on the user's own template."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.study import split_placeholders
from ikt_desktop.domain.transcripts.text import xml_safe

_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# settings.xml children that must come after w:updateFields (ECMA-376 order)
_AFTER_UPDATE = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


class Numbering:
    """Figure and table numbers of one document, handed out in order."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.bookmark_id = 100

    def next(self, kind: str) -> int:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return self.counts[kind]


def _field(paragraph: Paragraph, instruction: str, shown: str, dirty: bool = False) -> Run:
    """A complex field; returns the run that shows its current result."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    paragraph.add_run()._r.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    paragraph.add_run()._r.append(separate)
    result = paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)
    return result


def bookmark_name(kind: str, number: int) -> str:
    return f"_Ref{kind}{number}"


def caption(
    paragraph: Paragraph, numbering: Numbering, kind: str, text: str, label: str = ""
) -> tuple[int, str]:
    """``Figure 2. text`` with the number a SEQ field inside a bookmark, so REF fields in
    the text follow it when Word renumbers. ``label`` is the word shown ("Tableau"; the
    kind itself by default), also the SEQ identifier, as Word's own captions in that
    language. Returns (number, bookmark name)."""
    label = label or kind
    number = numbering.next(kind)
    name = bookmark_name(kind, number)
    numbering.bookmark_id += 1
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(numbering.bookmark_id))
    start.set(qn("w:name"), name)
    paragraph._p.append(start)
    paragraph.add_run(f"{label} ")
    _field(paragraph, f"SEQ {label} \\* ARABIC", str(number))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(numbering.bookmark_id))
    paragraph._p.append(end)
    paragraph.add_run(". " + xml_safe(text))
    return number, name


def reference(paragraph: Paragraph, kind: str, number: int, label: str = "") -> None:
    """``Table 2`` as a REF field to the caption's bookmark (label and number)."""
    _field(paragraph, f"REF {bookmark_name(kind, number)} \\h", f"{label or kind} {number}")


def alt_text(run: Run, description: str, title: str = "") -> None:
    """Alt text (``wp:docPr/@descr``) on the picture in ``run``."""
    for props in run._r.iter(qn("wp:docPr")):
        props.set("descr", xml_safe(description))
        if title:
            props.set("title", xml_safe(title))


def with_placeholders(paragraph: Paragraph, text: str) -> None:
    """Add ``text``; each ``[Add: …]`` in it (in any report language) yellow-highlighted
    so the author sees it."""
    for piece, is_placeholder in split_placeholders(xml_safe(text)):
        run = paragraph.add_run(piece)
        if is_placeholder:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def update_fields_on_open(doc: Document) -> None:
    """Ask Word to update every field (contents, captions, references) when it opens."""
    settings = doc.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        after = next(
            (child for child in settings if child.tag in {qn("w:" + t) for t in _AFTER_UPDATE}),
            None,
        )
        if after is None:
            settings.append(update)
        else:
            after.addprevious(update)
    update.set(qn("w:val"), "true")


def open_template(path: Path) -> tuple[Document, bool]:
    """The user's .docx or .dotx as the report's document: its styles, sections, headers
    and footers kept; its body kept as a cover page when it has content. Returns the
    document and whether it has a cover."""
    try:
        data = Path(path).read_bytes()
        if Path(path).suffix.lower() == ".dotx":
            data = _as_document(data)
        doc = docx.Document(io.BytesIO(data))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ValidationError(f"{path}: not a Word document or template ({exc})") from exc
    except Exception as exc:  # python-docx raises its own errors for a wrong package
        raise ValidationError(f"{path}: not a Word document or template ({exc})") from exc
    body = doc.element.body
    content = [el for el in body if el.tag != qn("w:sectPr")]
    has_cover = any(
        ("".join(el.itertext())).strip() or el.find(".//" + qn("w:drawing")) is not None
        for el in content
    )
    if not has_cover:
        for el in content:
            body.remove(el)
    return doc, has_cover


def _as_document(data: bytes) -> bytes:
    """A .dotx package re-typed as a .docx (python-docx opens documents only)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
            target.writestr(item, content)
    return out.getvalue()


def style_id(doc: Document, name: str, fallbacks: tuple[str, ...] = ()) -> str:
    """The id of paragraph style ``name`` if the document defines it, else of the first
    fallback it defines, else Normal's."""
    styles = doc.styles.element
    for wanted in (name, *fallbacks):
        for style in styles.iterfind(qn("w:style")):
            shown = style.find(qn("w:name"))
            if shown is not None and shown.get(qn("w:val"), "").casefold() == wanted.casefold():
                return str(style.get(qn("w:styleId")))
    return "Normal"
