"""Qt item models: passive adapters over rows that services fetched.

No model here queries the database. `RowTableModel` knows how many rows a list has and holds
a few pages of them; a row that is not loaded is asked for through a signal (`page_needed`),
which the controller that owns the model answers with `put_rows` (a LIMIT window in SQL). Sorting is requested the same way
(`sort_requested`) and done in SQL. Drag and drop reorders by emitting `move_requested`; the row
only moves when the store has moved it and the controller has refreshed the model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from briefing_app.ui import theme

Row = dict[str, object]
Index = QModelIndex | QPersistentModelIndex
MIME_ROW = "application/x-briefing-row"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """One column: its SQL sort key (None when it cannot be sorted), title and text."""

    key: str | None
    title: str
    text: Callable[[Row], str]
    warn: Callable[[Row], bool] | None = None  # shown in the error colour when true


def one_line(text: object, limit: int = 240) -> str:
    """A cell shows one line: newlines become spaces, very long text is cut with an ellipsis."""
    value = " ".join(str(text or "").split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


class RowTableModel(QAbstractTableModel):
    """A window onto a long list: it knows how many rows there are and holds some pages of them.

    A row that is not loaded is asked for with `page_needed(offset)`; whoever owns the model
    answers with `put_rows` before the signal returns. Only a bounded number of pages is kept,
    so a list of 100,000 rows costs the memory of a few pages, and a jump to its last row
    loads one page, not all the pages before it.
    """

    page_needed = Signal(int)  # the offset of the page that is missing
    move_requested = Signal(str, int)  # item id, new index
    sort_requested = Signal(str, bool)  # column key, descending

    MAX_PAGES = 40

    def __init__(self, columns: Sequence[Column], parent=None, *, page_size: int = 200) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page_size = page_size
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._positions: dict[str, int] = {}
        self._total = 0
        self._movable = False

    # -- feeding ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], total: int | None = None) -> None:
        """Start again with ``rows`` from the top, in a list of ``total`` rows."""
        self.beginResetModel()
        self._pages.clear()
        self._positions.clear()
        self._total = max(len(rows), total if total is not None else len(rows))
        self._store(0, rows)
        self.endResetModel()

    def put_rows(self, offset: int, rows: Sequence[Row]) -> None:
        """Rows that were asked for with `page_needed`, from ``offset`` on."""
        self._store(offset, rows)

    def replace_row(self, row: Row) -> bool:
        """Put a fresh copy of a row in place (after an edit); False when it is not loaded."""
        position = self.position_of(str(row["id"]))
        if position is None:
            return False
        self._pages[position // self._page_size][position % self._page_size] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))
        return True

    def set_movable(self, movable: bool) -> None:
        self._movable = movable

    # -- reading ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def columns(self) -> list[Column]:
        return list(self._columns)

    def loaded(self) -> int:
        """How many rows are held now (a few pages, not the whole list)."""
        return sum(len(page) for page in self._pages.values())

    def row_at(self, position: int) -> Row | None:
        """The row at ``position``, loading its page when needed."""
        if not 0 <= position < self._total:
            return None
        number = position // self._page_size
        if number not in self._pages:
            self.page_needed.emit(number * self._page_size)
        page = self._pages.get(number)
        if page is None:
            return None
        self._pages.move_to_end(number)
        offset = position % self._page_size
        return page[offset] if offset < len(page) else None

    def position_of(self, item_id: str) -> int | None:
        """Where a loaded row stands; None when its page is not loaded."""
        return self._positions.get(item_id)

    def _store(self, offset: int, rows: Sequence[Row]) -> None:
        for start in range(0, len(rows), self._page_size):
            number = (offset + start) // self._page_size
            page = list(rows[start : start + self._page_size])
            self._pages[number] = page
            self._pages.move_to_end(number)
            for i, row in enumerate(page):
                self._positions[str(row.get("id"))] = number * self._page_size + i
        while len(self._pages) > self.MAX_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for row in dropped:
                self._positions.pop(str(row.get("id")), None)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row) if len(column.text(row)) > 40 else None
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return theme.error_colour()
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and row.get("changed"):
            return theme.change_dot()
        if role == Qt.ItemDataRole.FontRole and row.get("changed"):
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.get("id")
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self._movable else base
        if self._movable:
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._columns[column].key:
            self.sort_requested.emit(
                self._columns[column].key, order == Qt.SortOrder.DescendingOrder
            )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_ROW]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        row = self.row_at(rows[0]) if rows else None
        if row is not None:
            data.setData(MIME_ROW, QByteArray(str(row["id"]).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._movable and data.hasFormat(MIME_ROW)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(MIME_ROW).data()).decode()
        source = self.position_of(item_id)
        if source is None:
            return False
        if parent.isValid():  # dropped onto a row: take its place
            target = parent.row()
        else:  # dropped between rows: the dragged row leaves a gap above the target first
            target = row if row >= 0 else self._total
            if target > source:
                target -= 1
        if target == source:
            return False
        self.move_requested.emit(item_id, target)
        return False  # the controller reloads; the view must not remove the dragged row


@dataclass
class Group:
    """A heading in a grouped list (a navigator section, a dossier in search results)."""

    key: str
    title: str
    rows: list[Row]


class GroupedModel(QAbstractItemModel):
    """Two levels: headings and their rows. ``row_text`` says how a row reads."""

    def __init__(
        self,
        row_text: Callable[[Row], str],
        parent=None,
        *,
        row_marked: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._row_text = row_text
        self._row_marked = row_marked

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[Group]:
        return self._groups

    def row_for(self, index: Index) -> Row | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def group_for(self, index: Index) -> Group | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()]
        return self._groups[index.internalId() - 1]

    def find(self, group_key: str, item_id: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            if group.key != group_key:
                continue
            for r, row in enumerate(group.rows):
                if row.get("id") == item_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        if row < len(self._groups[parent.row()].rows):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_for(index)
        if row is None:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return group.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._row_text(row)
        if role == Qt.ItemDataRole.DecorationRole and self._row_marked and self._row_marked(row):
            return theme.change_dot()
        if role == ID_ROLE:
            return row.get("id")
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
