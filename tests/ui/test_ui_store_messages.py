"""What the store and the core services say is a message: the command line prints its Dutch
text, and the app shows it through `error_text` in the interface language. Each failure here is
provoked for real (a missing backup, a folder given as the database, a wrong passphrase, a file
that is not a database) or, for what the file system says, built from the errno it would raise."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from briefing_app.domain.messages import Message, message_of
from briefing_app.services.core.encryption import encrypt_workspace
from briefing_app.services.core.workspace import (
    CorruptDatabaseError,
    PassphraseError,
    WorkspaceError,
    start_workspace,
)
from briefing_app.store import cipher
from briefing_app.store.backup import NOT_MADE, BackupError, find_backup
from briefing_app.store.errors import describe_os_error, describe_sqlite_error
from briefing_app.store.exclusive import Holder, in_use_message
from briefing_app.ui.messages import error_text, translated
from tests.conftest import PASSPHRASE
from tests.ui import test_ui_english_walk as walk
from tests.ui.test_ui_english_walk import dutch_in

english = walk.english  # the walk's fixture: the English translations installed


def _missing_backup(db_file, tmp_path):
    return pytest.raises(BackupError, find_backup, db_file, "gone").value


def _folder_as_database(db_file, tmp_path):
    return pytest.raises(WorkspaceError, start_workspace, tmp_path).value


def _empty_file(db_file, tmp_path):
    (tmp_path / "empty.db").write_bytes(b"")
    return pytest.raises(CorruptDatabaseError, start_workspace, tmp_path / "empty.db").value


def _wrong_passphrase(db_file, tmp_path):
    encrypt_workspace(db_file, PASSPHRASE)
    cipher.forget()
    cipher.unlock("a wrong passphrase")
    return pytest.raises(PassphraseError, start_workspace, db_file).value


def _disk_full_during_backup(db_file, tmp_path):
    return BackupError(NOT_MADE(reason=describe_os_error(OSError(errno.ENOSPC, "No space"))))


def _no_permission(db_file, tmp_path):
    reason = describe_os_error(OSError(errno.EACCES, "Permission denied", str(tmp_path)))
    return BackupError(NOT_MADE(reason=reason))


def _another_writer(db_file, tmp_path):  # what the app's edits say (ui/editing.py)
    return RuntimeError(describe_sqlite_error(sqlite3.OperationalError("database is locked")))


FAILURES = {
    "missing backup": (_missing_backup, "There is no backup named 'gone'."),
    "folder as database": (_folder_as_database, "is a folder, not a database file; give a file"),
    "empty file": (_empty_file, "This is not a Briefing database: the file is empty."),
    "wrong passphrase": (_wrong_passphrase, "The database passphrase is wrong."),
    "disk full": (_disk_full_during_backup, "The backup could not be made: the disk is full"),
    "no permission": (_no_permission, "The backup could not be made: no permission to write in"),
    "another writer": (_another_writer, "Another program or Briefing window is writing"),
}


@pytest.mark.parametrize("name", FAILURES)
def test_a_store_or_service_error_is_english_in_english(name, english, db_file, tmp_path):
    provoke, expected = FAILURES[name]
    exc = provoke(db_file, tmp_path)
    shown = error_text(exc)
    assert expected in shown, shown
    assert not dutch_in([shown]), shown
    assert isinstance(message_of(exc), Message)  # the command line prints its Dutch text
    assert str(exc) != shown


@pytest.mark.parametrize("name", FAILURES)
def test_the_same_error_stays_dutch_in_dutch(name, qapp, db_file, tmp_path):
    provoke, _expected = FAILURES[name]
    exc = provoke(db_file, tmp_path)
    assert error_text(exc) == str(exc)
    assert dutch_in([str(exc)]), str(exc)


def test_who_holds_the_database_is_named_in_english_without_a_thousands_separator(english):
    message = in_use_message(Path("/data/b.db"), [])
    assert translated(message) == (
        "The database /data/b.db is still in use by another program or Briefing window. "
        "Close that first and try again; nothing has changed."
    )
    holder = Holder(12345, "python3 briefing")
    assert translated(holder.describe()) == "python3 briefing (process 12345)"
    assert str(holder.describe()) == "python3 briefing (proces 12345)"


def test_the_app_says_already_open_in_english(english):
    from briefing_app.app import ALREADY_OPEN

    assert translated(ALREADY_OPEN).startswith("Briefing already has this database open")
    assert str(ALREADY_OPEN).startswith("Briefing heeft deze database al open")
