"""One writer, truly: replacing the database is refused while anyone else has it open.

Reproduction 1 of the attack report: with the app (or any process holding a connection)
open on a.db, `init --force` and `backup restore --newest` replaced the file and the other
process went on "saving" into nothing. Each case here runs a real second process.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from briefing_app.cli import main
from briefing_app.store.backup import create_backup
from briefing_app.store.connection import StoreError, connect
from briefing_app.store.exclusive import exclusive_database, install_file
from briefing_app.store.repository import Repository

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("SELECT count(*) FROM dossiers").fetchone()  # idle after one read, like a view
    print("open", flush=True)
    time.sleep(60)
    """
)

APP = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from briefing_app.ui.safety.single_instance import SingleInstance
    from briefing_app.store.connection import connect
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert instance.acquire()
    db = connect(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(db_file):
    """Start a process from ``source`` that keeps ``db_file`` open; killed at the end."""
    started = []

    def start(source):
        proc = subprocess.Popen(
            [sys.executable, "-c", source, str(db_file)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout.readline().strip() == "open"
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def titles(path):
    db = connect(path, migrate=False, read_only=True)
    try:
        return [r["title"] for r in db.query("SELECT title FROM dossiers ORDER BY title")]
    finally:
        db.close()


def test_init_force_is_refused_while_another_process_has_a_connection(db_file, holder, capsys):
    proc = holder(HOLDER)
    assert main(["--db", str(db_file), "init", "--force"]) == 2
    err = capsys.readouterr().err
    assert "in gebruik" in err and f"proces {proc.pid}" in err
    assert "er is niets veranderd" in err
    assert titles(db_file) == ["Wonen"]  # not replaced by the default dataset
    assert not list(db_file.parent.glob("*.vervangen-*"))


def test_init_force_is_refused_while_the_app_has_the_database(db_file, holder, capsys):
    proc = holder(APP)
    assert main(["--db", str(db_file), "init", "--force"]) == 2
    err = capsys.readouterr().err
    assert "Sluit de app eerst" in err and f"proces {proc.pid}" in err
    assert titles(db_file) == ["Wonen"]


def test_restore_is_refused_while_another_process_writes(db_file, holder, capsys):
    create_backup(db_file, "handmatig")
    db = connect(db_file)
    Repository(db).create("dossier", {"slug": "wmo", "title": "Wmo"})
    db.close()
    holder(HOLDER)
    assert main(["--db", str(db_file), "backup", "restore", "--newest"]) == 2
    assert "in gebruik" in capsys.readouterr().err
    assert titles(db_file) == ["Wmo", "Wonen"]


def test_init_force_goes_ahead_once_the_other_process_is_gone(db_file, holder, capsys):
    proc = holder(HOLDER)
    proc.kill()
    proc.wait()
    assert main(["--db", str(db_file), "init", "--force"]) == 0
    assert len(titles(db_file)) > 1  # the default dataset is in place
    assert not db_file.with_name("briefing.db.lock").exists()


def test_a_process_that_waited_for_the_old_file_is_refused_not_lost(db_file, tmp_path):
    """An opener that got the old file's lock only after the replacement sees it is retired."""
    new_file = tmp_path / "nieuw.db"
    fresh = connect(new_file)
    Repository(fresh).create("dossier", {"slug": "wmo", "title": "Wmo"})
    fresh.execute("PRAGMA journal_mode = DELETE")
    fresh.close()
    with exclusive_database(db_file) as conn:
        old = open(db_file, "rb")  # noqa: SIM115 - the old inode, as a waiting process has it
        install_file(conn, new_file, db_file)
    header = old.read(100)
    old.close()
    assert int.from_bytes(header[68:72], "big") == 0x42525850  # marked as replaced
    assert titles(db_file) == ["Wmo"]


def test_replaced_mark_is_refused_on_open(tmp_path):
    path = tmp_path / "oud.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1112692816")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="zojuist vervangen"):
        connect(path)


def test_imports_from_the_command_line_honour_the_apps_lock(db_file, holder, capsys, tmp_path):
    holder(APP)
    sheet = tmp_path / "cijfers.csv"
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;1;aantal\n")
    assert main(["--db", str(db_file), "figures", "import", str(sheet), "--apply"]) == 2
    err = capsys.readouterr().err
    assert "Briefing heeft deze database open" in err and "niets ingelezen" in err
    db = connect(db_file, migrate=False, read_only=True)
    assert db["figures"].count == 0
    db.close()


def test_backup_create_writes_nothing_beside_a_read_only_database(db_file, monkeypatch):
    from briefing_app.store import backup as backup_module

    monkeypatch.setattr(
        backup_module, "read_only_reason", lambda path: "de map mag niet worden beschreven"
    )
    with pytest.raises(backup_module.BackupError, match="alleen-lezen"):
        create_backup(db_file, "handmatig")
    assert not db_file.with_name("briefing.db.backups").exists()
