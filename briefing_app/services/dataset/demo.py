"""Generated databases of any size, for benchmarks, scale tests and demonstrations.

`generate` writes a complete Briefing database (dossiers, sources, counterparts, positions of
every kind, figures with series, talking points, hard questions, member signals, meetings with
agendas, counterparts, delegations and commitments, in all three classifications) from a seed:
the same seed and counts always give the same content, ids included.

It is built for a million talking points, so it bypasses the per-item `Repository` (one
validation, one `SELECT` for the sort order and one revision insert per item would take many
minutes) and writes rows in bulk with `executemany`, in one transaction, into a temporary file
that replaces the target only when complete: nothing half-built is ever left behind. The schema
still comes from the migrations and the search index from its triggers, so a generated file is
exactly what the app would have written. (Dropping the search triggers for the load and filling
the index with one `INSERT … SELECT` afterwards was measured too: no faster, because tokenising
for FTS5 with its prefix indexes is the real cost, about 80 µs per talking point, not the
triggers.) History is kept by default: each item gets its creation revision, as if it had been
added through the app (one change set for the whole generation), so history views behave as on
real data. That costs about a third more time and space; `history=False` leaves it out, for
benchmarks that only search.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.services.dataset.demo_rows import RowMaker
from briefing_app.services.dataset.demo_spec import DemoError, DemoSpec
from briefing_app.store.connection import StoreError, connect
from briefing_app.store.filesystem import create_private_file

GENERATED_BY = "Demogenerator"
BATCH_SIZE = 20_000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class DemoReport:
    path: Path
    counts: dict[str, int]
    seconds: float


def generate(
    path: Path, spec: DemoSpec, *, overwrite: bool = False, progress: Progress | None = None
) -> DemoReport:
    """Write a generated database to ``path``; refuses an existing file unless ``overwrite``."""
    spec.check()
    if path.exists() and not overwrite:
        raise DemoError(f"{path} bestaat al; kies een ander bestand of overschrijf het bewust.")
    started = time.perf_counter()
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    _remove(partial)
    try:
        counts = _build(partial, spec, progress or (lambda table, count: None))
        os.replace(partial, path)
    except (OSError, sqlite3.Error, StoreError) as exc:
        raise DemoError(f"{path} kan niet worden gemaakt: {exc}") from exc
    finally:
        _remove(partial)
    return DemoReport(path, counts, time.perf_counter() - started)


def _build(path: Path, spec: DemoSpec, progress: Progress) -> dict[str, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private_file(path)  # generated, but a database like any other: private from the start
    db = connect(path, new=True)
    try:
        # The file is private until it is complete, so durability while loading buys nothing.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")  # 256 MB: fewer page spills mid-load
        change_sets = random.Random(f"{spec.seed}:change-set")
        writer = _Writer(db, change_sets, progress, history=spec.history)
        with db.atomic():
            RowMaker(random.Random(spec.seed), spec).write_all(writer)
        # What `connect` gives every other file. No ANALYZE: the app never runs one, and its
        # statistics would give the query planner choices a user's database does not offer.
        db.execute("PRAGMA journal_mode = WAL")
        return writer.counts
    finally:
        db.close()


class _Writer:
    """Inserts rows table by table in batches, each with its creation revision."""

    def __init__(
        self, db: sqlite_utils.Database, rng: random.Random, progress: Progress, *, history: bool
    ) -> None:
        self.conn = db.conn
        self.progress = progress
        self.history = history
        self.counts: dict[str, int] = {}
        self.change_set = f"{rng.getrandbits(128):032x}"

    def write(self, table: str, rows: Iterable[dict[str, object]]) -> None:
        batch: list[dict[str, object]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH_SIZE:
                self._flush(table, batch)
                batch = []
        if batch:
            self._flush(table, batch)
        self.progress(table, self.counts.get(table, 0))

    def _flush(self, table: str, batch: list[dict[str, object]]) -> None:
        columns = list(batch[0])
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        self.conn.executemany(sql, [tuple(row[c] for c in columns) for row in batch])
        if self.history:
            self._record(table, batch)
        self.counts[table] = self.counts.get(table, 0) + len(batch)

    def _record(self, table: str, batch: list[dict[str, object]]) -> None:
        self.conn.executemany(
            "INSERT INTO revisions (item_table, item_id, action, field, old_value, new_value,"
            " changed_at, changed_by, change_set) VALUES (?, ?, 'create', NULL, NULL, ?, ?, ?, ?)",
            [
                (table, row["id"], _dump(row), row["created_at"], GENERATED_BY, self.change_set)
                for row in batch
            ],
        )


def _dump(row: dict[str, object]) -> str:
    # The same form as Repository records a creation in, so history views read it alike.
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            Path(f"{path}{suffix}").unlink()
