"""Private MIME types for drag and drop: ids as JSON, never live objects."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

CODE_MIME = "application/x-ikt-code-ids"
SELECTION_MIME = "application/x-ikt-text-selection"


def encode_ids(mime: QMimeData, kind: str, ids: list[int]) -> None:
    mime.setData(kind, json.dumps({"ids": ids}).encode())


def decode_ids(mime: QMimeData, kind: str) -> list[int]:
    if not mime.hasFormat(kind):
        return []
    try:
        data = json.loads(bytes(mime.data(kind).data()).decode())
        return [int(i) for i in data["ids"]]
    except (ValueError, KeyError, TypeError):
        return []


def decode_selection(mime: QMimeData) -> tuple[int, int, int] | None:
    """(source id, start, end) of a text selection dragged from the transcript."""
    if not mime.hasFormat(SELECTION_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SELECTION_MIME).data()).decode())
        return int(data["source_id"]), int(data["start"]), int(data["end"])
    except (ValueError, KeyError, TypeError):
        return None
