"""The transcript view: text, coding highlights, coding stripes."""
