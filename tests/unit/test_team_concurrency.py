"""Five coders at once on one team database (issue 19): five processes each apply 200
codings to the same transcripts through the services, at the same time. Every coding is
stored, none lost or doubled, and the ids the server hands out never collide."""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import psycopg

from ikt_desktop.services.project import Project
from ikt_desktop.services.team.server import create_team_project
from tests.postgres_server import PostgresServer

CODERS, EACH = 5, 200


def code_spans(url: str, coder_id: int, code_id: int, spans: list[tuple[int, int, int]]) -> int:
    """One coder's process: apply every span, one transaction each; returns how many new."""
    made = 0
    with Project.open_team(url) as p:
        for source_id, start, end in spans:
            if p.codings.apply(source_id, code_id, start, end, coder_id=coder_id).changes:
                made += 1
    return made


def test_five_coders_coding_at_once_lose_nothing(
    pg_server: PostgresServer, demo_path: Path
) -> None:
    name = pg_server.new_database()
    url = pg_server.url(name)
    create_team_project(url, demo_path)
    with Project.open_team(url, read_only=True) as p:
        sources = [(s.id, len(p.sources.text(s.id))) for s in p.sources.all()]
        code_id = p.codebook.all()[0].id
        before = p.info().codings
    with psycopg.connect(url) as conn:
        coders = [int(conn.execute(
            "INSERT INTO coder (guid, name, initials, color, created) VALUES "
            "(gen_random_uuid()::text, %s, '', '#000000', now()) RETURNING id", (f"Coder {n}",),
        ).fetchone()[0]) for n in range(CODERS)]  # type: ignore[index]  # fmt: skip
    rng = random.Random(19)
    work = []
    for coder in coders:
        spans: set[tuple[int, int, int]] = set()
        while len(spans) < EACH:  # the same transcripts for everyone, spans of their own
            source, length = rng.choice(sources)
            start = rng.randrange(0, length - 40)
            spans.add((source, start, start + rng.randrange(1, 40)))
        work.append((url, coder, code_id, sorted(spans)))
    with multiprocessing.get_context("spawn").Pool(CODERS) as pool:
        made = pool.starmap(code_spans, work)
    assert made == [EACH] * CODERS
    with psycopg.connect(url) as conn:
        per_coder = dict(conn.execute(
            "SELECT coder_id, count(*) FROM coding WHERE coder_id = ANY(%s) GROUP BY coder_id",
            (coders,),
        ).fetchall())  # fmt: skip
        total = conn.execute("SELECT count(*), count(DISTINCT id) FROM coding").fetchone()
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE action = 'apply code'").fetchone()  # fmt: skip
    assert per_coder == dict.fromkeys(coders, EACH)
    assert total == (before + CODERS * EACH, before + CODERS * EACH)
    assert logged is not None and logged[0] >= CODERS * EACH
    with Project.open_team(url) as p:  # a new row after all that still gets a free id
        assert p.codings.apply(*work[0][3][0][:1], code_id, 0, 1, coder_id=coders[0]).changes
    pg_server.drop_database(name)
