"""The window's chrome around the features: the main toolbar, View ▸ Theme, the start
page, the command palette (Ctrl+Shift+P), the shortcut sheet generated from the window's
actions, and where exports are saved (and opened from) by default."""
