"""Bundles in the app: choose what to send; see what a received bundle would change, choose.

The export dialog picks dossiers (or everything) and a file; the import dialog lists every item
the bundle would add, change or delete (each may be refused) and every field both sides
changed, shown side by side with the common ancestor, with a choice per field. Both only
collect choices: the services do the work.
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
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.formatting import format_moment
from briefing_app.domain.items import ItemKind
from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    DELETED,
    KEEP_MINE,
    MINE,
    NEW,
    SAME,
    THEIRS,
    FieldChange,
    ImportPlan,
    PlannedChange,
    summary_counts,
)
from briefing_app.services.exchange.merge import KEEP as KEEP_OUTCOME
from briefing_app.services.exchange.merge import TAKE
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import language
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_group, choice_label, kind_label
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label, problem_label
from briefing_app.ui.safety.conflict_view import ConflictView


def bundle_filter() -> str:
    """The file dialogs' filter for bundles, in the interface language."""
    return _tr("Briefing-bundel (*.briefing)")


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
        self.problem = problem_label(self)
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
        name, _ = QFileDialog.getSaveFileName(self, _tr("Bundel opslaan"), "", bundle_filter())
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


STATUS_ORDER = (CONFLICT, NEW, CHANGED, DELETED, MINE)


@dataclass(frozen=True)
class _Row:
    change: PlannedChange
    field: FieldChange | None  # a conflicting (or automatically decided) field; None: the item


class BundleImportDialog(QDialog):
    """The preview of an import: one row per change, one per field in conflict, each with a
    choice; the selected conflict side by side (mine, theirs, the ancestor) below."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(_tr("Bundel inlezen"))
        counts = summary_counts(plan)
        summary = ", ".join(f"{_count(counts[s])} {_status_text(s)}" for s in STATUS_ORDER)
        sender = plan.bundle.member
        text = (
            _tr("Wat deze bundel van {0} zou veranderen: {1}.").format(sender, summary)
            if sender
            else _tr("Wat deze bundel zou veranderen: {0}.").format(summary)
        )
        if plan.bundle.edition:
            text += " " + _tr(
                "Het is de editie {0}: wat daarboven staat, zit er niet in en blijft zoals het is."
            ).format(plan.bundle.edition)
        self.summary = plain_label(text, self)
        self.rows = self._rows(plan)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [_tr("Wat"), _tr("Item"), _tr("Verschil (mijn -> hun)"), _tr("Keuze")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: dict[str, QComboBox] = {}
        for row, entry in enumerate(self.rows):
            self._fill(row, entry)
        self.conflict = ConflictView(self)
        self.table.currentCellChanged.connect(self._on_table_current_changed)
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
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.conflict)
        splitter.setSizes([260, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            plain_label(
                _tr(
                    "Voor het doorvoeren wordt een reservekopie gemaakt. Wat u weigert of zelf "
                    "beslist, gaat bij de volgende uitwisseling mee naar de anderen."
                ),
                self,
            )
        )
        layout.addWidget(buttons)
        self.table.setColumnWidth(1, 300)
        self.resize(1000, 640)
        first_conflict = next((n for n, r in enumerate(self.rows) if r.field is not None), None)
        if first_conflict is not None:
            self.table.setCurrentCell(first_conflict, 1)

    @staticmethod
    def _rows(plan: ImportPlan) -> list[_Row]:
        rows = []
        for status in STATUS_ORDER:
            for change in plan.with_status(status):
                decided = [f for f in change.changes if f.open or f.automatic]
                rows.extend(_Row(change, f) for f in decided)
                taken = [f for f in change.changes if f.outcome == TAKE]
                if not decided or taken:  # one-sided changes beside conflicts show too
                    rows.append(_Row(change, None))
        return rows

    def _fill(self, row: int, entry: _Row) -> None:
        change, fc = entry.change, entry.field
        if fc is not None:
            field = translated(fc.label)
            what = f"{_tr('conflict') if fc.open else _tr('beide gewijzigd')} · {field}"
            item = f"{kind_label(change.kind)}: {change.title} — {field}"
            detail = (
                _tr("beide kanten wijzigden dit; de versies staan hieronder")
                if fc.open
                else _tr("{0} (de hogere rubricering geldt, tenzij u anders kiest)").format(
                    describe_field(change.kind, fc)
                )
            )
        else:
            what, item = _status_text(change.status), f"{kind_label(change.kind)}: {change.title}"
            detail = "; ".join(
                f"{translated(f.label)}: {describe_field(change.kind, f)}"
                for f in change.changes
                if f.outcome == TAKE or (f.outcome == KEEP_OUTCOME and change.status == MINE)
            )
            if change.conflicts or any(f.automatic for f in change.changes):
                what = _status_text(CHANGED)
            if change.status == DELETED:
                detail = _tr("verwijderd door {0}, {1}").format(
                    change.item.existence.by or _tr("onbekend"),
                    format_moment(change.item.existence.at, language=language()),
                )
        for column, text in enumerate((what, item, detail)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row, column, cell)
        if fc is not None:
            box = QComboBox(self.table)
            box.addItem(_tr("Mijn versie houden"), KEEP_MINE)
            box.addItem(_tr("Hun versie nemen"), THEIRS)
            if fc.automatic:  # the higher classification, unless the user chooses otherwise
                box.setCurrentIndex(box.findData(fc.automatic))
                box.setToolTip(_tr("Voorgesteld: de hogere rubricering."))
            self.table.setCellWidget(row, 3, box)
            self.choices[f"{change.item.id}/{fc.name}"] = box
        elif change.status in (NEW, CHANGED, DELETED) or what == _status_text(CHANGED):
            box = QComboBox(self.table)
            box.addItem(_tr("Overnemen"), THEIRS)
            box.addItem(_tr("Weigeren (mijn versie houden)"), KEEP_MINE)
            self.table.setCellWidget(row, 3, box)
            self.choices[change.item.id] = box
        else:
            self.table.setItem(row, 3, QTableWidgetItem(_tr("houden")))

    def _on_table_current_changed(self, row: int, *_args: object) -> None:
        entry = self.rows[row] if 0 <= row < len(self.rows) else None
        if entry is None or entry.field is None:
            self.conflict.clear(
                _tr("Geen conflict: alleen één kant veranderde dit.") if entry else ""
            )
            return
        change = entry.change
        member = self.plan.bundle.member
        source = _tr("hun versie van {0}").format(member) if member else ""
        self.conflict.show_field(change.kind.name, change.title, entry.field, source)

    def resolutions(self) -> dict[str, str]:
        """Per conflicting field (`id/field`) the choice; per other change only a refusal."""
        chosen = {key: str(box.currentData()) for key, box in self.choices.items()}
        return {k: v for k, v in chosen.items() if "/" in k or v == KEEP_MINE}

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> dict[str, str] | None:
        """The user's choice per conflict, or None when they cancelled."""
        dialog = cls(plan, parent)
        return dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else None


def describe_field(kind: ItemKind, change: FieldChange, limit: int = 50) -> str:
    """`concept -> definitief`: mine and theirs, choices by their label, shortened."""

    def short(value: object) -> str:
        if change.name in ("classification", "status") or (
            change.name in kind.field_names and kind.field(change.name).choices
        ):
            value = choice_label(choice_group(kind, change.name), value)
        text = " ".join(translated("" if value is None else value).split()) or _tr("(leeg)")
        return text if len(text) <= limit else text[: limit - 1] + "…"

    return f"{short(change.mine)} -> {short(change.theirs)}"


def _status_text(status: str) -> str:
    """What a bundle would do to an item, in the language of the interface."""
    return {
        NEW: _tr("nieuw"),
        CHANGED: _tr("gewijzigd"),
        DELETED: _tr("verwijderd"),
        MINE: _tr("alleen hier gewijzigd"),
        CONFLICT: _tr("conflict"),
        SAME: _tr("gelijk"),
    }.get(status, status)
