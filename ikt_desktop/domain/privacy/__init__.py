"""Pseudonymisation rules, snapshot retention, cloud-folder detection.
Pure: imports only domain."""
