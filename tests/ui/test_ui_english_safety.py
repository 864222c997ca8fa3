"""In English, keeping data safe speaks English too: the recovery dialog on a really damaged
database with its backups, the lock screen of an encrypted database, encryption on and off, a
refused restore and a failed backup, the start checks' failures and the banner's notices. The
words come from the store and the core services (messages, see domain/messages.py); each dialog
is searched for the common Dutch words of the English walk (test_ui_english_walk.py)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QWidget

from briefing_app.services.core import workspace as workspace_module
from briefing_app.services.core.workspace import start_workspace
from briefing_app.store import cipher
from briefing_app.store.backup import backup_dir, list_backups
from briefing_app.store.filesystem import FOLDER_READ_ONLY
from briefing_app.ui.safety import menu as menu_module
from briefing_app.ui.safety.backup_dialog import BackupDialog
from briefing_app.ui.safety.recovery_dialog import RecoveryDialog
from tests import test_reliability_faults as faults
from tests.conftest import PASSPHRASE
from tests.ui import test_ui_english_walk as walk
from tests.ui.test_ui_english_walk import assert_english, dutch_in, texts_of

# The walk's fixtures (English installed, a database of neutral words, a window on it) and a
# small disk to fill (a 2 MB tmpfs: root only, skipped elsewhere).
english, neutral, window, small_disk = walk.english, walk.neutral, walk.window, faults.small_disk


def damage(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\x13" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def said(monkeypatch):
    """What the safety actions and dialogs tell the user in a message box (title, text)."""
    from briefing_app.ui.safety import backup_dialog

    shown: list[tuple[str, str]] = []

    def show_message(parent, title, text, *, error=False):
        shown.append((title, text))

    monkeypatch.setattr(menu_module, "show_message", show_message)
    monkeypatch.setattr(backup_dialog, "show_message", show_message)
    return shown


def test_the_recovery_dialog_on_a_damaged_database_speaks_english(
    qtbot, english, neutral, monkeypatch
):
    from briefing_app.services.core.workspace import CorruptDatabaseError
    from briefing_app.ui.safety import startup

    damage(neutral)
    dialogs = []

    def ask(cls, parent, message, backup):
        dialog = RecoveryDialog(message, backup, parent)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return False  # the user declines: nothing is restored

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(ask))
    with pytest.raises(CorruptDatabaseError):
        startup.open_with_recovery(neutral, interactive=True)
    dialog = dialogs[0]
    text = dialog.message.text()
    assert "is damaged and cannot be used safely" in text, text
    assert "The newest good backup is from" in text and "(at start-up)" in text, text
    assert dialog.restore_button is not None
    assert_english(dialog)


def test_the_lock_screen_and_the_encryption_dialogs_speak_english(
    qtbot, qapp, english, encrypted_db_copy
):
    from briefing_app.ui.lock.controller import LockController
    from briefing_app.ui.lock.encryption_dialog import EncryptionDialog
    from briefing_app.ui.lock.shield import ScreenShield

    path = encrypted_db_copy
    cipher.forget()
    lock = LockController(path, lambda: start_workspace(path, daily_backup=False))
    qtbot.addWidget(lock.screen)
    try:
        lock.screen.show()
        assert_english(lock.screen)
        lock.screen.unlock_requested.emit("not the passphrase")
        problem = lock.screen.problem.text()
        assert problem.startswith("The database passphrase is wrong."), problem
        assert_english(lock.screen)
        lock.screen.unlock_requested.emit(PASSPHRASE)
        assert lock.screen.isHidden()
    finally:
        qapp.removeEventFilter(lock)
    encrypt = EncryptionDialog(decrypt=False, first_start=True)
    qtbot.addWidget(encrypt)
    encrypt.first.setText("short")
    encrypt.second.setText("short")
    encrypt.ok_button.click()
    assert encrypt.problem.text() == "Choose a passphrase of at least 8 characters."
    decrypt = EncryptionDialog(decrypt=True)
    cover = QWidget()
    shield = ScreenShield(cover)
    for widget in (encrypt, decrypt, cover):
        qtbot.addWidget(widget)
    shield.cover()
    for widget in (encrypt, decrypt, shield):
        assert_english(widget)


def test_a_refused_restore_speaks_english(qtbot, english, window, said, monkeypatch):
    """A backup that turns out damaged is refused; the message says so, in English."""
    path = window.ctx.db_path
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    (backup_dir(path) / f"{stamp}-handmatig.db").write_bytes(b"\x13" * 1000)
    damaged = list_backups(path)[0]
    assert damaged.reason == "handmatig"
    dialog = BackupDialog(path)
    qtbot.addWidget(dialog)
    assert "by hand" in texts_of(dialog)
    assert_english(dialog)
    restarted = []
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, *a, **k: damaged))
    monkeypatch.setattr(menu_module, "restart_app", lambda: restarted.append(True))
    window.safety_actions.backups.trigger()
    assert restarted == [True]
    title, text = said[-1]
    assert title == "Restore failed"
    assert f"The backup {damaged.name} is damaged and is not restored (unreadable:" in text, text
    assert "Nothing has changed" in text
    assert not dutch_in([title, text.replace(damaged.name, "")]), text


def test_a_backup_refused_beside_a_linked_database_speaks_english(
    qtbot, english, neutral, tmp_path, said
):
    """A database that is a link out of its folder gets no backup beside it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "linked.db"
    os.symlink(neutral, link)
    dialog = BackupDialog(link)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    title, text = said[-1]
    assert title == "Backup"
    assert text.startswith("No backup is made: ") and "is a link to" in text, text
    assert not dutch_in([title, text]), text
    assert list_backups(link) == []


def test_a_backup_on_a_full_disk_speaks_english(qtbot, english, neutral, small_disk, said):
    path = small_disk / "full.db"
    path.write_bytes(neutral.read_bytes())
    try:  # take all the space that is left
        with open(small_disk / "filler", "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    dialog = BackupDialog(path)
    qtbot.addWidget(dialog)
    dialog.create_button.click()
    title, text = said[-1]
    assert text.startswith("The backup could not be made: "), text
    assert "disk is full" in text, text
    assert not dutch_in([title, text]), text


def test_start_check_failures_and_notices_speak_english(qtbot, english, neutral, tmp_path):
    from briefing_app.ui.safety.banner import NoticeBanner
    from briefing_app.ui.safety.checking import StartChecks
    from briefing_app.ui.safety.startup import notices

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    checks = StartChecks(empty, None, interactive=False, window=lambda: None)  # type: ignore[arg-type]
    with qtbot.waitSignal(checks.failed, timeout=30000) as failed:
        checks.start()
    message = failed.args[0]
    assert "This is not a Briefing database: the file is empty." in message, message
    assert not dutch_in([message]), message

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(workspace_module, "is_network_share", lambda path: True)
    monkeypatch.setattr(workspace_module, "read_only_reason", lambda path: FOLDER_READ_ONLY())
    try:
        workspace = start_workspace(neutral, daily_backup=False)
    finally:
        monkeypatch.undo()
    try:
        banner = NoticeBanner(notices(workspace))
        qtbot.addWidget(banner)
        assert banner.text().startswith(
            "Read-only: the folder that holds the database may not be written to."
        ), banner.text()
        assert "network drive" in banner.text()
        assert_english(banner)
    finally:
        workspace.db.close()


def test_sync_conflicts_and_deleted_items_speak_english(qtbot, english, window, said, monkeypatch):
    from briefing_app.store.repository import Repository
    from briefing_app.ui.safety.sync_dialogs import ConflictsDialog, DeletedDialog, SyncDialog

    db = window.ctx.db
    point = next(db.query("SELECT id FROM talking_points ORDER BY rowid"))["id"]
    Repository(db, user="Tester").delete("talking_point", point)
    shown = []

    def show_list(cls, parent, items, bring_back):
        dialog = DeletedDialog(items, bring_back, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert dialog.list.item(0).text().startswith("Talking point: Alpha")
        assert "deleted by Tester" in dialog.list.item(0).text()
        assert_english(dialog)
        bring_back(items[0])  # brought back
        bring_back(items[0])  # and again: it is no longer deleted

    monkeypatch.setattr(DeletedDialog, "show_list", classmethod(show_list))
    window.safety_actions.deleted.trigger()
    assert shown
    title, text = said[-1]
    assert (title, text) == (
        "Deleted items",
        f"There is no deleted item {point} that can be brought back.",
    )
    sync = SyncDialog("")
    conflicts = ConflictsDialog([], lambda conflict, choice: None)
    for dialog in (sync, conflicts):
        qtbot.addWidget(dialog)
        assert_english(dialog)


def test_search_hits_mark_an_unknown_figure_in_english(qtbot, english, window):
    from briefing_app.ui.search_dialog import SearchDialog

    search = SearchDialog(window.ctx.finder)
    qtbot.addWidget(search)
    search.field.setText("beta")
    search.run_search()
    texts = texts_of(search)
    assert any("[unknown figure: zeta]" in t for t in texts), texts
    assert_english(search)


def test_a_refused_encryption_and_a_wrong_passphrase_speak_english(
    qtbot, qapp, english, default_db_copy, settings, monkeypatch
):
    """Encrypting with a passphrase the service refuses, then decrypting with a wrong one."""
    from briefing_app.app import Shell
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.lock import conversion
    from briefing_app.ui.lock.encryption_dialog import EncryptionDialog

    told: list[str] = []
    given = ["short", PASSPHRASE, "not the passphrase"]
    monkeypatch.setattr(EncryptionDialog, "ask", classmethod(lambda cls, *a, **k: given.pop(0)))
    monkeypatch.setattr(conversion, "show_message", lambda p, title, text, **k: told.append(text))
    workspace = start_workspace(default_db_copy, daily_backup=False)
    shell = Shell(AppContext.build(default_db_copy, workspace.db, settings), english)
    try:
        conversion.convert_in_app(shell)  # refused by the service: nothing changes
        assert told[-1] == "Choose a passphrase of at least 8 characters. Nothing has changed."
        assert not cipher.is_encrypted(default_db_copy)
        conversion.convert_in_app(shell)
        assert cipher.is_encrypted(default_db_copy) and not dutch_in([told[-1]]), told[-1]
        conversion.convert_in_app(shell)  # decrypting, with a wrong passphrase
        assert told[-1].startswith("The database passphrase is wrong."), told[-1]
        assert cipher.is_encrypted(default_db_copy)
    finally:
        shell.window.close()
        shell.ctx.db.close()


def test_a_failed_start_backup_is_said_in_english(qtbot, english, window, neutral, tmp_path):
    """The day's backup runs after the window is shown; a database linked from elsewhere gets
    none, and the status bar says why."""
    from briefing_app.services.core.workspace import Workspace
    from briefing_app.ui.safety.startup import start_daily_backup

    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "linked.db"
    os.symlink(neutral, link)
    workspace = Workspace(window.ctx.db, link)
    task = start_daily_backup(window, workspace)
    assert task is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=30000)
    said = window.statusBar().currentMessage()
    assert said.startswith("Start-up backup: No backup is made: "), said
    assert not dutch_in([said]), said
