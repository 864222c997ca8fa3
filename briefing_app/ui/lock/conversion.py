"""Encrypting or decrypting the open database from the app, and the offer at first start.

The window and its connection are closed for the conversion (it replaces the file) and opened
again afterwards, also when the conversion failed: the original file is then unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from briefing_app.services.core.encryption import decrypt_workspace, encrypt_workspace
from briefing_app.services.core.workspace import WorkspaceError
from briefing_app.store import cipher
from briefing_app.store.backup import list_backups
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.lock.encryption_dialog import EncryptionDialog
from briefing_app.ui.messages import error_text, translated
from briefing_app.ui.safety.common import show_message, wait_cursor
from briefing_app.ui.safety.startup import open_with_recovery

if TYPE_CHECKING:
    from briefing_app.app import Shell

EXIT_UNOPENED = 1  # the app's exit code when the database it had open cannot be opened again


def offer_at_first_start(path: Path) -> None:
    """No database yet: offer to create it encrypted (the process then holds the key)."""
    if path.exists() or list_backups(path):
        return
    secret = EncryptionDialog.ask(None, decrypt=False, first_start=True)
    if secret:
        cipher.unlock(secret, encrypt_new=True)


def convert_in_app(shell: Shell) -> None:
    path = shell.ctx.db_path
    encrypted = cipher.is_encrypted(path)
    secret = EncryptionDialog.ask(shell.window, decrypt=encrypted)
    if secret is None:
        return
    if encrypted and not cipher.matches(path, secret):
        show_message(shell.window, _tr("Versleuteling"), translated(cipher.WRONG), error=True)
        return
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()  # type: ignore[union-attr]
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    shell.close_database()
    problem = None
    try:
        with wait_cursor():
            converted = (decrypt_workspace if encrypted else encrypt_workspace)(path, secret)
    except WorkspaceError as exc:
        problem, converted = error_text(exc), []
    try:
        workspace = open_with_recovery(path, interactive=True, daily_backup=False)
    except WorkspaceError as exc:  # not even the recovery could open it: say so, then stop
        reopened = _tr("De database kan niet opnieuw worden geopend: %1").replace(
            "%1", error_text(exc)
        )
        stopping = _tr(
            "Briefing stopt nu. De volgende start controleert de database opnieuw en biedt zo "
            "nodig de nieuwste goede reservekopie aan."
        )
        show_message(None, _tr("Versleuteling"), f"{reopened}\n\n{stopping}", error=True)
        app.exit(EXIT_UNOPENED)  # type: ignore[union-attr]
        return
    finally:
        app.setQuitOnLastWindowClosed(quits)  # type: ignore[union-attr]
    shell.reopen(workspace)
    if shell.lock is not None:
        shell.lock.refresh(shell.window)
    if problem:
        show_message(shell.window, _tr("Versleuteling"), problem, error=True)
    else:
        show_message(shell.window, _tr("Versleuteling"), _done(encrypted, len(converted)))


def _done(was_encrypted: bool, backups: int) -> str:
    if was_encrypted:
        return _tr("De database en {0} reservekopieën zijn weer onversleuteld opgeslagen.").format(
            backups
        )
    return _tr(
        "De database en {0} reservekopieën zijn versleuteld. Briefing vraagt het wachtwoord bij "
        "het starten en na een tijd zonder gebruik; Ctrl+L vergrendelt meteen."
    ).format(backups)
