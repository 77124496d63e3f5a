"""Alembic environment: always run on a connection handed in by ``db.migrate``."""

from __future__ import annotations

from alembic import context

from ikt_desktop.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
