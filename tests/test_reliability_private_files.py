"""No plain text outside the database folder, no half copies left (reproduction 7).

On a full disk `init --force` said "er is niets veranderd" but left `x.db.vervangen-<time>`,
mode 0644, with part of a confidential BATNA in it; imports wrote database pages to SQLite
temp files in /var/tmp. Now every connection keeps SQLite's temporary storage in memory,
every temporary copy is private (0600) from its first byte and removed on failure.
"""

from __future__ import annotations

import os
import stat

import pytest

from briefing_app.cli import main
from briefing_app.store import backup as backup_module
from briefing_app.store.backup import create_backup
from briefing_app.store.connection import connect
from briefing_app.store.exclusive import exclusive_database
from tests.test_reliability_faults import small_disk  # noqa: F401  # the fixture

SECRET = "BATNA: arbitrage bij de Raad van State " * 40


def fill(folder):
    filler = folder / "vol"
    try:
        with open(filler, "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    return filler


def leftovers(folder, keep):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_every_connection_keeps_temporary_storage_in_memory(db_file):
    db = connect(db_file)
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2
    db.close()
    reader = connect(db_file, migrate=False, read_only=True)
    assert reader.execute("PRAGMA temp_store").fetchone()[0] == 2
    reader.close()
    with exclusive_database(db_file) as conn:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2


def test_a_backup_copy_is_private_from_its_first_byte(db_file, monkeypatch):
    modes = []
    real_copy = backup_module._copy

    def watching(source_path, target, source):
        modes.append(stat.S_IMODE(os.stat(target).st_mode))  # before any page is written
        return real_copy(source_path, target, source)

    monkeypatch.setattr(backup_module, "_copy", watching)
    info = create_backup(db_file, "handmatig")
    assert modes == [0o600]
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600


def test_init_force_on_a_full_disk_leaves_nothing_behind(small_disk, capsys):  # noqa: F811
    path = small_disk / "briefing.db"
    path.write_bytes(b"SQLite format 3\x00" + SECRET.encode() * 3)  # damaged: kept as bytes
    before = path.read_bytes()
    filler = fill(small_disk)
    try:
        code = main(["--db", str(path), "init", "--force"])
        err = capsys.readouterr().err
        assert code == 2 and "niets veranderd" in err
        assert leftovers(small_disk, {"briefing.db", "vol"}) == []
        assert path.read_bytes() == before
    finally:
        filler.unlink()


def test_init_force_of_a_sound_database_on_a_full_disk_changes_nothing(small_disk, capsys):  # noqa: F811
    path = small_disk / "briefing.db"
    db = connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = path.read_bytes()
    filler = fill(small_disk)
    try:
        assert main(["--db", str(path), "init", "--force"]) == 2
        assert "niets veranderd" in capsys.readouterr().err
        backups = small_disk / "briefing.db.backups"
        assert not backups.exists() or list(backups.iterdir()) == []
        assert leftovers(small_disk, {"briefing.db", "vol", "briefing.db.backups"}) == []
        assert path.read_bytes() == before
    finally:
        filler.unlink()


@pytest.mark.parametrize("reason", ["handmatig"])
def test_a_failed_backup_leaves_no_temporary_copy(db_file, monkeypatch, reason):
    monkeypatch.setattr(backup_module, "verify", lambda path, **_: "pagina 3 is stuk")
    with pytest.raises(backup_module.BackupError):
        create_backup(db_file, reason)
    assert list((db_file.parent / "briefing.db.backups").iterdir()) == []
