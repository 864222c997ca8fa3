"""The lock: an encrypted database asks its passphrase first, locks after idle time and on
Ctrl+L (window gone, connection closed, key dropped), and "scherm afschermen" blanks at once."""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import Qt

from briefing_app.app import Shell
from briefing_app.services.core.workspace import start_workspace
from briefing_app.store import cipher
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import Translations
from briefing_app.ui.lock.controller import LockController
from tests.conftest import PASSPHRASE


@pytest.fixture
def locked_app(qtbot, qapp, encrypted_db_copy, settings):
    """A lock controller on an encrypted database, nothing open yet."""
    path = encrypted_db_copy
    cipher.forget()
    lock = LockController(path, lambda: start_workspace(path, daily_backup=False))
    qtbot.addWidget(lock.screen)
    yield lock, path
    qapp.removeEventFilter(lock)


def unlock(qtbot, lock, passphrase=PASSPHRASE):
    lock.screen.show()
    qtbot.keyClicks(lock.screen.passphrase, passphrase)
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)


@pytest.fixture
def shell(qtbot, qapp, locked_app, settings):
    lock, path = locked_app
    opened = []
    lock.unlocked.connect(opened.append)
    unlock(qtbot, lock)
    assert opened, lock.screen.problem.text()
    shell = Shell(AppContext.build(path, opened[0].db, settings), Translations(qapp), lock=lock)
    shell.window.show()
    yield shell
    # The window is replaced at every unlock (the old one deleted): close whatever is current.
    if shiboken6.isValid(shell.window):
        shell.window.close()
        shell.window.deleteLater()
    shell.ctx.db.close()


def test_the_lock_screen_shows_no_content_and_refuses_a_wrong_passphrase(qtbot, locked_app):
    lock, path = locked_app
    before = path.read_bytes()
    opened = []
    lock.unlocked.connect(opened.append)
    unlock(qtbot, lock, "fout wachtwoord")
    assert opened == []
    assert "klopt niet" in lock.screen.problem.text()
    assert lock.screen.passphrase.text() == ""  # never left in the field
    assert not cipher.unlocked()
    assert path.read_bytes() == before
    unlock(qtbot, lock)
    assert len(opened) == 1 and lock.screen.isHidden()
    opened[0].db.close()


def test_ctrl_l_locks_closes_the_connection_and_forgets_the_key(qtbot, shell):
    db = shell.ctx.db
    window = shell.window
    assert window.isVisible() and not shell.lock.screen.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.lock.is_locked
    assert shell.lock.screen.isVisible()
    assert not window.isVisible()
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")
    assert not cipher.unlocked()
    unlock(qtbot, shell.lock)
    assert not shell.lock.is_locked
    assert shell.window is not window and shell.window.isVisible()
    assert shell.ctx.db.execute("SELECT count(*) FROM dossiers").fetchone()[0] > 0


def test_undo_reaches_back_past_a_lock(qtbot, shell):
    """Locking for a coffee does not cost the morning's undo history."""
    ctx = shell.ctx
    dossier = ctx.db.execute("SELECT id, title FROM dossiers ORDER BY id LIMIT 1").fetchone()
    ctx.edits.update("dossier", dossier[0], {"title": "Voor de pauze"})
    qtbot.keyClick(shell.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.lock.is_locked
    unlock(qtbot, shell.lock)
    window = shell.window
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    title = shell.ctx.db.execute("SELECT title FROM dossiers WHERE id = ?", [dossier[0]])
    assert title.fetchone()[0] == dossier[1]


def test_the_app_locks_itself_after_the_idle_time(qtbot, shell):
    shell.lock.set_idle_interval(150)
    qtbot.waitUntil(lambda: shell.lock.is_locked, timeout=3000)
    assert shell.lock.screen.isVisible()
    assert not cipher.unlocked()


def test_activity_postpones_the_idle_lock(qtbot, shell):
    shell.lock.set_idle_interval(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(shell.window.centralWidget())
        qtbot.keyClick(shell.window.centralWidget(), Qt.Key.Key_Shift)
    assert not shell.lock.is_locked
    qtbot.waitUntil(lambda: shell.lock.is_locked, timeout=3000)


def test_shield_blanks_the_window_at_once_without_locking(qtbot, shell):
    window = shell.window
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    shield = window.screen_shield
    assert shield.isVisible() and shield.geometry() == window.rect()
    assert not shell.lock.is_locked and cipher.unlocked()
    image = window.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)
    }
    assert len(colours) <= 3  # one dark colour and the hint's grey text, nothing of the content
    qtbot.keyClick(shield, Qt.Key.Key_Space)
    assert not shield.isVisible()
    assert shell.ctx.db.execute("SELECT 1").fetchone()[0] == 1


def test_the_lock_does_nothing_on_a_plain_database(qtbot, qapp, default_db_copy, settings):
    lock = LockController(default_db_copy, lambda: start_workspace(default_db_copy))
    qtbot.addWidget(lock.screen)
    try:
        workspace = start_workspace(default_db_copy, daily_backup=False)
        shell = Shell(
            AppContext.build(default_db_copy, workspace.db, settings), Translations(qapp), lock=lock
        )
        qtbot.addWidget(shell.window)
        assert not shell.window.lock_action.isEnabled()
        lock.lock()
        assert not lock.is_locked
    finally:
        qapp.removeEventFilter(lock)


def test_encrypting_from_the_settings_reopens_an_encrypted_database(
    qtbot, qapp, default_db_copy, settings, monkeypatch
):
    from briefing_app.ui.lock import conversion
    from briefing_app.ui.lock.encryption_dialog import EncryptionDialog
    from briefing_app.ui.settings_dialog import SettingsDialog, SettingsResult, apply

    asked = []

    def give(cls, parent, *, decrypt, first_start=False):
        asked.append(decrypt)
        return PASSPHRASE

    monkeypatch.setattr(EncryptionDialog, "ask", classmethod(give))
    monkeypatch.setattr(conversion, "show_message", lambda *args, **kwargs: None)

    def choose(cls, parent, chosen_settings):
        result = SettingsResult(chosen_settings.user_name, chosen_settings.language, False, 5, True)
        apply(chosen_settings, result)
        return result

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(choose))
    lock = LockController(default_db_copy, lambda: start_workspace(default_db_copy))
    qtbot.addWidget(lock.screen)
    workspace = start_workspace(default_db_copy, daily_backup=False)
    shell = Shell(
        AppContext.build(default_db_copy, workspace.db, settings), Translations(qapp), lock=lock
    )
    try:
        shell.window.settings_action.trigger()
        assert asked == [False]
        assert cipher.is_encrypted(default_db_copy)
        assert shell.window.lock_action.isEnabled()
        assert shell.ctx.db.execute("SELECT count(*) FROM dossiers").fetchone()[0] > 0
        assert lock.idle.interval() == 5 * 60_000
        shell.window.lock_action.trigger()
        assert lock.is_locked and not cipher.unlocked()
    finally:
        qapp.removeEventFilter(lock)
        if shiboken6.isValid(shell.window):
            shell.window.close()
        shell.ctx.db.close()


def test_a_database_that_cannot_be_opened_after_converting_says_so_and_stops(
    qtbot, qapp, default_db_copy, settings, monkeypatch
):
    """No traceback and no app without a window: the reason, then a clean stop."""
    from briefing_app.services.core.workspace import WorkspaceError
    from briefing_app.ui.lock import conversion
    from briefing_app.ui.lock.encryption_dialog import EncryptionDialog

    monkeypatch.setattr(EncryptionDialog, "ask", classmethod(lambda cls, *a, **k: PASSPHRASE))
    said, exits = [], []
    monkeypatch.setattr(conversion, "show_message", lambda p, title, text, **k: said.append(text))

    def refuse(*args, **kwargs):
        raise WorkspaceError("De database is beschadigd en er is geen reservekopie.")

    monkeypatch.setattr(conversion, "open_with_recovery", refuse)
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))
    workspace = start_workspace(default_db_copy, daily_backup=False)
    shell = Shell(AppContext.build(default_db_copy, workspace.db, settings), Translations(qapp))
    try:
        conversion.convert_in_app(shell)
    finally:
        cipher.forget()  # the conversion left the key in the process
    assert exits == [conversion.EXIT_UNOPENED]
    assert said[0].startswith(
        "De database kan niet opnieuw worden geopend: De database is beschadigd en er is geen "
        "reservekopie.\n\nBriefing stopt nu."
    )
    assert qapp.quitOnLastWindowClosed()  # restored for whatever comes next
