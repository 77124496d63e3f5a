"""Privacy and safety: pseudonymisation, encryption, automatic snapshots."""
