"""A text field that cites figures: completion after `{fig:` and a live rendering beside it.

Typing `{fig:` opens a list of figures (key, label and current value); choosing one inserts the
key and the closing brace. Under the text the rendered version shows what the pack will print,
with every reference that names no figure marked in the error colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QCompleter, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from briefing_app.domain.references import completion_prefix, render
from briefing_app.ui import theme
from briefing_app.ui.i18n import tr as _tr

KEY_ROLE = Qt.ItemDataRole.UserRole + 10
Row = dict[str, object]


class PlainTextField(QPlainTextEdit):
    """Multi-line plain text that reports when the user leaves it (the moment to save)."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self._dirty = False
        self.textChanged.connect(self._on_text_changed)

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._dirty = False

    def flush(self) -> None:
        """Report a pending change now (before the selection moves or the window closes)."""
        if self._dirty:
            self._dirty = False
            self.editing_finished.emit()

    def _on_text_changed(self) -> None:
        self._dirty = True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A completer popup takes the focus for a moment; that is not leaving the field.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.flush()
        super().focusOutEvent(event)


class FigureTextEdit(PlainTextField):
    """Plain text with `{fig:key}` completion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionRole(KEY_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self._on_completer_activated)

    def set_figures(self, figures: Sequence[Row]) -> None:
        """The figures that may be cited: rows with key, label and display (current value)."""
        self._model.clear()
        for figure in figures:
            item = QStandardItem(f"{figure['key']}  —  {figure['label']}  ({figure['display']})")
            item.setData(str(figure["key"]), KEY_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible():
            if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
                # Choose here rather than rely on the popup having the keyboard (it may not,
                # depending on the window manager): the highlighted figure, else the first.
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                key = index.data(KEY_ROLE)
                popup.hide()
                if key:
                    self.insert_completion(str(key))
                return
            if event.key() == Qt.Key.Key_Escape:
                popup.hide()
                return
        super().keyPressEvent(event)
        self._update_completion()

    def _update_completion(self) -> None:
        cursor = self.textCursor()
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        prefix = completion_prefix(block_text)
        if prefix is None:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(360, self.completer.popup().sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def insert_completion(self, key: str) -> None:
        """Replace the partial key before the cursor with ``key}``."""
        cursor = self.textCursor()
        prefix = completion_prefix(cursor.block().text()[: cursor.positionInBlock()]) or ""
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(key + "}")
        self.setTextCursor(cursor)

    def _on_completer_activated(self, key: str) -> None:
        self.insert_completion(key)


class FigureTextField(QWidget):
    """A FigureTextEdit with the rendered text and broken references shown under it."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = FigureTextEdit(self)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAccessibleName(_tr("Weergave met actuele cijfers"))
        self.broken = QLabel(self)
        self.broken.setTextFormat(Qt.TextFormat.PlainText)
        self.broken.setWordWrap(True)
        self.broken.setAccessibleName(_tr("Onbekende cijfers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        layout.addWidget(self.broken)
        self._values: dict[str, str] = {}
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.editing_finished.connect(self.editing_finished)
        self._refresh()

    def set_figures(self, figures: Sequence[Row]) -> None:
        self.edit.set_figures(figures)
        self._values = {str(f["key"]): str(f["display"]) for f in figures}
        self._refresh()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text_quietly(self, text: str) -> None:
        self.edit.set_text_quietly(text)
        self._refresh()

    def flush(self) -> None:
        self.edit.flush()

    def _on_edit_text_changed(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        text = self.edit.toPlainText()
        rendered = render(text, self._values)
        has_reference = rendered.text != text or bool(rendered.broken)
        self.preview.setVisible(has_reference)
        self.preview.setText(_tr("Weergave: %1").replace("%1", rendered.text))
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        self.broken.setVisible(bool(rendered.broken))
        self.broken.setText(_tr("Onbekend cijfer: %1").replace("%1", ", ".join(rendered.broken)))
        self.broken.setStyleSheet(f"color: {theme.error_colour().name()};")
