"""Copying a whole project between engines, row for row: a project file into an empty
team database (``team create``) and a team database into a new project file (``team
copy``). Every table of the models is copied with its ids, GUIDs, spans, times and text;
the full-text index is derived data and is built again in the target's own form.

The reader sees one consistent state (a repeatable-read transaction on PostgreSQL, one
read transaction on SQLite); the writer writes everything in one transaction, so a
failure leaves the target as it was (an empty database; no file).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, text

from ikt_desktop.db import search_index
from ikt_desktop.db.models import Base
from ikt_desktop.db.team import access
from ikt_desktop.db.team import search as pg_search
from ikt_desktop.domain.progress import Progress, no_progress

CHUNK = 5000


def _self_reference(table: Table) -> str | None:
    """The column of ``table`` that points at the same table (a tree), if any."""
    for fk in table.foreign_keys:
        if fk.column.table is table:
            return str(fk.parent.name)
    return None


def _parents_first(rows: list[dict[str, Any]], parent: str) -> list[dict[str, Any]]:
    """Rows of a tree ordered so that every parent comes before its children."""
    placed: set[Any] = set()
    out: list[dict[str, Any]] = []
    pending = rows
    while pending:
        later = []
        for row in pending:
            if row[parent] is None or row[parent] in placed:
                placed.add(row["id"])
                out.append(row)
            else:
                later.append(row)
        if len(later) == len(pending):  # a cycle the database would refuse anyway
            out += later
            break
        pending = later
    return out


def _rows(source: Connection, table: Table) -> list[dict[str, Any]]:
    query = table.select().order_by(*table.primary_key.columns)
    rows = [dict(r._mapping) for r in source.execute(query)]
    parent = _self_reference(table)
    return _parents_first(rows, parent) if parent else rows


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def copy_rows(
    source: Connection, target: Connection, progress: Progress = no_progress
) -> dict[str, int]:
    """Copy every row of every model table from ``source`` into the empty tables of
    ``target`` (same schema revision), then index the texts. Returns rows per table.
    Into PostgreSQL the rows go by ``COPY`` (one statement per table: its statement
    triggers run once); into SQLite by batched inserts."""
    tables = list(Base.metadata.sorted_tables)
    counts: dict[str, int] = {}
    bulk = target.dialect.name == "postgresql"
    if bulk:
        access.mark_copying(target)  # copied change-log rows keep their detail as it was
    for n, table in enumerate(tables):
        progress(n, len(tables) + 1, f"Copying {table.name}…")
        rows = _rows(source, table)
        if bulk:
            _copy_in(target, table.name, [c.name for c in table.columns], rows)
        else:
            for chunk in _chunks(rows):
                target.execute(table.insert(), chunk)
        counts[table.name] = len(rows)
    progress(len(tables), len(tables) + 1, "Indexing the texts for search…")
    counts[search_index.TABLE] = _index_in(target) if bulk else search_index.rebuild(target)
    progress(len(tables) + 1, len(tables) + 1, "Copied")
    return counts


def _copy_in(
    target: Connection, table: str, columns: list[str], rows: list[dict[str, Any]]
) -> None:
    """``COPY table FROM STDIN`` on the target's own connection, in its transaction."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = target.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def _index_in(target: Connection) -> int:
    """The search index of every source, written by COPY (db/team/search.py)."""
    ids = [int(i) for i in target.execute(text("SELECT id FROM source ORDER BY id")).scalars()]
    rows: list[dict[str, Any]] = []
    for source_id in ids:
        for row in search_index.expected_rows(target, source_id):
            data = dict(zip(search_index.COLUMNS, row, strict=True))
            data["terms"] = pg_search.terms(str(data["passage"] or data["body"]))
            rows.append(data)
    _copy_in(target, search_index.TABLE, [*search_index.COLUMNS, "terms"], rows)
    return len(rows)
