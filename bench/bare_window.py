"""The floor of the start-up benchmark: a bare PySide6 main window, shown and painted once.

Run as a script (`python bench/bare_window.py`); it imports nothing of Briefing. It opens a
`QMainWindow` at the app's size, prints `first-paint` when it has been painted, and quits,
exactly as the app does under `BRIEFING_EXIT_AFTER_FIRST_PAINT=1`.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print("first-paint", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Briefing")
    window.resize(1400, 900)
    FirstPaint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
