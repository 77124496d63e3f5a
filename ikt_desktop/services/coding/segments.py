"""Coded segments with their context: who said it (the speaker's participant, else the
source's), where, coded by whom. Used by retrieval, counts and, later, reports."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, TextClause, bindparam, text
from sqlalchemy.orm import Session

from ikt_desktop.db import coding_counts
from ikt_desktop.db.engine import driver_rows
from ikt_desktop.db.models import Coding
from ikt_desktop.services.base import Service, fetch_all, source_texts
from ikt_desktop.services.coding.snapshots import coding_rows_where
from ikt_desktop.services.dto import CodingDTO

# The participant behind a coding (the rule and its SQL: db/coding_counts.py)
PARTICIPANT_OF_CODING = coding_counts.PARTICIPANT_OF_CODING
_TURN_OF_CODING = coding_counts.TURN_OF_CODING


def _context(column_sql: str, quoted: bool = False) -> TextClause:
    """Each coding's source, participant, coder and code, for codings whose ``column_sql``
    is in ``:ids``; ``quoted``: and its quote, cut by the server (a team database, whose
    texts are not kept by the client: the quotes, not every whole text, cross the wire)."""
    quote = ', substr(s.text, c.start + 1, c."end" - c.start)' if quoted else ""
    return text(
        f"""
        SELECT c.id, c.source_id, s.name,
               p.id, p.label, p.role, coder.name, code.name, code.color, s.position{quote}
        FROM coding c
        JOIN source s ON s.id = c.source_id
        JOIN code ON code.id = c.code_id
        JOIN coder ON coder.id = c.coder_id
        {_TURN_OF_CODING}
        LEFT JOIN participant p ON p.id = {PARTICIPANT_OF_CODING}
        WHERE {column_sql} IN :ids
        ORDER BY s.position, s.id, c.start, c."end", c.id
        """
    ).bindparams(bindparam("ids", expanding=True))


SERVER_QUOTES = 8  # codings whose quotes a team database cuts itself (see _segments)
# built once (a segment is read after every coding): coding rows, their context, their
# context with the quote
_OF_CODES = (coding_rows_where(Coding.code_id), _context("c.code_id"),
             _context("c.code_id", quoted=True))  # fmt: skip
_OF_CODINGS = (coding_rows_where(Coding.id), _context("c.id"), _context("c.id", quoted=True))


@dataclass(frozen=True)
class SegmentDTO:
    coding: CodingDTO
    quote: str
    source_name: str
    participant_id: int | None
    participant_label: str
    participant_role: str
    coder_name: str
    code_name: str
    code_color: str
    source_position: int = 0  # the list's order: source position, source id, start, end, id

    def order(self) -> tuple[int, int, int, int, int]:
        c = self.coding
        return (self.source_position, c.source_id, c.start, c.end, c.id)

    def attribution(self) -> str:
        """``(P3, iKT panel member)``; the source name when no participant is known."""
        who = [x for x in (self.participant_label, self.participant_role) if x]
        return f"({', '.join(who) if who else self.source_name})"


def participant_counts(s: Session) -> dict[int, int]:
    """Distinct participants per code of the whole codebook, by the same rule as
    ``PARTICIPANT_OF_CODING``: one pass over the rows with a binary search per coding, twice
    as fast as the query on 100,000 codings (0.14 s against 0.25 s, bench); a few codes
    after an edit are counted by ``db/coding_counts.py`` ``code_counts``."""
    people: dict[int, set[int]] = {}
    for _coding, code_id, person in coding_participants(s):
        if person is not None:
            people.setdefault(code_id, set()).add(person)
    return {code_id: len(ids) for code_id, ids in people.items()}


def coding_participants(s: Session) -> list[tuple[int, int, int | None]]:
    """``(coding id, code id, participant id)`` of every coding, by the rule of
    ``PARTICIPANT_OF_CODING``, in one pass over the rows with a binary search per coding
    (no correlated subquery); plain tuples, as 100,000 named ones cost a third more."""
    speaker_of: dict[int, int | None] = {
        i: p for i, p in s.execute(text("SELECT id, participant_id FROM speaker"))
    }
    source_of: dict[int, int | None] = {
        i: p for i, p in s.execute(text("SELECT id, participant_id FROM source"))
    }
    turns: dict[int, tuple[list[int], list[int | None]]] = {}
    turn_rows = "SELECT source_id, start, speaker_id FROM turn ORDER BY source_id, start"
    for source_id, start, speaker in fetch_all(s, turn_rows):
        starts, speakers = turns.setdefault(source_id, ([], []))
        starts.append(start)
        speakers.append(speaker)
    out: list[tuple[int, int, int | None]] = []
    empty: tuple[list[int], list[int | None]] = ([], [])
    rows = fetch_all(s, "SELECT id, code_id, source_id, start FROM coding")
    for coding_id, code_id, source_id, start in rows:
        starts, speakers = turns.get(source_id, empty)
        at = bisect_right(starts, start) - 1
        speaker = speakers[at] if at >= 0 else None
        person = source_of.get(source_id) if speaker is None else speaker_of.get(speaker)
        out.append((coding_id, code_id, person))
    return out


def participants_of_codes(s: Session, code_ids: Sequence[int]) -> set[int]:
    """Participants with at least one coded segment of these codes."""
    if not code_ids:
        return set()
    query = text(
        f"SELECT DISTINCT {PARTICIPANT_OF_CODING} FROM coding c "
        f"JOIN source s ON s.id = c.source_id {_TURN_OF_CODING} WHERE c.code_id IN :codes"
    ).bindparams(bindparam("codes", expanding=True))
    return {p for (p,) in s.execute(query, {"codes": list(code_ids)}) if p is not None}


def codings_of_participants(
    s: Session, code_ids: Sequence[int], participant_ids: Sequence[int]
) -> list[int]:
    """The codings of these codes said by these participants, in source and text order."""
    if not code_ids or not participant_ids:
        return []
    query = text(
        f"SELECT c.id FROM coding c JOIN source s ON s.id = c.source_id {_TURN_OF_CODING} "
        f"WHERE c.code_id IN :codes AND {PARTICIPANT_OF_CODING} IN :people "
        'ORDER BY s.position, s.id, c.start, c."end", c.id'
    ).bindparams(bindparam("codes", expanding=True), bindparam("people", expanding=True))
    params = {"codes": list(code_ids), "people": list(participant_ids)}
    return [i for (i,) in s.execute(query, params)]


def participants_at(s: Session, points: Sequence[tuple[int, int]]) -> list[int | None]:
    """The participant who said the text at each ``(source id, position)``, by the rule of
    ``PARTICIPANT_OF_CODING`` (one indexed look-up per point, in chunks)."""
    out: list[int | None] = []
    connection = s.connection()
    for first in range(0, len(points), 300):  # 3 parameters a point: under SQLite's 999
        chunk = points[first : first + 300]
        sql = (
            f"WITH c(i, source_id, start) AS (VALUES {', '.join(['(?, ?, ?)'] * len(chunk))}) "
            f"SELECT c.i, {PARTICIPANT_OF_CODING} FROM c "
            f"JOIN source s ON s.id = c.source_id {_TURN_OF_CODING}"
        )
        params = tuple(x for n, (source, at) in enumerate(chunk) for x in (n, source, at))
        found: dict[int, int | None] = dict(driver_rows(connection, sql, params))
        out += [found.get(n) for n in range(len(chunk))]
    return out


class SegmentService(Service):
    def for_codes(self, code_ids: Sequence[int]) -> list[SegmentDTO]:
        """Every coding of these codes across all sources, by source then position."""
        return self._segments(_OF_CODES, code_ids, by_server=False)

    def for_codings(self, coding_ids: Sequence[int]) -> list[SegmentDTO]:
        """These codings (e.g. a theme's pinned quotes), in the order given."""
        few = len(coding_ids) <= SERVER_QUOTES
        found = {seg.coding.id: seg for seg in self._segments(_OF_CODINGS, coding_ids, few)}
        return [found[i] for i in coding_ids if i in found]

    def _segments(
        self,
        statements: tuple[Select[Any], TextClause, TextClause],
        ids: Sequence[int],
        by_server: bool,
    ) -> list[SegmentDTO]:
        """``by_server``: on a team database (whose texts the client does not keep), have
        the server cut the quotes rather than send the whole texts. Only for a few codings:
        PostgreSQL unpacks the whole stored text for each ``substr`` (729 quotes of one
        code: 220 ms, against 45 ms to send the 100 texts they come from)."""
        if not ids:
            return []
        codings_of, context, quoted = statements
        kept = self._store.text_cache is not None or not by_server  # texts read here
        with self._store.read() as s:
            wanted = {"ids": list(ids)}
            codings = {d.id: d for d in (CodingDTO(*c) for c in s.execute(codings_of, wanted))}
            rows = s.execute(context if kept else quoted, wanted).all()
            # a file's quotes are cut in Python: SQLite's substr() stops at a NUL an older
            # version may have kept (PostgreSQL's text cannot hold one); a file keeps texts
            texts = source_texts(s, self._store, {r[1] for r in rows}) if kept else {}

        def quote(row: Any) -> str:
            if not kept:
                return str(row[10])
            coding = codings[row[0]]
            return str(texts[coding.source_id][coding.start : coding.end])

        return [
            SegmentDTO(codings[r[0]], quote(r), r[2], r[3], r[4] or "", r[5] or "",
                       r[6], r[7], r[8], r[9])
            for r in rows
        ]  # fmt: skip
