"""A plain `sqlite3` reader for the app's first screen: no sqlite-utils, no writes, no checks.

The app paints its first window from this connection and runs the start checks
(`services.core.workspace.start_workspace`) right after, on a worker; until they pass nothing
is written (the connection is `query_only`). It answers the two calls the read services make
of a sqlite-utils `Database`, `execute` and `query` (rows as dicts), so the same services read
through it. Only a plain Briefing file that exists qualifies: a new, encrypted, damaged or
foreign file is opened the full way, checks first, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.store import cipher

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5_000
# Tables the first screen reads; a file without them is not one to paint from.
_PROBE = "SELECT 1 FROM _sqlite_migrations, dossiers LIMIT 0"


class Reader:
    """Read-only access with the two methods the read services use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(
        self, sql: str, params: Sequence[object] | dict[str, object] = ()
    ) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(
        self, sql: str, params: Sequence[object] | dict[str, object] = ()
    ) -> Iterator[dict[str, object]]:
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def close(self) -> None:
        self.conn.close()


def schema_steps(db: Reader | sqlite_utils.Database) -> int:
    """How many migrations the file has had: a change during the start checks means reload."""
    return int(db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0])


def open_reader(path: Path) -> Reader | None:
    """A reader on ``path``, or None when it is not a plain Briefing file to paint from."""
    try:
        if not path.is_file() or cipher.is_encrypted(path):
            return None
        conn = sqlite3.connect(str(path), check_same_thread=False)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute(_PROBE).fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    return Reader(conn)
