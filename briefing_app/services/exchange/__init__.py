"""Exchange between colleagues without a server: sealed bundle files, their import and merge."""
