"""Encryption at rest: what is on disk is unreadable without the passphrase, and nothing is lost.

The checks are those of someone who found the laptop: plain sqlite3 cannot read the file, and
`strings` finds no dataset text in the database, its WAL, its backups or any temporary file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.services.core.encryption import decrypt_workspace, encrypt_workspace
from briefing_app.services.core.workspace import PassphraseError, start_workspace
from briefing_app.store import cipher
from briefing_app.store.backup import create_backup, list_backups, verify
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from tests.conftest import PASSPHRASE

# Text from the default dataset, confidential and public alike.
SECRETS = ["opschalingskorting", "accreskorting", "Jeugdzorg", "bestuursakkoord", "Gemeentefonds"]


def text_found(path: Path) -> list[str]:
    """The dataset words `strings` finds in ``path`` (case-insensitive)."""
    tool = shutil.which("strings")
    if tool:
        out = subprocess.run([tool, "-a", "-n", "6", str(path)], capture_output=True, check=True)
        found = out.stdout.decode("latin-1").lower()
    else:  # pragma: no cover - binutils is installed by ./dev
        found = path.read_bytes().decode("latin-1").lower()
    return [word for word in SECRETS if word.lower() in found]


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def table_dump(path: Path) -> dict[str, list[tuple]]:
    db = connect(path, migrate=False, read_only=True)
    try:
        tables = [t for t in db.table_names() if not t.startswith("sqlite_") and "_fts" not in t]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_plain_database_does_show_the_text(default_db_copy):
    # The control: the same check does find the words in an unencrypted file.
    assert text_found(default_db_copy) == SECRETS


def test_encrypted_database_is_unreadable_by_plain_sqlite(encrypted_db_copy):
    assert encrypted_db_copy.read_bytes()[:16] != b"SQLite format 3\x00"
    conn = sqlite3.connect(encrypted_db_copy)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert text_found(encrypted_db_copy) == []


def test_no_text_in_the_wal_the_backups_or_temporary_files(encrypted_db_copy, tmp_path):
    db = connect(encrypted_db_copy)
    repo = Repository(db, user="Test")
    dossier = db.execute("SELECT id FROM dossiers WHERE slug = 'jeugdzorg'").fetchone()[0]
    repo.create(
        "talking_point",
        {"dossier_id": dossier, "kind": "talking_point", "text": "Jeugdzorg opschalingskorting"},
    )
    wal = encrypted_db_copy.with_name(encrypted_db_copy.name + "-wal")
    assert wal.stat().st_size > 0  # the edit is in the WAL, not yet in the file
    assert text_found(wal) == []
    backup = create_backup(encrypted_db_copy, "handmatig", source=db.conn)
    db.close()
    assert cipher.is_encrypted(backup.path)
    assert verify(backup.path) is None  # verified like any backup
    for path in every_file(tmp_path):
        assert text_found(path) == [], path


def test_commands_on_an_encrypted_database_leave_no_plain_temporary_file(
    encrypted_db_copy, tmp_path
):
    """Search, export and edits in a separate process, with SQLite's and Python's temporary
    folder pointed at a folder of our own: nothing readable lands anywhere."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {
        **os.environ,
        "SQLITE_TMPDIR": str(temp),
        "TMPDIR": str(temp),
        cipher.PASSPHRASE_ENV: PASSPHRASE,
    }
    pdf = tmp_path / "out" / "pakket.pdf"
    pdf.parent.mkdir()
    run = "import sys; from briefing_app.cli import main; sys.exit(main(sys.argv[1:]))"
    base = [sys.executable, "-c", run, "--db", str(encrypted_db_copy)]
    pack = ["pack", "--dossier", "jeugdzorg", "--edition", "vertrouwelijk", "-o", str(pdf)]
    pack += ["--recipients", "Test Lezer"]
    for args in (["search", "jeugdzorg"], pack, ["backup", "create"], ["check"]):
        result = subprocess.run([*base, *args], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert cipher.is_encrypted(encrypted_db_copy)
    leaks = {
        str(p): text_found(p)
        for p in every_file(tmp_path)
        if p.parent != pdf.parent and text_found(p)
    }
    assert leaks == {}


def test_wrong_passphrase_leaves_the_file_byte_identical(encrypted_db_copy, capsys):
    before = digest(encrypted_db_copy)
    names = sorted(p.name for p in encrypted_db_copy.parent.iterdir())
    cipher.forget()
    cipher.unlock("niet het wachtwoord")
    with pytest.raises(PassphraseError, match="klopt niet") as caught:
        start_workspace(encrypted_db_copy)
    assert caught.value.needed is False
    cipher.forget()
    os.environ[cipher.PASSPHRASE_ENV] = "ook niet goed"
    try:
        assert main(["--db", str(encrypted_db_copy), "dossiers"]) == 2
    finally:
        del os.environ[cipher.PASSPHRASE_ENV]
    err = capsys.readouterr().err
    assert "wachtwoord van de database klopt niet" in err
    assert "Traceback" not in err
    assert digest(encrypted_db_copy) == before
    # Never taken for a damaged file: nothing was moved aside.
    assert sorted(p.name for p in encrypted_db_copy.parent.iterdir()) == names


def test_without_a_passphrase_the_command_line_says_how_to_give_one(encrypted_db_copy, capsys):
    cipher.forget()
    assert main(["--db", str(encrypted_db_copy), "dossiers"]) == 2
    err = capsys.readouterr().err
    assert "--passphrase-file" in err and cipher.PASSPHRASE_ENV in err


def test_round_trip_keeps_every_item_and_revision(default_db_copy, tmp_path):
    plain = table_dump(default_db_copy)
    assert plain["revisions"] and plain["dossiers"]
    create_backup(default_db_copy, "handmatig")
    encrypt_workspace(default_db_copy, PASSPHRASE)
    assert cipher.is_encrypted(default_db_copy)
    assert all(cipher.is_encrypted(b.path) for b in list_backups(default_db_copy))
    cipher.forget()
    cipher.unlock(PASSPHRASE)  # a fresh process would derive the key anew
    assert table_dump(default_db_copy) == plain
    decrypt_workspace(default_db_copy, PASSPHRASE)
    assert not cipher.is_encrypted(default_db_copy)
    assert not any(cipher.is_encrypted(b.path) for b in list_backups(default_db_copy))
    assert table_dump(default_db_copy) == plain
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_init_encrypt_reads_the_passphrase_from_a_file(tmp_path, capsys):
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    db = tmp_path / "nieuw.db"
    assert main(["--db", str(db), "init", "--encrypt", "--passphrase-file", str(secret)]) == 0
    assert "niet worden hersteld" in capsys.readouterr().err
    assert cipher.is_encrypted(db) and text_found(db) == []
    cipher.forget()
    assert main(["--db", str(db), "--db-passphrase-file", str(secret), "dossiers"]) == 0
    assert "jeugdzorg" in capsys.readouterr().out
    cipher.forget()
    assert main(["--db", str(db), "decrypt", "--passphrase-file", str(secret)]) == 0
    assert not cipher.is_encrypted(db)
    assert text_found(db) != []


def test_cli_encrypt_refuses_a_short_passphrase_and_changes_nothing(default_db_copy, capsys):
    before = digest(default_db_copy)
    os.environ[cipher.PASSPHRASE_ENV] = "kort"
    try:
        assert main(["--db", str(default_db_copy), "encrypt"]) == 2
    finally:
        del os.environ[cipher.PASSPHRASE_ENV]
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert digest(default_db_copy) == before


def test_the_passphrase_is_never_a_command_line_argument():
    from briefing_app.cli import build_parser

    help_text = build_parser().format_help()
    for action in build_parser()._actions:
        assert action.dest not in ("passphrase", "wachtwoord")
    assert "--db-passphrase-file" in help_text
