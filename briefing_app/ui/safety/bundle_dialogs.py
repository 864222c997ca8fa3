"""Bundles in the app: choose what to send; see what a received bundle would change, choose.

The export dialog picks dossiers (or everything) and a file; the import dialog lists every item
the bundle would add or change, and for each conflict lets the user keep their own version or
take the other's. Both only collect choices: the services do the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    KEEP_MINE,
    MINE,
    NEW,
    SAME,
    THEIRS,
    ImportPlan,
    describe_difference,
    summary_counts,
)
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label
from briefing_app.ui.safety.common import plain_label

BUNDLE_FILTER = "Briefing-bundel (*.briefing)"


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    dossiers: tuple[str, ...] | None  # None: everything


class BundleExportDialog(QDialog):
    def __init__(self, dossiers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Bundel maken"))
        self.everything = QCheckBox(_tr("De hele database"), self)
        self.everything.setChecked(True)
        self.list = QListWidget(self)
        for slug, title in dossiers:
            item = QListWidgetItem(title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.setEnabled(False)
        self.everything.toggled.connect(lambda on: self.list.setEnabled(not on))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(_tr("Waar komt de bundel?"))
        browse = QPushButton(_tr("Kiezen…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.problem = plain_label("", self)
        self.problem.setStyleSheet("color: #a4262c;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Verder"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_tr("De bundel wordt versleuteld met een wachtwoord."), self))
        layout.addWidget(self.everything)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, 440)

    def choice(self) -> ExportChoice:
        text = self.path.text().strip()
        path = Path(text).expanduser()
        if text and not path.suffix:
            path = path.with_suffix(".briefing")
        if self.everything.isChecked():
            return ExportChoice(path, None)
        slugs = tuple(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
        return ExportChoice(path, slugs)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, _tr("Bundel opslaan"), "", BUNDLE_FILTER)
        if name:
            self.path.setText(name)

    def _on_ok(self) -> None:
        choice = self.choice()
        if not self.path.text().strip():
            self.problem.setText(_tr("Kies waar de bundel moet komen."))
        elif choice.dossiers is not None and not choice.dossiers:
            self.problem.setText(_tr("Kies ten minste één dossier."))
        elif not choice.path.parent.is_dir():
            self.problem.setText(_tr("Die map bestaat niet."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, dossiers: list[tuple[str, str]]) -> ExportChoice | None:
        dialog = cls(dossiers, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


STATUS_ORDER = (CONFLICT, NEW, CHANGED, MINE)


class BundleImportDialog(QDialog):
    """The preview of an import; conflicts get a choice each (default: keep mine)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(_tr("Bundel inlezen"))
        counts = summary_counts(plan)
        summary = ", ".join(f"{_count(counts[s])} {_status_text(s)}" for s in STATUS_ORDER)
        self.summary = plain_label(
            _tr("Wat deze bundel zou veranderen: {0}.").format(summary), self
        )
        changes = [c for s in STATUS_ORDER for c in plan.with_status(s)]
        self.table = QTableWidget(len(changes), 4, self)
        self.table.setHorizontalHeaderLabels(
            [_tr("Wat"), _tr("Item"), _tr("Verschil (mijn -> hun)"), _tr("Keuze")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        for row, change in enumerate(changes):
            detail = describe_difference(change)
            cells = (
                _status_text(change.status),
                f"{kind_label(change.kind)}: {change.title}",
                detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if change.status == CONFLICT:
                box = QComboBox(self.table)
                box.addItem(_tr("Mijn versie houden"), KEEP_MINE)
                box.addItem(_tr("Hun versie nemen"), THEIRS)
                self.table.setCellWidget(row, 3, box)
                self.choices[change.item.id] = box
            else:
                action = {NEW: _tr("toevoegen"), CHANGED: _tr("bijwerken"), MINE: _tr("houden")}
                self.table.setItem(row, 3, QTableWidgetItem(action[change.status]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(_tr("Doorvoeren"))
        self.apply_button.setEnabled(plan.has_work)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(
            plain_label(_tr("Voor het doorvoeren wordt een reservekopie gemaakt."), self)
        )
        layout.addWidget(buttons)
        self.table.setColumnWidth(1, 280)
        self.resize(900, 480)

    def resolutions(self) -> dict[str, str]:
        return {item_id: str(box.currentData()) for item_id, box in self.choices.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> dict[str, str] | None:
        """The user's choice per conflict, or None when they cancelled."""
        dialog = cls(plan, parent)
        return dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _status_text(status: str) -> str:
    """What a bundle would do to an item, in the language of the interface."""
    return {
        NEW: _tr("nieuw"),
        CHANGED: _tr("gewijzigd"),
        MINE: _tr("alleen hier gewijzigd"),
        CONFLICT: _tr("conflict"),
        SAME: _tr("gelijk"),
    }.get(status, status)
