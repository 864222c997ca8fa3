"""The meeting mode window: a full-screen, read-only page per agenda item, find and notes.

The view holds layout and look; `controller.MeetingMode` holds behaviour. The page itself
never takes the keyboard focus, so typing anywhere reaches find instead of editing anything;
the one field that stores what is typed, the note line, is entered only with Ctrl+N or
Ctrl+1…4.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.meeting_mode.document import LIGHT, Scheme
from briefing_app.ui.meeting_mode.words import hints


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


KeyHandler = Callable[[QKeyEvent, str], bool]  # the event and where: "page", "find", "note"


class MeetingModeWindow(QWidget):
    """Keys go to ``key_handler`` (the controller) first; the window decides nothing itself."""

    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meeting_mode")
        self.setWindowTitle(_tr("Aan tafel"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_handler: KeyHandler | None = None
        self.meeting_label = _label(self, "meeting")
        self.message_label = _label(self, "message")  # the meeting's aim and key message
        self.message_label.setWordWrap(True)
        self.item_label = _label(self, "item")
        self.clock_label = _label(self, "clock")
        self.secret_label = _label(self, "secret")
        self.page = QTextBrowser(self)
        self.page.setObjectName("page")
        self.page.setReadOnly(True)
        self.page.setOpenLinks(False)
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("find")
        self.find_field.setPlaceholderText(_tr("Zoek in vragen, cijfers en spreekpunten"))
        self.find_field.setAccessibleName(_tr("Zoeken"))
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setWordWrap(True)
        self.find_count = _label(self, "count")
        finder = QWidget(self)
        find_layout = QVBoxLayout(finder)
        find_layout.setContentsMargins(28, 16, 28, 8)
        find_layout.addWidget(self.find_field)
        find_layout.addWidget(self.find_count)
        find_layout.addWidget(self.results, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(finder)
        self.finder = finder
        self.note_type_label = _label(self, "notetype")
        self.note_field = QLineEdit(self)
        self.note_field.setObjectName("note")
        self.note_field.setAccessibleName(_tr("Notitie"))
        self.note_field.setPlaceholderText(
            _tr("Ctrl+N: notitie  (z: zei  ·  g: 2 gebruikt  ·  t: wie: wat, datum  ·  v: vraag)")
        )
        self.note_level_label = _label(self, "notelevel")
        self.status_label = _label(self, "status")
        self.hints_label = _label(self, "hints")
        self.hints_label.setText(hints())
        for field, where in ((self.find_field, "find"), (self.note_field, "note")):
            field.installEventFilter(_KeyForwarder(self, where))

        header = QHBoxLayout()
        header.setContentsMargins(28, 18, 28, 6)
        titles = QVBoxLayout()
        titles.addWidget(self.meeting_label)
        titles.addWidget(self.message_label)
        titles.addWidget(self.item_label)
        header.addLayout(titles, 1)
        header.addWidget(self.secret_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addSpacing(24)
        header.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignBottom)
        notes = QHBoxLayout()
        notes.setContentsMargins(28, 6, 28, 0)
        notes.addWidget(self.note_type_label)
        notes.addWidget(self.note_field, 1)
        notes.addWidget(self.note_level_label)
        footer = QVBoxLayout()
        footer.setContentsMargins(28, 2, 28, 12)
        footer.addWidget(self.status_label)
        footer.addWidget(self.hints_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(notes)
        layout.addLayout(footer)
        self.apply_scheme(LIGHT, "Noto Sans")

    def apply_scheme(self, scheme: Scheme, family: str) -> None:
        s = scheme
        self.setStyleSheet(
            f"""
            QWidget#meeting_mode {{ background: {s.background}; }}
            QWidget {{ font-family: "{family}"; color: {s.text}; }}
            QLabel#meeting {{ font-size: 15pt; color: {s.muted}; }}
            QLabel#message {{ font-size: 14pt; color: {s.text}; }}
            QLabel#item {{ font-size: 30pt; font-weight: 600; color: {s.accent}; }}
            QLabel#clock {{ font-size: 26pt; color: {s.text}; }}
            QLabel#clock[over="true"] {{ color: {s.secret}; font-weight: 600; }}
            QLabel#secret {{ font-size: 14pt; font-weight: 600; color: {s.secret}; }}
            QLabel#count, QLabel#status {{ font-size: 13pt; color: {s.muted}; }}
            QLabel#status[error="true"] {{ color: {s.secret}; }}
            QLabel#hints {{ font-size: 11pt; color: {s.muted}; }}
            QLabel#notetype {{ font-size: 14pt; font-weight: 600; color: {s.accent}; }}
            QLabel#notelevel {{ font-size: 12pt; color: {s.muted}; }}
            QLabel#notelevel[secret="true"] {{ color: {s.secret}; font-weight: 600; }}
            QTextBrowser#page, QListWidget#results {{ background: {s.background}; border: none; }}
            QListWidget#results {{ font-size: 17pt; }}
            QListWidget#results::item {{ padding: 8px 4px; border-bottom: 1px solid {s.muted}; }}
            QListWidget#results::item:selected {{ background: {s.found}; color: {s.text}; }}
            QLineEdit {{ font-size: 17pt; padding: 6px 8px; background: {s.background};
                         border: 1px solid {s.muted}; border-radius: 4px; }}
            QLineEdit:focus {{ border: 2px solid {s.accent}; }}
            """
        )

    def set_flag(self, widget: QWidget, name: str, value: bool) -> None:
        """Set a style flag (e.g. the clock running over) and let the style sheet follow."""
        widget.setProperty(name, "true" if value else "false")
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is None or not self.key_handler(event, "page"):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


class _KeyForwarder(QObject):
    """Gives the controller first say over the keys typed in the find and note fields."""

    def __init__(self, window: MeetingModeWindow, where: str) -> None:
        super().__init__(window)
        self._window, self._where = window, where

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        # While the window is being torn down its Python side may already be gone.
        handler = getattr(getattr(self, "_window", None), "key_handler", None)
        if handler is not None:
            return handler(event, self._where)  # type: ignore[arg-type]
        return False
