"""kill -9 in the middle of encrypting or decrypting: one whole database, old or new, remains.

A forked child converts the database back and forth (encrypt, decrypt, encrypt, ...) as fast
as it can; the parent kills it with SIGKILL at a random moment, then opens what is there: it
must be a sound database, plain or encrypted, with every row it had before.
"""

from __future__ import annotations

import os
import random
import time

import pytest

from briefing_app.store import cipher
from briefing_app.store.connection import connect
from briefing_app.store.conversion import TEMP_SUFFIX, convert_database
from tests.conftest import PASSPHRASE
from tests.test_encryption import table_dump

ROUNDS = 14
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def convert_forever(path):
    while True:
        convert_database(path, encrypt=not cipher.is_encrypted(path))


def run_and_kill(path, rng):
    pid = os.fork()
    if pid == 0:  # the child: convert until killed, never return into pytest
        try:
            convert_forever(path)
        finally:
            os._exit(1)
    time.sleep(rng.uniform(0.01, 0.5))
    os.kill(pid, 9)
    os.waitpid(pid, 0)


def test_sigkill_mid_conversion_leaves_one_whole_database(default_db_copy):
    path = default_db_copy
    cipher.unlock(PASSPHRASE)
    before = table_dump(path)
    rng = random.Random(20261201)
    for round_ in range(ROUNDS):
        # Alternate the starting state, so the kills hit both directions whatever the machine's
        # speed (on a loaded machine a conversion may outlast the whole wait).
        start_encrypted = round_ % 2 == 1
        if cipher.is_encrypted(path) != start_encrypted:
            convert_database(path, encrypt=start_encrypted)
        run_and_kill(path, rng)
        db = connect(path, migrate=False, read_only=True)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
        assert table_dump(path) == before
    convert_database(path, encrypt=not cipher.is_encrypted(path))
    leftovers = [p.name for p in path.parent.iterdir() if TEMP_SUFFIX in p.name]
    assert leftovers == []  # the next conversion clears what a killed one left
