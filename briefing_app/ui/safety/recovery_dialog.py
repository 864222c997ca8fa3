"""At start: the database is damaged or missing and a backup exists. Restore it, or stop.

The message comes from `services.workspace` (what happened, where the damaged file was put);
the dialog only adds the choice. Nothing is restored without the user's yes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from briefing_app.store.backup import BackupInfo
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.safety.common import plain_label


class RecoveryDialog(QDialog):
    def __init__(
        self, message: str, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("De database kan niet worden geopend"))
        self.message = plain_label(message, self)
        buttons = QDialogButtonBox(self)
        self.quit_button = buttons.addButton(
            _tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button = None
        if backup is not None:
            self.restore_button = buttons.addButton(
                _tr("Reservekopie van {0} terugzetten").format(backup.local_time_label),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, backup: BackupInfo | None) -> bool:
        """True when the user chose to restore ``backup``."""
        dialog = cls(message, backup, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted and backup is not None
