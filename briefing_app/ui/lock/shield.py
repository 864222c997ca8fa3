""" "Scherm afschermen": blank the window at once for a shared screen, without locking.

A plain cover over the whole window, raised above everything in it; any key or click takes it
away again. The database stays open: this is for a projector in a meeting room, not for a
laptop left behind (that is what the lock is for).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing_app.ui.i18n import tr as _tr


class ScreenShield(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screen_shield")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#screen_shield { background: #1f1f1f; } QLabel { color: #9a9a9a; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        hint = QLabel(_tr("Scherm afgeschermd. Druk op een toets of klik om verder te gaan."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        window.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        window = self.parentWidget()
        assert window is not None
        self.setGeometry(window.rect())
        self.show()
        self.raise_()
        self.setFocus()
        self.repaint()  # blank now, not at the next turn of the event loop

    def uncover(self) -> None:
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.uncover()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.uncover()
