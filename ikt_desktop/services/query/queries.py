"""Running coding queries: read what the query needs in one session, evaluate it on spans
(``domain.query_eval``), keep what the participant filter allows, and hand back quotes
with their attribution (the report's rule, ``domain.report.attribute``) and the speaker
rule of the coded segments (``services.segments.SpeakerIndex``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.coding.intervals import BlockIndex
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.query.coding_eval import (
    Coded,
    Context,
    Hit,
    QueryRow,
    code_ids_of,
    evaluate,
)
from ikt_desktop.domain.query.coding_query import Query, SameTurn, describe, nodes, problems, terms
from ikt_desktop.domain.report.rules import DEFAULT_ATTRIBUTION, Speaker, attribute, plural
from ikt_desktop.exporters.query_xlsx import write_query_results
from ikt_desktop.services.base import Service
from ikt_desktop.services.coding.segments import participants_at


@dataclass(frozen=True)
class QueryResult:
    query: Query
    description: str  # the query in words
    rows: tuple[QueryRow, ...]

    @property
    def summary(self) -> str:
        people = {r.participant_id for r in self.rows if r.participant_id is not None}
        sources = {r.source_id for r in self.rows}
        return (f"{plural(len(self.rows), 'segment')} from {plural(len(people), 'participant')} "
                f"in {plural(len(sources), 'source')}")  # fmt: skip


@dataclass(frozen=True)
class _Person:
    label: str
    pseudonym: str
    role: str
    values: dict[str, str]  # attribute values by name, and "role"


def _expanding(sql: str, *names: str) -> Any:
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n in names))


class QueryService(Service):
    def describe(self, query: Query) -> str:
        """The query in words, with the codes' current names."""
        with self._store.read() as s:
            return describe(query, _names(s, "code"))

    def problems(self, query: Query) -> list[str]:
        """What the query names that no longer exists (empty: it can run)."""
        with self._store.read() as s:
            return _problems(s, query)

    def run(self, query: Query, progress: Progress = no_progress) -> QueryResult:
        """Every segment the query finds, by source order and position. A query naming a
        code, coder or source that no longer exists is refused, naming it. ``progress``
        hears of each of the three steps (and may cancel between them)."""
        with self._store.read() as s:
            progress(0, 3, "Reading codings…")
            codes = {
                i: (n, p) for i, n, p in s.execute(text("SELECT id, name, parent_id FROM code"))
            }
            code_names = {i: n for i, (n, _) in codes.items()}
            coder_names = _names(s, "coder")
            found = problems(query, code_names, coder_names, _names(s, "source"))
            if found:
                raise ValidationError(f"This query cannot run: {'; '.join(found)}.")
            parents = {i: p for i, (_, p) in codes.items()}
            descendants = {
                t.code_id: codetree.descendants(t.code_id, parents)
                for t in terms(query.root)
                if t.include_subcodes
            }
            codings, coder_of = _codings(s, query, code_ids_of(query.root, descendants))
            turn_starts: dict[int, list[int]] = {}
            if any(isinstance(n, SameTurn) for n in nodes(query.root)):
                sources = sorted({c.source_id for group in codings.values() for c in group})
                turn_starts = _turn_starts(s, sources)
            progress(1, 3, "Combining codes…")
            hits = evaluate(query.root, Context(codings, descendants, turn_starts))
            progress(2, 3, "Collecting quotes…")
            rows = _rows(s, query, hits, coder_of, code_names, coder_names)
            description = describe(query, code_names)
        progress(3, 3, "")
        return QueryResult(query, description, tuple(rows))

    def write_xlsx(self, path: Path, result: QueryResult, title: str = "") -> None:
        write_query_results(Path(path), result.description, result.summary, result.rows, title)


def _names(s: Session, table: str) -> dict[int, str]:
    return {i: n for i, n in s.execute(text(f"SELECT id, name FROM {table}"))}


def _problems(s: Session, query: Query) -> list[str]:
    return problems(query, _names(s, "code"), _names(s, "coder"), _names(s, "source"))


def _codings(
    s: Session, query: Query, code_ids: set[int]
) -> tuple[dict[int, list[Coded]], dict[int, int]]:
    """The codings of these codes (within the coder and source filters), by code; and
    each one's coder."""
    sql = (
        'SELECT id, code_id, source_id, start, "end", coder_id FROM coding WHERE code_id IN :codes'
    )
    names, params = ["codes"], {"codes": sorted(code_ids)}
    f = query.filters
    if f.coders:
        sql += " AND coder_id IN :coders"
        names.append("coders")
        params["coders"] = [r.id for r in f.coders]
    if f.sources:
        sql += " AND source_id IN :sources"
        names.append("sources")
        params["sources"] = [r.id for r in f.sources]
    by_code: dict[int, list[Coded]] = {}
    coder_of: dict[int, int] = {}
    for ident, code, source, start, end, coder in s.execute(_expanding(sql, *names), params).all():
        by_code.setdefault(code, []).append(Coded(ident, code, source, start, end))
        coder_of[ident] = coder
    return by_code, coder_of


def _turn_starts(s: Session, source_ids: Sequence[int]) -> dict[int, list[int]]:
    """Where turns start in each source; in a source without turns, its paragraphs."""
    out: dict[int, list[int]] = {i: [] for i in source_ids}
    query = _expanding(
        "SELECT source_id, start FROM turn WHERE source_id IN :ids ORDER BY source_id, start",
        "ids",
    )
    for source_id, start in s.execute(query, {"ids": list(source_ids)}).all():
        out[source_id].append(start)
    without = [i for i, starts in out.items() if not starts]
    if not without:
        return out
    query = _expanding("SELECT id, text FROM source WHERE id IN :ids", "ids")
    for ident, body in s.execute(query, {"ids": without}):
        out[ident] = BlockIndex.for_text(body).block_starts
    return out


def _people(s: Session) -> dict[int, _Person]:
    people = {
        i: _Person(label, pseudonym, role, {"role": role})
        for i, label, pseudonym, role in s.execute(
            text("SELECT id, label, pseudonym, role FROM participant")
        )
    }
    values = text(
        "SELECT v.participant_id, a.name, v.value FROM attribute_value v "
        "JOIN attribute a ON a.id = v.attribute_id"
    )
    for participant, name, value in s.execute(values):
        if participant in people:
            people[participant].values[name] = value
    return people


def _rows(
    s: Session,
    query: Query,
    hits: Sequence[Hit],
    coder_of: dict[int, int],
    code_names: dict[int, str],
    coders: dict[int, str],
) -> list[QueryRow]:
    people = _people(s)
    kept: list[tuple[Hit, int | None]] = []
    for hit, who in zip(
        hits, participants_at(s, [(h.source_id, h.start) for h in hits]), strict=True
    ):
        if query.filters.conditions:
            person = people.get(who) if who is not None else None
            if person is None or not query.filters.participant_matches(person.values):
                continue
        kept.append((hit, who))
    sources = sorted({h.source_id for h, _ in kept})
    texts: dict[int, tuple[str, str, int]] = {}
    if sources:
        sql = _expanding("SELECT id, name, text, position FROM source WHERE id IN :ids", "ids")
        texts = {i: (n, t, p) for i, n, t, p in s.execute(sql, {"ids": sources})}
    said_by: dict[tuple[int, int | None], tuple[Speaker, str]] = {}  # attribution, once each
    rows = []
    for hit, who in kept:
        name, body, _ = texts[hit.source_id]
        key = (hit.source_id, who)
        if key not in said_by:
            person = people.get(who) if who is not None else None
            speaker = (Speaker(person.label, person.pseudonym, person.role, name) if person
                       else Speaker(source=name))  # fmt: skip
            said_by[key] = (speaker, attribute(DEFAULT_ATTRIBUTION, speaker))
        speaker, attribution = said_by[key]
        coder_names = sorted({coders[coder_of[c]] for c in hit.codings}, key=str.casefold)
        rows.append(QueryRow(
            hit.source_id, name, who if speaker.label else None, speaker.label, speaker.role,
            attribution, hit.start, hit.end, body[hit.start : hit.end],
            tuple(sorted((code_names[c] for c in hit.codes), key=str.casefold)),
            tuple(coder_names), tuple(sorted(hit.codings)),
        ))  # fmt: skip
    rows.sort(key=lambda r: (texts[r.source_id][2], r.source_id, r.start, r.end))
    return rows
