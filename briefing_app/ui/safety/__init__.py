"""Keeping the user's data safe in the app: backups, recovery, exchange, imports, one instance."""
