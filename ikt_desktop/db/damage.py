"""Finding damage in a project file, and saying so in one line.

Every check runs through the SQLCipher build of SQLite (also for plain files, without a
key): it is newer than Python's own, and its ``integrity_check`` and ``quick_check`` also
verify the full-text index (FTS5 checks its own structure and contents), read-only.

What each use runs, and what it decides:

* ``check`` (CLI and File menu): ``integrity_check`` (pages, b-trees, every index's
  entries against its table, the FTS5 index), ``foreign_key_check``, and whether the
  search index is in step with the texts. Each finding is one line; the full list goes
  to the log.
* Opening for writing: ``integrity_check`` (about 1 s per 100 MB, measured), and any
  damage refuses the open, so nothing is written on top of a damaged index. Broken
  foreign keys do not damage the file: they are reported by ``check`` only.
* Opening read-only, and every other inspection: ``quick_check`` (pages, b-trees and the
  FTS5 index, not index entries against their tables), refused on damage.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ikt_desktop.db.cipher import Password
from ikt_desktop.db.engine import connect

log = logging.getLogger(__name__)

QUICK, THOROUGH = "quick_check", "integrity_check"


def checking_connection(path: Path, key: Password | None, salt: bytes | None) -> Any:
    """A read-only connection through SQLCipher's SQLite (keyed only when ``key``)."""
    return connect(path, read_only=True, key=key, salt=salt, cipher=True)


def summary(path: Path, what: str, findings: Sequence[str]) -> str | None:
    """One line for ``findings`` of one check (None when there are none); every finding
    goes to the log."""
    if not findings:
        return None
    for finding in findings:
        log.warning("%s: %s: %s", path, what, finding)
    more = (
        f" and {len(findings) - 1} more problem(s); details in the log" if len(findings) > 1 else ""
    )
    return f"{what}: {findings[0]}{more}"


def structure_findings(conn: Any, pragma: str = THOROUGH) -> list[str]:
    """What ``pragma`` (quick or integrity check) finds; empty for ``ok``."""
    return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}") if str(r[0]) != "ok"]


def foreign_key_findings(conn: Any) -> list[str]:
    return [f"row {r[1]} of {r[0]} refers to a missing {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")]  # fmt: skip


def problems(path: Path, key: Password | None, salt: bytes | None) -> list[str]:
    """One line per check that finds something: the file's structure (with its indexes
    and the FTS5 index), then its foreign keys."""
    conn = checking_connection(path, key, salt)
    try:
        found = [
            summary(path, "the file is damaged", structure_findings(conn)),
            summary(path, "broken links between rows", foreign_key_findings(conn)),
        ]
    finally:
        conn.close()
    return [line for line in found if line]
