"""Storage: SQLAlchemy models, engine and pragmas, units of work, migrations."""
