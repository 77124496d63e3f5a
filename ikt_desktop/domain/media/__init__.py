"""Recordings as plain rules: times inside turns (interpolated by characters), estimated
times for untimed transcripts, and how a referenced recording is found again."""
