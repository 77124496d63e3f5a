"""Encryption and passwords, pseudonymisation, snapshots and restore."""
