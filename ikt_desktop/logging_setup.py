"""One rotating log file in the app's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ikt_desktop import paths

LOG_NAME = "ikt-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``<log dir>/ikt-desktop.log`` (1 MB x 5). Returns the file's path."""
    path = paths.log_dir() / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "ikt_desktop", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.ikt_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    # A log that cannot be written (a full disk) must not print tracebacks over the one
    # line a command or dialog gives: logging then drops the record quietly.
    logging.raiseExceptions = False
    return path
