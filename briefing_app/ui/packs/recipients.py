"""Who receives a numbered copy: the meeting's delegation to tick, and other names to add.

Shown in the export dialog for editions that may be numbered (`domain.copies`): always on for
`vertrouwelijk`, a choice for `intern`, hidden for `openbaar`. Names are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.classification import Classification
from briefing_app.domain.copies import may_number, numbered_by_default, parse_recipients
from briefing_app.ui.i18n import tr as _tr


class RecipientsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Genummerde exemplaren"), parent)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.number_intern = QCheckBox(_tr("Ook deze interne editie per ontvanger nummeren"), self)
        self.delegation = QListWidget(self)
        self.delegation.setMaximumHeight(110)
        self.delegation.setAccessibleName(_tr("Ontvangers uit de delegatie"))
        self.others = QLineEdit(self)
        self.others.setPlaceholderText(_tr("Andere ontvangers, gescheiden door ;"))
        self.others.setAccessibleName(_tr("Andere ontvangers"))
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.number_intern, self.delegation, self.others):
            layout.addWidget(widget)
        self.edition = Classification.OPENBAAR
        self.number_intern.toggled.connect(self._on_number_intern_toggled)
        self.delegation.itemChanged.connect(lambda _item: self.changed.emit())
        self.others.textChanged.connect(lambda _text: self.changed.emit())

    def set_pack(self, edition: Classification, delegation: list[str]) -> None:
        """Show the choice for ``edition``; every delegate is ticked to begin with."""
        self.edition = edition
        self.setVisible(may_number(edition))
        self.number_intern.setVisible(edition is Classification.INTERN)
        self.explain.setText(
            _tr(
                "Elke ontvanger krijgt een eigen exemplaar met ‘Exemplaar N · voor NAAM’ op "
                "elke pagina; het exportlogboek houdt bij wie welk exemplaar kreeg."
            )
        )
        self.delegation.blockSignals(True)
        self.delegation.clear()
        for name in delegation:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.delegation.addItem(item)
        self.delegation.blockSignals(False)
        self._on_number_intern_toggled(self.number_intern.isChecked())

    def numbered(self) -> bool:
        if numbered_by_default(self.edition):
            return True
        return self.edition is Classification.INTERN and self.number_intern.isChecked()

    def names(self) -> list[str]:
        ticked = [
            self.delegation.item(row).text()
            for row in range(self.delegation.count())
            if self.delegation.item(row).checkState() == Qt.CheckState.Checked
        ]
        return ticked + parse_recipients(self.others.text())

    def _on_number_intern_toggled(self, _checked: bool) -> None:
        on = self.numbered()
        self.delegation.setEnabled(on)
        self.others.setEnabled(on)
        self.changed.emit()
