"""The Search and Query tabs: text search, saved searches, the query builder and
results."""
