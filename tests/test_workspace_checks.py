"""Checks at start: damaged, missing, newer and read-only databases; the daily backup."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from briefing_app.cli import main
from briefing_app.services.core.workspace import (
    CorruptDatabaseError,
    MissingDatabaseError,
    WorkspaceError,
    recover,
    start_workspace,
)
from briefing_app.store.backup import create_backup, list_backups
from briefing_app.store.filesystem import filesystem_type, is_network_share
from briefing_app.store.search import register_functions


def damage(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\x13" * 4096
    path.write_bytes(bytes(data))


def test_start_makes_one_backup_a_day(db_file):
    first = start_workspace(db_file)
    first.db.close()
    second = start_workspace(db_file)
    second.db.close()
    assert first.start_backup is not None and second.start_backup is None
    assert [b.reason for b in list_backups(db_file)] == ["start"]


def test_a_damaged_database_is_moved_aside_never_overwritten(db_file):
    good = create_backup(db_file, "handmatig")
    damage(db_file)
    damaged_bytes = db_file.read_bytes()
    with pytest.raises(CorruptDatabaseError) as caught:
        start_workspace(db_file)
    error = caught.value
    assert "beschadigd" in str(error) and "briefing backup restore --newest" in str(error)
    assert error.backup is not None and error.backup.name == good.name
    assert not db_file.exists()
    assert error.moved_to.read_bytes() == damaged_bytes  # kept, byte for byte
    # Starting again does not silently create a fresh database over the loss.
    with pytest.raises(MissingDatabaseError, match="ontbreekt"):
        start_workspace(db_file)
    recover(db_file, error.backup)
    workspace = start_workspace(db_file)
    texts = [r["text"] for r in workspace.db.query("SELECT text FROM talking_points")]
    workspace.db.close()
    assert texts == ["Geen nieuwe taken"]


def test_a_file_that_is_no_database_is_moved_aside(tmp_path):
    path = tmp_path / "briefing.db"
    path.write_bytes(b"Dit is een tekstbestand en geen database.\n" * 200)
    with pytest.raises(CorruptDatabaseError, match="Er is geen goede reservekopie") as caught:
        start_workspace(path)
    assert caught.value.moved_to.exists() and not path.exists()


def test_truncated_database_is_refused(db_file):
    data = db_file.read_bytes()
    db_file.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptDatabaseError):
        start_workspace(db_file)


def test_a_database_from_a_newer_briefing_is_refused_and_left_alone(db_file):
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('briefing', 'm099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = db_file.read_bytes()
    with pytest.raises(WorkspaceError, match="nieuwere versie van Briefing"):
        start_workspace(db_file)
    assert db_file.read_bytes() == before
    assert list_backups(db_file) == []


def test_broken_references_are_reported_not_hidden(db_file):
    conn = sqlite3.connect(db_file)
    register_functions(conn)  # the search triggers fold text with Briefing's SQL function
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE talking_points SET dossier_id = 'weg'")
    conn.commit()
    conn.close()
    workspace = start_workspace(db_file)
    workspace.db.close()
    assert any("verwijzing" in w for w in workspace.warnings)


def test_read_only_uri_when_the_folder_is_read_only(db_file, monkeypatch):
    from briefing_app.services.core import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "read_only_reason", lambda path: "de map is alleen-lezen")
    workspace = start_workspace(db_file)
    try:
        assert workspace.read_only
        assert "Alleen-lezen" in workspace.read_only_message
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            workspace.db.execute("DELETE FROM talking_points")
    finally:
        workspace.db.close()
    assert list_backups(db_file) == []  # nothing written beside it either


def test_network_share_detection_reads_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/team nfs4 rw 0 0\n"
        "//nas/share /mnt/team/smb cifs rw 0 0\n"
    )
    from pathlib import Path

    assert filesystem_type(Path("/mnt/team/x/briefing.db"), mounts) == "nfs4"
    assert filesystem_type(Path("/mnt/team/smb/briefing.db"), mounts) == "cifs"
    assert filesystem_type(Path("/home/a/briefing.db"), mounts) == "ext4"
    assert is_network_share(tmp_path / "briefing.db") in (False, None)


def test_network_share_warning_is_shown(db_file, monkeypatch, capsys):
    from briefing_app.cli import commands_check
    from briefing_app.services.core import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "is_network_share", lambda path: True)
    monkeypatch.setattr(commands_check, "is_network_share", lambda path: True)
    assert main(["--db", str(db_file), "check"]) == 0
    assert "netwerkschijf" in capsys.readouterr().err
    assert main(["--db", str(db_file), "dossiers"]) == 0
    assert "netwerkschijf" in capsys.readouterr().err


def test_cli_reports_a_damaged_database_in_one_line(db_file, capsys):
    create_backup(db_file, "handmatig")
    damage(db_file)
    assert main(["--db", str(db_file), "dossiers"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "beschadigd" in err and "Traceback" not in err
    assert main(["--db", str(db_file), "backup", "restore", "--newest"]) == 0
    assert main(["--db", str(db_file), "check"]) == 0


def test_check_finds_a_damaged_database_with_exit_1_and_leaves_it_where_it_is(db_file, capsys):
    damage(db_file)
    damaged = db_file.read_bytes()
    assert main(["--db", str(db_file), "check"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEEM: integriteit" in out
    assert db_file.read_bytes() == damaged  # only looked
    assert not list(db_file.parent.glob("*.beschadigd-*"))


def test_check_finds_a_file_that_is_no_database(tmp_path, capsys):
    path = tmp_path / "x.db"
    path.write_bytes(b"Geen database.\n" * 500)
    assert main(["--db", str(path), "check", "--json"]) == 1
    assert path.read_bytes() == b"Geen database.\n" * 500


def test_check_reports_a_newer_database_with_exit_1(db_file, capsys):
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('briefing', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    assert main(["--db", str(db_file), "check"]) == 1
    assert "nieuwere versie" in capsys.readouterr().out


def test_cli_backup_list_create_restore(db_file, capsys):
    assert main(["--db", str(db_file), "backup", "create"]) == 0
    assert main(["--db", str(db_file), "backup", "list"]) == 0
    out = capsys.readouterr().out
    assert "handmatig" in out
    name = list_backups(db_file)[0].name
    assert main(["--db", str(db_file), "backup", "restore", name]) == 0
    assert "Teruggezet" in capsys.readouterr().out
    assert main(["--db", str(db_file), "backup", "restore", "bestaat-niet"]) == 2
    assert "geen reservekopie" in capsys.readouterr().err


def test_a_damaged_wal_after_a_crash_costs_only_the_damaged_tail(db_file, tmp_path):
    import shutil

    from briefing_app.store.connection import connect
    from briefing_app.store.repository import Repository

    db = connect(db_file)
    db.execute("PRAGMA wal_autocheckpoint = 0")  # keep every commit in the WAL, as mid-session
    repo = Repository(db)
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    for i in range(40):
        repo.create(
            "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": f"p{i}"}
        )
    crashed = tmp_path / "na-crash"
    crashed.mkdir()
    for name in ("briefing.db", "briefing.db-wal"):  # what a power cut leaves on disk
        shutil.copy(db_file.with_name(name), crashed / name)
    db.close()
    wal = crashed / "briefing.db-wal"
    data = bytearray(wal.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\xff" * 64  # pages hold runs of zeros: damage with ones
    wal.write_bytes(bytes(data))
    workspace = start_workspace(crashed / "briefing.db")
    try:
        texts = [r["text"] for r in workspace.db.query("SELECT text FROM talking_points")]
        assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        workspace.db.close()
    # SQLite's WAL checksums stop at the damaged frame: the commits before it are all there,
    # in order, and nothing after it half-appears.
    assert texts[0] == "Geen nieuwe taken"
    assert texts[1:] == [f"p{i}" for i in range(len(texts) - 1)]
    assert len(texts) - 1 < 40


def test_restore_newest_works_on_a_damaged_database_and_keeps_it_aside(db_file, capsys):
    create_backup(db_file, "handmatig")
    damage(db_file)
    damaged = db_file.read_bytes()
    assert main(["--db", str(db_file), "backup", "restore", "--newest"]) == 0
    out = capsys.readouterr().out
    assert "apart gezet" in out and "Teruggezet" in out
    (kept,) = db_file.parent.glob("*.beschadigd-*")
    assert kept.read_bytes() == damaged
    assert main(["--db", str(db_file), "check"]) == 0


def test_restored_databases_and_backups_stay_private(db_file, capsys):
    os.chmod(db_file, 0o600)
    old_umask = os.umask(0o022)
    try:
        create_backup(db_file, "handmatig")
        damage(db_file)
        assert main(["--db", str(db_file), "dossiers"]) == 2  # moves the damaged file aside
        assert not db_file.exists()
        assert main(["--db", str(db_file), "backup", "restore", "--newest"]) == 0
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
        assert main(["--db", str(db_file), "backup", "create"]) == 0
    finally:
        os.umask(old_umask)
    for backup in list_backups(db_file):
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600, backup.name
