"""A text field that cites figures: completion after `{fig:` and a live rendering beside it.

Typing `{fig:` opens a list of figures (key, label and current value); choosing one inserts the
key and the closing brace. A reference is one unit in the editor: the cursor steps over it and
Backspace removes it whole. Under the text the rendered version shows what the pack will print;
a reference that names no figure, or is malformed (`{fig:a b}`), is marked in the error colour
in the text and named under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QCompleter, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from briefing_app.domain.references import (
    Span,
    completion_prefix,
    reference_spans,
    render,
)
from briefing_app.ui import theme
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import translated, with_marks

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
    """Plain text in which a `{fig:key}` reference is one unit, with completion after `{fig:`.

    The cursor never stands inside a well-formed reference: a key, a click or a selection that
    would put it there is moved to the reference's edge (on past it in the direction of travel),
    and Backspace or Delete next to one removes it whole. So typing can never split a reference.
    A malformed one (`{fig:a b}`) stays plain text to be mended, and is marked in the error
    colour, as is a reference to a figure that does not exist.
    """

    references_changed = Signal()  # the cursor left a reference being typed, or came back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._known: frozenset[str] = frozenset()
        self._figures: Sequence[Row] = ()
        self._figures_read = True
        self._last_position = 0
        self._snapping = False
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionRole(KEY_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self._on_completer_activated)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self.textChanged.connect(self._on_reference_text_changed)

    def set_figures(self, figures: Sequence[Row]) -> None:
        """The figures that may be cited: rows with key, label and display (current value).
        They are read when a reference is to be judged or completion opens (`ui.figure_rows`:
        most texts cite none)."""
        self._figures = figures
        self._figures_read = False
        self._mark_references()

    def _read_figures(self) -> None:
        if self._figures_read:
            return
        self._figures_read = True
        self._model.clear()
        for figure in self._figures:
            item = QStandardItem(
                f"{figure['key']}  —  {figure['label']}  ({translated(figure['display'])})"
            )
            item.setData(str(figure["key"]), KEY_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        self._known = frozenset(str(f["key"]) for f in self._figures)

    def set_text_quietly(self, text: str) -> None:
        super().set_text_quietly(text)  # signals blocked: mark the references here
        self._last_position = self.textCursor().position()
        self._mark_references()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        key = event.key()
        if popup.isVisible():
            if key in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
                # Choose here rather than rely on the popup having the keyboard (it may not,
                # depending on the window manager): the highlighted figure, else the first.
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                chosen = index.data(KEY_ROLE)
                popup.hide()
                if chosen:
                    self.insert_completion(str(chosen))
                return
            if key == Qt.Key.Key_Escape:
                popup.hide()
                return
            if key in _LEAVING_KEYS:  # the cursor leaves the key being typed: so does the list
                popup.hide()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self._remove_reference(
            backwards=key == Qt.Key.Key_Backspace
        ):
            return
        super().keyPressEvent(event)
        if _types_text(event) or (popup.isVisible() and key == Qt.Key.Key_Backspace):
            self._update_completion()
        elif not popup.isVisible() or key in _LEAVING_KEYS:
            popup.hide()

    def _remove_reference(self, *, backwards: bool) -> bool:
        """Backspace just after a reference (Delete just before it) removes all of it."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        position = cursor.position()
        for span in self._atomic_spans():
            if (span.end if backwards else span.start) == position:
                cursor.setPosition(span.start)
                cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                self.setTextCursor(cursor)
                return True
        return False

    # -- the cursor stays outside references ---------------------------------------------

    def _atomic_spans(self) -> list[Span]:
        return [s for s in reference_spans(self.toPlainText()) if s.well_formed]

    def _on_cursor_position_changed(self) -> None:
        if self._snapping:
            return
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        spans = self._atomic_spans()
        new_position = _snap(position, spans, self._last_position, anchor)
        new_anchor = new_position if anchor == position else _widen(anchor, spans, new_position)
        self._last_position = new_position
        if (new_position, new_anchor) == (position, anchor):
            self._mark_references()  # leaving a reference being typed: now it is judged
            self.references_changed.emit()
            return
        self._snapping = True
        try:
            cursor.setPosition(new_anchor)
            cursor.setPosition(new_position, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
        finally:
            self._snapping = False

    def _on_reference_text_changed(self) -> None:
        # A deletion can make a malformed reference whole around the cursor (deleting the
        # space in `{fig:a| b}`): move the cursor out of it, as for any other move.
        self._on_cursor_position_changed()
        self._mark_references()

    def malformed(self) -> list[str]:
        """The malformed references of the text, except an unclosed one the user is typing."""
        return [s.text for s in self._spans_to_judge() if not s.well_formed]

    def _spans_to_judge(self) -> list[Span]:
        position = self.textCursor().position()
        return [
            s
            for s in reference_spans(self.toPlainText())
            if s.well_formed or s.text.endswith("}") or s.end != position
        ]

    def _mark_references(self) -> None:
        """A faint ground under each reference; the error colour for one that will not render."""
        marks = []
        spans = self._spans_to_judge()
        if spans:
            self._read_figures()
        for span in spans:
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor  # type: ignore[attr-defined]
            look = QTextCharFormat()
            # With no figures known yet (a new dossier's dialog) unknown keys are not marked.
            unknown = bool(self._known) and span.key not in self._known
            if not span.well_formed or unknown:
                look.setForeground(theme.error_colour())
                look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                look.setUnderlineColor(theme.error_colour())
            else:
                look.setBackground(theme.reference_ground())
            mark.format = look  # type: ignore[attr-defined]
            marks.append(mark)
        self.setExtraSelections(marks)

    # -- completion ------------------------------------------------------------------------

    def _update_completion(self) -> None:
        cursor = self.textCursor()
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        prefix = completion_prefix(block_text)
        if prefix is None:
            self.completer.popup().hide()
            return
        self._read_figures()
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        self.completer.complete(self._popup_rect())

    def _popup_rect(self) -> QRect:
        """Where the list opens: under the cursor, moved left so that it ends inside the window
        (Qt itself only keeps it inside the screen)."""
        rect = self.cursorRect()
        width = max(360, self.completer.popup().sizeHintForColumn(0) + 24)
        window = self.window()
        origin = self.viewport().mapTo(window, QPoint(0, 0)).x()
        width = min(width, max(window.width() - 8, 200))
        overflow = origin + rect.x() + width - (window.width() - 4)
        if overflow > 0:
            rect.moveLeft(max(rect.x() - overflow, -origin))
        rect.setWidth(width)
        return rect

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


# Keys that take the cursor away from the key being typed: they close the completion list
# and are never taken by it.
_LEAVING_KEYS = frozenset(
    {
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Delete,
    }
)


def _types_text(event: QKeyEvent) -> bool:
    """True for a key that puts a character in the text (not Ctrl alone, not a shortcut)."""
    command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & command


def _snap(position: int, spans: Sequence[Span], previous: int, anchor: int) -> int:
    """``position`` moved out of any reference: on past it when the cursor came from one edge
    (arrow keys), away from the anchor when selecting, else to the nearer edge (a click)."""
    selecting = anchor != position
    for span in spans:
        if span.start < position < span.end:
            if previous == span.start or (selecting and anchor <= span.start):
                return span.end
            if previous == span.end or (selecting and anchor >= span.end):
                return span.start
            return span.start if position - span.start <= span.end - position else span.end
    return position


def _widen(anchor: int, spans: Sequence[Span], position: int) -> int:
    """A selection's anchor inside a reference moves to the edge that takes in all of it."""
    for span in spans:
        if span.start < anchor < span.end:
            return span.start if position >= anchor else span.end
    return anchor


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
        self.setFocusProxy(self.edit)  # focusing the field puts the cursor in its text
        self._figures: Sequence[Row] = ()
        self._values: dict[str, str] | None = {}
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.references_changed.connect(self._on_edit_text_changed)
        self.edit.editing_finished.connect(self.editing_finished)
        self._refresh()

    def set_figures(self, figures: Sequence[Row]) -> None:
        self.edit.set_figures(figures)
        self._figures = figures
        self._values = None  # read when the text cites a figure
        self._refresh()

    def _figure_values(self) -> dict[str, str]:
        if self._values is None:
            self._values = {str(f["key"]): str(f["display"]) for f in self._figures}
        return self._values

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
        has_reference = "{fig:" in text
        rendered = render(text, self._figure_values() if has_reference else {})
        self.preview.setVisible(has_reference)
        self.preview.setText(_tr("Weergave: %1").replace("%1", with_marks(rendered.text)))
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        malformed = self.edit.malformed()
        problems = []
        if rendered.broken:
            problems.append(_tr("Onbekend cijfer: %1").replace("%1", ", ".join(rendered.broken)))
        if malformed:
            problems.append(
                _tr("Onjuiste verwijzing (alleen letters, cijfers, _ . -): %1").replace(
                    "%1", ", ".join(malformed)
                )
            )
        self.broken.setVisible(bool(problems))
        self.broken.setText("\n".join(problems))
        self.broken.setStyleSheet(f"color: {theme.error_colour().name()};")
