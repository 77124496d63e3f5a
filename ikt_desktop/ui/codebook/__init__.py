"""The codebook pane: tree model, pane, code inspector, interview guide editor,
auto-coding dialogs."""
