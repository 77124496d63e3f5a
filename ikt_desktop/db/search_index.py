"""The full-text index (SQLite FTS5): one row per passage (a turn, or a line outside
turns) of every source, kept in step with the texts by :func:`reindex_source`, which every
service that writes a source's text or turns calls in its own transaction.

Row ids encode the source and the passage's place: ``source_id << 24 | ordinal``. So the
rows of a source are one rowid range (cheap to replace), and FTS5 returns matches in
source, then text order, so the first page of hits streams without sorting. The table
keeps the passage's ``start``/``end`` (code points) and its ``turn_id``; the speaker,
participant and role are looked up when searching, so re-mapping a speaker needs no
re-indexing. The indexed column holds the passage's search form (see
:mod:`ikt_desktop.domain.query.search_text`), and ``passage`` its own text where that differs
(CJK); hits are located in the passage's own text, in code points.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ikt_desktop.db.team import search as pg_search
from ikt_desktop.domain.query import search_query
from ikt_desktop.domain.query.search_text import passages, search_form

TABLE = "search_fts"
SHIFT = 24  # passages per source: up to 16.7 million
CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, passage UNINDEXED, start UNINDEXED, "
    '"end" UNINDEXED, turn_id UNINDEXED, '
    "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")"
)
DROP = f"DROP TABLE IF EXISTS {TABLE}"
POSTGRESQL = "postgresql"  # the team engine (db/team/search.py): same rows, a tsvector
COLUMNS = ("rowid", "body", "passage", "start", "end", "turn_id")
SELECT_ROWS = f'SELECT rowid, body, passage, start, "end", turn_id FROM {TABLE}'

# rowid, search form, the passage's own text (None: the same as the search form), start,
# end, turn id. Keeping the passage's text here lets a search read hits without loading
# whole source texts (a 10,000-word text per hit made a page 10x slower).
Row = tuple[int, str, str | None, int, int, int | None]


def rowid_range(source_id: int) -> tuple[int, int]:
    """The first and last rowid a source's passages may have."""
    return source_id << SHIFT, ((source_id + 1) << SHIFT) - 1


def _row(rowid: int, passage: str, start: int, end: int, turn_id: int | None) -> Row:
    body = search_form(passage)
    return (rowid, body, None if body == passage else passage, start, end, turn_id)


def expected_rows(conn: Connection, source_id: int) -> list[Row]:
    """The index rows of the passages the source has now."""
    body = conn.execute(text("SELECT text FROM source WHERE id = :id"), {"id": source_id}).scalar()
    if body is None:
        return []
    turns = conn.execute(
        text(
            "SELECT t.start, t.\"end\", t.id, coalesce(sp.name, '') FROM turn t "
            "LEFT JOIN speaker sp ON sp.id = t.speaker_id WHERE t.source_id = :id"
        ),
        {"id": source_id},
    )
    base = source_id << SHIFT
    spans = passages(body, [(int(a), int(b), int(t), str(n)) for a, b, t, n in turns])
    return [
        _row(base + n, body[start:end], start, end, turn_id)
        for n, (start, end, turn_id) in enumerate(spans)
    ]


def create(conn: Connection) -> None:
    """Create the (empty) index table for the connection's engine."""
    for statement in pg_search.CREATE if _pg(conn) else (CREATE,):
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    conn.exec_driver_sql(pg_search.DROP if _pg(conn) else DROP)


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == POSTGRESQL


def match_sql(dialect: str) -> str:
    """The WHERE condition matching ``:match`` against the index aliased ``f``."""
    return pg_search.MATCH if dialect == POSTGRESQL else f"{TABLE} MATCH :match"


def match_value(node: search_query.Node, dialect: str) -> str:
    """What ``:match`` is bound to for a parsed search on this engine."""
    return pg_search.to_tsquery(node) if dialect == POSTGRESQL else search_query.to_fts(node)


def _reindex(conn: Connection, source_id: int) -> int:
    lo, hi = rowid_range(source_id)
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid BETWEEN :lo AND :hi"), {"lo": lo, "hi": hi})
    rows = expected_rows(conn, source_id)
    if not rows:
        return 0
    names = [f'"{c}"' if c == "end" else c for c in COLUMNS]
    values = [f":{c}" for c in COLUMNS]
    params = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    if _pg(conn):  # the tsvector of each passage's own text (db/team/search.py)
        names.append("terms")
        values.append("CAST(:terms AS tsvector)")
        for row in params:
            row["terms"] = pg_search.terms(str(row["passage"] or row["body"]))
    insert = text(f"INSERT INTO {TABLE} ({', '.join(names)}) VALUES ({', '.join(values)})")
    conn.execute(insert, params)
    return len(rows)


def reindex_source(s: Session, source_id: int) -> int:
    """Replace the index rows of one source (none if it no longer exists) in the caller's
    transaction. Returns the number of passages indexed."""
    s.flush()
    return _reindex(s.connection(), source_id)


def reindex_sources(s: Session, source_ids: Iterable[int]) -> None:
    s.flush()
    conn = s.connection()
    for source_id in source_ids:
        _reindex(conn, source_id)


def rebuild(conn: Connection) -> int:
    """Index every source from scratch (migration 0005, repair). Returns passages indexed."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    ids = [int(i) for i in conn.execute(text("SELECT id FROM source ORDER BY id")).scalars()]
    total = sum(_reindex(conn, i) for i in ids)
    if not _pg(conn):
        conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))
    return total


def out_of_step(conn: Connection) -> list[int]:
    """Ids of sources whose index rows differ from what their text and turns give now
    (including rows left behind by a deleted source)."""
    stored: dict[int, list[Row]] = {}
    for row in conn.execute(text(f"{SELECT_ROWS} ORDER BY rowid")):
        stored.setdefault(int(row[0]) >> SHIFT, []).append(tuple(row))
    ids = {int(i) for i in conn.execute(text("SELECT id FROM source")).scalars()}
    return sorted(i for i in ids | set(stored) if stored.get(i, []) != expected_rows(conn, i))


def stale_index_message(source_ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in source_ids[:10]) + ("…" if len(source_ids) > 10 else "")
    return (
        f"the search index is out of step with the text of source(s) {shown}; "
        "rebuild it with: ikt-desktop search PROJECT.ikt --rebuild"
    )
