"""Full-text search over every text of every item (SQLite FTS5, ranked by bm25).

Any user input is a valid query: each word is quoted as an FTS5 string, so `"`, `R&D`,
`-korting` or `café's` are searched for as text rather than parsed as query syntax. The last
word also matches as a prefix, so results appear while the user is still typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"  # markers no user text contains; shown as the UI likes
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str  # the table, e.g. "talking_points"
    item_id: str
    dossier_id: str | None
    title: str
    snippet: str  # matched words between SNIPPET_OPEN and SNIPPET_CLOSE
    classification: str
    status: str
    updated_at: str


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """Turn free user text into a safe FTS5 query; None when it holds no searchable word."""
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and not (text or "").rstrip().endswith(('"', " ")):
        parts[-1] += " *"
    return " ".join(parts)


def _where(
    query: str,
    classifications: Sequence[str],
    statuses: Sequence[str],
    changed_since: str | None,
    tables: Sequence[str],
) -> tuple[str, list[object]]:
    where, params = ["search_index MATCH ?"], [query]
    for column, values in (
        ("classification", classifications),
        ("status", statuses),
        ("item_table", tables),
    ):
        if values:
            where.append(f"r.{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if changed_since:
        where.append("r.updated_at >= ?")
        params.append(changed_since)
    return " AND ".join(where), params


def search(
    db: sqlite_utils.Database,
    text: str,
    *,
    limit: int = 50,
    classifications: Sequence[str] = (),
    statuses: Sequence[str] = (),
    changed_since: str | None = None,
    tables: Sequence[str] = (),
) -> list[Hit]:
    """Ranked hits for ``text``; filters narrow by classification, status, time and kind."""
    query = fts_query(text)
    if query is None:
        return []
    where, params = _where(query, classifications, statuses, changed_since, tables)
    sql = f"""
        SELECT r.item_table, r.item_id, r.dossier_id, r.classification, r.status, r.updated_at,
               search_index.title AS title,
               snippet(search_index, -1, char(2), char(3), '…', 16) AS snippet
        FROM search_index JOIN search_rows r ON r.id = search_index.rowid
        WHERE {where}
        ORDER BY bm25(search_index, 4.0, 1.0)
        LIMIT ?"""
    params.append(limit)
    return [
        Hit(row[0], row[1], row[2], row[6], row[7], row[3], row[4], row[5])
        for row in db.execute(sql, params).fetchall()
    ]


def count(
    db: sqlite_utils.Database,
    text: str,
    *,
    classifications: Sequence[str] = (),
    statuses: Sequence[str] = (),
    changed_since: str | None = None,
    tables: Sequence[str] = (),
) -> int:
    """How many items match ``text`` with these filters: what `search` finds without a limit."""
    query = fts_query(text)
    if query is None:
        return 0
    where, params = _where(query, classifications, statuses, changed_since, tables)
    sql = (
        "SELECT count(*) FROM search_index JOIN search_rows r ON r.id = search_index.rowid "
        f"WHERE {where}"
    )
    return int(db.execute(sql, params).fetchone()[0])
