"""Row ids on PostgreSQL: services give new rows explicit ids (``max(id) + 1``, so a
whole batch and its links are written in one go, as on SQLite). PostgreSQL's sequences do
not see explicit ids, so a statement-level trigger on every table with a serial ``id``
moves the table's sequence past the largest id a statement inserted: by drawing values
(safe while other sessions draw too) for a small gap, with one ``setval`` for a bulk
insert. Services stay the same on both engines; copied projects keep their ids.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

STEPS = 10_000  # up to this far behind, the sequence is advanced step by step

FUNCTION = f"""
CREATE OR REPLACE FUNCTION ikt_follow_ids() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    top bigint;
    last bigint;
    seq regclass;
BEGIN
    SELECT max(id) INTO top FROM inserted;
    IF top IS NULL THEN
        RETURN NULL;
    END IF;
    seq := pg_get_serial_sequence(
        quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id')::regclass;
    last := coalesce(pg_sequence_last_value(seq), 0);
    IF top > last AND top - last <= {STEPS} THEN
        LOOP  -- never lowers the sequence, whatever other sessions draw meanwhile
            EXIT WHEN nextval(seq) >= top;
        END LOOP;
    ELSIF top > last THEN
        PERFORM setval(seq, top);  -- a bulk insert (a copy, a merge): one jump
    END IF;
    RETURN NULL;
END $$
"""
TRIGGER = (
    'CREATE OR REPLACE TRIGGER ikt_follow_ids AFTER INSERT ON "{table}" '
    "REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION ikt_follow_ids()"
)
# read from the catalogues, with no function that could raise: a condition such as
# pg_get_serial_sequence(table, 'id') may be evaluated by the planner on tables without an
# ``id`` column (it pushed it below the join with the columns once the catalogue grew)
SERIAL_TABLES = """
SELECT DISTINCT t.relname FROM pg_depend d
JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
JOIN pg_class t ON t.oid = d.refobjid
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND a.attname = 'id'
WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
  AND d.deptype IN ('a', 'i') AND t.relnamespace = current_schema()::regnamespace
ORDER BY t.relname
"""


def install(conn: Connection) -> list[str]:
    """Make every table with a serial id follow explicit ids (idempotent: run after every
    migration). Returns the tables."""
    conn.exec_driver_sql(FUNCTION)
    tables = [str(t) for t in conn.execute(text(SERIAL_TABLES)).scalars()]
    for table in tables:
        conn.exec_driver_sql(TRIGGER.format(table=table))
    return tables
