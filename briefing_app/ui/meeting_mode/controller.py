"""What meeting mode does: follow the agenda, keep time, find, toggle the bottom line, take notes.

Keys (all handled here, none editable by accident):
→ / PageDown next agenda item, ← / PageUp previous; typing anywhere finds (↑/↓ choose, Enter
shows it, Esc closes); F2 shows or hides bottom line and BATNA, Esc hides them too; Ctrl+N
takes a note, Ctrl+1…4 with its type (zei, gebruikt, toezegging, vraag), F9 switches the note
between intern and vertrouwelijk, Enter saves it; F6 light or dark; Esc (or Ctrl+W) leaves.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QListWidgetItem, QTextEdit

from briefing_app.domain.classification import Classification
from briefing_app.domain.meetings import NOTE_TYPES, SAID, USED, NoteError
from briefing_app.services.meetings.notes import add_note, used_talking_points
from briefing_app.services.meetings.table import Entry, TableMeeting, find, load_table
from briefing_app.store.repository import Repository
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import language
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label, label
from briefing_app.ui.meeting_mode.document import DARK, LIGHT, build_page
from briefing_app.ui.meeting_mode.window import MeetingModeWindow
from briefing_app.ui.meeting_mode.words import note_type_label
from briefing_app.ui.messages import error_text, with_marks

NOTE_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
FAMILY = "Noto Sans"
SHOWN_RESULTS = 20  # a screenful at arm's length; typing more narrows further


class MeetingMode(QObject):
    closed = Signal(str)  # the meeting id, when the window is left
    note_saved = Signal(str)  # the note id

    def __init__(
        self,
        window: MeetingModeWindow,
        table: TableMeeting,
        repo: Repository,
        *,
        dark: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window, self.table, self.repo = window, table, repo
        self.clock = clock
        self.index = 0
        self.show_secret = False
        self.scheme = DARK if dark else LIGHT
        self.note_type = SAID
        self.note_level = Classification.INTERN
        self.found: list[Entry] = []
        self.anchors: dict[str, int] = {}
        self.spent: dict[int, float] = {}
        self._since = clock()
        window.key_handler = self._on_key
        window.find_field.textChanged.connect(self._on_find_changed)
        window.closing.connect(self._on_window_closing)
        window.meeting_label.setText(
            " · ".join(x for x in (table.title, table.when(language())) if x)
        )
        # The one thing that must land, always in sight; the meeting's aim is in the pack.
        window.message_label.setText(_tr("Kernboodschap: ") + table.key_message)
        window.message_label.setVisible(bool(table.key_message))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start()
        window.apply_scheme(self.scheme, FAMILY)
        self._show_note_state()
        self.show_item(0)

    # -- agenda ----------------------------------------------------------------------------

    def show_item(self, index: int) -> None:
        if not self.table.items:
            self.window.item_label.setText(_tr("Dit overleg heeft nog geen agenda"))
            self.window.page.clear()
            return
        self._book_time()
        self.index = max(0, min(index, len(self.table.items) - 1))
        item = self.table.items[self.index]
        total = len(self.table.items)
        self.window.item_label.setText(
            f"{self.index + 1} / {total}   {item.dossier.title}"
            + (f"   ·   {item.lead}" if item.lead else "")
        )
        self._render()
        self.update_clock()

    def _render(self) -> None:
        item = self.table.items[self.index]
        self.anchors = build_page(
            self.window.page.document(),
            item,
            scheme=self.scheme,
            family=FAMILY,
            used=self.table.used,
            show_secret=self.show_secret,
        )
        self.window.secret_label.setText(_tr("ONDERGRENS ZICHTBAAR") if self.show_secret else "")
        self.window.page.setExtraSelections([])

    def next_item(self) -> None:
        self.show_item(self.index + 1)

    def previous_item(self) -> None:
        self.show_item(self.index - 1)

    # -- clock -----------------------------------------------------------------------------

    def _book_time(self) -> None:
        now = self.clock()
        self.spent[self.index] = self.spent.get(self.index, 0.0) + now - self._since
        self._since = now

    def elapsed(self) -> float:
        """Seconds spent on the agenda item shown, this visit and earlier ones."""
        return self.spent.get(self.index, 0.0) + self.clock() - self._since

    def update_clock(self) -> None:
        if not self.table.items:
            return
        seconds = int(self.elapsed())
        text = f"{seconds // 60:02d}:{seconds % 60:02d}"
        planned = self.table.items[self.index].minutes
        if planned:
            text += " / " + _tr("%1 min").replace("%1", str(planned))
        self.window.clock_label.setText(text)
        self.window.set_flag(
            self.window.clock_label, "over", bool(planned) and seconds > planned * 60
        )

    # -- bottom line -----------------------------------------------------------------------

    def set_secret(self, shown: bool) -> None:
        if shown != self.show_secret and self.table.items:
            self.show_secret = shown
            self._render()

    def page_text(self) -> str:
        """What the page shows now, as plain text (for tests and screen readers)."""
        return self.window.page.toPlainText()

    # -- find ------------------------------------------------------------------------------

    def open_find(self, text: str = "") -> None:
        w = self.window
        w.stack.setCurrentWidget(w.finder)
        w.find_field.setFocus()
        if text:
            w.find_field.insert(text)

    def close_find(self) -> None:
        w = self.window
        w.find_field.clear()
        w.stack.setCurrentWidget(w.page)
        w.setFocus()

    @property
    def finding(self) -> bool:
        return self.window.stack.currentWidget() is self.window.finder

    def _on_find_changed(self, text: str) -> None:
        self.found = find(self.table.entries, text, limit=SHOWN_RESULTS)
        results = self.window.results
        results.clear()
        titles = [item.dossier.title for item in self.table.items]
        for entry in self.found:
            line = f"{label(entry.label)} · {titles[entry.item_index]}\n{with_marks(entry.text)}"
            if entry.detail:
                line += f"\n→ {with_marks(entry.detail)}"
            results.addItem(QListWidgetItem(line))
        if self.found:
            results.setCurrentRow(0)
        count = len(self.found)
        self.window.find_count.setText(
            ""
            if not text.strip()
            else _tr("%1 gevonden").replace("%1", _count(count))
            if count
            else _tr("Niets gevonden")
        )

    def go_to_found(self) -> None:
        row = self.window.results.currentRow()
        if not 0 <= row < len(self.found):
            return
        entry = self.found[row]
        self.close_find()
        self.show_item(entry.item_index)
        self._highlight(entry.item_id)

    def _highlight(self, item_id: str) -> None:
        position = self.anchors.get(item_id)
        if position is None:
            return
        page = self.window.page
        cursor = QTextCursor(page.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.scheme.found))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = fmt  # type: ignore[attr-defined]
        selection.cursor = cursor  # type: ignore[attr-defined]
        page.setExtraSelections([selection])
        page.setTextCursor(cursor)
        page.ensureCursorVisible()

    # -- notes -----------------------------------------------------------------------------

    def start_note(self, note_type: str | None = None) -> None:
        if note_type is not None:
            self.note_type = note_type
        self._show_note_state()
        self.window.note_field.setFocus()

    def save_note(self) -> bool:
        field = self.window.note_field
        item = self.table.items[self.index] if self.table.items else None
        try:
            note = add_note(
                self.repo,
                self.table.meeting_id,
                field.text(),
                default_type=self.note_type,
                agenda_item_id=item.agenda_item_id if item else None,
                talking_points=self.table.talking_points(self.index) if item else (),
                classification=self.note_level,
            )
        except NoteError as exc:
            self._status(error_text(exc), error=True)
            return False
        except Exception as exc:  # a full disk, a locked file: say so, keep the typed text
            self._status(
                _tr("De notitie is niet bewaard: %1").replace("%1", error_text(exc)), error=True
            )
            return False
        field.clear()
        self._status(
            _tr("Bewaard om %1: %2").replace("%1", note.noted_at[11:16])
            .replace("%2", note_type_label(note.note_type))
        )  # fmt: skip
        if note.note_type == USED:
            self.table = _with_used(
                self.table, used_talking_points(self.repo.db, self.table.meeting_id)
            )
            self._render()
        self.note_saved.emit(note.id)
        return True

    def _show_note_state(self) -> None:
        w = self.window
        w.note_type_label.setText(note_type_label(self.note_type))
        secret = self.note_level is Classification.VERTROUWELIJK
        w.note_level_label.setText(choice_label("classification", self.note_level.value))
        w.set_flag(w.note_level_label, "secret", secret)

    def _status(self, text: str, *, error: bool = False) -> None:
        self.window.status_label.setText(text)
        self.window.set_flag(self.window.status_label, "error", error)

    # -- keys ------------------------------------------------------------------------------

    def _on_key(self, event: QKeyEvent, where: str) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_W:
            self.window.close()
        elif ctrl and key in NOTE_KEYS:
            self.start_note(NOTE_TYPES[NOTE_KEYS[Qt.Key(key)]])
        elif ctrl and key == Qt.Key.Key_N:
            self.start_note()
        elif ctrl and key == Qt.Key.Key_F:
            self.open_find()
        elif key == Qt.Key.Key_F2:
            self.set_secret(not self.show_secret)
        elif key == Qt.Key.Key_F6:
            self.scheme = LIGHT if self.scheme is DARK else DARK
            self.window.apply_scheme(self.scheme, FAMILY)
            self._render()
        elif key == Qt.Key.Key_F9:
            vertrouwelijk = self.note_level is Classification.VERTROUWELIJK
            self.note_level = (
                Classification.INTERN if vertrouwelijk else Classification.VERTROUWELIJK
            )
            self._show_note_state()
        elif key == Qt.Key.Key_PageDown:
            self.next_item()
        elif key == Qt.Key.Key_PageUp:
            self.previous_item()
        elif where == "find":
            return self._find_key(event)
        elif where == "note":
            return self._note_key(event)
        else:
            return self._page_key(event)
        return True

    def _page_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        bar = self.window.page.verticalScrollBar()
        if key == Qt.Key.Key_Right:
            self.next_item()
        elif key == Qt.Key.Key_Left:
            self.previous_item()
        elif key == Qt.Key.Key_Down:
            bar.setValue(bar.value() + bar.singleStep() * 3)
        elif key == Qt.Key.Key_Up:
            bar.setValue(bar.value() - bar.singleStep() * 3)
        elif key == Qt.Key.Key_Escape:
            if self.show_secret:
                self.set_secret(False)
            else:
                self.window.close()
        elif event.text() and event.text().isprintable() and not event.text().isspace():
            self.open_find(event.text())
        else:
            return False
        return True

    def _find_key(self, event: QKeyEvent) -> bool:
        key, results = event.key(), self.window.results
        if key == Qt.Key.Key_Escape:
            self.close_find()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_to_found()
        elif key == Qt.Key.Key_Down:
            results.setCurrentRow(min(results.currentRow() + 1, results.count() - 1))
        elif key == Qt.Key.Key_Up:
            results.setCurrentRow(max(results.currentRow() - 1, 0))
        else:
            return False  # the field types it; textChanged narrows the list
        return True

    def _note_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.save_note():
                self.window.setFocus()
        elif key == Qt.Key.Key_Escape:
            self.window.setFocus()  # the typed text stays in the field
        else:
            return False
        return True

    # -- leaving ---------------------------------------------------------------------------

    def _on_window_closing(self) -> None:
        self.timer.stop()
        self.closed.emit(self.table.meeting_id)


def _with_used(table: TableMeeting, used: set[str]) -> TableMeeting:
    return dataclasses.replace(table, used=frozenset(used))


def open_meeting_mode(
    db: sqlite_utils.Database, repo: Repository, meeting_id: str, *, dark: bool = False
) -> MeetingMode:
    """Build the window for ``meeting_id`` (PackError for an unknown meeting); not yet shown."""
    window = MeetingModeWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return MeetingMode(window, load_table(db, meeting_id), repo, dark=dark)
