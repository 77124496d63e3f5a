"""Rules of coding: the code tree, fuzzy code lookup, auto-coding, the interval
index of codings. Pure: imports only domain."""
