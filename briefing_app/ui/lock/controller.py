"""The lock: asks the passphrase on start, locks after idle time and on Ctrl+L.

Locking closes the window (a field being typed in is saved first), closes the database
connection and drops the passphrase and every key derived from it (`cipher.forget`); what is
left is the lock screen. Unlocking opens the database again through the normal start checks
and builds a new window. Idle means no key, click, wheel or mouse movement in any Briefing
window for the chosen number of minutes (0: never).

The lock applies to encrypted databases only: a plain file can be read without Briefing, so a
lock would promise what it cannot keep. "Scherm afschermen" works for every database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from briefing_app.services.core.workspace import PassphraseError, Workspace, WorkspaceError
from briefing_app.store import cipher
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.lock.screen import LockScreen
from briefing_app.ui.lock.shield import ScreenShield
from briefing_app.ui.messages import error_text

LOCK_KEY = "Ctrl+L"
SHIELD_KEY = "Ctrl+Shift+B"
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockController(QObject):
    locking = Signal()  # about to lock: close the window and the database now
    unlocked = Signal(object)  # the Workspace, opened again

    def __init__(
        self, path: Path, open_workspace: Callable[[], Workspace], idle_minutes: int = 0
    ) -> None:
        super().__init__()
        self.path = path
        self._open_workspace = open_workspace
        self.screen = LockScreen(path.name)
        self.screen.resize(900, 600)
        self.screen.unlock_requested.connect(self._on_screen_unlock_requested)
        self.is_locked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._on_idle_timeout)
        self.set_idle_minutes(idle_minutes)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    @property
    def available(self) -> bool:
        """Locking means something only for an encrypted database."""
        return cipher.is_encrypted(self.path)

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_interval(max(0, minutes) * 60_000)

    def set_idle_interval(self, milliseconds: int) -> None:
        self.idle.setInterval(milliseconds)
        if milliseconds > 0 and not self.is_locked:
            self.idle.start()
        else:
            self.idle.stop()

    def wait_for_unlock(self) -> Workspace | None:
        """Show the lock screen until the passphrase opens the database (None: closed)."""
        loop = QEventLoop()
        opened: list[Workspace] = []

        def done(workspace: Workspace) -> None:
            opened.append(workspace)
            loop.quit()

        self.unlocked.connect(done)
        self.screen.destroyed.connect(loop.quit)
        self._show_screen()
        closed = _WatchClose(self.screen, loop)
        loop.exec()
        self.unlocked.disconnect(done)
        self.screen.removeEventFilter(closed)
        closed.deleteLater()
        return opened[0] if opened else None

    def install(self, window: QMainWindow) -> None:
        """The window's actions: Vergrendelen (Ctrl+L) and Scherm afschermen."""
        shield = ScreenShield(window)
        lock_action = QAction(_tr("Vergrendelen"), window)
        lock_action.setShortcut(QKeySequence(LOCK_KEY))
        lock_action.setEnabled(self.available)
        lock_action.setToolTip(_tr("Verberg alles en vraag het wachtwoord opnieuw"))
        lock_action.triggered.connect(self.lock)
        shield_action = QAction(_tr("Scherm afschermen"), window)
        shield_action.setShortcut(QKeySequence(SHIELD_KEY))
        shield_action.triggered.connect(shield.cover)
        window.lock_action = lock_action  # type: ignore[attr-defined]
        window.shield_action = shield_action  # type: ignore[attr-defined]
        window.screen_shield = shield  # type: ignore[attr-defined]
        for action in (lock_action, shield_action):
            window.add_menu_action("file", action)  # type: ignore[attr-defined]

    def refresh(self, window: QMainWindow) -> None:
        """After encrypting or decrypting: the lock is there exactly for an encrypted file."""
        window.lock_action.setEnabled(self.available)  # type: ignore[attr-defined]

    def lock(self) -> None:
        if self.is_locked or not self.available:
            return
        self.is_locked = True
        self.idle.stop()
        self._show_screen()  # first, so the app always has a window
        self.locking.emit()
        cipher.forget()

    def _show_screen(self) -> None:
        self.screen.reset()
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()

    def _on_screen_unlock_requested(self, passphrase: str) -> None:
        try:
            cipher.unlock(passphrase)
            workspace = self._open_workspace()
        except PassphraseError as exc:
            cipher.forget()
            self.screen.show_problem(error_text(exc))
            return
        except (WorkspaceError, cipher.CipherError) as exc:
            cipher.forget()
            self.screen.show_problem(error_text(exc))
            return
        self.is_locked = False
        self.screen.hide()
        self.unlocked.emit(workspace)
        if self.idle.interval() > 0:
            self.idle.start()

    def _on_idle_timeout(self) -> None:
        self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked and self.idle.interval() > 0:
            self.idle.start()  # restart: idle counts from the last activity
        return False


class _WatchClose(QObject):
    """Ends the start-up wait when the user closes the lock screen."""

    def __init__(self, screen: LockScreen, loop: QEventLoop) -> None:
        super().__init__(screen)
        self.loop = loop
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.loop.quit()
        return False
