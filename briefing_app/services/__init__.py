"""Use cases shared by the app and the command line: open, edit, search, assemble, exchange."""
