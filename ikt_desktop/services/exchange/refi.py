"""REFI-QDA exchange of an open project: export ``.qdpx``/``.qdc``, add a ``.qdc``'s codes.

Importing a whole ``.qdpx`` creates a new project: see :mod:`services.qdpx_project`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Code
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.exchange.refi import ExchangeSummary, RefiCode, RefiSet, SummaryBuilder
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.exporters.qdpx import write_qdc, write_qdpx
from ikt_desktop.importers.qdpx import read_qdc
from ikt_desktop.services.base import Service, record
from ikt_desktop.services.coding.codebook import code_dto, code_path
from ikt_desktop.services.dto import CodeDTO, Outcome
from ikt_desktop.services.exchange.refi_gather import ORIGIN, code_tree, gather_project, theme_sets
from ikt_desktop.services.exchange.refi_media import embedded_bytes
from ikt_desktop.services.exchange.refi_write import code_rows


@dataclass(frozen=True)
class ExportResult:
    path: str
    counts: tuple[tuple[str, int], ...]  # ("codes", 26), ...


@dataclass(frozen=True)
class CodebookImport:
    """What adding a codebook did (the added codes restore it after an undo)."""

    codes: tuple[CodeDTO, ...]  # parents first
    summary: ExchangeSummary


class ExchangeService(Service):
    def export_qdpx(self, path: Path, progress: Progress = no_progress) -> ExportResult:
        """Write the whole project as a REFI-QDA ``.qdpx`` (all or nothing)."""
        progress(0, 1, "Reading the project")
        with self._store.read() as s:
            data = gather_project(s, self._store.path.resolve().parent.as_posix())

        def media_bytes(guid: str) -> bytes | None:
            with self._store.read() as s:
                return embedded_bytes(s, guid)

        write_qdpx(Path(path), data, progress, media_bytes)
        codings = sum(len(src.codings) for src in data.sources)
        counts = (("coders", len(data.users)), ("codes", len(data.all_codes())),
                  ("participants", len(data.cases)), ("attributes", len(data.variables)),
                  ("sources", len(data.sources)), ("codings", codings),
                  ("notes", len(data.notes)), ("sets", len(data.sets)),
                  ("recordings", sum(src.media is not None for src in data.sources)))  # fmt: skip
        return ExportResult(str(path), counts)

    def export_qdc(self, path: Path) -> ExportResult:
        """Write the codebook alone as a REFI-QDA ``.qdc`` (themes as sets of codes)."""
        with self._store.read() as s:
            codes = code_tree(s)
            sets = theme_sets(s)
        write_qdc(Path(path), codes, sets, ORIGIN)
        count = sum(1 for top in codes for _ in top.walk())
        return ExportResult(str(path), (("codes", count), ("sets", len(sets))))

    # -- adding a codebook -----------------------------------------------------------

    def add_codebook(self, path: Path) -> Outcome[CodebookImport]:
        """Add the codes of a ``.qdc`` (one transaction). A code already here (same GUID,
        or same name at the same place) is not added again; its new sub-codes go under
        it."""
        return self.add_codes(*read_qdc(Path(path)))

    def add_codes(
        self, codes: tuple[RefiCode, ...], sets: tuple[RefiSet, ...], summary: SummaryBuilder
    ) -> Outcome[CodebookImport]:
        """:meth:`add_codebook` of a codebook already read (``importers.qdpx.read_qdc``)."""
        if sets:
            summary.skip(f"{len(sets)} set(s) of codes (import the .qdpx project for themes)")
        with self._store.write() as s:
            rows = _new_code_rows(s, codes, summary)
            if rows:
                s.execute(insert(Code), rows)
            summary.imported["codes"] = len(rows)
            query = select(Code).where(Code.id.in_([r["id"] for r in rows])).order_by(Code.id)
            added = tuple(code_dto(c) for c in s.scalars(query))
            record(s, "import codebook", "code", None, file=summary.file,
                   added=len(rows), skipped=list(summary.skipped))  # fmt: skip
        result = CodebookImport(added, summary.build())
        return Outcome(result, ChangeSet.of(Entity.CODE, Op.CREATED, [c.id for c in added]))

    def remove_added(self, added: CodebookImport) -> ChangeSet:
        """Undo :meth:`add_codebook`: remove exactly the codes it added."""
        ids = [c.id for c in added.codes]
        with self._store.write() as s:
            s.execute(delete(Code).where(Code.id.in_(ids)))
            record(s, "undo import codebook", "code", None, removed=len(ids))
        return ChangeSet.of(Entity.CODE, Op.DELETED, reversed(ids))

    def restore_added(self, added: CodebookImport) -> ChangeSet:
        """Redo :meth:`add_codebook` with the same ids and GUIDs."""
        rows = [{"id": c.id, "guid": c.guid, "parent_id": c.parent_id, "position": c.position,
                 "name": c.name, "color": c.color, "definition": c.definition,
                 "inclusion": c.inclusion, "exclusion": c.exclusion, "example": c.example}
                for c in added.codes]  # fmt: skip
        with self._store.write() as s:
            if rows:
                s.execute(insert(Code), rows)
            record(s, "redo import codebook", "code", None, added=len(rows))
        return ChangeSet.of(Entity.CODE, Op.CREATED, [c.id for c in added.codes])


def _new_code_rows(
    s: Session, codes: Iterable[RefiCode], summary: SummaryBuilder
) -> list[dict[str, Any]]:
    existing = list(s.execute(select(Code.id, Code.guid, Code.parent_id, Code.name)))
    by_guid = {guid: cid for cid, guid, _, _ in existing}
    parents = {cid: parent for cid, _, parent, _ in existing}
    names = {cid: name for cid, _, _, name in existing}
    by_path = {code_path(parents, names, cid).casefold(): cid for cid in names}
    wanted: list[tuple[RefiCode, RefiCode | None]] = [p for top in codes for p in top.walk()]
    mapped: dict[str, int] = {}  # file guid -> existing code id
    new: list[tuple[RefiCode, RefiCode | None]] = []
    paths: dict[str, str] = {}
    for code, parent in wanted:
        path = (paths[parent.guid] + "/" if parent else "") + code.name
        paths[code.guid] = path
        if parent is not None and parent.guid not in mapped:
            if code.guid in by_guid:  # elsewhere in this project already: a copy
                code = replace(code, guid=str(uuid.uuid4()))
                summary.convert("codes whose GUID is used elsewhere here were given a new one")
            new.append((code, parent))  # under a new code: new too
        elif code.guid in by_guid:
            mapped[code.guid] = by_guid[code.guid]
            summary.skip("codes already in the project (same GUID)")
        elif path.casefold() in by_path:
            mapped[code.guid] = by_path[path.casefold()]
            summary.skip("codes with the same name at the same place already (duplicates)")
        else:
            new.append((code, parent))
    base = int(s.scalar(select(func.coalesce(func.max(Code.id), 0))) or 0) + 1
    ids = {code.guid: base + i for i, (code, _) in enumerate(new)}
    pairs = [(c, mapped.get(p.guid) or ids.get(p.guid) if p else None) for c, p in new]
    starts = {
        parent: int(position) + 1
        for parent, position in s.execute(
            select(Code.parent_id, func.max(Code.position)).group_by(Code.parent_id)
        )
    }
    return code_rows(s, pairs, summary, first_position=starts)
