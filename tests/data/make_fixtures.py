"""Write one fixture project per released schema revision (invariant 7).

Run once when a schema revision is released, then commit the file:

    python tests/data/make_fixtures.py 0001

The file is made with the migrations of that revision and filled by plain SQL, so it stays
what an older iKT Desktop wrote, whatever the models look like later.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from ikt_desktop.db import migrate, search_index
from ikt_desktop.db.engine import APPLICATION_ID, make_engine

HERE = Path(__file__).parent

ROWS = """
INSERT INTO project_meta (key, value) VALUES ('title', 'Schema {rev} fixture'),
    ('guid', '6f1c2d3e-0000-4000-8000-00000000{rev}'),
    ('current_coder_guid', 'c0de0000-0000-4000-8000-000000000001');
INSERT INTO coder (id, guid, name, initials, color, created)
    VALUES (1, 'c0de0000-0000-4000-8000-000000000001', 'Dana Whitfield', 'DW', '#4E79A7',
            '2025-01-01 10:00:00');
INSERT INTO participant (id, guid, label, pseudonym, role, notes, position)
    VALUES (1, 'aaaa0000-0000-4000-8000-000000000001', 'P1', 'Zoë', 'iKT panel member', '', 0);
INSERT INTO source (id, guid, name, kind, text, word_count, participant_id, origin_format,
                    origin_name, mode, interviewer, imported, position)
    VALUES (1, 'bbbb0000-0000-4000-8000-000000000001', 'P1 interview', 'interview',
            'Dana: How did you join?' || char(10) || char(10) ||
            'Zoë: Through the MS Society newsletter 👍 — café chats.', 13, 1, 'labelled-text',
            'P1.txt', 'Zoom', 'Dana Whitfield', '2025-01-01 10:00:00', 0);
INSERT INTO code (id, guid, parent_id, position, name, color, definition, inclusion,
                  exclusion, example, created)
    VALUES (1, 'cccc0000-0000-4000-8000-000000000001', NULL, 0, 'Motivations', '#F28E2B',
            'Why people joined', '', '', '', '2025-01-01 10:00:00'),
           (2, 'cccc0000-0000-4000-8000-000000000002', 1, 0, 'Giving back', '#F28E2B',
            '', '', '', '', '2025-01-01 10:00:00');
INSERT INTO coding (id, guid, code_id, source_id, start, "end", coder_id, created, memo)
    VALUES (1, 'dddd0000-0000-4000-8000-000000000001', 2, 1, 30, 68, 1,
            '2025-01-01 10:05:00', 'first coding');
"""


def make(revision: str) -> Path:
    path = HERE / f"schema-{revision}.ikt"
    path.unlink(missing_ok=True)
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(conn, revision)
    engine.dispose()
    conn2 = sqlite3.connect(path)
    conn2.executescript(ROWS.format(rev=revision))
    conn2.commit()
    if revision >= "0005":  # the search index, as the app keeps it, of the rows above
        engine = make_engine(path)
        with engine.begin() as conn:
            search_index.rebuild(conn)
        engine.dispose()
    conn2.execute("PRAGMA journal_mode = DELETE")
    conn2.commit()
    conn2.execute("VACUUM")
    conn2.close()
    return path


if __name__ == "__main__":
    for rev in sys.argv[1:] or ["0001"]:
        print(make(rev))
