"""Damage in the search index is found and repaired (reproductions 5 and 10 of the attack).

One flipped byte in an FTS5 page passed `check`, start-up and backup verification, and every
backup after it carried the damage. `check` also left `-wal`/`-shm` behind, `backup list`
showed damaged backups unmarked, and restoring one gave a nested, self-referring message.
"""

from __future__ import annotations

import sqlite3

import pytest

from briefing_app.cli import main
from briefing_app.services.core.workspace import start_workspace
from briefing_app.store.backup import BackupError, create_backup, list_backups, verify
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.store.search_health import index_problem


@pytest.fixture
def indexed(tmp_path):
    """A database with enough text that the index has pages of its own; returns its path."""
    path = tmp_path / "briefing.db"
    db = connect(path)
    repo = Repository(db)
    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    with repo.change_set():
        for i in range(300):
            repo.create(
                "talking_point",
                {"dossier_id": dossier, "kind": "talking_point", "text": f"punt {i} bouwen wonen"},
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def flip_index_byte(path):
    """Flip one byte inside the largest block of the FTS5 index (not its stored text)."""
    conn = sqlite3.connect(path)
    block = conn.execute(
        "SELECT block FROM search_index_data ORDER BY length(block) DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    at = data.find(block[200:260])
    assert at > 0
    data[at + 10] ^= 0xFF
    path.write_bytes(bytes(data))


def test_the_damage_passes_sqlites_own_check_but_not_ours(indexed):
    flip_index_byte(indexed)
    conn = sqlite3.connect(indexed)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert "zoekindex" in index_problem(conn)
    conn.close()


def test_check_finds_it_and_repair_rebuilds_after_a_backup(indexed, capsys):
    flip_index_byte(indexed)
    assert main(["--db", str(indexed), "check"]) == 1
    assert "zoekindex" in capsys.readouterr().out
    assert main(["--db", str(indexed), "check", "--repair"]) == 0
    captured = capsys.readouterr()
    assert "In orde" in captured.out and "opnieuw opgebouwd uit 301 items" in captured.err
    assert [b.reason for b in list_backups(indexed)] == ["reparatie"]
    db = connect(indexed, migrate=False, read_only=True)
    found = db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'bouwen'")
    assert found.fetchone()[0] == 300
    db.close()


def test_start_up_says_so_and_the_daily_backup_is_refused(indexed):
    flip_index_byte(indexed)
    workspace = start_workspace(indexed)
    try:
        assert any("zoekindex is beschadigd" in w for w in workspace.warnings)
        assert any("reservekopie" in w for w in workspace.warnings)  # the start backup failed
        assert list_backups(indexed) == []  # no backup carrying the damage
    finally:
        workspace.db.close()


def test_backup_verification_includes_the_index(indexed):
    info = create_backup(indexed, "handmatig")
    assert verify(info.path) is None
    flip_index_byte(info.path)
    assert "zoekindex" in verify(info.path)


def test_backup_list_marks_a_damaged_backup_and_restore_says_so_once(indexed, capsys):
    good = create_backup(indexed, "handmatig")
    bad = create_backup(indexed, "handmatig")
    flip_index_byte(bad.path)
    assert main(["--db", str(indexed), "backup", "list"]) == 0
    out = capsys.readouterr().out
    assert out.count("BESCHADIGD") == 1 and out.index(bad.name) < out.index("BESCHADIGD")
    assert main(["--db", str(indexed), "backup", "restore", bad.name]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is beschadigd en wordt niet teruggezet" in err[0]
    assert "restore --newest" not in err[0]  # not sent back to the backups it refuses
    assert err[0].count("reservekopie") <= 2
    assert good.path.exists()


def test_restore_of_a_damaged_backup_raises_one_clear_error(db_file):
    info = create_backup(db_file, "handmatig")
    info.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    from briefing_app.store.backup import restore_backup

    with pytest.raises(BackupError, match="beschadigd en wordt niet teruggezet"):
        restore_backup(db_file, info)


def test_check_leaves_no_wal_or_shm_behind(db_file, capsys):
    for extra in ("-wal", "-shm"):
        assert not db_file.with_name(db_file.name + extra).exists()
    assert main(["--db", str(db_file), "check"]) == 0
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["briefing.db"]
