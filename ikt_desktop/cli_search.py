"""``ikt-desktop search PROJECT.ikt "QUERY" [--json] [--limit N] [--accents]
[--participants-only] [--prefix] [--source SOURCE]...``: full-text search. Spans are code
points of the source's text (as ``ikt-desktop text`` prints it). ``--rebuild`` indexes
every source from scratch (when ``check`` says the index is out of step)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ikt_desktop.cli_import import find_source
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.project import Project
from ikt_desktop.services.search import SearchHit, SearchOptions

DEFAULT_LIMIT = 50


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("project", type=Path, metavar="PROJECT.ikt")
    cmd.add_argument("query", nargs="?", default=None, metavar="QUERY",
                     help='words, "phrases", prefix*, AND/OR/NOT, parentheses')  # fmt: skip
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                     help=f"at most N hits (default {DEFAULT_LIMIT}; 0: all)")  # fmt: skip
    cmd.add_argument("--accents", action="store_true",
                     help="accent-sensitive: cafe does not find café")  # fmt: skip
    cmd.add_argument("--participants-only", action="store_true",
                     help="only what participants said (no interviewer turns)")  # fmt: skip
    cmd.add_argument("--prefix", action="store_true", help="every word also finds longer words")
    cmd.add_argument("--source", action="append", default=[], metavar="SOURCE",
                     help="search only this source (id or exact name); repeatable")  # fmt: skip
    cmd.add_argument("--rebuild", action="store_true",
                     help="rebuild the search index, then search if asked")  # fmt: skip


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "source": hit.source_name, "source_id": hit.source_id,
        "participant": hit.participant, "speaker": hit.speaker, "role": hit.role,
        "start": hit.start, "end": hit.end, "snippet": hit.snippet,
        "mark": [hit.mark_start, hit.mark_end],
    }  # fmt: skip


def _hits(project: Project, args: argparse.Namespace) -> tuple[list[SearchHit], bool]:
    if args.limit < 0:
        raise UserError(f"{args.project}: --limit must be 0 (all) or more")
    ids = tuple(find_source(project, wanted) for wanted in args.source)
    options = SearchOptions(prefix=args.prefix, accents=args.accents,
                            participants_only=args.participants_only, source_ids=ids)  # fmt: skip
    if args.limit == 0:
        return project.search.hits(args.query, options), False
    page = project.search.search(args.query, options, limit=args.limit)
    more = page.after is not None or len(page.hits) > args.limit
    return list(page.hits[: args.limit]), more


def run_search(args: argparse.Namespace) -> int:
    if args.query is None and not args.rebuild:
        raise UserError(f"{args.project}: give a QUERY to search for (or --rebuild)")
    rebuilt = None
    with Project.open(args.project, read_only=not args.rebuild) as project:
        if args.rebuild:
            rebuilt = project.search.rebuild()
        hits, more = _hits(project, args) if args.query is not None else ([], False)
    if args.json:
        data: dict[str, Any] = {"hits": [hit_dict(h) for h in hits], "more": more}
        if rebuilt is not None:
            data["rebuilt_passages"] = rebuilt
        print(json.dumps(data, ensure_ascii=False))
        return 0
    if rebuilt is not None:
        print(f"Rebuilt the search index: {rebuilt} passages")
    if args.query is None:
        return 0
    for h in hits:
        who = h.participant or h.speaker or "-"
        print(f"{h.source_name} [{h.start}-{h.end}] {who} ({h.role or 'no role'}): {h.marked()}")
    shown = f"{len(hits)} hit{'s' if len(hits) != 1 else ''}"
    print(shown + (f" (more: --limit {args.limit * 4} or --limit 0 for all)" if more else ""))
    return 0
