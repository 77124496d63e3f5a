"""The ``team`` sub-commands: team projects on a PostgreSQL server (issue 19)."""
