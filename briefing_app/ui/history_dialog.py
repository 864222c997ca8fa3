"""The history of one item: its versions with who and when, and what each changed.

The difference is shown word by word, removed text struck through in red and added text in
green; it is written with character formats into a read-only text view, never as HTML, so any
text the user typed shows exactly as typed. Choosing "Deze versie terugzetten" returns that
version to the caller, who makes it a new version (undoable like any edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.items import ItemKind
from briefing_app.services.core.history import HistoryService, Move, Version, diff_versions
from briefing_app.ui import theme
from briefing_app.ui.columns import changed_at
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_group, choice_label, field_label, kind_label, label
from briefing_app.ui.messages import translated
from briefing_app.ui.models import Column, RowTableModel, one_line


class HistoryDialog(QDialog):
    def __init__(
        self, history: HistoryService, kind: ItemKind, item_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.versions = history.versions(kind.name, item_id)
        self.chosen: Version | None = None
        title = (
            one_line(self.versions[-1].values.get(kind.title_field), 80) if self.versions else ""
        )
        self.setWindowTitle(_tr("Geschiedenis: %1").replace("%1", f"{kind_label(kind)} – {title}"))
        self.model = RowTableModel(self._columns(), self)
        self.model.set_rows(
            [
                {
                    "id": str(v.number),
                    "number": v.number,
                    "updated_at": v.changed_at,
                    "who": translated(v.changed_by) or _tr("(standaardgegevens)"),
                    "what": self._what(v),
                }
                for v in reversed(self.versions)
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(_tr("Versies"))
        self.compare_current = QCheckBox(_tr("Vergelijk met de huidige versie"), self)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(_tr("Verschil"))
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        # Moves are no versions (nothing the item says changed): named apart, under the list.
        self.moves = QLabel(self._moves_text(history.moves(kind.name, item_id)), self)
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        self.moves.setWordWrap(True)
        self.moves.setStyleSheet("color: palette(placeholder-text);")
        self.moves.setAccessibleName(_tr("Verplaatst"))
        self.moves.setVisible(bool(self.moves.text()))
        self.restore_button = QPushButton(_tr("Deze versie terugzetten"), self)
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.compare_current.toggled.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.diff, 1)
        right_layout.addWidget(self.compare_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.moves)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 490])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)
        for i, width in enumerate((52, 125, 125)):
            self.table.setColumnWidth(i, width)
        # Names ("standaardgegevens", a user's full name) are read whole, not cut.
        self.table.resizeColumnToContents(2)
        if self.model.rowCount():
            self.table.selectRow(0)

    @classmethod
    def ask(
        cls, parent: QWidget | None, history: HistoryService, kind: ItemKind, item_id: str
    ) -> Version | None:
        """Show the history; returns the version the user chose to restore, or None."""
        dialog = cls(history, kind, item_id, parent)
        dialog.exec()
        return dialog.chosen

    # -- building ------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(None, _tr("Versie"), lambda r: str(r["number"])),
            Column(None, _tr("Wanneer"), changed_at),
            Column(None, _tr("Door"), lambda r: str(r["who"])),
            Column(None, _tr("Wat"), lambda r: str(r["what"])),
        ]

    def _moves_text(self, moves: list[Move]) -> str:
        if not moves:
            return ""
        last = moves[-1]
        return (
            _tr("Verplaatst in de lijst: %1 keer, het laatst %2 door %3 (geen nieuwe versie)")
            .replace("%1", str(len(moves)))
            .replace("%2", changed_at({"updated_at": last.changed_at}))
            .replace("%3", translated(last.changed_by))
        )

    def _what(self, version: Version) -> str:
        if version.action == "create":
            return _tr("aangemaakt")
        names = [self._field_label(f) for f in version.fields]
        return ", ".join(names)

    def _field_label(self, name: str) -> str:
        try:
            return field_label(self.kind, name)
        except KeyError:
            return label(name)

    def _version_at(self, row: int) -> Version | None:
        number = len(self.versions) - row
        return self.versions[number - 1] if 1 <= number <= len(self.versions) else None

    # -- handlers ------------------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        version = self._version_at(self.table.currentIndex().row())
        if version is None:
            return
        latest = version.number == len(self.versions)
        self.restore_button.setEnabled(not latest)
        if self.compare_current.isChecked():
            older, newer = version.values, self.versions[-1].values
            caption = _tr("Van versie %1 naar de huidige versie").replace("%1", str(version.number))
        else:
            previous = self.versions[version.number - 2].values if version.number > 1 else {}
            older, newer = previous, version.values
            caption = (
                _tr("Wat versie %1 veranderde").replace("%1", str(version.number))
                if version.number > 1
                else _tr("De eerste versie")
            )
        self.caption.setText(caption)
        self._show_diff(older, newer)

    def _show_diff(self, older: dict[str, object], newer: dict[str, object]) -> None:
        self.diff.clear()
        cursor = self.diff.textCursor()
        plain, heading, removed, added = (QTextCharFormat() for _ in range(4))
        heading.setFontWeight(QFont.Weight.Bold)
        removed.setForeground(theme.error_colour())
        removed.setFontStrikeOut(True)
        removed.setBackground(QColor(theme.error_colour().red(), 60, 60, 40))
        added.setForeground(QColor("#2e7d32" if not theme.is_dark() else "#81c784"))
        added.setFontUnderline(True)
        styles = {"=": plain, "-": removed, "+": added}
        diffs = diff_versions(self.kind.name, self._readable(older), self._readable(newer))
        if not diffs:
            cursor.insertText(_tr("Geen verschil."), plain)
        for n, field_diff in enumerate(diffs):
            if n:
                cursor.insertText("\n\n", plain)
            cursor.insertText(self._field_label(field_diff.field) + "\n", heading)
            previous = "="
            for op, text in field_diff.runs:
                if previous == "-" and op == "+":
                    cursor.insertText(" ", plain)  # keep the removed and added words apart
                cursor.insertText(text, styles[op])
                previous = op
        self.diff.moveCursor(QTextCursor.MoveOperation.Start)

    def _readable(self, values: dict[str, object]) -> dict[str, object]:
        """Choices as the user knows them (`definitief`, not `final`); references by title."""
        shown = dict(values)
        for name in ("classification", "status", *(f.name for f in self.kind.fields if f.choices)):
            if shown.get(name) is not None:
                shown[name] = choice_label(choice_group(self.kind, name), shown[name])
        return shown

    def _on_restore_clicked(self) -> None:
        self.chosen = self._version_at(self.table.currentIndex().row())
        self.accept()
