"""Asking for a bundle's passphrase: never shown on screen, asked twice when making a bundle."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.exchange.crypto import MIN_PASSPHRASE
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.safety.common import problem_label


class PassphraseDialog(QDialog):
    def __init__(self, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Wachtwoord van de bundel"))
        self.first = self._field()
        self.second = self._field() if confirm else None
        self.problem = problem_label(self)
        form = QFormLayout()
        form.addRow(_tr("Wachtwoord"), self.first)
        if self.second is not None:
            form.addRow(_tr("Nogmaals"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _on_ok(self) -> None:
        text = self.first.text()
        if self.second is not None and len(text) < MIN_PASSPHRASE:
            self.problem.setText(_tr("Kies minstens {0} tekens.").format(MIN_PASSPHRASE))
        elif self.second is not None and self.second.text() != text:
            self.problem.setText(_tr("De twee wachtwoorden verschillen."))
        elif not text:
            self.problem.setText(_tr("Vul het wachtwoord in."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, confirm: bool) -> str | None:
        dialog = cls(confirm=confirm, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first.text()
