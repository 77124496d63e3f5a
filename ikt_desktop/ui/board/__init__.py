"""The theme board: code cards clustered into themes on a QGraphicsView."""
