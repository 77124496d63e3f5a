"""REFI-QDA data free of XML and storage, other tools' position units, and where each
imported selection lands (decided per source, checked against its own text).
Pure: imports only domain."""
