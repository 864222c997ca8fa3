"""The File-menu entries for keeping data safe: backups, bundles and spreadsheet figures.

Installed through `briefing_app.ui.extensions`. Each action asks through a dialog's `ask()`,
lets a service do the work, and reports the outcome in plain Dutch. After an import the views
reload (the import bypasses the undo stack, which is cleared: undoing across it would mislead).
Restoring a backup needs the database closed: the app closes it, restores, and starts again.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from briefing_app.domain.items import ALL_KINDS
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.filesystem import read_only_reason
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text, translated
from briefing_app.ui.packs.worker import BackgroundTask, Work, run_in_background
from briefing_app.ui.safety.common import show_message, wait_cursor

# The dialogs and the bundle and spreadsheet services (cryptography, openpyxl) are imported in
# the slots that use them: importing them here would cost every start-up time (DESIGN.md).

if TYPE_CHECKING:
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.main_window import MainWindow

SHEET_FILTER = "Spreadsheet (*.xlsx *.csv)"


def install(window: MainWindow, ctx: AppContext) -> None:
    actions = SafetyActions(window, ctx)
    window.safety_actions = actions  # type: ignore[attr-defined]  # keeps them alive, for tests
    for action in actions.all():
        window.add_menu_action("file", action)


def restart_app() -> None:
    """Start Briefing again with the same arguments (after a restore), then quit this one."""
    program, *arguments = getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv]
    QProcess.startDetached(program, arguments)
    QApplication.quit()


class SafetyActions:
    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        parent: QWidget = window
        self.backups = QAction(_tr("Reservekopieën…"), parent)
        self.export_bundle = QAction(_tr("Bundel maken…"), parent)
        self.import_bundle = QAction(_tr("Bundel inlezen…"), parent)
        self.import_figures = QAction(_tr("Kerncijfers inlezen uit spreadsheet…"), parent)
        self.sync = QAction(_tr("Synchroniseren met de delegatie…"), parent)
        self.conflicts = QAction(_tr("Conflicten oplossen…"), parent)
        self.deleted = QAction(_tr("Verwijderde items…"), parent)
        self.backups.triggered.connect(self._on_backups)
        self.export_bundle.triggered.connect(self._on_export_bundle)
        self.import_bundle.triggered.connect(self._on_import_bundle)
        self.import_figures.triggered.connect(self._on_import_figures)
        self.sync.triggered.connect(self._on_sync)
        self.conflicts.triggered.connect(self._on_conflicts)
        self.deleted.triggered.connect(self._on_deleted)
        self.task: BackgroundTask | None = None  # the running export or import, kept alive
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = read_only_reason(self.ctx.db_path) is None
        self.import_bundle.setEnabled(writable)
        self.import_figures.setEnabled(writable)
        self.sync.setEnabled(writable)
        self.conflicts.setEnabled(writable)
        self.deleted.setEnabled(writable)

    def all(self) -> list[QAction]:
        return [
            self.backups,
            self.export_bundle,
            self.import_bundle,
            self.sync,
            self.conflicts,
            self.deleted,
            self.import_figures,
        ]

    # -- backups -----------------------------------------------------------------------

    def _on_backups(self) -> None:
        from briefing_app.ui.safety.backup_dialog import BackupDialog

        read_only = read_only_reason(self.ctx.db_path) is not None or bool(self.ctx.edits.locked)
        chosen = BackupDialog.ask(self.window, self.ctx.db_path, read_only=read_only)
        if chosen is None:
            return
        from briefing_app.services.core.workspace import WorkspaceError, recover

        self.ctx.db.close()
        try:
            recover(self.ctx.db_path, chosen)
        except WorkspaceError as exc:
            show_message(
                self.window,
                _tr("Terugzetten mislukt"),
                error_text(exc)
                + "\n\n"
                + _tr("Briefing start opnieuw met de gegevens zoals ze waren."),
                error=True,
            )
        restart_app()

    # -- bundles -----------------------------------------------------------------------

    def _on_export_bundle(self) -> None:
        from briefing_app.services.exchange.bundle import (
            encode,
            outgoing,
            remember_sent,
            seal_and_write,
        )
        from briefing_app.services.exchange.crypto import BundleError
        from briefing_app.ui.safety.bundle_dialogs import BundleExportDialog
        from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog

        dossiers = [
            (r["slug"], r["title"])
            for r in self.ctx.db.query(
                "SELECT slug, title FROM dossiers ORDER BY sort_order, title"
            )
        ]
        choice = BundleExportDialog.ask(self.window, dossiers)
        if choice is None:
            return
        secret = PassphraseDialog.ask(self.window, confirm=True)
        if secret is None:
            return
        read_only = read_only_reason(self.ctx.db_path) is not None
        title = _tr("Bundel maken")
        try:
            # Reads the database: GUI thread.
            bundle = outgoing(self.ctx.db, choice.dossiers, read_only=read_only)
        except BundleError as exc:
            show_message(self.window, title, error_text(exc), error=True)
            return
        payload = encode(bundle)

        def written(path: object) -> None:
            if not read_only:
                try:
                    remember_sent(self.ctx.db, bundle)
                except sqlite3.Error as exc:  # the file is fine; only the record is missing
                    text = translated(describe_sqlite_error(exc))
                    show_message(self.window, title, text, error=True)
            text = _tr("De bundel is versleuteld opgeslagen als {0} ({1} items).")
            show_message(self.window, title, text.format(path, len(bundle.items)))

        self._start(lambda _progress: seal_and_write(choice.path, payload, secret), written, title)

    def _start(self, work: Work, on_success: Callable[[object], None], title: str) -> None:
        """Run ``work`` (no database inside) on a worker thread; one task at a time."""
        for action in self.all():
            action.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def finish() -> None:
            QGuiApplication.restoreOverrideCursor()
            for action in self.all():
                action.setEnabled(True)
            self._update_enabled()

        def succeeded(result: object) -> None:
            finish()
            on_success(result)

        def failed(message: str) -> None:
            finish()
            show_message(self.window, title, message, error=True)

        self.task = run_in_background(work, on_success=succeeded, on_failure=failed)

    def _on_import_bundle(self) -> None:
        from briefing_app.ui.safety.bundle_dialogs import bundle_filter

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Bundel inlezen"), "", bundle_filter() + ";;*"
        )
        if name:
            self.import_bundle_from(Path(name))

    def import_bundle_from(self, path: Path) -> None:
        from briefing_app.services.exchange.bundle import read_bundle
        from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        secret = PassphraseDialog.ask(self.window, confirm=False)
        if secret is None:
            return
        # Deriving the key and decrypting take a moment: a worker thread; the plan and the
        # changes themselves touch the database and stay on the GUI thread.
        self._start(
            lambda _progress: read_bundle(path, secret), self._on_bundle_read, _tr("Bundel inlezen")
        )

    def _on_bundle_read(self, bundle: object) -> None:
        from briefing_app.services.exchange.applying import apply_import
        from briefing_app.services.exchange.bundle import Bundle
        from briefing_app.services.exchange.crypto import BundleError
        from briefing_app.services.exchange.importing import plan_import
        from briefing_app.ui.safety.bundle_dialogs import BundleImportDialog

        assert isinstance(bundle, Bundle)
        title = _tr("Bundel inlezen")
        try:  # a bundle that claims what it may not is refused before anything is compared
            plan = plan_import(self.ctx.db, bundle)
        except BundleError as exc:
            show_message(self.window, title, error_text(exc), error=True)
            return
        resolutions = BundleImportDialog.ask(self.window, plan)
        if resolutions is None:
            return
        try:
            with wait_cursor():
                result = apply_import(
                    self.ctx.db, plan, resolutions, user=self.ctx.settings.user_name
                )
        except BundleError as exc:
            show_message(self.window, title, error_text(exc), error=True)
            return
        self._reload()
        show_message(
            self.window,
            title,
            _tr(
                "Ingelezen: {0} nieuw, {1} bijgewerkt, {2} verwijderd, "
                "{3} eigen versie(s) gehouden."
            ).format(result.added, result.updated, result.deleted, result.kept),
        )

    # -- a shared folder ---------------------------------------------------------------

    def _on_sync(self) -> None:
        from briefing_app.ui.safety.sync_dialogs import SyncDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        choice = SyncDialog.ask(self.window, self.ctx.settings.sync_folder)
        if choice is not None:
            self.ctx.settings.sync_folder = str(choice.folder)
            self.sync_with(choice.folder, choice.passphrase)

    def sync_with(self, folder: Path, secret: str) -> None:
        """Sync: decrypting and sealing on a worker thread, merging (the database) here."""
        from briefing_app.services.exchange.crypto import BundleError
        from briefing_app.services.exchange.folder import open_new, prepare

        title = _tr("Synchroniseren")
        try:
            outbox = prepare(self.ctx.db, folder, member=self.ctx.settings.user_name, rename=True)
        except BundleError as exc:
            show_message(self.window, title, error_text(exc), error=True)
            return
        self._start(
            lambda _progress: open_new(folder, outbox, secret),
            lambda opened: self._on_sync_opened(folder, outbox, secret, opened),
            title,
        )

    def _on_sync_opened(self, folder: Path, outbox: object, secret: str, opened: object) -> None:
        from briefing_app.services.exchange.bundle import seal_and_write
        from briefing_app.services.exchange.crypto import BundleError
        from briefing_app.services.exchange.folder import merge_opened, own_payload, sent

        title = _tr("Synchroniseren")
        try:
            with wait_cursor():
                report = merge_opened(self.ctx.db, outbox, opened)  # type: ignore[arg-type]
                outgoing = own_payload(self.ctx.db, folder, outbox)  # type: ignore[arg-type]
        except BundleError as exc:
            show_message(self.window, title, error_text(exc), error=True)
            return
        self._reload()

        def written(_result: object) -> None:
            sent(self.ctx.db, folder, outbox, outgoing, report)  # type: ignore[arg-type]
            self._show_sync_report(report)

        if outgoing is None:
            written(None)
        else:
            target = folder / outbox.own  # type: ignore[attr-defined]
            self._start(
                lambda _progress: seal_and_write(target, outgoing[1], secret), written, title
            )

    def _show_sync_report(self, report: object) -> None:
        from briefing_app.services.exchange.folder import SyncReport

        assert isinstance(report, SyncReport)
        lines = [
            _tr("Gelezen: {0} bundel(s); {1} nieuw, {2} bijgewerkt, {3} verwijderd.").format(
                len(report.read),
                report.total("added"),
                report.total("updated"),
                report.total("deleted"),
            )
        ]
        lines += [f"{o.name}: {translated(o.note)}" for o in report.skipped]
        lines.append(_tr("Uw eigen bundel staat in de map ({0} items).").format(report.sent_items))
        queued = report.total("queued")
        if queued:
            lines.append(_tr("{0} conflict(en) wachten op uw keuze.").format(queued))
        title = _tr("Synchroniseren")
        show_message(self.window, title, "\n".join(lines), error=bool(report.skipped))
        if queued:
            self._on_conflicts()

    def _on_conflicts(self) -> None:
        from briefing_app.services.exchange.conflicts import queued_conflicts, resolve_conflict
        from briefing_app.services.exchange.crypto import BundleError
        from briefing_app.ui.safety.sync_dialogs import ConflictsDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return

        def decide(conflict: object, choice: str) -> None:
            try:
                resolve_conflict(
                    self.ctx.db,
                    conflict.id,
                    choice,
                    self.ctx.settings.user_name,  # type: ignore[attr-defined]
                )
            except BundleError as exc:
                show_message(self.window, _tr("Conflicten oplossen"), error_text(exc), error=True)

        ConflictsDialog.show_queue(self.window, queued_conflicts(self.ctx.db), decide)
        self._reload()

    def _on_deleted(self) -> None:
        from briefing_app.services.core.deleted import DeletedItem, deleted_items, restore_deleted
        from briefing_app.store.repository import NotFoundError
        from briefing_app.ui.safety.sync_dialogs import DeletedDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return

        def bring_back(item: DeletedItem) -> None:
            try:
                restore_deleted(self.ctx.db, item.id, self.ctx.settings.user_name)
            except NotFoundError as exc:
                show_message(self.window, _tr("Verwijderde items"), error_text(exc), error=True)
            except sqlite3.Error as exc:
                text = translated(describe_sqlite_error(exc))
                show_message(self.window, _tr("Verwijderde items"), text, error=True)

        DeletedDialog.show_list(self.window, deleted_items(self.ctx.db), bring_back)
        self._reload()

    # -- figures -----------------------------------------------------------------------

    def _on_import_figures(self) -> None:
        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Kerncijfers inlezen"), "", SHEET_FILTER
        )
        if name:
            self.import_figures_from(Path(name))

    def import_figures_from(self, path: Path) -> None:
        from briefing_app.services.figures.importing import FigureImportError, apply, preview
        from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        try:
            result = preview(self.ctx.db, path)
        except FigureImportError as exc:
            show_message(self.window, _tr("Kerncijfers inlezen"), error_text(exc), error=True)
            return
        if not FigureImportDialog.ask(self.window, result):
            return
        try:
            with wait_cursor():
                apply(self.ctx.db, result, user=self.ctx.settings.user_name)
        except FigureImportError as exc:
            show_message(self.window, _tr("Kerncijfers inlezen"), error_text(exc), error=True)
            return
        self._reload()

    def _reload(self) -> None:
        self.ctx.edits.undo_stack.clear()
        for kind in ALL_KINDS:
            self.ctx.edits.list_changed.emit(kind.name, None)
        self.window.navigator.reload()
        self.window.open_first()
