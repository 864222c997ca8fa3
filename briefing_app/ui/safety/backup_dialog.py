"""File > Reservekopieën: the verified backups beside the database; make one, or restore one.

Restoring needs the database closed, so the dialog only returns the user's choice; the caller
closes the database, restores and restarts the app on the restored file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store.backup import (
    BackupError,
    BackupInfo,
    backup_dir,
    create_backup,
    list_backups,
)
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import error_text, translated
from briefing_app.ui.safety.common import plain_label, show_message, wait_cursor


class BackupDialog(QDialog):
    def __init__(
        self, db_path: Path, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(_tr("Reservekopieën"))
        intro = plain_label(
            _tr("Reservekopieën staan in {0}. Terugzetten bewaart eerst de huidige stand.").format(
                backup_dir(db_path)
            ),
            self,
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([_tr("Gemaakt op"), _tr("Waarom"), _tr("Grootte")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.create_button = QPushButton(_tr("Nu een reservekopie maken"), self)
        self.create_button.setEnabled(not read_only)
        self.restore_button = QPushButton(_tr("Terugzetten…"), self)
        self.restore_button.setEnabled(not read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = f"{_count(round(info.size / 1024))} kB"
            for column, text in enumerate(
                (info.local_time_label, translated(info.reason_label), size)
            ):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(
            self.create_button.isEnabled() and self.selected() is not None
        )

    def _on_create_clicked(self) -> None:
        try:
            with wait_cursor():
                create_backup(self.db_path, "handmatig")
        except BackupError as exc:
            show_message(self, _tr("Reservekopie"), error_text(exc), error=True)
        self.refresh()

    def _on_restore_clicked(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        self.chosen = info
        self.accept()

    def confirm_restore(self, info: BackupInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Reservekopie terugzetten"),
            _tr(
                "De gegevens van {0} ({1}) terugzetten? De huidige stand wordt eerst als "
                "reservekopie bewaard. Briefing start daarna opnieuw."
            ).format(info.local_time_label, translated(info.reason_label)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(
        cls, parent: QWidget | None, db_path: Path, *, read_only: bool = False
    ) -> BackupInfo | None:
        """Show the backups; returns the one the user chose to restore (None: nothing to do)."""
        dialog = cls(db_path, read_only=read_only, parent=parent)
        dialog.exec()
        return dialog.chosen
