"""The start checks, right after the first paint: the window first, the checks at once after.

The app paints its first window from a plain reader (`store.reader`) and then runs
`start_workspace`, the checks every start runs (integrity, references, read-only, network
share, a newer Briefing, pending migrations after a backup), on a worker thread. Until they
pass the window says "Database controleren…" in its status bar and takes no edits:
`EditingGate` keeps typing, clicks and drops away from the pages and switches off the actions
that change data; reading, scrolling and moving through the navigator stay possible. When the
checks pass, the services switch to the checked database and the gate opens; when they find
damage, the same recovery as before the window existed is offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text
from briefing_app.ui.packs.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from briefing_app.services.core.workspace import (
        CorruptDatabaseError,
        MissingDatabaseError,
    )
    from briefing_app.store.reader import Reader
    from briefing_app.ui.main_window import MainWindow

# Input that could change what a page shows or holds; wheel and hover stay (reading).
_BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.InputMethod,
        QEvent.Type.ContextMenu,
    }
)


class EditingGate(QObject):
    """No edits in ``window`` until `open()`: the state while the start checks run."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(_tr("Database controleren…"), window)
        self.label.setAccessibleName(_tr("De database wordt gecontroleerd; bewerken kan zo"))
        window.statusBar().addWidget(self.label)
        keep = {window.quit_action, window.search_action, window.about_action}
        self._switched_off = [
            action
            for action in window.findChildren(QAction)
            if action.isEnabled() and action not in keep and not action.menu()
        ]
        for action in self._switched_off:
            action.setEnabled(False)
        # The whole application is watched from the window's first paint on (see `_watch`).
        window.installEventFilter(self)
        self.watching = False
        self.closed = True

    def _watch(self) -> None:
        """Watch every event of the application: typing and clicks go to the widget under
        the cursor or in focus, not to the window. Only from the first paint on: before it
        nothing of the pages can be seen or clicked, and a Python filter on each of the
        thousands of events that building and showing the window send costs start-up time.
        The window is painted before its children, so none of them is shown unwatched."""
        self.watching = True
        self.window.removeEventFilter(self)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.watching:
            if watched is self.window and event.type() == QEvent.Type.Paint:
                self._watch()
            return False
        if event.type() not in _BLOCKED or not isinstance(watched, QWidget):
            return False
        pages = self.window.stack
        return watched is pages or pages.isAncestorOf(watched)

    def open(self) -> None:
        if not self.closed:
            return
        self.closed = False
        self.window.removeEventFilter(self)
        QApplication.instance().removeEventFilter(self)
        for action in self._switched_off:
            action.setEnabled(True)
        self.window.statusBar().removeWidget(self.label)
        # Hidden, not deleted: deleting it invalidated the Python side of the window's undo
        # action when a section's tab was open at start (Bekijken als then failed half-way;
        # tests/ui/test_ui_startup_gate_actions.py). A hidden label costs nothing.
        self.label.hide()


@dataclass(frozen=True)
class Checked:
    """What the checks found, as plain data (the worker's connection stays on the worker)."""

    read_only_reason: str | None
    warnings: list[str] = field(default_factory=list)


def run_checks(path: Path) -> Checked | Exception:
    """`start_workspace` without the day's backup (the app makes that after); on the worker.

    A refusal comes back as the WorkspaceError itself, so its backup can be offered.
    """
    from briefing_app.services.core.workspace import WorkspaceError, start_workspace

    try:
        workspace = start_workspace(path, create=False, daily_backup=False)
    except WorkspaceError as exc:
        return exc
    workspace.db.close()
    return Checked(workspace.read_only_reason, list(workspace.warnings))


class StartChecks(QObject):
    """Runs the checks on a worker; says `passed(Workspace)` or `failed(message)`."""

    passed = Signal(object)
    failed = Signal(str)

    def __init__(
        self, path: Path, reader: Reader, *, interactive: bool, window: Callable[[], QWidget]
    ) -> None:
        super().__init__()
        self.path = path
        self.reader = reader
        self.interactive = interactive
        self.window = window  # the window to ask in (a language switch may replace it)
        self.recovered = False  # a backup was put back: what the window shows is stale
        self.task: BackgroundTask | None = None  # kept until it reports

    def start(self) -> None:
        self.task = run_in_background(
            lambda _progress: run_checks(self.path),
            on_success=self._on_task_succeeded,
            on_failure=self.failed.emit,
        )

    def _on_task_succeeded(self, result: object) -> None:
        from briefing_app.services.core.workspace import (
            CorruptDatabaseError,
            MissingDatabaseError,
            Workspace,
            WorkspaceError,
        )
        from briefing_app.store.connection import StoreError, connect

        if isinstance(result, CorruptDatabaseError | MissingDatabaseError) and self.interactive:
            self._recover(result)
            return
        if isinstance(result, Exception):
            self.failed.emit(error_text(result))
            return
        assert isinstance(result, Checked)
        read_only = result.read_only_reason is not None
        try:
            db = connect(self.path, migrate=False, read_only=read_only)
        except (StoreError, WorkspaceError) as exc:
            self.failed.emit(error_text(exc))
            return
        self.passed.emit(Workspace(db, self.path, result.read_only_reason, result.warnings))

    def _recover(self, found: CorruptDatabaseError | MissingDatabaseError) -> None:
        """The damaged file was set aside: offer the newest good backup, as before a window."""
        from briefing_app.services.core.workspace import WorkspaceError
        from briefing_app.ui.safety.startup import open_with_recovery

        self.reader.close()  # the file it read was moved aside; a backup takes its place
        try:
            workspace = open_with_recovery(
                self.path,
                interactive=True,
                parent=self.window(),
                daily_backup=False,
                failed_with=found,
            )
        except WorkspaceError as exc:
            self.failed.emit(error_text(exc))
            return
        self.recovered = True
        self.passed.emit(workspace)
