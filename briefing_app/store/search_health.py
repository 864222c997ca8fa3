"""Is the full-text search index sound, and rebuilding it from the items when it is not.

SQLite's `integrity_check` does not look inside an FTS5 index (before SQLite 3.44): a flipped
byte in an index page passes it, and later searches fail. `index_problem` runs FTS5's own
`integrity-check` command. That command is an INSERT, so SQLite refuses it on a read-only
connection; there it runs on a private in-memory copy of the database. It reads the whole
index (about 1.5 s for 100,000 talking points), so start-up gives it a time budget (`budget_s`)
and says nothing when the budget runs out; `briefing check` and backup verification run it
in full.

`rebuild_index` rebuilds the index, then fills it again from the item tables, with the exact
expressions of each table's insert trigger (so every migration's idea of the searchable text
is kept), in one transaction.
"""

from __future__ import annotations

import re
import sqlite3
import time

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

INDEX = "search_index"
INDEX_DAMAGED = Template(
    "search_health.damaged", QT_TRANSLATE_NOOP("messages", "zoekindex: {detail}")
)
MEMORY_COPY_LIMIT = 512 * 1024 * 1024  # larger read-only files are not copied into memory
_TRIGGER_VALUES = re.compile(
    r"INSERT INTO search_index\s*\(rowid,\s*title,\s*body\)\s*VALUES\s*\(\s*last_insert_rowid\(\),"
    r"(?P<values>.*?)\);\s*END",
    re.DOTALL | re.IGNORECASE,
)


class NotChecked(Exception):
    """The check could not run (time budget, a read-only file too large to copy)."""


def index_problem(
    conn: sqlite3.Connection, *, budget_s: float | None = None, copy: bool = True
) -> str | None:
    """What is wrong with the search index behind ``conn`` (None: sound, or no index at all).

    ``copy``: on a read-only connection, check a copy in memory (else: NotChecked). Raises
    NotChecked when the budget ran out or the check cannot run on this connection.
    """
    if not _has_index(conn):
        return None
    try:
        return _run_check(conn, budget_s)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
    if not copy:
        raise NotChecked("alleen-lezen")
    return _run_check(_memory_copy(conn), budget_s)


def _run_check(conn: sqlite3.Connection, budget_s: float | None) -> str | None:
    deadline = None if budget_s is None else time.monotonic() + budget_s
    # The command is an INSERT: Python's sqlite3 opens a transaction before it, which must not
    # stay open (it would hold the write lock, and a later COMMIT would be someone else's).
    was_open = conn.in_transaction
    if deadline is not None:
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        conn.execute(f"INSERT INTO {INDEX}({INDEX}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise NotChecked("de tijd voor de controle was op") from exc
        if "readonly" in str(exc):
            raise
        return INDEX_DAMAGED(detail=str(exc))
    except sqlite3.DatabaseError as exc:
        return INDEX_DAMAGED(detail=str(exc))
    finally:
        if deadline is not None:
            conn.set_progress_handler(None, 0)
        if not was_open and conn.in_transaction:
            conn.rollback()
    return None


def _memory_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    serialize = getattr(conn, "serialize", None)
    if serialize is None:
        raise NotChecked("deze verbinding kan geen kopie in het geheugen maken")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    if pages * size > MEMORY_COPY_LIMIT:
        raise NotChecked("het bestand is te groot voor een kopie in het geheugen")
    image = bytearray(serialize())
    image[18] = image[19] = 1  # WAL -> rollback journal: a memory database has no WAL
    copy = sqlite3.connect(":memory:")
    copy.deserialize(bytes(image))
    return copy


def rebuild_index(conn: sqlite3.Connection) -> int:
    """Empty the index and fill it again from the items; returns the number of rows indexed.

    Joins the caller's transaction when one is open; otherwise runs in its own.
    """
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        # A damaged index cannot delete rows (that needs the index): first make it consistent
        # with its stored text ('rebuild'), then replace the text by the items' own.
        conn.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")
        conn.execute(f"DELETE FROM {INDEX}")
        total = 0
        for table, values in _indexed_tables(conn):
            cursor = conn.execute(
                f"INSERT INTO {INDEX}(rowid, title, body) SELECT r.id, {values} "
                f"FROM [{table}] AS new JOIN search_rows AS r "
                "ON r.item_table = ? AND r.item_id = new.id",
                [table],
            )
            total += max(cursor.rowcount, 0)
        if own:
            conn.execute("COMMIT")
        return total
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _indexed_tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, the title and body expressions over `new.`) from each search insert trigger."""
    found = []
    for table, sql in conn.execute(
        "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE '%\\_search\\_insert' ESCAPE '\\' ORDER BY tbl_name"
    ):
        match = _TRIGGER_VALUES.search(sql or "")
        if match:
            found.append((table, match["values"].strip()))
    return found


def _has_index(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [INDEX]).fetchone()
    return row is not None
