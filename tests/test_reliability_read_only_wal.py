"""Read-only opening never ignores a WAL (reproduction 4 of the attack report).

In a read-only folder, with committed edits still in the `-wal` and no `-shm`, the old
fallback (`immutable=1`) read the main file only: `show` and `search` missed the edits,
`check` said "In orde" and `bundle export` exported stale data. Now a private in-memory copy
holds the file and its committed WAL frames.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from briefing_app.services.exchange.bundle import read_bundle
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.store.wal_copy import apply_wal
from tests.test_reliability_faults import POSIX, as_nobody, in_child, needs_root


def edits_left_in_the_wal(db_file, folder):
    """Copy ``db_file`` into ``folder`` with two committed edits still only in its -wal."""
    folder.mkdir(exist_ok=True)
    target = folder / "briefing.db"
    shutil.copy(db_file, target)
    db = connect(target)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    repo = Repository(db)
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Nieuw A"}
    )
    repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Nieuw B"}
    )
    # Keep the WAL as a crash would leave it: copy it aside before the connection closes.
    wal = target.with_name("briefing.db-wal").read_bytes()
    db.close()
    target.with_name("briefing.db-wal").write_bytes(wal)
    target.with_name("briefing.db-shm").unlink(missing_ok=True)
    return target


def test_apply_wal_gives_what_sqlite_itself_reads(db_file, tmp_path):
    target = edits_left_in_the_wal(db_file, tmp_path / "kopie")
    image = apply_wal(
        bytearray(target.read_bytes()), target.with_name("briefing.db-wal").read_bytes()
    )
    image[18] = image[19] = 1
    mine = sqlite3.connect(":memory:")
    mine.deserialize(bytes(image))
    theirs = sqlite3.connect(target)  # writable folder: SQLite recovers the WAL itself
    query = "SELECT text FROM talking_points ORDER BY text"
    assert mine.execute(query).fetchall() == theirs.execute(query).fetchall()
    assert ("Nieuw B",) in mine.execute(query).fetchall()
    theirs.close()


def test_a_torn_last_frame_is_left_out(db_file, tmp_path):
    target = edits_left_in_the_wal(db_file, tmp_path / "kopie")
    wal = target.with_name("briefing.db-wal")
    data = bytearray(wal.read_bytes())
    data[-100] ^= 0xFF  # the last commit's frame no longer checks out
    image = apply_wal(bytearray(target.read_bytes()), bytes(data))
    image[18] = image[19] = 1
    mine = sqlite3.connect(":memory:")
    mine.deserialize(bytes(image))
    texts = [r[0] for r in mine.execute("SELECT text FROM talking_points")]
    assert "Nieuw A" in texts and "Nieuw B" not in texts  # the earlier commit stays


@POSIX
@needs_root
def test_read_only_folder_with_edits_in_the_wal_shows_them(db_file):
    folder = Path(tempfile.mkdtemp(prefix="briefing-ro-wal-"))
    try:
        target = edits_left_in_the_wal(db_file, folder)
        for path in (target, target.with_name("briefing.db-wal")):
            os.chmod(path, 0o644)
        os.chmod(folder, 0o755)

        outbox = Path(tempfile.mkdtemp(prefix="briefing-out-"))
        os.chmod(outbox, 0o777)
        bundle = outbox / "wonen.briefing"

        def look():
            import contextlib
            import io

            from briefing_app.cli import main

            os.environ["BRIEFING_PASSPHRASE"] = "correct paard batterij"
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                show = main(["--db", str(target), "show", "wonen"])
                search = main(["--db", str(target), "search", "Nieuw"])
                check = main(["--db", str(target), "check"])
                export = main(
                    [
                        "--db",
                        str(target),
                        "bundle",
                        "export",
                        "--dossier",
                        "wonen",
                        "-o",
                        str(bundle),
                    ]
                )
            return {
                "codes": [show, search, check, export],
                "out": out.getvalue(),
                "err": err.getvalue(),
            }

        result = in_child(as_nobody(look))
        assert "error" not in result, result
        done = result["ok"]
        assert done["codes"] == [0, 0, 0, 0], done
        assert done["out"].count("Nieuw A") >= 2 and done["out"].count("Nieuw B") >= 2
        assert "Alleen-lezen" in done["err"]
        assert sorted(p.name for p in folder.iterdir()) == ["briefing.db", "briefing.db-wal"]
        sent = read_bundle(bundle, "correct paard batterij")  # not the stale main file alone
        texts = {str(i.values.get("text")) for i in sent.items if i.kind == "talking_point"}
        assert {"Nieuw A", "Nieuw B"} <= texts
    finally:
        shutil.rmtree(folder)
        shutil.rmtree(outbox, ignore_errors=True)


@pytest.mark.parametrize("size", [0])
def test_an_empty_wal_needs_no_copy(db_file, tmp_path, size):
    target = tmp_path / "x.db"
    shutil.copy(db_file, target)
    assert apply_wal(bytearray(target.read_bytes()), b"\0" * size) == bytearray(target.read_bytes())
