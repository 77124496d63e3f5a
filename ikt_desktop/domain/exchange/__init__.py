"""REFI-QDA data free of XML and storage, and other tools' position units.
Pure: imports only domain."""
