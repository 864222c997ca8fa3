"""Opening the database at app start: recovery from a backup when it is damaged or missing,
one instance per database, and the notices the window shows (read-only, network share)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from briefing_app.services.core.workspace import (
    CorruptDatabaseError,
    MissingDatabaseError,
    Workspace,
    recover,
    start_workspace,
)
from briefing_app.services.core.workspace import daily_backup as daily_backup_now
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text
from briefing_app.ui.packs.worker import BackgroundTask, run_in_background
from briefing_app.ui.safety.recovery_dialog import RecoveryDialog

MAX_ATTEMPTS = 3


def open_with_recovery(
    path: Path,
    *,
    interactive: bool,
    parent: QWidget | None = None,
    daily_backup: bool = True,
    failed_with: CorruptDatabaseError | MissingDatabaseError | None = None,
) -> Workspace:
    """`start_workspace`, offering the newest good backup when the database is damaged or gone.

    ``failed_with``: what the start checks already found (they ran after the first paint), so
    the recovery starts from it instead of opening the file again.
    Raises WorkspaceError (with the service's message) when the user declines or cannot recover.
    """
    for attempt in range(MAX_ATTEMPTS):
        try:
            if failed_with is not None:
                found, failed_with = failed_with, None
                raise found
            return start_workspace(path, daily_backup=daily_backup)
        except (CorruptDatabaseError, MissingDatabaseError) as exc:
            last = attempt == MAX_ATTEMPTS - 1
            if (
                last
                or not interactive
                or not RecoveryDialog.ask(parent, error_text(exc), exc.backup)
            ):
                raise
            assert exc.backup is not None  # the dialog only offers a restore when there is one
            recover(path, exc.backup)
    raise AssertionError("unreachable")  # pragma: no cover


def start_daily_backup(window: QMainWindow, workspace: Workspace) -> BackgroundTask | None:
    """Make the day's start backup on a worker thread; a failure shows in the status bar."""
    if workspace.read_only:
        return None
    path = workspace.path

    def failed(message: str) -> None:  # the message says what failed; this says which backup
        text = _tr("Reservekopie bij het starten: {0}")
        window.statusBar().showMessage(text.format(message), 20000)

    return run_in_background(
        lambda _progress: daily_backup_now(path), on_success=lambda _info: None, on_failure=failed
    )


def notices(workspace: Workspace) -> list[str]:
    """What the window's banner says about this database (nothing when all is normal)."""
    lines = list(workspace.warnings)
    if workspace.read_only:
        lines.insert(0, workspace.read_only_message)
    return lines


def bring_to_front(window: QMainWindow) -> None:
    """Another start on the same database asked for this window."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
