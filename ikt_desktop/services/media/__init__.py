"""Recordings linked to sources: link, relink (hash checked), embed, unlink; turn times
set from the playhead with the turns between them estimated."""
