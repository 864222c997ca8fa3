"""Turning encryption on (first start, settings) or off, with the plain warning first.

Encrypting asks the new passphrase twice and says, before anything happens, that a forgotten
passphrase cannot be recovered. Decrypting asks the current passphrase once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.core.encryption import check_new_passphrase
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label, problem_label


class EncryptionDialog(QDialog):
    def __init__(
        self, *, decrypt: bool, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.decrypt = decrypt
        self.setWindowTitle(
            _tr("Versleuteling opheffen") if decrypt else _tr("Database versleutelen")
        )
        texts = [_decrypt_text()] if decrypt else [_encrypt_text(), _not_recoverable_text()]
        labels = [plain_label(text, self) for text in texts]
        if not decrypt:
            labels[1].setStyleSheet("font-weight: 600;")
        self.first = self._field()
        self.second = None if decrypt else self._field()
        form = QFormLayout()
        form.addRow(_tr("Wachtwoord"), self.first)
        if self.second is not None:
            form.addRow(_tr("Nogmaals"), self.second)
        self.problem = problem_label(self)
        buttons = QDialogButtonBox(self)
        ok_text = _tr("Onversleuteld opslaan") if decrypt else _tr("Versleutelen")
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = _tr("Niet versleutelen") if first_start else _tr("Annuleren")
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in labels:
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _on_ok(self) -> None:
        text = self.first.text()
        if not text:
            self.problem.setText(_tr("Vul het wachtwoord in."))
        elif self.second is not None and (problem := check_new_passphrase(text)):
            self.problem.setText(translated(problem))
        elif self.second is not None and self.second.text() != text:
            self.problem.setText(_tr("De twee wachtwoorden verschillen."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, decrypt: bool, first_start: bool = False) -> str | None:
        """The passphrase to encrypt with (or to decrypt with); None when the user declines."""
        dialog = cls(decrypt=decrypt, first_start=first_start, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first.text()


def _encrypt_text() -> str:
    return _tr(
        "Versleutel de database en haar reservekopieën met een wachtwoord (aanbevolen op een "
        "laptop). Zonder het wachtwoord kan niemand de ondergrenzen, standpunten en cijfers "
        "lezen, ook niet wie het bestand of de laptop in handen krijgt. Briefing vraagt het "
        "wachtwoord bij het starten en na een tijd zonder gebruik."
    )


def _not_recoverable_text() -> str:
    return _tr(
        "Let op: een vergeten wachtwoord kan niet worden hersteld. Zonder het wachtwoord zijn de "
        "database en haar reservekopieën voorgoed onleesbaar; ook Briefing kan er niet bij."
    )


def _decrypt_text() -> str:
    return _tr(
        "De database en haar reservekopieën worden weer onversleuteld opgeslagen: wie het "
        "bestand heeft, kan dan alles lezen. Geef het huidige wachtwoord ter bevestiging."
    )
