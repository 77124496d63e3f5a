"""Coding use cases: the codebook, codings, coded segments, coding snapshots
for undo, the interview guide, auto-coding, transcript edits."""
