"""The coding workspace: sources list, transcript view (highlights, stripes),
coding actions, quick picker, coded segments, transcript editing."""
