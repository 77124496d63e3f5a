"""The Themes tab: the board (cards and clusters), its inspector, undo commands
and the thematic map image."""
