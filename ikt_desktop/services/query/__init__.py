"""Full-text search, coding queries, saved queries and searches."""
