"""Saving one edit: `Repository.update` of a talking point's text, as the app saves a change.

Measured on a scratch copy of the generated database with the settings every Briefing
connection has (WAL, `synchronous=FULL`), so each save includes validation, the write lock,
the row update, the search-index triggers, the revision record and the fsync of the commit.
For context, a bare `UPDATE` of the same rows in plain `sqlite3` with the same settings is
shown too (it updates the search index through the same triggers but records no revision).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from bench.datasets import scratch_copy
from bench.stats import Result, median, ms, timed_ms
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.store.search import register_functions


def run(db_path: Path, label: str, edits: int) -> Result:
    copy = scratch_copy(db_path, "edit.db")
    db = connect(copy)
    repo = Repository(db, user="Meting")
    ids = [
        r[0]
        for r in db.execute("SELECT id FROM talking_points ORDER BY random() LIMIT ?", [edits * 2])
    ]
    rng = random.Random(3)
    app_ms = []
    for n, item_id in enumerate(ids[:edits]):
        text = f"Gewijzigd spreekpunt {n}: gemeenten vragen om {rng.random():.6f} structurele middelen."
        app_ms.append(
            timed_ms(lambda i=item_id, t=text: repo.update("talking_point", i, {"text": t}))
        )
    changed = db.execute("SELECT count(*) FROM revisions WHERE action = 'update'").fetchone()[0]
    db.close()
    plain = sqlite3.connect(str(copy), isolation_level=None)
    register_functions(plain)  # the search triggers fold text through Briefing's SQL function
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    floor_ms = []
    sql = "UPDATE talking_points SET text = ?, updated_at = ? WHERE id = ?"
    for n, item_id in enumerate(ids[edits:]):
        args = (
            f"Kale wijziging {n}: gemeenten vragen om middelen.",
            "2026-01-01T00:00:00Z",
            item_id,
        )
        floor_ms.append(timed_ms(lambda a=args: plain.execute(sql, a)))
    plain.close()
    if changed != edits:
        raise RuntimeError(f"expected {edits} update revisions, found {changed}")
    app, floor = median(app_ms), median(floor_ms)
    return Result(
        f"save one edit, {label}",
        f"median {ms(app)}",
        f"bare UPDATE {ms(floor)}",
        app / floor,
        None,
        f"{edits} edits, revision + search index + fsync each",
    )
