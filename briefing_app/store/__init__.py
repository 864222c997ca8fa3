"""The SQLite store: one file per user, opened through sqlite-utils, evolved by migrations."""
