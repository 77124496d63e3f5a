"""Our project as REFI-QDA data (for the ``.qdpx`` and ``.qdc`` writers).

Where our model has more than REFI-QDA, the extra travels in readable text: a code's
inclusion, exclusion and example are folded into its description after the definition; a
participant's pseudonym into the case's description and the role into a ``Role`` variable;
a choice attribute's choices into the variable's description; interview metadata into the
source's description; themes become sets of codes with their fields in the description.
A linked recording goes out as an AudioSource/VideoSource whose transcript is the source's
text, with the turn times as sync points (``refi_media``). Speakers, untimed turns and the
theme board's layout have no home in REFI-QDA and stay behind.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop import __version__
from ikt_desktop.db.models import (
    Attribute,
    AttributeValue,
    Code,
    Coder,
    Coding,
    Memo,
    Participant,
    Source,
    Theme,
    ThemeCode,
)
from ikt_desktop.domain.exchange.refi import (
    CODE_LABELS,
    RELATIVE,
    ROLE_VARIABLE,
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiLink,
    RefiNote,
    RefiProject,
    RefiSet,
    RefiSource,
    RefiUser,
    RefiValue,
    RefiVariable,
    derived_guid,
    fold,
    from_xml_datetime,
)
from ikt_desktop.services.base import get_meta
from ikt_desktop.services.exchange.refi_media import gather_media

ORIGIN = f"iKT Desktop {__version__}"
CODING_MEMO = "coding-memo"
PROJECT_DESCRIPTION = "Project description"  # the title an imported Description is given
TYPES = {"text": "Text", "number": "Float", "date": "Date", "choice": "Text"}


def code_description(c: Code) -> str:
    return fold(c.definition, list(zip(CODE_LABELS, (c.inclusion, c.exclusion, c.example),
                                       strict=True)))  # fmt: skip


def code_tree(s: Session, notes: dict[int, list[str]] | None = None) -> tuple[RefiCode, ...]:
    codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
    by_parent: dict[int | None, list[Code]] = defaultdict(list)
    for c in codes:
        by_parent[c.parent_id].append(c)
    known = {c.id for c in codes}

    def build(c: Code) -> RefiCode:
        kids = tuple(build(k) for k in by_parent.get(c.id, []))
        return RefiCode(c.guid, c.name, c.color, code_description(c), kids,
                        tuple((notes or {}).get(c.id, ())))  # fmt: skip

    roots = [c for c in codes if c.parent_id is None or c.parent_id not in known]
    return tuple(build(c) for c in roots)


def theme_sets(s: Session) -> tuple[RefiSet, ...]:
    themes = list(s.scalars(select(Theme).order_by(Theme.parent_id.is_not(None), Theme.position)))
    names = {t.id: t.name for t in themes}
    code_guids = {i: g for i, g in s.execute(select(Code.id, Code.guid))}
    members: dict[int, list[str]] = defaultdict(list)
    for theme_id, code_id in s.execute(
        select(ThemeCode.theme_id, ThemeCode.code_id).order_by(ThemeCode.position)
    ):
        members[theme_id].append(code_guids[code_id])
    out = []
    for t in themes:
        parent = names.get(t.parent_id) if t.parent_id is not None else ""
        description = fold(t.definition, [
            ("Central concept", t.central_concept), ("Boundaries", t.boundaries),
            ("Narrative", t.narrative), ("Status", t.status), ("Sub-theme of", parent or ""),
        ])  # fmt: skip
        out.append(RefiSet(t.guid, t.name, description, tuple(members[t.id])))
    return tuple(out)


def _variables(
    s: Session, people: list[Participant]
) -> tuple[list[RefiVariable], dict[int, list[RefiValue]], bool]:
    """The attributes as variables, each participant's values, and whether the role
    travels as a ``Role`` variable (not when an attribute already has that name)."""
    attributes = list(s.scalars(select(Attribute).order_by(Attribute.position, Attribute.id)))
    values: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for pid, aid, value in s.execute(
        select(AttributeValue.participant_id, AttributeValue.attribute_id, AttributeValue.value)
    ):
        if value:
            values[aid].append((pid, value))
    variables, per_person = [], defaultdict(list)
    for a in attributes:
        kind = TYPES.get(a.type, "Text")
        if a.type == "number" and all(v.lstrip("-").isdigit() for _, v in values[a.id]):
            kind = "Integer"
        choices = json.loads(a.choices) if a.type == "choice" else []
        description = fold("", [("Choices", "\n".join(choices))])
        variables.append(RefiVariable(a.guid, a.name, kind, description))
        for pid, value in values[a.id]:
            per_person[pid].append(RefiValue(a.guid, kind, value))
    role_variable = any(p.role for p in people) and all(
        a.name.casefold() != ROLE_VARIABLE.casefold() for a in attributes
    )
    if role_variable:
        guid = derived_guid("ikt-desktop", "role-variable")
        variables.append(RefiVariable(guid, ROLE_VARIABLE, "Text", "The participant's role."))
        for p in people:
            if p.role:
                per_person[p.id].append(RefiValue(guid, "Text", p.role))
    return variables, per_person, role_variable


def _source_description(src: Source) -> str:
    return fold("", [
        ("Kind", src.kind if src.kind != "interview" else ""),
        ("Interview date", src.interview_date.isoformat() if src.interview_date else ""),
        ("Duration (seconds)", str(src.duration_seconds or "")),
        ("Mode", src.mode), ("Interviewer", src.interviewer),
        ("Original file", src.origin_name), ("Original format", src.origin_format),
    ])  # fmt: skip


def project_memo(memos: list[Memo]) -> Memo | None:
    """The memo that is also the project's Description: the journal entry called
    "Project description" (what an imported Description became), else the oldest one."""
    journal = [m for m in memos if m.target_kind == "project" and m.text.strip()]
    named = [m for m in journal if m.title.strip().casefold() == PROJECT_DESCRIPTION.casefold()]
    chosen = named or journal
    return chosen[0] if chosen else None


def gather_project(s: Session, project_folder: str = "") -> RefiProject:
    """Everything of the project that REFI-QDA can carry (one read transaction).
    ``project_folder``: where the project file is, the base of referenced recordings."""
    coders = list(s.scalars(select(Coder).order_by(Coder.id)))
    coder_guid = {c.id: c.guid for c in coders}
    memos = list(s.scalars(select(Memo).order_by(Memo.created, Memo.id)))
    notes = [RefiNote(m.guid, m.title, m.text, coder_guid.get(m.author_id or -1), m.created,
                      m.modified) for m in memos]  # fmt: skip
    attached: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in memos:
        attached[m.target_kind][m.target_id or 0].append(m.guid)
    people = list(s.scalars(select(Participant).order_by(Participant.position, Participant.id)))
    variables, values, role_variable = _variables(s, people)
    code_guid = {i: g for i, g in s.execute(select(Code.id, Code.guid))}
    codings: dict[int, list[RefiCoding]] = defaultdict(list)
    columns = (Coding.id, Coding.guid, Coding.code_id, Coding.source_id, Coding.start,
               Coding.end, Coding.coder_id, Coding.created, Coding.memo)  # fmt: skip
    rows = s.execute(select(*columns).order_by(Coding.source_id, Coding.start, Coding.id))
    for cid, guid, code_id, source_id, start, end, coder_id, created, memo in rows:
        note_guids = list(attached["coding"].pop(cid, []))
        if memo:
            memo_guid = derived_guid(guid, CODING_MEMO)
            note_guids.insert(0, memo_guid)
            notes.append(RefiNote(memo_guid, "Coding memo", memo, coder_guid[coder_id],
                                  created, created, as_file=False))  # fmt: skip
        coding = RefiCoding(guid, code_guid[code_id], start, end, coder_guid[coder_id],
                            created, tuple(note_guids), memo or "")  # fmt: skip
        codings[source_id].append(coding)
    sources = list(s.scalars(select(Source).order_by(Source.position, Source.id)))
    by_person: dict[int, list[str]] = defaultdict(list)
    refi_sources = []
    media = gather_media(s)
    for src in sources:
        if src.participant_id is not None:
            by_person[src.participant_id].append(src.guid)
        refi_sources.append(RefiSource(
            src.guid, src.name, src.text, _source_description(src), None, src.imported,
            tuple(codings[src.id]), tuple(attached["source"].pop(src.id, [])),
            media=media.get(src.id),
        ))  # fmt: skip
    cases = []
    links = []
    for p in people:
        labelled = [("Pseudonym", p.pseudonym), ("Role", "" if role_variable else p.role)]
        cases.append(RefiCase(p.guid, p.label, fold(p.notes, labelled), tuple(values[p.id]),
                              tuple(by_person[p.id])))  # fmt: skip
        for memo_guid in attached["participant"].pop(p.id, []):
            links.append(RefiLink(derived_guid(memo_guid, "link"), memo_guid, p.guid))
    for t_id, t_guid in s.execute(select(Theme.id, Theme.guid)):
        for memo_guid in attached["theme"].pop(t_id, []):
            links.append(RefiLink(derived_guid(memo_guid, "link"), memo_guid, t_guid))
    code_notes = {k: attached["code"].pop(k) for k in list(attached["code"]) if k in code_guid}
    # the journal, and memos whose target no longer exists
    journal = [g for kind in list(attached) for guids in attached[kind].values() for g in guids]
    description = project_memo(memos)
    if description is not None:
        notes = [replace(n, as_file=False) if n.guid == description.guid else n for n in notes]
    return RefiProject(
        name=get_meta(s, "title") or "iKT Desktop project",
        origin=ORIGIN,
        description=description.text if description is not None else "",
        users=tuple(RefiUser(c.guid, c.name, c.initials) for c in coders),
        codes=code_tree(s, code_notes),
        variables=tuple(variables),
        cases=tuple(cases),
        sources=tuple(refi_sources),
        notes=tuple(notes),
        links=tuple(links),
        sets=theme_sets(s),
        note_guids=tuple(journal),
        base_path=project_folder
        if any(m.path.startswith(RELATIVE) for m in media.values())
        else "",
        user_guid=coders[0].guid if coders else None,
        created=from_xml_datetime(get_meta(s, "created")),
    )
