"""Progress of long work (exports, imports, merges), reported without Qt.

Long work takes a ``Progress`` callback and calls it with (done, total, what). The caller's
callback raises ``Cancelled`` (domain.errors) to stop the work; the work then leaves
nothing behind (outputs are written to a temporary file and renamed at the end).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _what: str) -> None:
    """The callback for callers that do not watch (the CLI, tests)."""
