"""The Analysis tab: matrices (heat tables with drill-down) and charts."""
