"""A hook for the start-up benchmark: say when the main window is first painted, then quit.

With `BRIEFING_EXIT_AFTER_FIRST_PAINT=1` in the environment the app prints `first-paint` on
stdout once the main window has painted for the first time (the whole window: the report waits
until the paint pass over its children has finished) and exits. `bench/startup_bench.py` times a
process from its start to that line; nothing else changes, so what is measured is the real
start-up. `after_first_paint` is also how the app starts its checks once the window is up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FIRST_PAINT_ENV = "BRIEFING_EXIT_AFTER_FIRST_PAINT"
MARKER = "first-paint"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._seen = False
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # A zero timer runs after the paint pass in progress, children included.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``window`` has been painted for the first time."""
    _FirstPaint(window, callback)


def _report() -> None:
    if sys.stdout is not None:  # a windowed program on Windows has no stdout
        print(MARKER, flush=True)
    QApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    after_first_paint(window, _report)
