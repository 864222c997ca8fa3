"""What a pack is for: one meeting, or one or more dossiers (as `briefing pack --dossier`).

A small part of the export dialog: "Pakket voor" chooses between a meeting (a list) and
dossiers (a list to tick, in the dossiers' own order). It says `changed` whenever the choice
changes and hands the dialog the meeting id or the dossier slugs a `PackRequest` needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import tr as _tr

MEETING, DOSSIERS = "meeting", "dossiers"
SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PackSubject(QWidget):
    """The meeting list or the dossier list, as `kind` chooses; `kind` goes in the form too.
    The one not chosen is hidden, so the form is only as tall as the chosen one needs."""

    changed = Signal()

    def __init__(
        self,
        meetings: Sequence[tuple[str, str]],
        dossiers: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``meetings``: (id, label); ``dossiers``: (id, slug, title), in the order shown."""
        super().__init__(parent)
        self.kind = QComboBox(parent)
        self.kind.addItem(_tr("Een overleg"), MEETING)
        self.kind.addItem(_tr("Dossiers"), DOSSIERS)
        self.kind.setAccessibleName(_tr("Pakket voor"))
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(_tr("Overleg"))
        for meeting_id, label in meetings:
            self.meeting.addItem(label, meeting_id)
        self.dossiers = QListWidget(self)
        self.dossiers.setAccessibleName(_tr("Dossiers in het pakket"))
        for dossier_id, slug, title in dossiers:
            item = QListWidgetItem(title, self.dossiers)
            item.setData(SLUG_ROLE, slug)
            item.setData(ID_ROLE, dossier_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.dossiers.setMaximumHeight(140)
        self.dossiers.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meeting)
        layout.addWidget(self.dossiers)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.meeting.currentIndexChanged.connect(self.changed)
        self.dossiers.itemChanged.connect(self.changed)

    def choose_meeting(self, meeting_id: str) -> None:
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))
        self.kind.setCurrentIndex(self.kind.findData(MEETING))

    def tick_dossier(self, dossier_id: str) -> None:
        """Tick ``dossier_id`` (only it), ready for when the user chooses a dossier pack; with no
        meeting to make a pack for, show the dossiers at once."""
        self.dossiers.blockSignals(True)
        for row in range(self.dossiers.count()):
            item = self.dossiers.item(row)
            ticked = item.data(ID_ROLE) == dossier_id
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.dossiers.blockSignals(False)
        if self.meeting.count() == 0:
            self.kind.setCurrentIndex(self.kind.findData(DOSSIERS))
        self.changed.emit()

    def meeting_id(self) -> str | None:
        """The chosen meeting, when the pack is for a meeting."""
        if self.kind.currentData() != MEETING:
            return None
        value = self.meeting.currentData()
        return str(value) if value is not None else None

    def dossier_slugs(self) -> tuple[str, ...]:
        """The ticked dossiers, in the list's order, when the pack is for dossiers."""
        if self.kind.currentData() != DOSSIERS:
            return ()
        items = (self.dossiers.item(row) for row in range(self.dossiers.count()))
        return tuple(
            str(i.data(SLUG_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def nothing_chosen_text(self) -> str:
        if self.kind.currentData() == DOSSIERS:
            return _tr("Vink een of meer dossiers aan om een pakket voor te maken.")
        return _tr("Er zijn nog geen overleggen om een pakket voor te maken.")

    def _on_kind_changed(self, _index: int) -> None:
        meeting = self.kind.currentData() == MEETING
        self.meeting.setVisible(meeting)
        self.dossiers.setVisible(not meeting)
        self.changed.emit()
