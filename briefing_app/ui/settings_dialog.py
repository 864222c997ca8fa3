"""Settings: the name recorded with every change, the language, the lock and encryption."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import LANGUAGES
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.settings import AppSettings


@dataclass(frozen=True)
class SettingsResult:
    user_name: str
    language: str
    language_changed: bool
    lock_minutes: int | None = None  # None: unchanged
    encryption_requested: bool = False  # the user asked to encrypt or decrypt the database


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(_tr("Instellingen"))
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setAccessibleName(_tr("Uw naam"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(_tr("Taal"))
        hint = QLabel(_tr("Uw naam staat bij elke wijziging in de geschiedenis."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(_tr("Uw naam"), self.user_name)
        form.addRow("", hint)
        form.addRow(_tr("Taal"), self.language)
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(0, 480)
        self.lock_minutes.setSuffix(_tr(" min. zonder gebruik"))
        self.lock_minutes.setSpecialValueText(_tr("nooit"))
        self.lock_minutes.setValue(settings.lock_minutes)
        self.lock_minutes.setAccessibleName(_tr("Vergrendelen na"))
        form.addRow(_tr("Vergrendelen na"), self.lock_minutes)
        self.encryption_requested = False
        self.encryption_button = QPushButton(_tr("Versleuteling van de database…"), self)
        self.encryption_button.clicked.connect(self._on_encryption_clicked)
        form.addRow(_tr("Versleuteling"), self.encryption_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def result_values(self) -> SettingsResult:
        language = str(self.language.currentData())
        return SettingsResult(
            self.user_name.text().strip(),
            language,
            language != self.settings.language,
            self.lock_minutes.value(),
            self.encryption_requested,
        )

    def _on_encryption_clicked(self) -> None:
        """Closes the settings (kept) so that the window can close the database to convert it."""
        self.encryption_requested = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: AppSettings) -> SettingsResult | None:
        """Show the settings; on OK they are stored and returned."""
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dialog.result_values()
        apply(settings, result)
        return result


def apply(settings: AppSettings, result: SettingsResult) -> None:
    if result.user_name:
        settings.user_name = result.user_name
    settings.language = result.language
    if result.lock_minutes is not None:
        settings.lock_minutes = result.lock_minutes
    settings.sync()
