"""Analysis use cases: themes (the board), matrices, charts."""
