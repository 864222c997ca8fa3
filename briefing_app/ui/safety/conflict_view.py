"""One field in conflict, side by side: the common ancestor, my version and theirs.

Mine and theirs are each shown as their change against the ancestor, word by word (the same
word diff as the history: removed text struck through in red, added text underlined in green),
written with character formats into read-only text views, never as HTML, so text a user typed
shows exactly as typed. A field without a known ancestor shows both versions as they are.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from briefing_app.domain.items import kind_named
from briefing_app.services.core.history import word_diff
from briefing_app.services.exchange.importing import EXISTENCE, FieldChange
from briefing_app.services.exchange.merge import comparable
from briefing_app.ui import theme
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_group, choice_label
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label


class ConflictView(QWidget):
    """Three read-only panes; `show_field` fills them, `clear` empties them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label("", self)
        bold = self.caption.font()
        bold.setBold(True)
        self.caption.setFont(bold)
        self.panes: dict[str, QPlainTextEdit] = {}
        self.headers: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.caption, 0, 0, 1, 3)
        names = (
            ("ancestor", _tr("Gemeenschappelijk (vóór beide wijzigingen)")),
            ("mine", _tr("Mijn versie")),
            ("theirs", _tr("Hun versie")),
        )
        for column, (name, title) in enumerate(names):
            self.headers[name] = plain_label(title, self)
            pane = QPlainTextEdit(self)
            pane.setReadOnly(True)
            pane.setAccessibleName(title)
            self.panes[name] = pane
            grid.addWidget(self.headers[name], 1, column)
            grid.addWidget(pane, 2, column)
        self.clear()

    def clear(self, text: str = "") -> None:
        self.caption.setText(text or _tr("Kies een regel om de versies naast elkaar te zien."))
        for pane in self.panes.values():
            pane.clear()

    def show_field(self, kind: str, item_title: str, change: FieldChange, source: str = "") -> None:
        """Show ``change`` of the item ``item_title``; ``source``: whose theirs is ("van Anna")."""
        who = f" ({source})" if source else ""
        self.caption.setText(f"{translated(change.label)}: {item_title}{who}")
        if change.name == EXISTENCE:
            self._plain("ancestor", _tr("(het item bestond op beide plaatsen)"))
            self._plain("mine", _tr("Hier: {0}").format(translated(change.mine)))
            self._plain("theirs", _tr("Daar: {0}").format(translated(change.theirs)))
            return
        ancestor, mine, theirs = (
            self._readable(kind, change.name, v)
            for v in (change.ancestor, change.mine, change.theirs)
        )
        known = comparable(change.ancestor) != ""
        self._plain("ancestor", ancestor if known else _tr("(onbekend of leeg)"))
        if known:
            self._diff("mine", word_diff(kind, change.name, ancestor, mine))
            self._diff("theirs", word_diff(kind, change.name, ancestor, theirs))
        else:
            self._plain("mine", mine or _tr("(leeg)"))
            self._plain("theirs", theirs or _tr("(leeg)"))

    def _readable(self, kind: str, name: str, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        item_kind = kind_named(kind)
        if name in ("classification", "status") or (
            name in item_kind.field_names and item_kind.field(name).choices
        ):
            return choice_label(choice_group(item_kind, name), value)
        return str(value)

    def _plain(self, name: str, text: str) -> None:
        self.panes[name].setPlainText(text)

    def _diff(self, name: str, runs: tuple[tuple[str, str], ...]) -> None:
        pane = self.panes[name]
        pane.clear()
        cursor = pane.textCursor()
        plain, removed, added = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        removed.setForeground(theme.error_colour())
        removed.setFontStrikeOut(True)
        removed.setBackground(QColor(theme.error_colour().red(), 60, 60, 40))
        added.setForeground(QColor("#2e7d32" if not theme.is_dark() else "#81c784"))
        added.setFontUnderline(True)
        added.setFontWeight(QFont.Weight.DemiBold)
        styles = {"=": plain, "-": removed, "+": added}
        previous = "="
        for op, text in runs:
            if previous == "-" and op == "+":
                cursor.insertText(" ", plain)  # keep the removed and added words apart
            cursor.insertText(text, styles[op])
            previous = op
        pane.moveCursor(QTextCursor.MoveOperation.Start)
