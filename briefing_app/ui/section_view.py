"""The layout of one section: a toolbar, a long list and the editor of the selected item.

Holds no behaviour: `SectionController` fills the list, answers the buttons and saves edits.
Its widgets are made on `ensure_built()`, when the page first needs the section.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.items import ItemKind
from briefing_app.ui.focus import follow, tab_bar_above
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.item_form import ItemForm
from briefing_app.ui.labels import choice_group, choices, field_label, kind_label

# The choice field a section filters on besides classification and status (default: `kind`).
_FILTER_FIELDS = {"position": "party", "commitment": "state"}


class SectionView(QWidget):
    """Toolbar, table and form for one kind of item.

    A shell until `ensure_built()` makes its widgets (`ui.lazy_sections`: a page builds a
    section when it is first needed, not at start).
    """

    def __init__(self, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.built = False
        # "Bekijken als": no editing, and the fields the edition leaves out hidden; kept here
        # so that a section built later (`ensure_built`) gets them too.
        self.read_only = False
        self.hidden_fields: frozenset[str] = frozenset()
        self.on_first_show: Callable[[], None] | None = None  # set by `LazySections`

    def showEvent(self, event: QShowEvent) -> None:
        if not self.built and self.on_first_show is not None:
            self.on_first_show()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        kind = self.kind
        self.add_button = self._button(_tr("Nieuw"), _tr("%1 toevoegen"))
        self.up_button = self._button("↑", _tr("%1 omhoog (Ctrl+↑)"))
        self.down_button = self._button("↓", _tr("%1 omlaag (Ctrl+↓)"))
        self.delete_button = self._button(_tr("Verwijderen"), _tr("%1 verwijderen (Del)"))
        self.history_button = self._button(_tr("Geschiedenis"), _tr("Geschiedenis van dit item"))
        self.own_order_button = self._button(
            _tr("Eigen volgorde"), _tr("Terug naar eigen volgorde")
        )
        self.own_order_button.hide()
        self.kind_filter = self._kind_filter()
        self.classification_filter = self._level_filter("classification")
        self.status_filter = self._level_filter("status") if kind.has_status else None
        self.changed_only = QCheckBox(_tr("Alleen gewijzigd"), self)
        self.changed_only.setAccessibleName(_tr("Alleen gewijzigde items tonen"))
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._table()
        self.form = ItemForm(kind, self)
        self.form_title = QLabel(kind_label(kind), self)
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        self.form_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.empty_label = QLabel(_tr("Kies links een item om het te bewerken."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self._lay_out()
        self._apply_view_state()
        tab_bar = tab_bar_above(self)
        if tab_bar is not None:  # made late: Tab goes from the section tabs into this section
            follow(tab_bar, self)

    # -- building ------------------------------------------------------------------------

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        tip = tip.replace("%1", kind_label(self.kind))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    def _kind_filter(self) -> QComboBox | None:
        name = _FILTER_FIELDS.get(self.kind.name, "kind")
        if name not in self.kind.field_names or not self.kind.field(name).choices:
            return None
        combo = QComboBox(self)
        everything = {"party": _tr("Alle partijen"), "state": _tr("Open en afgerond")}
        combo.addItem(everything.get(name, _tr("Alle soorten")), None)
        for value, text in choices(choice_group(self.kind, name)):
            combo.addItem(text, value)
        combo.setAccessibleName(_tr("Filter op %1").replace("%1", field_label(self.kind, name)))
        combo.setProperty("filter_field", name)
        return combo

    def _level_filter(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(
            _tr("Alle rubriceringen") if name == "classification" else _tr("Alle statussen"), None
        )
        for value, text in choices(name):
            combo.addItem(text, value)
        combo.setAccessibleName(_tr("Filter op %1").replace("%1", field_label(self.kind, name)))
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setDropIndicatorShown(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setSectionsClickable(True)
        table.horizontalHeader().setSortIndicatorShown(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setAccessibleName(kind_label(self.kind, plural=True))
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for button in (
            self.add_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.history_button,
            self.own_order_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        for widget in (
            self.kind_filter,
            self.classification_filter,
            self.status_filter,
            self.changed_only,
            self.count_label,
        ):
            if widget is not None:
                bar.addWidget(widget)

        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(12, 8, 12, 12)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.empty_label)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([760, 380])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.show_form(False)

    def set_reorderable(self, reorderable: bool) -> None:
        """Hide the move buttons of a list that is ordered by date rather than by hand."""
        self.up_button.setVisible(reorderable)
        self.down_button.setVisible(reorderable)
        self.table.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if reorderable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )

    def set_read_only(self, read_only: bool, hidden: frozenset[str] = frozenset()) -> None:
        """No adding, deleting, moving or editing ("Bekijken als" an edition), and ``hidden``
        fields out of the form; history stays."""
        self.read_only = read_only
        self.hidden_fields = hidden
        if self.built:
            self._apply_view_state()

    def _apply_view_state(self) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.form.set_read_only(self.read_only)
        self.form.hide_fields(self.hidden_fields)
        self.show_form(self.form.isVisibleTo(self))

    def show_form(self, visible: bool) -> None:
        self.form.setVisible(visible)
        self.empty_label.setVisible(not visible)
        self.history_button.setEnabled(visible)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(visible and not self.read_only)
