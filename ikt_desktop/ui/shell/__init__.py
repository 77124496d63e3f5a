"""The window around the features: application start, main window, workspace,
change hub, background work, messages, shared undo commands and small Qt helpers."""
