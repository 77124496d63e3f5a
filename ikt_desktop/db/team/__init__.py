"""Team projects on PostgreSQL: addresses and TLS, the store, ids, search, engine copies."""
