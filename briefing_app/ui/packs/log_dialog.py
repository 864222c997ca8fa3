"""The export log: every exported pack, newest first, with who received which numbered copy."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.packs.copies import LoggedExport, export_log
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label
from briefing_app.ui.messages import translated


class ExportLogDialog(QDialog):
    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Exportlogboek"))
        self.resize(820, 480)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [_tr("Pakket of exemplaar"), _tr("Editie"), _tr("Versie"), _tr("Kenmerk"), _tr("Door")]
        )
        self.tree.setColumnWidth(0, 430)
        entries = export_log(db)
        for entry in entries:
            self.tree.addTopLevelItem(_entry_item(entry))
        self.tree.expandAll()
        empty = QLabel(_tr("Er zijn nog geen pakketten geëxporteerd."), self)
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, db: sqlite_utils.Database, parent: QWidget | None) -> ExportLogDialog:
        dialog = cls(db, parent)
        dialog.open()
        return dialog


def _entry_item(entry: LoggedExport) -> QTreeWidgetItem:
    # QTreeWidgetItem shows its texts as plain text: names and titles are never markup.
    item = QTreeWidgetItem(
        [
            f"{translated(entry.date_label)} · {entry.scope}",
            choice_label("classification", entry.edition).lower(),
            str(entry.version),
            entry.short_hash,
            entry.created_by,
        ]
    )
    if not entry.copies:
        item.addChild(QTreeWidgetItem([_tr("%1 (niet genummerd)").replace("%1", entry.file_name)]))
    for copy in entry.copies:
        label = _tr("Exemplaar %1 · voor %2").replace("%1", str(copy.number))
        item.addChild(
            QTreeWidgetItem([f"{label.replace('%2', copy.recipient)} ({copy.file_name})"])
        )
    return item
