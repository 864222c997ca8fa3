"""kill -9 in the middle of writing: no committed change lost, no half change visible.

A forked child writes change sets as fast as it can, each of three parts that must stay
together (a new talking point, a new figure and an update of a counter figure), and reports
each commit on a pipe only after `commit()` returned. The parent kills it with SIGKILL at a
random moment, then checks: the database is sound, every reported change set is there
completely, and no change set is there in part.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time

import pytest

from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

ROUNDS = 24
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def writer(path, report_fd, start):
    db = connect(path)
    repo = Repository(db, user="kind")
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    counter = next(db.query("SELECT id FROM figures WHERE key = 'teller'"))["id"]
    i = start
    while True:
        with repo.change_set():
            repo.create(
                "talking_point",
                {"dossier_id": dossier, "kind": "talking_point", "text": f"punt {i} " + "x" * 3000},
            )
            repo.create(
                "figure",
                {"dossier_id": dossier, "key": f"k{i}", "label": f"cijfer {i}", "unit": "number"},
            )
            repo.update("figure", counter, {"value": float(i)})
        os.write(report_fd, f"{i}\n".encode())
        i += 1


def run_and_kill(path, start, rng):
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed, never return into pytest
        os.close(read_fd)
        try:
            writer(path, write_fd, start)
        finally:
            os._exit(1)
    os.close(write_fd)
    deadline = time.monotonic() + rng.uniform(0.02, 0.25)
    reported = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read_fd], [], [], 0.01)
        if ready:
            reported += os.read(read_fd, 65536)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):  # what was reported before the kill
        reported += chunk
    os.close(read_fd)
    return [int(line) for line in reported.decode().split()]


def test_sigkill_mid_write_loses_no_commit_and_shows_no_half_change(tmp_path):
    path = tmp_path / "briefing.db"
    db = connect(path)
    repo = Repository(db)
    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    repo.create(
        "figure", {"dossier_id": dossier, "key": "teller", "label": "Teller", "unit": "number"}
    )
    db.close()
    rng = random.Random(20261127)
    committed: set[int] = set()
    next_start = 0
    for _ in range(ROUNDS):
        committed.update(run_and_kill(path, next_start, rng))
        db = connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            points = {
                int(r["text"].split()[1]) for r in db.query("SELECT text FROM talking_points")
            }
            figures = {
                int(r["key"][1:]) for r in db.query("SELECT key FROM figures WHERE key != 'teller'")
            }
            counter = db.execute("SELECT value FROM figures WHERE key = 'teller'").fetchone()[0]
            # Nothing reported as committed is missing ...
            assert committed <= points
            # ... and every change set is there whole or not at all.
            assert points == figures
            assert counter == (max(points) if points else None)
            revisions = db.execute(
                "SELECT count(DISTINCT change_set) FROM revisions WHERE changed_by = 'kind'"
            ).fetchone()[0]
            assert revisions == len(points)
            next_start = max(points, default=-1) + 1
        finally:
            db.close()
    assert len(committed) > ROUNDS  # the child really wrote, round after round
