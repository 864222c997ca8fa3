"""Backups: made through SQLite's backup API, verified, rotated, restored without stale WAL."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from briefing_app.store import backup as backup_module
from briefing_app.store.backup import (
    BackupError,
    create_backup,
    list_backups,
    restore_backup,
    rotate,
    sidecars,
    verify,
)
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


def texts(path):
    db = connect(path, migrate=False, read_only=True)
    try:
        return sorted(r["text"] for r in db.query("SELECT text FROM talking_points"))
    finally:
        db.close()


def add_point(path, text):
    db = connect(path)
    repo = Repository(db)
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": text})
    return db


def test_backup_is_a_verified_self_contained_copy(db_file):
    info = create_backup(db_file, "handmatig")
    assert info.path.parent == db_file.with_name("briefing.db.backups")
    assert verify(info.path) is None
    assert not any(p.exists() for p in sidecars(info.path))
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert texts(info.path) == ["Geen nieuwe taken"]
    assert [b.name for b in list_backups(db_file)] == [info.name]


def test_backup_sees_committed_changes_still_in_the_wal(db_file):
    db = add_point(db_file, "Nog in de WAL")  # connection open: the change is in -wal
    try:
        info = create_backup(db_file, "handmatig")
    finally:
        db.close()
    assert "Nog in de WAL" in texts(info.path)


def test_a_copy_that_fails_verification_never_appears(db_file, monkeypatch):
    monkeypatch.setattr(backup_module, "verify", lambda path, **_: "pagina 3 is stuk")
    with pytest.raises(BackupError, match="pagina 3 is stuk"):
        create_backup(db_file)
    assert list_backups(db_file) == []
    assert list(db_file.with_name("briefing.db.backups").iterdir()) == []


def test_a_damaged_source_gives_no_backup(db_file):
    data = bytearray(db_file.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    db_file.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        create_backup(db_file)
    assert list_backups(db_file) == []


def test_rotation_keeps_ten_newest_and_one_per_older_week(db_file):
    folder = db_file.with_name("briefing.db.backups")
    folder.mkdir()
    now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    source = create_backup(db_file).path
    source_bytes = source.read_bytes()
    source.unlink()
    stamps = [now - dt.timedelta(hours=6 * i) for i in range(12)]  # 3 days: the newest ten
    stamps += [now - dt.timedelta(days=d) for d in range(7, 36)]  # older: about five weeks
    for stamp in stamps:
        name = f"{stamp.strftime('%Y%m%dT%H%M%S%fZ')}-start.db"
        (folder / name).write_bytes(source_bytes)
    rotate(db_file)
    kept = list_backups(db_file)
    assert [b.created_at for b in kept[:10]] == stamps[:10]
    older = kept[10:]
    weeks = [b.created_at.isocalendar()[:2] for b in older]
    assert len(weeks) == len(set(weeks))  # one per week
    all_weeks = {s.isocalendar()[:2] for s in stamps[10:]}
    assert set(weeks) == all_weeks  # and every older week still has one


def test_restore_backs_up_the_current_state_and_leaves_no_stale_wal(db_file):
    old = create_backup(db_file, "handmatig")
    db = add_point(db_file, "Na de reservekopie")
    # A second process holding the WAL open would make restore refuse; close, keep the -wal.
    db.close()
    saved = restore_backup(db_file, old)
    assert saved is not None and "Na de reservekopie" in texts(saved.path)
    assert texts(db_file) == ["Geen nieuwe taken"]
    assert not any(p.exists() for p in sidecars(db_file))


def test_restore_never_replays_an_old_wal_onto_the_restored_file(db_file):
    old = create_backup(db_file, "handmatig")
    db = add_point(db_file, "Alleen in de WAL")
    wal = db_file.with_name("briefing.db-wal")
    assert wal.stat().st_size > 0
    leftover = wal.read_bytes()
    db.close()
    wal.write_bytes(leftover)  # as after a crash: the WAL of the old file still lies there
    restore_backup(db_file, old, backup_current=False)
    assert not wal.exists()
    assert texts(db_file) == ["Geen nieuwe taken"]
    assert verify(db_file) is None


def test_restore_is_refused_while_another_connection_reads(db_file):
    old = create_backup(db_file, "handmatig")
    db = add_point(db_file, "Open venster")
    reader = connect(db_file)
    reader.conn.execute("BEGIN")
    reader.conn.execute("SELECT count(*) FROM talking_points").fetchone()
    try:
        with pytest.raises(BackupError, match="in gebruik"):
            restore_backup(db_file, old)
    finally:
        reader.conn.rollback()
        reader.close()
        db.close()
    assert "Open venster" in texts(db_file)


def test_restore_refuses_a_damaged_backup(db_file):
    info = create_backup(db_file, "handmatig")
    info.path.write_bytes(b"geen database" * 100)
    with pytest.raises(BackupError, match="beschadigd en wordt niet teruggezet"):
        restore_backup(db_file, info)
    assert texts(db_file) == ["Geen nieuwe taken"]


def test_a_migration_is_preceded_by_a_backup(db_file, monkeypatch):
    from briefing_app.store import migrations

    @migrations.MIGRATIONS(name="m999_test_only")
    def m999(db):
        db.execute("CREATE TABLE proef (id INTEGER)")

    try:
        db = connect(db_file)
        db.close()
        reasons = [b.reason for b in list_backups(db_file)]
        assert reasons == ["migratie"]
        assert (
            "proef"
            not in sqlite3.connect(list_backups(db_file)[0].path)
            .execute("SELECT group_concat(name) FROM sqlite_master")
            .fetchone()[0]
        )
    finally:
        migrations.MIGRATIONS._migrations.pop()


def test_restore_is_refused_while_the_app_has_the_database_open(db_file):
    import os
    import subprocess
    import sys

    old = create_backup(db_file, "handmatig")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        db_file.with_name("briefing.db.lock").write_text(f"{sleeper.pid}\nbriefing-app\nhost\n")
        with pytest.raises(BackupError, match="Sluit de app eerst"):
            restore_backup(db_file, old)
    finally:
        sleeper.kill()
        sleeper.wait()
    # Once that process is gone, its lock is stale and the restore goes ahead.
    assert restore_backup(db_file, old) is not None
    assert os.path.exists(db_file)


def test_what_a_killed_backup_left_behind_is_cleaned_up(db_file):
    import os
    import time

    folder = db_file.with_name("briefing.db.backups")
    folder.mkdir()
    old = folder / ".20260101T000000000000Z-start.db.tmp"
    fresh = folder / ".20260101T000001000000Z-start.db.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half")
    hour_ago = time.time() - 7200
    os.utime(old, (hour_ago, hour_ago))
    create_backup(db_file)
    assert not old.exists() and fresh.exists()  # a fresh one may be another process's backup
    assert len(list_backups(db_file)) == 1
