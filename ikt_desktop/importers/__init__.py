"""Readers that turn files into domain drafts. No Qt, no database."""
