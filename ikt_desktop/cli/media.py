"""``ikt-desktop link-media PROJECT SOURCE FILE``: link a recording to a source (issue 17).

SOURCE is the source's id or exact name, as ``text`` takes it. ``--embed`` stores the file
inside the project; ``--relink`` points a moved recording at FILE after checking that it
is the same file (same SHA-256).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikt_desktop.cli.transcripts import find_source
from ikt_desktop.domain.media.reference import NOT_ENCRYPTED_NOTE, size_text
from ikt_desktop.services.media.probe import probe_media
from ikt_desktop.services.media.recordings import embed_warning
from ikt_desktop.services.project import Project


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("source", metavar="SOURCE", help="the source's id or exact name")
    cmd.add_argument("file", type=Path, metavar="FILE", help="the audio or video recording")
    how = cmd.add_mutually_exclusive_group()
    how.add_argument("--embed", action="store_true",
                     help="store the recording inside the project file")  # fmt: skip
    how.add_argument("--relink", action="store_true",
                     help="the recording moved: point it at FILE (same content)")  # fmt: skip


def run_link_media(args: argparse.Namespace) -> int:
    probe_media(args.file)  # a bad recording is refused before the project is opened
    with Project.open(args.project) as project:
        source_id = find_source(project, args.source)
        if args.relink:
            project.recordings.relink(source_id, args.file)
        else:
            project.recordings.link(source_id, args.file, embed=args.embed)
        rec = project.recordings.get(source_id)
        encrypted = project.encrypted
    assert rec is not None
    notes = []
    if encrypted and not rec.embedded:
        notes.append(NOT_ENCRYPTED_NOTE)
    if rec.embedded and (warning := embed_warning(rec.size)):
        notes.append(warning)
    data = {
        "source": source_id, "file": rec.file_name, "relative_path": rec.relative_path,
        "kind": rec.kind, "container": rec.container, "size": rec.size,
        "duration_ms": rec.duration_ms, "sha256": rec.sha256, "embedded": rec.embedded,
        "notes": notes,
    }  # fmt: skip
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    length = f"{rec.duration_ms / 1000:.1f} s" if rec.duration_ms is not None else "unknown length"
    how = "embedded in the project" if rec.embedded else f"linked as {rec.relative_path}"
    print(f"{rec.file_name} ({rec.kind}, {rec.container}, {size_text(rec.size)}, {length}) "
          f"{how} to source {source_id}")  # fmt: skip
    for note in notes:
        print(f"note: {note}")
    return 0
