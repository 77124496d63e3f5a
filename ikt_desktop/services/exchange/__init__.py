"""Getting data in and out: transcript imports, REFI-QDA (.qdpx/.qdc) export,
import and new projects from .qdpx."""
