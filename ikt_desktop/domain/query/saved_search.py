"""A saved text search as plain data: what was typed and the options it ran with.

Kept in the project as a saved query of kind ``"text"`` whose definition is the JSON of
:func:`to_json`, with a version number. Sources are kept by GUID (stable through undo,
merges and exchange), each with its name at save time, so a source deleted since can be
reported by name instead of failing. :func:`from_json` refuses malformed input with a
message saying what is wrong, and checks that the query itself is one the search accepts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.search_query import QueryError, parse
from ikt_desktop.domain.query.versioned import load_versioned

VERSION = 1
_OPTIONS = ("prefix", "accents", "participants_only")


@dataclass(frozen=True)
class SourceRef:
    guid: str
    name: str = ""  # the source's name when the search was saved (for messages)


@dataclass(frozen=True)
class TextSearch:
    query: str
    prefix: bool = False  # every bare word also finds longer words
    accents: bool = False  # accent-sensitive
    participants_only: bool = False  # only what participants said
    sources: tuple[SourceRef, ...] = ()  # empty: all sources


def check(search: TextSearch) -> TextSearch:
    """``search`` if its query is one the search accepts; a ValidationError saying why not."""
    try:
        parse(search.query, all_prefix=search.prefix)
    except QueryError as exc:
        raise ValidationError(f"the saved search “{search.query}” cannot run: {exc}") from None
    return search


def to_json(search: TextSearch) -> str:
    data: dict[str, Any] = {"version": VERSION, "query": search.query}
    data.update({name: bool(getattr(search, name)) for name in _OPTIONS})
    data["sources"] = [{"guid": r.guid, "name": r.name} for r in search.sources]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> TextSearch:
    """Read a search saved by :func:`to_json`; a clear ValidationError if it is not one."""
    data = load_versioned(text, "the saved search", VERSION)
    query = data.get("query")
    if not isinstance(query, str):
        raise ValidationError("the saved search has no query text")
    options = {}
    for name in _OPTIONS:
        value = data.get(name, False)
        if not isinstance(value, bool):
            raise ValidationError(f"the saved search's option {name!r} is not true or false")
        options[name] = value
    return check(TextSearch(query, sources=_sources(data.get("sources", [])), **options))


def _sources(data: Any) -> tuple[SourceRef, ...]:
    if not isinstance(data, list):
        raise ValidationError("the saved search's sources are not a list")
    refs = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("guid"), str):
            raise ValidationError("a source of the saved search has no GUID")
        name = item.get("name", "")
        refs.append(SourceRef(item["guid"], name if isinstance(name, str) else ""))
    return tuple(refs)


def describe(search: TextSearch) -> str:
    """The search in words, for lists: ``“trust” (word beginnings, 2 sources)``."""
    bits = [label for name, label in (("prefix", "word beginnings"), ("accents", "match accents"),
            ("participants_only", "participant talk only")) if getattr(search, name)]  # fmt: skip
    if search.sources:
        n = len(search.sources)
        bits.append(f"{n} source{'s' * (n != 1)}")
    return f"“{search.query}”" + (f" ({', '.join(bits)})" if bits else "")
