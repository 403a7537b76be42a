"""The case store: saved cases and analyses in SQLite, search, locks, health checks, backups."""
