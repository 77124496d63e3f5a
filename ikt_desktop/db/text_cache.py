"""The texts of the sources last read, kept beside an open project file.

Applying a code checks the span against the text's length, and the coded segment it lists
quotes the text: reading a three-hour transcript's text for that (its overflow pages, then
decoding) costs about 1.6 ms each time, most of an apply's own work. A text changes only
through a text edit (``services/coding/text_edit.py``), which marks its session with
:func:`text_changed`; the store forgets every text once that transaction has ended,
committed or not. An entry is kept with the source's GUID: a source
deleted and another added under its id (SQLite reuses the highest id) is read anew.

Team projects keep no texts (another coder may edit one): their store has no cache, and
where only a text's length is wanted the server counts it (:func:`counted_length`).
"""

from __future__ import annotations

import threading

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Source

TEXT_CHANGED = "ikt_text_changed"  # in a session's info: a source's text was changed
KEPT = 8  # sources: a few transcripts open in turn (about 0.35 MB each for three hours)


_LENGTH = select(func.char_length(Source.text)).where(Source.id == bindparam("source"))


def counted_length(session: Session, source_id: int) -> int | None:
    """The length in code points of a source's text, counted by a PostgreSQL server (its
    text holds no NUL) rather than sent whole to be counted here (a three-hour transcript
    is 0.35 MB); None when the source does not exist, or on SQLite, whose ``length()``
    stops at a NUL an older version may have kept (read the text there: it is cached)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    found = session.scalar(_LENGTH, {"source": source_id})
    return None if found is None else int(found)


def text_changed(info: dict[str, object]) -> None:
    """Mark a write session (its ``info``) as having changed a source's text."""
    info[TEXT_CHANGED] = True


class TextCache:
    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._texts: dict[int, tuple[str, str]] = {}  # id -> (guid, text), oldest first
        self._lock = threading.Lock()  # exports and checks read on worker threads too

    def get(self, source_id: int, guid: str) -> str | None:
        with self._lock:
            found = self._texts.get(source_id)
            if found is None or found[0] != guid:
                return None
            del self._texts[source_id]  # the most recently used goes last
            self._texts[source_id] = found
            return found[1]

    def put(self, source_id: int, guid: str, text: str) -> None:
        with self._lock:
            self._texts.pop(source_id, None)
            self._texts[source_id] = (guid, text)
            while len(self._texts) > self._kept:
                del self._texts[next(iter(self._texts))]

    def forget(self) -> None:
        with self._lock:
            self._texts.clear()

    def __len__(self) -> int:
        return len(self._texts)
