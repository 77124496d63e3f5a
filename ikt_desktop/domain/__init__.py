"""Plain data and pure rules. No Qt, no SQLAlchemy."""
