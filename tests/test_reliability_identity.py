"""Open only what is a Briefing database (reproductions 2, 3 and 6 of the attack report).

An empty file, another program's SQLite file, a device or a link out of the folder is refused
and left as it is; an empty file is never a good backup; a damaged file that was set aside
blocks a silent fresh start. Databases of earlier versions (no application id) still open.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from briefing_app.cli import main
from briefing_app.services.core.workspace import newest_good_backup
from briefing_app.store.backup import backup_dir, create_backup, list_backups, verify
from briefing_app.store.connection import NotBriefingError, connect
from briefing_app.store.identity import APPLICATION_ID


def app_id(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_carries_briefings_application_id(db_file):
    assert app_id(db_file) == APPLICATION_ID


@pytest.mark.parametrize("command", [["dossiers"], ["show", "wonen"], ["search", "x"]])
def test_a_zero_byte_file_is_refused_and_left_empty(tmp_path, capsys, command):
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    assert main(["--db", str(path), *command]) == 2
    err = capsys.readouterr().err
    assert "geen Briefing-database" in err and "leeg" in err
    assert path.read_bytes() == b""
    assert not list_backups(path)  # no "start" backup of emptiness


def test_check_finds_a_zero_byte_file_wrong(tmp_path, capsys):
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    assert main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "In orde" not in out and "leeg" in out


def test_a_zero_byte_file_offers_the_good_backup_and_restore_brings_it_back(db_file, capsys):
    create_backup(db_file, "start")
    db_file.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        db_file.with_name(db_file.name + extra).unlink(missing_ok=True)
    assert main(["--db", str(db_file), "dossiers"]) == 2
    assert "restore --newest" in capsys.readouterr().err
    assert main(["--db", str(db_file), "backup", "restore", "--newest"]) == 0
    assert main(["--db", str(db_file), "dossiers", "--json"]) == 0
    assert '"wonen"' in capsys.readouterr().out
    kept = list(db_file.parent.glob("briefing.db.beschadigd-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b""  # the empty file is kept aside


def test_a_foreign_sqlite_file_is_refused_and_not_written(tmp_path, capsys):
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE klanten (naam TEXT)")
    conn.execute("INSERT INTO klanten VALUES ('Jansen')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "dossiers"]) == 2
    assert "ander programma" in capsys.readouterr().err
    assert path.read_bytes() == before
    with pytest.raises(NotBriefingError):
        connect(path)


def test_an_empty_or_foreign_file_is_never_a_good_backup(db_file):
    info = create_backup(db_file, "start")
    assert verify(info.path) is None
    empty = backup_dir(db_file) / "20990101T000000000000Z-start.db"
    conn = sqlite3.connect(empty)
    conn.execute("VACUUM")  # a valid, empty SQLite file: integrity_check says ok
    conn.close()
    assert "leeg" in verify(empty)
    assert newest_good_backup(db_file).path == info.path


def test_a_backup_missing_tables_is_not_good(db_file):
    info = create_backup(db_file, "start")
    conn = sqlite3.connect(info.path)
    conn.execute("DROP TABLE talking_points")
    conn.commit()
    conn.close()
    assert "talking_points" in verify(info.path)


def test_backup_of_an_empty_file_is_refused(tmp_path, capsys):
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    assert main(["--db", str(path), "backup", "create"]) == 2
    assert not list_backups(path)


def test_a_set_aside_damaged_file_blocks_a_silent_fresh_start(db_file, capsys):
    db_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert main(["--db", str(db_file), "dossiers"]) == 2  # moved aside, no backup
    aside = list(db_file.parent.glob("briefing.db.beschadigd-*"))
    assert len(aside) == 1 and not db_file.exists()
    capsys.readouterr()
    assert main(["--db", str(db_file), "dossiers"]) == 2  # not the default data silently
    err = capsys.readouterr().err
    assert str(aside[0]) in err and "init --force" in err
    assert not db_file.exists()
    assert main(["--db", str(db_file), "init", "--force"]) == 0  # on purpose
    assert aside[0].exists()


def test_a_link_to_a_device_is_refused(tmp_path, capsys):
    path = tmp_path / "briefing.db"
    os.symlink("/dev/null", path)
    for command in (["dossiers"], ["check"], ["backup", "create"], ["init", "--force"]):
        assert main(["--db", str(path), *command]) == 2, command
        assert "buiten de map" in capsys.readouterr().err
    assert not os.path.exists("/dev/null-journal")
    assert not list_backups(path)


def test_a_device_itself_is_refused(tmp_path, capsys):
    assert main(["--db", "/dev/null", "dossiers"]) == 2
    assert "geen gewoon bestand" in capsys.readouterr().err


def test_a_link_inside_the_folder_is_followed(db_file, capsys):
    link = db_file.with_name("link.db")
    os.symlink(db_file.name, link)
    assert main(["--db", str(link), "dossiers", "--json"]) == 0
    assert '"wonen"' in capsys.readouterr().out
