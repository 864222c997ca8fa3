"""Kerncijfers inlezen: the preview of a spreadsheet, row by row, applied only when all is well."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.formatting import format_value
from briefing_app.services.figures.importing import CHANGED, NEW, SAME, FigurePreview
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label

PROBLEM_COLOUR = QColor("#fde7e9")


class FigureImportDialog(QDialog):
    def __init__(self, preview: FigurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(_tr("Kerncijfers inlezen"))
        problems = preview.problems
        if problems:
            text = _tr(
                "{0} probleem/problemen: los ze op in het bestand; er wordt niets ingelezen."
            )
            self.summary = plain_label(text.format(len(problems)), self)
        else:
            self.summary = plain_label(
                _tr("Alles in orde. Voor het inlezen wordt een reservekopie gemaakt."), self
            )
        lines = []
        for row in preview.rows:
            if row.problems:
                lines.extend(
                    (row.row, row.key, _tr("fout"), translated(p.text)) for p in row.problems
                )
            else:
                value = format_value(row.values.get("value"), str(row.values.get("unit", "number")))  # type: ignore[arg-type]
                detail = value if row.action == NEW else translated(row.change_text()) or "—"
                lines.append((row.row, row.key, _action_text(row.action), detail))
        self.table = QTableWidget(len(lines), 4, self)
        self.table.setHorizontalHeaderLabels(
            [_tr("Rij"), _tr("Sleutel"), _tr("Wat"), _tr("Toelichting")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for index, (row, key, action, detail) in enumerate(lines):
            for column, text in enumerate((str(row), key, action, detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if action == _tr("fout"):
                    item.setBackground(PROBLEM_COLOUR)
                self.table.setItem(index, column, item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(_tr("Inlezen"))
        self.apply_button.setEnabled(preview.ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Sluiten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 460)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: FigurePreview) -> bool:
        """True when the preview is sound and the user chose to apply it."""
        dialog = cls(preview, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and preview.ok


def _action_text(action: str) -> str:
    """What the import does with a row, in the language of the interface."""
    return {NEW: _tr("nieuw"), CHANGED: _tr("gewijzigd"), SAME: _tr("ongewijzigd")}.get(
        action, action
    )
