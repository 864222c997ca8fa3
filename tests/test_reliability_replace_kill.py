"""kill -9 in the middle of replacing the database (a restore): one whole database remains.

A forked child restores two backups in turn as fast as it can, each time through the one
writer path (`exclusive_database`: lock file, SQLite's exclusive lock, marking the old file).
The parent kills it at a random moment and then opens what is there: a sound Briefing
database, exactly one of the two states, never marked as replaced, and the next replacement
is not blocked by the lock file the killed process left.
"""

from __future__ import annotations

import os
import random
import time

import pytest

from briefing_app.store.backup import create_backup, restore_backup
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

ROUNDS = 12
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def slugs(path):
    db = connect(path)  # writable: it must open as the working database again
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(r["slug"] for r in db.query("SELECT slug FROM dossiers ORDER BY slug"))
    finally:
        db.close()


def restore_forever(path, backups):
    i = 0
    while True:
        restore_backup(path, backups[i % 2], backup_current=False)
        i += 1


def test_sigkill_mid_restore_leaves_one_whole_database(db_file):
    first = create_backup(db_file, "handmatig")
    db = connect(db_file)
    Repository(db).create("dossier", {"slug": "wmo", "title": "Wmo"})
    db.close()
    second = create_backup(db_file, "handmatig")
    rng = random.Random(20261201)
    seen = set()
    for _ in range(ROUNDS):
        pid = os.fork()
        if pid == 0:  # the child: restore until killed, never return into pytest
            try:
                restore_forever(db_file, [first, second])
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.01, 0.3))
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        state = slugs(db_file)
        assert state in {("wonen",), ("wmo", "wonen")}
        seen.add(state)
    assert len(seen) == 2  # the kills hit both directions
    restore_backup(db_file, first, backup_current=False)  # a stale lock does not block
    assert slugs(db_file) == ("wonen",)
