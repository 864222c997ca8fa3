"""Full-text search over every text of every item (SQLite FTS5, ranked by bm25).

Any user input is a valid query: each word is quoted as an FTS5 string, so `"`, `R&D`,
`-korting` or `café's` are searched for as text rather than parsed as query syntax. The last
word also matches as a prefix, so results appear while the user is still typing. Query and
index see the same folded text (`domain.search_text`: no soft hyphens, format or private-use
characters); `SEARCH_TEXT_FUNCTION` is the SQL function the index triggers call for it.

The work is bounded: a query keeps at most `MAX_WORDS` words of at most `MAX_QUERY_CHARS`
characters; SQLite finds and ranks the hits (cheap even for a talking point of a megabyte),
and the snippets are made here, in Python, only for the hits returned (FTS5's `snippet()`
grows with the number of query words times the length of the text: 20 words against one long
text took minutes). A query that runs longer than `BUDGET_S` is stopped (`SearchTooSlow`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.domain.search_text import fold, words
from briefing_app.store.snippets import make_snippet

SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"  # markers no user text contains; shown as the UI likes
SEARCH_TEXT_FUNCTION = "briefing_search_text"
MAX_QUERY_CHARS = 400
MAX_WORDS = 24
TITLE_CHARS = 1000  # a hit's title: enough for any list; a megabyte of text is not shown whole
BUDGET_S = 3.0


TOO_SLOW = Template(
    "search.too_slow",
    QT_TRANSLATE_NOOP(
        "messages",
        "Het zoeken duurde te lang en is afgebroken; maak de zoekvraag specifieker (meer of "
        "langere woorden).",
    ),
)


class SearchTooSlow(Exception):
    """The query ran past its time budget and was stopped; the message is a `Message`."""

    def __init__(self) -> None:
        super().__init__(TOO_SLOW())


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL function the search triggers call: every connection that writes items needs it."""
    conn.create_function(SEARCH_TEXT_FUNCTION, 1, fold, deterministic=True)


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
    asked = query_words(text)
    if not asked:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in asked]
    if prefix_last and not (text or "").rstrip().endswith(('"', " ")):
        parts[-1] += " *"
    return " ".join(parts)


def query_words(text: str | None) -> list[str]:
    """The words of a query, folded like the index, within the bounds of a query."""
    return words((text or "")[:MAX_QUERY_CHARS])[:MAX_WORDS]


@contextmanager
def time_budget(conn: sqlite3.Connection, budget_s: float | None = None) -> Iterator[None]:
    """Stop a statement on ``conn`` that runs past ``budget_s`` (default `BUDGET_S`; raises
    SearchTooSlow)."""
    deadline = time.monotonic() + (BUDGET_S if budget_s is None else budget_s)
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise SearchTooSlow from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


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
               search_index.rowid
        FROM search_index JOIN search_rows r ON r.id = search_index.rowid
        WHERE {where}
        ORDER BY bm25(search_index, 4.0, 1.0)
        LIMIT ?"""
    params.append(limit)
    with time_budget(db.conn):
        rows = db.execute(sql, params).fetchall()
        texts = _texts(db, [row[6] for row in rows])
    asked = query_words(text)
    prefix = bool(query) and query.endswith(" *")
    hits = []
    for row in rows:
        title, body = texts.get(row[6], ("", ""))
        snippet = make_snippet((title, body), asked, prefix_last=prefix)
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1] + "…"
        hits.append(Hit(row[0], row[1], row[2], title, snippet, row[3], row[4], row[5]))
    return hits


def _texts(db: sqlite_utils.Database, rowids: list[int]) -> dict[int, tuple[str, str]]:
    """The indexed title and body of the hits shown (and only those)."""
    if not rowids:
        return {}
    marks = ", ".join("?" for _ in rowids)
    sql = f"SELECT rowid, title, body FROM search_index WHERE rowid IN ({marks})"
    return {r[0]: (r[1] or "", r[2] or "") for r in db.execute(sql, rowids).fetchall()}


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
    with time_budget(db.conn):
        return int(db.execute(sql, params).fetchone()[0])
