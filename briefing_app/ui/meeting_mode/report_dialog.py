""" "Verslag maken…": choose the edition (leden: openbaar, bestuur: intern) and the file.

The verslag is small, so it is written at once; a failure is shown in the dialog and nothing
is lost (the file is written to a temporary name and renamed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from briefing_app.domain.classification import Classification
from briefing_app.domain.report import REPORT_EDITIONS
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.meeting_mode.words import report_audience


class ReportDialog(QDialog):
    def __init__(self, folder: Path, meeting_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Verslag maken"))
        self.edition = QComboBox(self)
        for level in REPORT_EDITIONS:
            self.edition.addItem(report_audience(level), level.value)
        self.path = QLineEdit(str(folder / "verslag.pdf"), self)
        self.path.setAccessibleName(_tr("Bestand"))
        self.edition.currentIndexChanged.connect(self._on_edition_changed)
        self._on_edition_changed()
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        title = QLabel(meeting_title, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("Overleg"), title)
        form.addRow(_tr("Editie"), self.edition)
        form.addRow(_tr("Bestand"), self.path)
        form.addRow(self.error)
        form.addRow(buttons)

    def chosen(self) -> tuple[Classification, Path]:
        return Classification(self.edition.currentData()), Path(self.path.text()).expanduser()

    def _on_edition_changed(self) -> None:
        current = Path(self.path.text())
        self.path.setText(str(current.with_name(f"verslag-{self.edition.currentData()}.pdf")))

    @classmethod
    def ask(
        cls, parent: QWidget | None, folder: Path, meeting_title: str
    ) -> tuple[Classification, Path] | None:
        dialog = cls(folder, meeting_title, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
