"""Type-ahead search off the window's thread: the newest question wins.

Each question gets a number. One worker thread, with its own read connection (a query never
waits on the window's connection, nor the window on it), answers them in turn; a question
that is no longer the newest when its turn comes is skipped, and a newer question interrupts
the one running (`sqlite3.Connection.interrupt`). Answers of older questions are dropped, so
what the list shows always belongs to what is in the search field.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing_app.services.core.finder import FinderService, HitGroup, SearchFilters
from briefing_app.ui.messages import error_text


class SearchRunner(QObject):
    answered = Signal(int, object, int)  # serial, groups, total
    failed = Signal(int, str)  # serial, message

    def __init__(self, finder: FinderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finder = finder
        self._worker_finder: FinderService | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self.latest = 0

    def ask(self, text: str, filters: SearchFilters, limit: int) -> int:
        """Queue a question; returns its number. A running older question is interrupted."""
        with self._lock:
            self.latest += 1
            serial = self.latest
            if self._worker_finder is not None:
                self._worker_finder.db.conn.interrupt()
        self._pool.start(_Question(self, serial, text, filters, limit))
        return serial

    def is_newest(self, serial: int) -> bool:
        with self._lock:
            return serial == self.latest

    def answer(self, serial: int, text: str, filters: SearchFilters, limit: int) -> None:
        """Runs on the worker thread."""
        if not self.is_newest(serial):
            return
        try:
            if self._worker_finder is None:
                self._worker_finder = self._finder.for_worker()
            self._worker_finder.edition = self._finder.edition  # the app's view may have changed
            groups, total = self._worker_finder.find_with_count(text, filters, limit=limit)
        except Exception as exc:  # every failure is a message in the dialog, never a crash
            if self.is_newest(serial):
                self.failed.emit(serial, error_text(exc) or type(exc).__name__)
            return
        if self.is_newest(serial):
            self.answered.emit(serial, groups, total)

    def shut_down(self) -> None:
        """Stop what runs, wait for the worker, close its connection."""
        with self._lock:
            self.latest += 1
            if self._worker_finder is not None:
                self._worker_finder.db.conn.interrupt()
        self._pool.waitForDone(5000)
        if self._worker_finder is not None:
            self._worker_finder.db.close()
            self._worker_finder = None


class _Question(QRunnable):
    def __init__(
        self, runner: SearchRunner, serial: int, text: str, filters: SearchFilters, limit: int
    ) -> None:
        super().__init__()
        self._args = (serial, text, filters, limit)
        self._runner = runner

    def run(self) -> None:
        self._runner.answer(*self._args)


__all__ = ["HitGroup", "SearchRunner"]
