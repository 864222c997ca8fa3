"""Opening the one SQLite file a user works in, with the settings every connection needs.

WAL lets a reader (the app's views, a pack export) run beside the writer; foreign keys keep
items tied to existing dossiers; `synchronous=FULL` makes a committed change survive power loss.
A busy timeout makes a second writer wait briefly instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from briefing_app.store.migrations import MIGRATIONS, check_not_newer

BUSY_TIMEOUT_MS = 5_000


class StoreError(Exception):
    """A problem with the database file, phrased for the user."""


def connect(
    path: Path | str, *, migrate: bool = True, read_only: bool = False
) -> sqlite_utils.Database:
    """Open ``path`` (``":memory:"`` for tests), configure it and bring its schema up to date."""
    conn = _raw_connection(path, read_only)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    _configure(db, read_only)
    check_not_newer(db)
    if migrate and not read_only:
        MIGRATIONS.apply(db)
    return db


def _raw_connection(path: Path | str, read_only: bool) -> sqlite3.Connection:
    try:
        if str(path) == ":memory:":
            return sqlite3.connect(":memory:", check_same_thread=False)
        if read_only:
            uri = Path(path).resolve().as_uri() + "?mode=ro"
            return sqlite3.connect(uri, uri=True, check_same_thread=False)
        return sqlite3.connect(str(path), check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"De database {path} kan niet worden geopend: {exc}") from exc


def _configure(db: sqlite_utils.Database, read_only: bool) -> None:
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Dit bestand is geen leesbare Briefing-database: {exc}") from exc
