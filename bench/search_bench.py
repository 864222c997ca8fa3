"""Search: Briefing's `search()` against the very same FTS5 query run through plain `sqlite3`.

The floor is obtained by tracing the SQL that Briefing's search sends to SQLite (with the
query already quoted and bound) and replaying it on a bare `sqlite3` connection to the same
file: what is left between the two is Briefing's own cost (turning user text into a safe
query, building the statement, making result objects). Both run alternately on a warm cache;
the medians of all samples are compared.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.stats import Result, median, ms, timed_ms
from briefing_app.store.connection import connect
from briefing_app.store.search import search

# What people type: common and rare words, a word without its diacritics, a word still being
# typed (prefix), two words, a municipality few items mention.
QUERIES = (
    "opschalingskorting",
    "gemeenten",
    "jeugdzorg",
    "financiele",
    "structurele midd",
    "eigen bijdrage Wmo",
    "Heemstede",
    "accres",
    "woningbouw",
    "indexering zorgkosten",
)
TARGET = 2.0


def _traced_sql(db_path: Path, text: str) -> str:
    """What FTS5 alone would do for ``text``: Briefing's ranked statement (traced, parameters
    filled in) with FTS5's own `snippet()` in it, as Briefing sent it before it made snippets
    itself for the shown hits only."""
    db = connect(db_path, migrate=False)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    search(db, text)
    db.conn.set_trace_callback(None)
    db.close()
    ranked = next(s for s in statements if "search_index MATCH" in s)
    return ranked.replace(
        "search_index.rowid",
        "search_index.title, snippet(search_index, -1, char(2), char(3), '…', 16)",
        1,
    )


def run(db_path: Path, label: str, rounds: int) -> Result:
    app_db = connect(db_path, migrate=False)
    plain = sqlite3.connect(str(db_path))
    floors = {text: _traced_sql(db_path, text) for text in QUERIES}
    app_ms: list[float] = []
    floor_ms: list[float] = []
    per_query: dict[str, list[float]] = {text: [] for text in QUERIES}
    for text in QUERIES:  # warm the page cache for both before measuring
        search(app_db, text)
        plain.execute(floors[text]).fetchall()
    for _ in range(rounds):
        for text in QUERIES:
            app_ms.append(timed_ms(lambda t=text: search(app_db, t)))
            per_query[text].append(app_ms[-1])
            floor_ms.append(timed_ms(lambda t=text: plain.execute(floors[t]).fetchall()))
    app_db.close()
    plain.close()
    app, floor = median(app_ms), median(floor_ms)
    slowest = max(QUERIES, key=lambda t: median(per_query[t]))
    return Result(
        f"search, {label}",
        f"median {ms(app)}",
        f"plain sqlite3 {ms(floor)}",
        app / floor,
        TARGET,
        f"{len(QUERIES)} queries x {rounds} rounds, top 50 hits; slowest: "
        f"'{slowest}' {ms(median(per_query[slowest]))}",
    )
