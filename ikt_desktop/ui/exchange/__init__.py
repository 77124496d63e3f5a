"""Import transcripts, export report and workbook, REFI-QDA import and export."""
