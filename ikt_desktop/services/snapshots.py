"""Taking and restoring snapshots of codings, shared by the codebook and coding services."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Coding, ThemeQuote
from ikt_desktop.services.dto import CodingDTO, CodingSnapshot


def coding_dto(c: Coding) -> CodingDTO:
    return CodingDTO(
        c.id, c.guid, c.code_id, c.source_id, c.start, c.end, c.coder_id, c.created, c.memo
    )


def snapshot_codings(s: Session, codings: Sequence[Coding]) -> CodingSnapshot:
    ids = [c.id for c in codings]
    quotes = s.execute(
        select(ThemeQuote.theme_id, ThemeQuote.coding_id, ThemeQuote.position).where(
            ThemeQuote.coding_id.in_(ids)
        )
    )
    return CodingSnapshot(
        tuple(coding_dto(c) for c in codings), tuple((t, c, p) for t, c, p in quotes)
    )


def insert_codings(s: Session, codings: Iterable[CodingDTO]) -> None:
    rows = [
        {
            "id": c.id,
            "guid": c.guid,
            "code_id": c.code_id,
            "source_id": c.source_id,
            "start": c.start,
            "end": c.end,
            "coder_id": c.coder_id,
            "created": c.created,
            "memo": c.memo,
        }
        for c in codings
    ]
    if rows:
        s.execute(insert(Coding), rows)


def restore_codings(s: Session, snapshot: CodingSnapshot) -> None:
    insert_codings(s, snapshot.codings)
    quotes = [{"theme_id": t, "coding_id": c, "position": p} for t, c, p in snapshot.theme_quotes]
    if quotes:
        s.execute(insert(ThemeQuote), quotes)
