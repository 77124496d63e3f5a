"""Transcript text: normalising, parsed drafts, speakers, code-point spans and
their UTF-16 mapping, remapping after edits. Pure: imports only domain."""
