"""Synchronising through a shared folder in the app: where the folder is, and open conflicts.

`SyncDialog` asks for the delegation's folder (remembered) and passphrase (never remembered).
`ConflictsDialog` lists the conflicts a sync left, shows the selected one side by side (mine,
theirs, the ancestor) and decides it; `DeletedDialog` lists deleted items and brings one back.
Both act through the callback they were given: they hold no database and no service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.formatting import format_moment
from briefing_app.services.core.deleted import DeletedItem
from briefing_app.services.exchange.conflicts import QueuedConflict
from briefing_app.services.exchange.importing import KEEP_MINE, THEIRS
from briefing_app.ui.i18n import language
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label, label
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label, problem_label
from briefing_app.ui.safety.conflict_view import ConflictView


@dataclass(frozen=True)
class SyncChoice:
    folder: Path
    passphrase: str


class SyncDialog(QDialog):
    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Synchroniseren met de delegatie"))
        self.folder = QLineEdit(folder, self)
        self.folder.setPlaceholderText(_tr("De gedeelde map (USB-stick, netwerkschijf)"))
        browse = QPushButton(_tr("Kiezen…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(_tr("Map"), row)
        form.addRow(_tr("Wachtwoord van de delegatie"), self.secret)
        self.problem = problem_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Synchroniseren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _tr(
                    "Briefing leest de nieuwe bundels van uw collega's in de map, neemt over wat "
                    "zonder conflict kan (na een reservekopie), bewaart conflicten voor u en "
                    "schrijft uw eigen bundel. Bestanden van anderen blijven onaangeroerd."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def _on_browse_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, _tr("Gedeelde map kiezen"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def _on_ok(self) -> None:
        if not Path(self.folder.text().strip()).expanduser().is_dir():
            self.problem.setText(_tr("Die map bestaat niet."))
        elif not self.secret.text():
            self.problem.setText(_tr("Vul het wachtwoord van de delegatie in."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> SyncChoice | None:
        dialog = cls(folder, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return SyncChoice(Path(dialog.folder.text().strip()).expanduser(), dialog.secret.text())


Decide = Callable[[QueuedConflict, str], None]


class ConflictsDialog(QDialog):
    """The queue of open conflicts; each decided one leaves the list."""

    def __init__(
        self, conflicts: list[QueuedConflict], decide: Decide, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Conflicten oplossen"))
        self.conflicts = list(conflicts)
        self.decide = decide
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.view = ConflictView(self)
        self.take = QPushButton(_tr("Hun versie nemen"), self)
        self.keep = QPushButton(_tr("Mijn versie houden"), self)
        self.take.clicked.connect(lambda: self._on_choice(THEIRS))
        self.keep.clicked.connect(lambda: self._on_choice(KEEP_MINE))
        close = QPushButton(_tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([320, 780])
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.status = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._refill()
        self.resize(1100, 560)

    def _refill(self) -> None:
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(
                f"{kind_label(conflict.change.kind)}: {conflict.title} — "
                f"{translated(conflict.field.label)}"
            )
        count = len(self.conflicts)
        self.status.setText(
            _tr("{0} conflict(en) wachten op uw keuze.").format(count)
            if count
            else _tr("Geen open conflicten.")
        )
        self.take.setEnabled(bool(count))
        self.keep.setEnabled(bool(count))
        if count:
            self.list.setCurrentRow(0)
        else:
            self.view.clear(_tr("Alles is beslist."))

    def _on_list_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        source = _tr("van {0}, ontvangen {1}").format(
            conflict.from_member or _tr("onbekend"),
            format_moment(conflict.received_at, language=language()),
        )
        self.view.show_field(conflict.change.kind.name, conflict.title, conflict.field, source)

    def _on_choice(self, choice: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        self.decide(self.conflicts[row], choice)
        del self.conflicts[row]
        self._refill()

    @classmethod
    def show_queue(
        cls, parent: QWidget | None, conflicts: list[QueuedConflict], decide: Decide
    ) -> None:
        cls(conflicts, decide, parent).exec()


class DeletedDialog(QDialog):
    """Deleted items, newest first, with who deleted them and when; one can be brought back
    through the callback."""

    def __init__(
        self,
        items: list[DeletedItem],
        bring_back: Callable[[DeletedItem], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Verwijderde items"))
        self.items = list(items)
        self.bring_back = bring_back
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # who deleted it and when follow a long title: in view
        self.restore = QPushButton(_tr("Terugzetten"), self)
        self.restore.clicked.connect(self._on_restore_clicked)
        close = QPushButton(_tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _tr("Wat u terugzet, komt bij de volgende uitwisseling ook bij de anderen terug."),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._refill()
        self.resize(720, 420)

    def _refill(self) -> None:
        self.list.clear()
        for item in self.items:
            self.list.addItem(
                _tr("{0}: {1} (verwijderd door {2}, {3})").format(
                    label(item.kind_label),
                    item.title,
                    item.deleted_by,
                    format_moment(item.deleted_at, language=language()),
                )
            )
        self.restore.setEnabled(bool(self.items))
        if self.items:
            self.list.setCurrentRow(0)

    def _on_restore_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.bring_back(self.items[row])
            del self.items[row]
            self._refill()

    @classmethod
    def show_list(
        cls,
        parent: QWidget | None,
        items: list[DeletedItem],
        bring_back: Callable[[DeletedItem], None],
    ) -> None:
        cls(items, bring_back, parent).exec()
