"""Rules and wording of the theme report. Pure: imports only domain."""
