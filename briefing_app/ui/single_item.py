"""One item on its own: a heading, its form, and buttons for history and deletion.

Used for a dossier's overview, a meeting's details and a counterpart. `SingleItemController`
saves each finished field through the `EditController` and refreshes the form after any change
(an undo included).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from briefing_app.domain.items import ItemKind
from briefing_app.domain.validation import ValidationError
from briefing_app.services.core.history import HistoryService
from briefing_app.services.core.listing import ListingService
from briefing_app.ui.editing import EditController
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.item_form import ItemForm, changes_of
from briefing_app.ui.labels import kind_label
from briefing_app.ui.messages import translated
from briefing_app.ui.models import one_line

Row = dict[str, object]


class SingleItemView(QWidget):
    def __init__(self, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setAccessibleName(kind_label(kind))
        self.subheading = QLabel(self)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setStyleSheet("color: palette(placeholder-text);")
        self.history_button = QToolButton(self)
        self.history_button.setText(_tr("Geschiedenis"))
        self.history_button.setAccessibleName(_tr("Geschiedenis van dit item"))
        self.history_button.setAutoRaise(True)
        self.delete_button = QToolButton(self)
        self.delete_button.setText(_tr("Verwijderen"))
        self.delete_button.setAccessibleName(_tr("%1 verwijderen").replace("%1", kind_label(kind)))
        self.delete_button.setAutoRaise(True)
        self.form = ItemForm(kind, self)
        # The heading gets the full width (titles are long); the buttons sit under it.
        actions = QHBoxLayout()
        actions.addWidget(self.subheading, 1)
        actions.addWidget(self.history_button)
        actions.addWidget(self.delete_button)
        self.actions = actions  # MeetingPage.add_action puts extra buttons here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.form)
        layout.addStretch(1)


class SingleItemController(QObject):
    """Binds one item to its view; saves finished fields with undo."""

    deleted = Signal(str)  # item id
    renamed = Signal(str)  # item id: its title may have changed

    def __init__(
        self,
        view: SingleItemView,
        listing: ListingService,
        edits: EditController,
        history: HistoryService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.kind = view.kind
        self.listing = listing
        self.edits = edits
        self.history = history
        self.item_id: str | None = None
        view.form.field_edited.connect(self._on_form_field_edited)
        view.history_button.clicked.connect(self._on_history_clicked)
        view.delete_button.clicked.connect(self._on_delete_clicked)
        edits.item_changed.connect(self._on_edits_item_changed)

    def show_item(self, item_id: str | None) -> Row | None:
        self.item_id = item_id
        row = self.listing.row(self.kind.name, item_id) if item_id else None
        self.view.setEnabled(row is not None)
        if row is None:
            self.view.heading.setText("")
            return None
        self.view.heading.setText(one_line(row.get(self.kind.title_field), 160))
        self.view.form.set_row(row)
        return row

    def _on_form_field_edited(self, name: str, value: object) -> None:
        if self.item_id is None:
            return
        try:
            self.edits.update(self.kind.name, self.item_id, changes_of(name, value))
        except ValidationError as exc:
            message = _tr("Niet opgeslagen: %1").replace("%1", translated(exc.message))
            self.view.form.show_error(exc.field, message)

    def _on_edits_item_changed(self, kind: str, item_id: str) -> None:
        if kind == self.kind.name and item_id == self.item_id:
            self.show_item(item_id)
            self.renamed.emit(item_id)

    def _on_history_clicked(self) -> None:
        if self.item_id is None:
            return
        from briefing_app.ui.history_dialog import HistoryDialog  # on first use: start-up time

        version = HistoryDialog.ask(self.view, self.history, self.kind, self.item_id)
        if version is not None:
            changes = self.history.changes_to_restore(self.kind.name, self.item_id, version)
            if changes:
                text = _tr("Versie %1 terugzetten").replace("%1", str(version.number))
                self.edits.update(self.kind.name, self.item_id, changes, text)

    def _on_delete_clicked(self) -> None:
        if self.item_id is None:
            return
        item_id = self.item_id
        self.edits.delete(self.kind.name, item_id)
        self.deleted.emit(item_id)
