"""Use cases. Each public call is one transaction and returns frozen DTOs (plus a
ChangeSet for changes). No Qt here."""
