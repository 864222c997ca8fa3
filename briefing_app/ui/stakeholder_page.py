"""A counterpart (gesprekspartner): its form, the meetings it attends and what it is expected to
hold per dossier, with our answer.

The two lists are read-only views of links kept elsewhere (the counterparts of a meeting, the
counterpart chosen on a position); activating a row asks the window to open that meeting or
position, where it is edited.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.items import POSITION, STAKEHOLDER
from briefing_app.services.core.history import HistoryService
from briefing_app.services.core.listing import ListingService
from briefing_app.ui.editing import EditController
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label, field_label, label
from briefing_app.ui.messages import with_marks
from briefing_app.ui.models import Column, RowTableModel, one_line
from briefing_app.ui.single_item import SingleItemController, SingleItemView

Row = dict[str, object]


def _meeting_columns() -> list[Column]:
    return [
        Column(None, label("Datum"), lambda r: str(r.get("date") or "")),
        Column(None, label("Titel"), lambda r: one_line(r.get("title"))),
        Column(None, label("Plaats"), lambda r: one_line(r.get("place"))),
    ]


def _position_columns() -> list[Column]:
    def rendered(name: str) -> Column:
        return Column(
            None,
            field_label(POSITION, name),
            lambda r: one_line(with_marks(r.get(f"{name}_rendered", r.get(name)))),
            lambda r: bool(r.get(f"{name}_broken")),
        )

    return [
        Column(None, label("Dossier"), lambda r: one_line(r.get("dossier_title"))),
        Column(
            None,
            field_label(POSITION, "kind"),
            lambda r: choice_label("position_kind", r.get("kind")),
        ),
        rendered("text"),
        rendered("our_answer"),
    ]


class _LinkList(QWidget):
    """A heading, a read-only table and the sentence that explains an empty one."""

    def __init__(
        self,
        title: str,
        empty: str,
        columns: list[Column],
        parent: QWidget,
        narrow: tuple[int, ...] = (0,),
    ) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.model = RowTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # Few rows, long texts: whole sentences in wrapped rows read better than cut cells.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in narrow:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 130)
        header.sectionResized.connect(self._on_header_section_resized)
        self.empty = QLabel(empty, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(_tr("Dubbelklik of Enter opent het item."), self)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0)

    def set_rows(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.hint.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def _on_header_section_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()  # wrapped texts need other heights at other widths


class StakeholderPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = SingleItemView(STAKEHOLDER, self)
        self.details.subheading.setWordWrap(True)  # role and organisation are long
        self.meetings = _LinkList(
            _tr("Overleggen"),
            _tr(
                "Nog bij geen overleg. Voeg deze gesprekspartner toe bij een overleg "
                "(tab Gesprekspartners)."
            ),
            _meeting_columns(),
            self,
        )
        self.positions = _LinkList(
            _tr("Verwachte standpunten per dossier"),
            _tr(
                "Nog geen standpunten. Kies deze gesprekspartner bij een standpunt in een "
                "dossier (veld Gesprekspartner)."
            ),
            _position_columns(),
            self,
            narrow=(0, 1),
        )
        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(12, 12, 12, 12)
        form_layout.addWidget(self.details)
        scroll = QScrollArea(self)
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.addWidget(self.meetings)
        lists.addWidget(self.positions)
        lists.setSizes([260, 440])
        lists.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(lists)
        splitter.setSizes([500, 620])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)


class StakeholderController(QObject):
    """Shows one counterpart: edits its fields, lists its meetings and positions."""

    deleted = Signal(str)
    renamed = Signal(str)
    open_requested = Signal(str, str, object)  # table, item id, dossier id (or None)

    def __init__(
        self,
        page: StakeholderPage,
        listing: ListingService,
        edits: EditController,
        history: HistoryService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.listing = listing
        self.details = SingleItemController(page.details, listing, edits, history, self)
        self.details.deleted.connect(self.deleted)
        self.details.renamed.connect(self.renamed)
        page.meetings.table.activated.connect(self._on_meetings_activated)
        page.positions.table.activated.connect(self._on_positions_activated)
        edits.list_changed.connect(self._on_edits_changed)
        edits.item_changed.connect(self._on_edits_changed)

    @property
    def item_id(self) -> str | None:
        return self.details.item_id

    def show_item(self, item_id: str | None) -> Row | None:
        row = self.details.show_item(item_id)
        if row is not None:
            self.page.details.subheading.setText(
                " · ".join(
                    filter(None, (str(row.get("role") or ""), str(row.get("organisation") or "")))
                )
            )
        self.refresh_links()
        return row

    def refresh_links(self) -> None:
        item_id = self.item_id
        self.page.meetings.set_rows(self.listing.stakeholder_meetings(item_id) if item_id else [])
        self.page.positions.set_rows(self.listing.stakeholder_positions(item_id) if item_id else [])

    def _on_edits_changed(self, kind: str, *_args: object) -> None:
        if kind in ("meeting", "meeting_counterpart", "position", "dossier", "figure"):
            self.refresh_links()

    def _on_meetings_activated(self, index: QModelIndex) -> None:
        row = self.page.meetings.model.row_at(index.row())
        if row is not None:
            self.open_requested.emit("meetings", str(row["id"]), None)

    def _on_positions_activated(self, index: QModelIndex) -> None:
        row = self.page.positions.model.row_at(index.row())
        if row is not None:
            self.open_requested.emit("positions", str(row["id"]), str(row["dossier_id"]))
