"""Writers of reports, workbooks and exchange files. No Qt, no database."""
