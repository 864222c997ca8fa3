"""Adds briefing packs to the main window: a "Pakket" menu and a button beside each meeting.

"Briefingpakket maken…" opens the export dialog on the meeting shown (or the first one), with
the dossier shown ticked for a dossier pack;
"Pakket bekijken…" opens any written pack in the preview; "Exportlogboek…" lists every export
with its numbered copies and their recipients. After an export the window's
"changed since" moment is refreshed, since it follows the last pack of the next meeting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from briefing_app.ui.i18n import tr as _tr

# The dialogs are imported in the slots at run time: the export dialog pulls in the pack
# services, the preview QtPdf; neither is needed for the first paint.
if TYPE_CHECKING:
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.packs.export_dialog import PackExportDialog
    from briefing_app.ui.packs.preview import PackPreviewDialog


class PackActions:
    """The window's pack actions and the dialogs they open (kept here, not on the window)."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        self.window, self.ctx = window, ctx
        self.folder = ctx.db_path.parent if ctx.db_path.parent.is_dir() else Path.home()
        self.export_action = QAction(_tr("Briefingpakket maken…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_triggered)
        self.meeting_action = QAction(_tr("Pakket maken…"), window)
        self.meeting_action.triggered.connect(self._on_export_triggered)
        self.open_action = QAction(_tr("Pakket bekijken…"), window)
        self.open_action.triggered.connect(self._on_open_triggered)
        self.log_action = QAction(_tr("Exportlogboek…"), window)
        self.log_action.triggered.connect(self._on_log_triggered)
        self.log: QDialog | None = None
        self.dialog: PackExportDialog | None = None
        self.preview: PackPreviewDialog | None = None

    def _on_export_triggered(self) -> None:
        from briefing_app.ui.packs.export_dialog import PackExportDialog

        self.dialog = PackExportDialog(
            self.ctx.db,
            self.ctx.repo,
            self.window,
            folder=self.folder,
            meeting_id=self.window.current_meeting_id(),
            dossier_id=self.window.current_dossier_id(),  # ticked for a dossier pack
        )
        self.dialog.exported.connect(self._on_exported)
        self.dialog.open()  # window-modal; the export itself runs on a worker thread

    def _on_exported(self, result: object) -> None:
        self.folder = result.path.parent  # type: ignore[attr-defined]
        self.ctx.tracker.refresh()

    def _on_open_triggered(self) -> None:
        from briefing_app.ui.packs.preview import PackPreviewDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Pakket bekijken"), str(self.folder), "PDF (*.pdf)"
        )
        if chosen:
            self.preview = PackPreviewDialog.show_for(Path(chosen), self.window)

    def _on_log_triggered(self) -> None:
        from briefing_app.ui.packs.log_dialog import ExportLogDialog

        self.log = ExportLogDialog.show_for(self.ctx.db, self.window)


def install(window: MainWindow, ctx: AppContext) -> PackActions:
    actions = PackActions(window, ctx)
    window.add_pack_action(actions.export_action)
    window.add_pack_action(actions.open_action)
    window.add_pack_action(actions.log_action)
    window.add_meeting_action(actions.meeting_action)
    window.pack_actions = actions  # type: ignore[attr-defined]  # lives as long as the window
    return actions
