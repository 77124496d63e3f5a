"""The window's chrome around the features: the main toolbar, View ▸ Theme, the start
page, the command palette (Ctrl+Shift+P), the shortcut sheet generated from the window's
actions, where exports are saved (and opened from) by default, and start-up: the warm-up
after the first paint and the bench's start-up probe."""
