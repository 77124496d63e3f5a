"""Coding queries and text search as plain data: parsing, evaluation, saved
searches. Pure: imports only domain."""
