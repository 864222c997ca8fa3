"""Adds the meeting cycle to the main window: "Aan tafel" (Ctrl+T), the debrief and the verslag.

"Aan tafel" opens meeting mode full screen for the meeting shown (or, from elsewhere, the next
meeting). When meeting mode closes, the debrief is offered. The windows and dialogs are kept
here, not on the main window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label
from briefing_app.ui.messages import error_text
from briefing_app.ui.safety.common import show_message

if TYPE_CHECKING:
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.meeting_mode.controller import MeetingMode

SHORTCUT = "Ctrl+T"


class MeetingActions:
    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        self.window, self.ctx = window, ctx
        self.table_action = QAction(_tr("Aan tafel"), window)
        self.table_action.setShortcut(QKeySequence(SHORTCUT))
        self.table_action.setToolTip(_tr("Het overleg op volledig scherm, alleen lezen (Ctrl+T)"))
        self.table_action.triggered.connect(self._on_table_triggered)
        self.debrief_action = QAction(_tr("Nabespreken…"), window)
        self.debrief_action.setToolTip(_tr("Uitkomsten, toezeggingen en wat te herzien"))
        self.debrief_action.triggered.connect(self._on_debrief_triggered)
        self.report_action = QAction(_tr("Verslag maken…"), window)
        self.report_action.setToolTip(
            _tr("Het verslag van het overleg als PDF, voor leden of bestuur")
        )
        self.report_action.triggered.connect(self._on_report_triggered)
        self.folder = ctx.db_path.parent if ctx.db_path.parent.is_dir() else Path.home()
        self.mode: MeetingMode | None = None

    def meeting_id(self) -> str | None:
        from briefing_app.services.meetings.table import default_meeting

        return self.window.current_meeting_id() or default_meeting(
            self.ctx.db, dt.date.today().isoformat()
        )

    def _on_table_triggered(self) -> None:
        from briefing_app.services.packs.selection import PackError
        from briefing_app.ui.meeting_mode.controller import open_meeting_mode
        from briefing_app.ui.theme import is_dark

        if self.ctx.edits.refuses():  # Bekijken als: meeting mode shows all and takes notes
            return
        meeting_id = self.meeting_id()
        if meeting_id is None:
            self.window.statusBar().showMessage(
                _tr("Er is nog geen overleg om aan tafel te gaan"), 6000
            )
            return
        try:
            self.mode = open_meeting_mode(self.ctx.db, self.ctx.repo, meeting_id, dark=is_dark())
        except PackError as exc:
            self.window.statusBar().showMessage(error_text(exc), 8000)
            return
        self.mode.note_saved.connect(self._on_note_saved)
        self.mode.closed.connect(self._on_mode_closed)
        # Without a window manager (a projector laptop, a kiosk) full screen alone may not
        # resize the window: give it the screen's size first.
        screen = self.window.screen()
        if screen is not None:
            self.mode.window.setGeometry(screen.geometry())
        self.mode.window.show()
        self.mode.window.setWindowState(Qt.WindowState.WindowFullScreen)
        self.mode.window.activateWindow()
        self.mode.window.setFocus()

    def _on_note_saved(self, _note_id: str) -> None:
        self.ctx.edits.list_changed.emit("meeting_note", None)

    def _on_mode_closed(self, meeting_id: str) -> None:
        self.mode = None
        self.window.activateWindow()
        # Asked once meeting mode is gone from the screen, not while it is still closing.
        QTimer.singleShot(0, lambda: self._offer_debrief(meeting_id))

    def _offer_debrief(self, meeting_id: str) -> None:
        from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog

        if DebriefDialog.offer(self.window):
            self.debrief(meeting_id)

    def _on_debrief_triggered(self) -> None:
        meeting_id = self.meeting_id()
        if meeting_id is None:
            self.window.statusBar().showMessage(
                _tr("Er is nog geen overleg om na te bespreken"), 6000
            )
            return
        self.debrief(meeting_id)

    def debrief(self, meeting_id: str) -> None:
        from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog

        if self.ctx.edits.refuses():  # Bekijken als: nothing is written
            return
        if DebriefDialog.ask(self.window, self.ctx.repo, meeting_id):
            for kind in ("agenda_outcome", "commitment", "revise_flag", "meeting_note"):
                self.ctx.edits.list_changed.emit(kind, meeting_id)
            self.window.statusBar().showMessage(_tr("Nabespreking bewaard"), 6000)

    def _on_report_triggered(self) -> None:
        from briefing_app.services.meetings.report import ReportError, prepare_report, write_report
        from briefing_app.ui.meeting_mode.report_dialog import ReportDialog

        meeting_id = self.meeting_id()
        if meeting_id is None:
            self.window.statusBar().showMessage(
                _tr("Er is nog geen overleg voor een verslag"), 6000
            )
            return
        title = str(self.ctx.repo.get("meeting", meeting_id)["title"])
        chosen = ReportDialog.ask(self.window, self.folder, title)
        if chosen is None:
            return
        edition, path = chosen
        try:
            pages = write_report(
                self.ctx.db, prepare_report(self.ctx.db, meeting_id, edition), path
            )
        except ReportError as exc:
            show_message(self.window, _tr("Verslag maken"), error_text(exc), error=True)
            return
        self.folder = path.parent
        self.window.statusBar().showMessage(
            _tr("Verslag (%1) opgeslagen als %2, %3 pagina's")
            .replace("%1", choice_label("classification", edition.value).lower())
            .replace("%2", str(path))
            .replace("%3", str(pages)),
            8000,
        )


def install(window: MainWindow, ctx: AppContext) -> MeetingActions:
    actions = MeetingActions(window, ctx)
    window.add_menu_action("file", actions.table_action)
    window.add_meeting_action(actions.table_action)
    window.add_menu_action("file", actions.debrief_action)
    window.add_meeting_action(actions.debrief_action)
    window.add_pack_action(actions.report_action)
    window.add_meeting_action(actions.report_action)
    window.meeting_actions = actions  # type: ignore[attr-defined]  # lives as long as the window
    return actions
