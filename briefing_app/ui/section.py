"""The behaviour of one section (talking points of a dossier, the agenda of a meeting, ...).

`SectionController` feeds a `RowTableModel` one page at a time from `ListingService` (filters and
order in SQL), binds the selected row to the form, saves each finished field through
`EditController` (so it can be undone), and keeps the list current when anything changes. The
controller receives the services it needs; it never knows the main window.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

from briefing_app.domain.items import ItemKind
from briefing_app.domain.validation import ValidationError
from briefing_app.services.core.history import HistoryService
from briefing_app.services.core.listing import ListingService, ListQuery
from briefing_app.ui.columns import columns_for
from briefing_app.ui.context import ChangeTracker
from briefing_app.ui.editing import EditController
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.item_form import changes_of
from briefing_app.ui.labels import kind_label
from briefing_app.ui.messages import translated
from briefing_app.ui.models import RowTableModel
from briefing_app.ui.section_view import SectionView

PAGE_SIZE = 200
_WIDE = frozenset({"text", "question", "answer", "label", "title", "name", "aim"})
_WIDTHS = {
    "kind": 120,
    "party": 95,
    "classification": 100,
    "status": 80,
    "updated_at": 90,
    "value": 110,
    "period": 80,
    "as_of": 95,
    "key": 150,
    "received_on": 95,
    "issued_on": 95,
    "due_on": 90,
    "state": 75,
}
Row = dict[str, object]
# The order of lists that cannot be ordered by hand: what comes due first.
_DATE_ORDER = {"commitment": "due_on"}


class SectionController(QObject):
    """Loads, shows and edits the items of one kind under one parent."""

    item_selected = Signal(str)  # item id
    count_changed = Signal(int)  # how many items the list holds (with its filters)
    message = Signal(str)  # something to tell the user in the status bar

    def __init__(
        self,
        view: SectionView,
        listing: ListingService,
        edits: EditController,
        history: HistoryService,
        tracker: ChangeTracker,
        parent: QObject | None = None,
        *,
        parent_field: str | None = None,
    ) -> None:
        """``parent_field`` lists the items under another field than the kind's own parent
        (commitments by dossier or by meeting); such a list is ordered by date, not by hand,
        because the store's own order runs over siblings of the kind's parent."""
        super().__init__(parent)
        self.view = view
        self.kind: ItemKind = view.kind
        self.listing = listing
        self.edits = edits
        self.history = history
        self.tracker = tracker
        self.reorderable = parent_field in (None, self.kind.parent)
        self.query = ListQuery(self.kind.name, parent_field=parent_field)
        if not self.reorderable:
            self.query = self.query.with_order(_DATE_ORDER.get(self.kind.name, "updated_at"))
            view.set_reorderable(False)
        self._options: dict[str, list[tuple[str, str]]] = {}
        self._figures: list[Row] = []
        self.model = RowTableModel(columns_for(self.kind), view, page_size=PAGE_SIZE)
        view.table.setModel(self.model)
        self._size_columns()
        self._connect()
        self._shortcuts()

    # -- what the page asks --------------------------------------------------------------

    def set_parent(self, parent_id: str | None) -> None:
        """Show the items of another dossier or meeting."""
        self.query = replace(self.query, parent_id=parent_id)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Fetch the first page again; keep the selected item selected where it can be."""
        keep = keep or self.selected_id()
        total = self.listing.count(self.query)
        rows = self.listing.page(self.query, 0, PAGE_SIZE, marked_since=self.tracker.since)
        self.model.set_rows(rows, total)
        self.model.set_movable(
            self.reorderable and self.query.manual_order and self.edits.locked is None
        )
        self._show_sort_order()
        self._update_count()
        if keep and self.select(keep, clear_filters=False):
            return
        first = self.model.row_at(0)
        if first is not None:  # the form is never empty while the list is not
            self.select(str(first["id"]), clear_filters=False)
        else:
            self._show_selected()

    def select(self, item_id: str, *, clear_filters: bool = True) -> bool:
        """Select ``item_id``, loading pages up to it; clears filters that hide it."""
        position = self.model.position_of(item_id)
        if position is None:
            index = self.listing.index_of(self.query, item_id)
            if index is None and clear_filters:
                self._clear_filters()
                index = self.listing.index_of(self.query, item_id)
            if index is None:
                return False
            # Load the one page that holds it (the model asks through `page_needed`), not
            # every page before it: a jump to row 20,000 reads 200 rows, not 20,000.
            row = self.model.row_at(index)
            if row is None or str(row["id"]) != item_id:
                return False
            position = index
        table = self.view.table
        table.selectionModel().setCurrentIndex(
            self.model.index(position, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(self.model.index(position, 0))
        return True

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return str(row["id"]) if row else None

    def selected_row(self) -> Row | None:
        index = self.view.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def set_figures(self, figures: list[Row]) -> None:
        self._figures = figures
        self.view.form.set_figures(figures)

    def set_options(self, field: str, options: list[tuple[str, str]]) -> None:
        self._options[field] = options
        self.view.form.set_options(field, options)

    # -- actions -------------------------------------------------------------------------

    def add(self) -> str | None:
        if self.edits.locked is not None:
            self.message.emit(self.edits.locked)
            return None
        defaults: Row = {}
        parent_field = self.query.parent_field or self.kind.parent
        if parent_field:
            defaults[parent_field] = self.query.parent_id
        from briefing_app.ui.new_item_dialog import NewItemDialog  # on first use: start-up time

        values = NewItemDialog.ask(self.view, self.kind, defaults, self._options, self._figures)
        if values is None:
            return None
        item_id = self.edits.create(self.kind.name, values)
        if item_id:
            self.reload(keep=item_id)
            self.select(item_id)
            self.message.emit(_tr("%1 toegevoegd").replace("%1", kind_label(self.kind)))
        return item_id

    def delete(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        position = self.model.position_of(item_id) or 0
        self.edits.delete(self.kind.name, item_id)
        neighbour = self.model.row_at(min(position, self.model.total - 1))
        if neighbour:
            self.select(str(neighbour["id"]))
        self.message.emit(
            _tr("%1 verwijderd; Ctrl+Z zet het terug").replace("%1", kind_label(self.kind))
        )

    def move_by(self, step: int) -> None:
        item_id = self.selected_id()
        if item_id is None or not self.reorderable:
            return
        if not self.query.manual_order or self._filtered():
            self.message.emit(_tr("Verplaatsen kan alleen in de eigen volgorde zonder filter"))
            return
        position = self.model.position_of(item_id)
        if position is None:
            return
        target = position + step
        if 0 <= target < self.model.total:
            self.edits.move(self.kind.name, item_id, target)
            self.select(item_id)

    def show_history(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        from briefing_app.ui.history_dialog import HistoryDialog  # on first use: start-up time

        version = HistoryDialog.ask(self.view, self.history, self.kind, item_id)
        if version is None:
            return
        changes = self.history.changes_to_restore(self.kind.name, item_id, version)
        if changes:
            text = _tr("Versie %1 terugzetten").replace("%1", str(version.number))
            self.edits.update(self.kind.name, item_id, changes, text)
            self.message.emit(_tr("Versie %1 teruggezet").replace("%1", str(version.number)))

    # -- wiring --------------------------------------------------------------------------

    def _connect(self) -> None:
        v = self.view
        v.add_button.clicked.connect(self.add)
        v.delete_button.clicked.connect(self.delete)
        v.up_button.clicked.connect(lambda: self.move_by(-1))
        v.down_button.clicked.connect(lambda: self.move_by(1))
        v.history_button.clicked.connect(self.show_history)
        v.own_order_button.clicked.connect(self._on_own_order_clicked)
        for combo in (v.kind_filter, v.classification_filter, v.status_filter):
            if combo is not None:
                combo.currentIndexChanged.connect(self._on_filter_changed)
        v.changed_only.toggled.connect(self._on_filter_changed)
        v.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        v.form.field_edited.connect(self._on_form_field_edited)
        self.model.page_needed.connect(self._on_model_page_needed)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.model.move_requested.connect(self._on_model_move_requested)
        v.table.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.edits.item_changed.connect(self._on_edits_item_changed)
        self.edits.list_changed.connect(self._on_edits_list_changed)
        self.tracker.moment_changed.connect(self._on_tracker_moment_changed)

    def _shortcuts(self) -> None:
        # Keys on the list itself (not window shortcuts): Ctrl+Up in a text field must stay
        # a cursor movement, and a list without focus must not move its items.
        self.view.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_by(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.delete()
                return True
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        """Texts take the room; short columns get a fixed start width the user may change."""
        header = self.view.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        columns = self.model.columns()
        # A column that points at another item (key None) takes the room only when no text does.
        has_text = any(c.key in _WIDE for c in columns)
        for i, column in enumerate(columns):
            if column.key in _WIDE or (column.key is None and not has_text):
                header.setSectionResizeMode(i, header.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(i, header.ResizeMode.Interactive)
                # A column naming another item (a dossier on the agenda) needs some room.
                header.resizeSection(i, _WIDTHS.get(column.key or "", 110) if column.key else 180)

    def _show_sort_order(self) -> None:
        """An arrow on the column the list is sorted by; none in the user's own order."""
        header = self.view.table.horizontalHeader()
        keys = [c.key for c in self.model.columns()]
        order_by = self.query.order_by
        if (self.reorderable and self.query.manual_order) or order_by not in keys:
            header.setSortIndicatorShown(False)
            return
        header.blockSignals(True)  # the indicator shows the order; it must not ask for one
        header.setSortIndicator(
            keys.index(order_by),
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        header.setSortIndicatorShown(True)

    def _filtered(self) -> bool:
        q = self.query
        return bool(
            q.kinds or q.parties or q.states or q.classifications or q.statuses or q.changed_since
        )

    def _clear_filters(self) -> None:
        v = self.view
        for combo in (v.kind_filter, v.classification_filter, v.status_filter):
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        v.changed_only.blockSignals(True)
        v.changed_only.setChecked(False)
        v.changed_only.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        v = self.view

        def chosen(combo: QComboBox | None) -> tuple[str, ...]:
            return (combo.currentData(),) if combo is not None and combo.currentData() else ()

        values = chosen(v.kind_filter)
        field = v.kind_filter.property("filter_field") if v.kind_filter is not None else None
        self.query = replace(
            self.query,
            kinds=values if field == "kind" else (),
            parties=values if field == "party" else (),
            states=values if field == "state" else (),
            classifications=chosen(v.classification_filter),
            statuses=chosen(v.status_filter),
            changed_since=self.tracker.since if v.changed_only.isChecked() else None,
        )

    def _update_count(self) -> None:
        total = self.model.total
        self.view.count_label.setText(
            _tr("%1 items").replace("%1", _count(total)) if total != 1 else _tr("1 item")
        )
        self.view.own_order_button.setVisible(self.reorderable and not self.query.manual_order)
        self.count_changed.emit(total)

    def _show_selected(self) -> None:
        row = self.selected_row()
        self.view.show_form(row is not None)
        if row is None:
            self.view.empty_label.setText(self._empty_text())
        if row is not None:
            self.view.form.set_row(row)

    def _empty_text(self) -> str:
        """Why the editor is empty, and what to do about it."""
        if self.model.total:
            return _tr("Kies links een item om het te bewerken.")
        if self._filtered():
            return _tr("Geen %1 met deze filters. Kies bovenaan andere filters.").replace(
                "%1", kind_label(self.kind, plural=True).lower()
            )
        return _tr("Nog geen %1. Klik op Nieuw (Ctrl+N) om er een toe te voegen.").replace(
            "%1", kind_label(self.kind, plural=True).lower()
        )

    # -- handlers ------------------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self._apply_filters()
        self.reload()

    def _on_own_order_clicked(self) -> None:
        self.query = self.query.with_order("sort_order")
        self.reload()

    def _on_header_clicked(self, section: int) -> None:
        column = self.model.columns()[section]
        if not column.key:
            self._show_sort_order()  # the header moved its arrow to a column that cannot sort
            return
        descending = self.query.order_by == column.key and not self.query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.model.sort(section, order)

    def _on_model_sort_requested(self, key: str, descending: bool) -> None:
        self.query = self.query.with_order(key, descending)
        self.reload()

    def _on_model_page_needed(self, offset: int) -> None:
        rows = self.listing.page(self.query, offset, PAGE_SIZE, marked_since=self.tracker.since)
        self.model.put_rows(offset, rows)

    def _on_model_move_requested(self, item_id: str, target: int) -> None:
        if self._filtered():
            self.message.emit(_tr("Verplaatsen kan alleen in de eigen volgorde zonder filter"))
            return
        self.edits.move(self.kind.name, item_id, target)
        self.select(item_id)

    def _on_table_current_changed(self, *_args: object) -> None:
        self._show_selected()
        item_id = self.selected_id()
        if item_id:
            self.item_selected.emit(item_id)

    def _on_form_field_edited(self, name: str, value: object) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        try:
            self.edits.update(self.kind.name, item_id, changes_of(name, value))
        except ValidationError as exc:
            self.view.form.show_error(
                exc.field, _tr("Niet opgeslagen: %1").replace("%1", translated(exc.message))
            )

    def _on_edits_item_changed(self, kind: str, item_id: str) -> None:
        if kind == self.kind.name:
            row = self.listing.row(kind, item_id, marked_since=self.tracker.since)
            if row is not None and self.model.replace_row(row) and item_id == self.selected_id():
                self.view.form.set_row(row)
        elif kind == "figure" and self.model.total:
            self.reload()  # texts citing figures render differently now

    def _on_edits_list_changed(self, kind: str, parent_id: object) -> None:
        if kind == self.kind.name and (parent_id is None or parent_id == self.query.parent_id):
            self.reload()

    def _on_tracker_moment_changed(self, _since: str) -> None:
        self._apply_filters()
        self.reload()
