"""Small helpers the safety dialogs share: plain-text messages, a problem line, a wait cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets user text or file names as rich text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def problem_label(parent: QWidget | None = None) -> QLabel:
    """The red line under a dialog's fields that says why OK cannot go on yet (plain text)."""
    label = plain_label("", parent)
    label.setStyleSheet("color: #a4262c;")
    return label


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


@contextmanager
def wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
