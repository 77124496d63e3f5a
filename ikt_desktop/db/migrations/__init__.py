"""Alembic migration environment of project files (run programmatically, see db/migrate.py)."""
