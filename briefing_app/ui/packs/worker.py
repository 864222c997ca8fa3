"""Run one slow function off the GUI thread, with progress, success and failure callbacks.

The function gets a `progress(done, total)` callable it may call from its thread; the signals
carry the results back, and because the receivers are methods of objects living in the GUI
thread, Qt queues the calls there. Only plain data crosses threads (no database connection).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing_app.ui.messages import error_text

Work = Callable[[Callable[[int, int], None]], object]


class TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """One run of ``work`` on the global thread pool."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps it until its signals have fired
        self.signals = TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:  # every failure reaches the user as a message, never a crash
            message = error_text(exc) or type(exc).__name__
            traceback.print_exc()
            self.signals.failed.emit(message)
        else:
            self.signals.succeeded.emit(result)


def run_in_background(
    work: Work,
    *,
    on_success: Callable[[object], None],
    on_failure: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Start ``work``; keep the returned task referenced until it reports back."""
    task = BackgroundTask(work)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
