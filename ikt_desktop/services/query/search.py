"""Full-text search across all transcripts, and "code all hits".

The FTS5 index (``db.search_index``) finds candidate passages in source, then text order;
each candidate is checked and its hits located in Python on the stored text (code points),
so accent-sensitive searches, phrases and CJK words give exact spans. Pages are keyed by
the last passage's rowid: the first page reads only as many passages as it shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code, Coding, Source, new_guid, utcnow
from ikt_desktop.db.search_index import SHIFT, TABLE, match_sql, match_value, rebuild
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.query import search_query
from ikt_desktop.domain.query.saved_search import SourceRef, TextSearch, check, from_json, to_json
from ikt_desktop.domain.query.search_query import Node, PassageMatch, may_match
from ikt_desktop.domain.query.search_text import Snippet, sentence_bounds, snippet
from ikt_desktop.domain.transcripts.spans import check_span
from ikt_desktop.services.base import Service, current_coder_id, record, require, text_lengths
from ikt_desktop.services.coding.snapshots import insert_codings, snapshot_codings
from ikt_desktop.services.dto import CodingDTO, CodingSnapshot, Outcome

PAGE = 50
EXTENTS = ("hit", "sentence", "turn")


@dataclass(frozen=True)
class SearchOptions:
    prefix: bool = False  # every bare word also finds longer words (care -> carer)
    accents: bool = False  # accent-sensitive: "cafe" does not find "café"
    participants_only: bool = False  # only what participants said (no interviewer)
    source_ids: tuple[int, ...] = ()  # empty: all sources


@dataclass(frozen=True)
class SearchHit:
    """One occurrence. ``start``/``end`` and the passage bounds are code points of the
    source text; the hit is ``snippet[mark_start:mark_end]``."""

    source_id: int
    source_name: str
    participant: str  # the participant's label, "" when none
    speaker: str  # the speaker's name in the transcript, "" when none
    role: str  # "Interviewer", or the participant's role
    start: int
    end: int
    snippet: str
    mark_start: int
    mark_end: int
    passage_start: int
    passage_end: int

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The snippet with the hit between ``before`` and ``after``."""
        return Snippet(self.snippet, self.mark_start, self.mark_end).marked(before, after)


@dataclass(frozen=True)
class OpenedSearch:
    """A saved search made ready to run: ``missing`` names the sources it was limited to
    that the project no longer has (left out of ``options``)."""

    query: str
    options: SearchOptions
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[SearchHit, ...]
    after: int | None  # pass back to get the next page; None: this was the last


# is_interviewer is an integer on SQLite, a boolean on PostgreSQL: CASE reads both
_INTERVIEWER = "CASE WHEN sp.is_interviewer THEN 1 ELSE 0 END"
_SELECT = f"""
SELECT f.rowid, f.start, f."end", coalesce(f.passage, f.body),
       s.id, s.name, coalesce(sp.name, ''), {_INTERVIEWER},
       coalesce(p.label, ''), coalesce(p.role, '')
FROM {TABLE} f
JOIN source s ON s.id = (f.rowid >> {SHIFT})
LEFT JOIN turn t ON t.id = f.turn_id
LEFT JOIN speaker sp ON sp.id = t.speaker_id
LEFT JOIN participant p
       ON p.id = CASE WHEN sp.id IS NULL THEN s.participant_id ELSE sp.participant_id END
WHERE {{match}} AND f.rowid > :after AND f.rowid <= :last
"""
_PARTICIPANTS = f" AND {_INTERVIEWER} = 0 AND p.id IS NOT NULL"
_SOURCES = " AND s.id IN :sources"


def _statement(s: Session, options: SearchOptions, tail: str, *, count: bool = False) -> Any:
    sql = _SELECT.format(match=match_sql(_dialect(s)))
    sql += _PARTICIPANTS if options.participants_only else ""
    sql += (_SOURCES if options.source_ids else "") + tail
    stmt = text(f"SELECT count(*) FROM ({sql}) AS hits" if count else sql)
    return stmt.bindparams(bindparam("sources", expanding=True)) if options.source_ids else stmt


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


def _params(s: Session, node: Node, options: SearchOptions, after: int) -> dict[str, Any]:
    params: dict[str, Any] = {"match": match_value(node, _dialect(s)), "after": after}
    params["last"] = (1 << 62) if not options.source_ids else (max(options.source_ids) + 1) << SHIFT
    if options.source_ids:
        params["after"] = max(after, (min(options.source_ids) << SHIFT) - 1)
        params["sources"] = list(options.source_ids)
    return params


def _hits(row: Sequence[Any], node: Node, accents: bool) -> list[SearchHit]:
    _rowid, lo, hi, passage, sid, name, speaker, interviewer, label, role = row
    if accents and not may_match(node, passage.lower(), accents=True):
        return []  # the index ignores accents; this passage has only other accents
    found = PassageMatch(passage, accents=accents).hits(node)
    out = []
    for a, b in found:
        snip = snippet(passage, a, b, 0, len(passage))
        out.append(SearchHit(
            sid, name, "" if interviewer else label, speaker,
            "Interviewer" if interviewer else role, lo + a, lo + b,
            snip.text, snip.mark_start, snip.mark_end, lo, hi,
        ))  # fmt: skip
    return out


def search_page(
    s: Session, node: Node, options: SearchOptions, *, after: int = 0, limit: int = PAGE
) -> SearchPage:
    """At least ``limit`` hits (whole passages, so a few more) after rowid ``after``."""
    hits: list[SearchHit] = []
    stmt = _statement(s, options, " ORDER BY f.rowid LIMIT :n")
    batch = max(limit, PAGE)
    while True:
        rows = s.execute(stmt, _params(s, node, options, after) | {"n": batch}).all()
        for row in rows:
            after = int(row[0])
            hits += _hits(row, node, options.accents)
            if len(hits) >= limit:
                return SearchPage(tuple(hits), after)
        if len(rows) < batch:
            return SearchPage(tuple(hits), None)
        batch = min(batch * 4, 5000)  # candidates were rejected (accents): read more at once


def _pages(s: Session, node: Node, options: SearchOptions) -> Iterator[SearchPage]:
    """Every page of hits, in order, in pages of at least 2000."""
    after: int | None = 0
    while after is not None:
        page = search_page(s, node, options, after=after, limit=2000)
        yield page
        after = page.after


def all_hits(s: Session, node: Node, options: SearchOptions) -> Iterator[SearchHit]:
    for page in _pages(s, node, options):
        yield from page.hits


def parse(query: str, options: SearchOptions) -> Node:
    return search_query.parse(query, all_prefix=options.prefix)


def _extent(hit: SearchHit, extent: str) -> tuple[int, int]:
    if extent == "turn":
        return hit.passage_start, hit.passage_end
    return hit.start, hit.end


class SearchService(Service):
    def search(
        self, query: str, options: SearchOptions = SearchOptions(), *, after: int = 0,
        limit: int = PAGE,
    ) -> SearchPage:  # fmt: skip
        """A page of hits in source, then text order; a malformed query raises
        :class:`~ikt_desktop.domain.query.search_query.QueryError`."""
        node = parse(query, options)
        with self._store.read() as s:
            return search_page(s, node, options, after=after, limit=limit)

    def count_passages(self, query: str, options: SearchOptions = SearchOptions()) -> int:
        """How many passages the index matches (accent-sensitive searches: at most this)."""
        node = parse(query, options)
        with self._store.read() as s:
            counted = _statement(s, options, "", count=True)
            return int(s.execute(counted, _params(s, node, options, 0)).scalar() or 0)

    def rebuild(self) -> int:
        """Index every source from scratch (mends an index out of step; see ``check``).
        Returns the number of passages indexed."""
        with self._store.write() as s:
            total = rebuild(s.connection())
            record(s, "rebuild search index", "project", None, passages=total)
            return total

    def definition(self, query: str, options: SearchOptions = SearchOptions()) -> str:
        """The JSON to save ``query`` with ``options`` as a text search (sources by GUID);
        a query the search refuses raises a ValidationError."""
        with self._store.read() as s:
            rows = s.execute(select(Source.id, Source.guid, Source.name).where(
                Source.id.in_(options.source_ids))).all()  # fmt: skip
        found = {int(i): SourceRef(str(g), str(n)) for i, g, n in rows}
        if len(found) != len(set(options.source_ids)):
            raise ValidationError("A chosen source was deleted; choose the sources again.")
        search = TextSearch(query.strip(), options.prefix, options.accents,
                            options.participants_only,
                            tuple(found[i] for i in sorted(found)))  # fmt: skip
        return to_json(check(search))

    def open_saved(self, definition: str) -> OpenedSearch:
        """The query and options of a saved text search (see :meth:`definition`)."""
        search = from_json(definition)
        guids = [r.guid for r in search.sources]
        with self._store.read() as s:
            found = s.execute(select(Source.guid, Source.id).where(Source.guid.in_(guids)))
            ids = {str(g): int(i) for g, i in found}
        options = SearchOptions(search.prefix, search.accents, search.participants_only,
                                tuple(sorted(ids[g] for g in guids if g in ids)))  # fmt: skip
        missing = tuple(r.name or r.guid for r in search.sources if r.guid not in ids)
        if missing and not options.source_ids:
            names = ", ".join(f"“{m}”" for m in missing)
            raise ValidationError(f"every source this search was limited to was deleted ({names})")
        return OpenedSearch(search.query, options, missing)

    def hits(self, query: str, options: SearchOptions = SearchOptions()) -> list[SearchHit]:
        """Every hit (for exports and "code all hits")."""
        node = parse(query, options)
        with self._store.read() as s:
            return list(all_hits(s, node, options))

    def hit_spans(
        self, query: str, options: SearchOptions, extent: str = "hit",
        progress: Progress = no_progress,
    ) -> list[tuple[int, int, int]]:  # fmt: skip
        """``(source id, start, end)`` of every hit, its sentence or its whole turn
        (``extent``), without repeats, in text order: what "code all hits" codes. Reads
        only; ``progress`` hears after each page and may cancel."""
        if extent not in EXTENTS:
            raise ValidationError(f"Code the hit, its sentence or its turn, not “{extent}”.")
        node = parse(query, options)
        with self._store.read() as s:
            return sorted(_coding_spans(s, node, options, extent, progress))

    def code_spans(
        self, code_id: int, spans: Sequence[tuple[int, int, int]], *, query: str = "",
        coder_id: int | None = None, progress: Progress = no_progress,
    ) -> Outcome[CodingSnapshot]:  # fmt: skip
        """Code ``spans`` (from :meth:`hit_spans`) with ``code_id`` in one transaction;
        spans the coder already coded with this code are skipped. The snapshot holds
        exactly the codings made (undo removes them). ``progress`` hears before the
        codings are written and again just before the commit: cancelling there (it
        raises) rolls everything back."""
        if not spans:
            raise ValidationError(f"“{query}” has no hits to code.")
        with self._store.write() as s:
            code = require(s, Code, code_id, "code")
            coder = coder_id if coder_id is not None else current_coder_id(s)
            if coder is None:
                raise ValidationError("Choose who is coding first (no current coder).")
            done = {(int(a), int(b), int(c)) for a, b, c in s.execute(
                select(Coding.source_id, Coding.start, Coding.end).where(
                    Coding.code_id == code_id, Coding.coder_id == coder))}  # fmt: skip
            new = sorted(set(spans) - done)
            if not new:
                raise ValidationError(f"Every hit is already coded with “{code.name}” by you.")
            _check_spans(s, new)
            progress(0, len(new), f"Coding {len(new)} passages…")
            base = int(s.scalar(select(func.coalesce(func.max(Coding.id), 0))) or 0) + 1
            now = utcnow()
            dtos = tuple(CodingDTO(base + n, new_guid(), code_id, sid, a, b, coder, now, "")
                         for n, (sid, a, b) in enumerate(new))  # fmt: skip
            insert_codings(s, dtos)
            record(s, "code search hits", "code", code_id, query=query, codings=len(dtos),
                   skipped=len(spans) - len(new))  # fmt: skip
            progress(len(dtos), len(dtos), f"Saving {len(dtos)} codings…")  # last chance
            return Outcome(CodingSnapshot(dtos), _coding_changes(dtos))

    def code_hits(
        self, query: str, options: SearchOptions, code_id: int, extent: str = "hit",
        *, coder_id: int | None = None,
    ) -> Outcome[CodingSnapshot]:  # fmt: skip
        """Code every hit (``extent``: the hit, its sentence, or its whole turn) with
        ``code_id``: :meth:`hit_spans`, then :meth:`code_spans`."""
        spans = self.hit_spans(query, options, extent)
        return self.code_spans(code_id, spans, query=query, coder_id=coder_id)

    def uncode_hits(self, done: CodingSnapshot) -> Outcome[CodingSnapshot]:
        """Undo :meth:`code_hits`: remove exactly those codings (snapshotted again with
        any quotes pinned since, so redo restores them as they were)."""
        ids = [c.id for c in done.codings]
        with self._store.write() as s:
            rows = list(s.scalars(select(Coding).where(Coding.id.in_(ids))))
            snapshot = snapshot_codings(s, rows)
            # no session sync: its evaluator tests every loaded row against the whole id
            # list (35 s for 59,000 codings); nothing here reads the rows after this
            gone = delete(Coding).where(Coding.id.in_(ids))
            s.execute(gone.execution_options(synchronize_session=False))
            record(s, "undo code search hits", "coding", ids[0] if ids else None, ids=ids)
            changes = _coding_changes(snapshot.codings, Op.DELETED)
            return Outcome(snapshot, changes)


def _coding_spans(
    s: Session, node: Node, options: SearchOptions, extent: str, progress: Progress
) -> set[tuple[int, int, int]]:
    spans: set[tuple[int, int, int]] = set()
    texts: dict[int, str] = {}
    for page in _pages(s, node, options):
        for hit in page.hits:
            if extent != "sentence":
                spans.add((hit.source_id, *_extent(hit, extent)))
                continue
            if hit.source_id not in texts:
                texts[hit.source_id] = str(s.scalar(
                    select(Source.text).where(Source.id == hit.source_id)))  # fmt: skip
            a, b = sentence_bounds(texts[hit.source_id], hit.start, hit.end,
                                   hit.passage_start, hit.passage_end)  # fmt: skip
            spans.add((hit.source_id, a, b))
        progress(len(spans), 0, f"Found {len(spans)} passages to code…")
    return spans


def _check_spans(s: Session, spans: Sequence[tuple[int, int, int]]) -> None:
    """Refuse spans a source no longer has (deleted or shortened since the search)."""
    lengths = text_lengths(s, {sid for sid, _, _ in spans})
    for sid, start, end in spans:
        if sid not in lengths:
            raise ValidationError("A source was deleted since the search; search again.")
        check_span(start, end, lengths[sid])


def _coding_changes(codings: Sequence[CodingDTO], op: Op = Op.CREATED) -> ChangeSet:
    changes = ChangeSet.of(Entity.CODING, op, [c.id for c in codings])
    changes += ChangeSet.of(Entity.CODE, Op.UPDATED, sorted({c.code_id for c in codings}))
    return changes + ChangeSet.of(Entity.SOURCE, Op.UPDATED, sorted({c.source_id for c in codings}))
