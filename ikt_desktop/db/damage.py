"""Finding damage in a project file, and saying so in one line.

Every check runs through the SQLCipher build of SQLite (also for plain files, without a
key): it is newer than Python's own, and its ``integrity_check`` and ``quick_check`` also
verify the full-text index (FTS5 checks its own structure and contents), read-only.

What each use runs, and what it decides:

* ``check`` (CLI and File menu): ``integrity_check`` (pages, b-trees, every index's
  entries against its table, the FTS5 index), ``foreign_key_check``, and whether the
  search index is in step with the texts. Each finding is one line; the full list goes
  to the log.
* Opening for writing: ``integrity_check`` (about 1 s per 50 MB, measured), and any
  damage refuses the open, so nothing is written on top of a damaged index. The app
  (not the CLI) runs ``quick_check`` and then ``integrity_check`` in the background
  (:class:`BackgroundCheck`): its window is built meanwhile and shows the project only
  when the quick check has found nothing (else the opening is refused, as before the
  window was built); the first write waits for both, and damage the thorough one
  finds refuses that write and every later one. Broken foreign keys do not damage the
  file: they are reported by ``check`` only.
* Opening read-only, and every other inspection: ``quick_check`` (pages, b-trees and the
  FTS5 index, not index entries against their tables), refused on damage.
"""

from __future__ import annotations

import logging
import threading
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


class BackgroundCheck:
    """The thorough structure check of a project just opened for writing, run on its own
    read-only connection in a thread, so that opening a large project does not wait for
    it (``integrity_check`` takes about 0.9 s on the 44 MB large bench project). Writing
    waits for it (:meth:`wait`): nothing is written on top of damage it finds.

    With ``quick_first`` the thread runs the quick check first (about 0.2 s there) and
    :meth:`wait_quick` gives its finding: the app builds its window meanwhile (the check
    is SQLite's work, off the interpreter's lock: another core) and refuses to show the
    project if the quick check finds damage, as an opening with the quick check does."""

    def __init__(
        self, path: Path, key: Password | None, salt: bytes | None, *, quick_first: bool = False
    ) -> None:
        self.path, self._key, self._salt = path, key, salt
        self.finding: str | None = None  # one line when the file is damaged
        self.quick_finding: str | None = None  # the quick check's, with quick_first
        self._quick_first = quick_first
        self._done = threading.Event()
        self._quick_done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ikt-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = checking_connection(self.path, self._key, self._salt)
            try:
                if self._quick_first:
                    found = structure_findings(conn, QUICK)
                    self.quick_finding = summary(self.path, "the file is damaged", found)
                    self._quick_done.set()
                    if found:  # the thorough check would say no more
                        self.finding = self.quick_finding
                        return
                found = structure_findings(conn, THOROUGH)
            finally:
                conn.close()
            self.finding = summary(self.path, "the file is damaged", found)
        except Exception as exc:
            log.warning("%s: the structure check could not run", self.path, exc_info=True)
            self.finding = f"the file is damaged ({exc})"
            if not self._quick_done.is_set():
                self.quick_finding = self.finding
        finally:
            self._quick_done.set()
            self._done.set()

    def wait_quick(self) -> str | None:
        """Block until the quick check has run (with ``quick_first``; else the thorough
        one); its finding (None: no damage)."""
        (self._quick_done if self._quick_first else self._done).wait()
        return self.quick_finding if self._quick_first else self.finding

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> str | None:
        """Block until the check has run; its finding (None: no damage)."""
        self._done.wait()
        return self.finding
