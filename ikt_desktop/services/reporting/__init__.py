"""The Word theme report and the Excel workbook (gathered here, written by
exporters)."""
