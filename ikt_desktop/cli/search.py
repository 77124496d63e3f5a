"""``ikt-desktop search PROJECT.ikt "QUERY" [--json] [--limit N] [--accents]
[--participants-only] [--prefix] [--source SOURCE]...``: full-text search. Spans are code
points of the source's text (as ``ikt-desktop text`` prints it). ``--rebuild`` indexes
every source from scratch (when ``check`` says the index is out of step). ``--saved NAME``
runs a text search saved in the project (with its saved options; a source it was limited to
that was deleted since is reported, not an error); ``--list`` lists the saved searches."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ikt_desktop.cli.transcripts import find_source
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.query.saved_search import describe, from_json
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.saved_queries import TEXT
from ikt_desktop.services.query.search import OpenedSearch, SearchHit, SearchOptions
from ikt_desktop.services.team.address import project_location

DEFAULT_LIMIT = 50


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("project", type=project_location, metavar="PROJECT.ikt|URL")
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
    cmd.add_argument("--saved", metavar="NAME",
                     help="run the text search saved under NAME (with its options)")  # fmt: skip
    cmd.add_argument("--list", action="store_true", help="list the saved text searches")


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "source": hit.source_name, "source_id": hit.source_id,
        "participant": hit.participant, "speaker": hit.speaker, "role": hit.role,
        "start": hit.start, "end": hit.end, "snippet": hit.snippet,
        "mark": [hit.mark_start, hit.mark_end],
    }  # fmt: skip


def _what(project: Project, args: argparse.Namespace) -> OpenedSearch:
    """The query and options: from the command line, or from the saved search."""
    if args.saved is None:
        ids = tuple(find_source(project, wanted) for wanted in args.source)
        options = SearchOptions(args.prefix, args.accents, args.participants_only, ids)
        return OpenedSearch(args.query, options)
    saved = project.saved_queries.find(args.saved, TEXT)
    try:
        return project.search.open_saved(saved.definition)
    except UserError as exc:
        raise UserError(f"{args.project}: saved search '{saved.name}': {exc}") from None


def _hits(
    project: Project, args: argparse.Namespace, what: OpenedSearch
) -> tuple[list[SearchHit], bool]:
    if args.limit < 0:
        raise UserError(f"{args.project}: --limit must be 0 (all) or more")
    if args.limit == 0:
        return project.search.hits(what.query, what.options), False
    page = project.search.search(what.query, what.options, limit=args.limit)
    more = page.after is not None or len(page.hits) > args.limit
    return list(page.hits[: args.limit]), more


def _check_args(args: argparse.Namespace) -> None:
    given = [x for x, on in (("QUERY", args.query is not None), ("--saved", args.saved is not None),
                             ("--list", args.list)) if on]  # fmt: skip
    if len(given) > 1:
        raise UserError(f"{args.project}: give only one of {' and '.join(given)}")
    if not given and not args.rebuild:
        raise UserError(f"{args.project}: give a QUERY (or --saved NAME, --list, --rebuild)")
    picked = args.prefix or args.accents or args.participants_only or args.source
    if (args.saved or args.list) and picked:
        raise UserError(
            f"{args.project}: a saved search runs with its saved options "
            "(leave out --prefix, --accents, --participants-only, --source)"
        )


def _list(project: Project, as_json: bool) -> int:
    saved = project.saved_queries.all(TEXT)
    if as_json:
        rows = [{"name": q.name, "id": q.id, "definition": json.loads(q.definition)} for q in saved]
        print(json.dumps({"saved_searches": rows}, ensure_ascii=False))
        return 0
    for q in saved:
        print(f"{q.name}: {describe(from_json(q.definition))}")
    print(f"{len(saved)} saved search{'es' * (len(saved) != 1)}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    _check_args(args)
    rebuilt, more, what = None, False, None
    hits: list[SearchHit] = []
    with Project.open(args.project, read_only=not args.rebuild) as project:
        if args.rebuild:
            rebuilt = project.search.rebuild()
        if args.list:
            return _list(project, args.json)
        if args.query is not None or args.saved is not None:
            what = _what(project, args)
            hits, more = _hits(project, args, what)
    missing = list(what.missing) if what else []
    if args.json:
        data: dict[str, Any] = {"hits": [hit_dict(h) for h in hits], "more": more}
        if rebuilt is not None:
            data["rebuilt_passages"] = rebuilt
        if what is not None and args.saved is not None:
            data |= {"query": what.query, "missing_sources": missing}
        print(json.dumps(data, ensure_ascii=False))
        return 0
    if rebuilt is not None:
        print(f"Rebuilt the search index: {rebuilt} passages")
    if what is None:
        return 0
    if missing:
        print("Deleted since the search was saved (left out): " + ", ".join(missing))
    for h in hits:
        who = h.participant or h.speaker or "-"
        print(f"{h.source_name} [{h.start}-{h.end}] {who} ({h.role or 'no role'}): {h.marked()}")
    shown = f"{len(hits)} hit{'s' if len(hits) != 1 else ''}"
    print(shown + (f" (more: --limit {args.limit * 4} or --limit 0 for all)" if more else ""))
    return 0
