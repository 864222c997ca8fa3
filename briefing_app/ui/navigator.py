"""The navigator: dossiers, meetings and counterparts, in one tree on the left.

`NavigatorController` fills a `GroupedModel` from `ListingService` and says which item the user
chose; dossiers with items changed since the tracked moment carry the change mark.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from briefing_app.services.core.listing import ListingService
from briefing_app.ui.context import ChangeTracker
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import label
from briefing_app.ui.models import Group, GroupedModel, one_line

Row = dict[str, object]
DOSSIERS, MEETINGS, STAKEHOLDERS = "dossier", "meeting", "stakeholder"


def _row_text(row: Row) -> str:
    if "name" in row:
        role = row.get("role")
        return one_line(f"{row['name']} — {role}" if role else row["name"], 90)
    if "date" in row:
        date = _short_date(str(row.get("date") or ""))
        return one_line(f"{date} · {row['title']}" if date else row["title"], 90)
    changed = row.get("changed_count")
    title = one_line(row.get("title"), 90)
    return f"{title}  ({_count(int(changed))})" if changed else title


def _short_date(iso: str) -> str:
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, "d MMM yyyy") if day.isValid() else iso


class NavigatorView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(_tr("Navigator"))
        self.setMinimumWidth(240)


class NavigatorController(QObject):
    chosen = Signal(str, str)  # group (dossier, meeting, stakeholder), item id

    def __init__(
        self,
        view: NavigatorView,
        listing: ListingService,
        tracker: ChangeTracker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.listing = listing
        self.tracker = tracker
        self.model = GroupedModel(
            _row_text, view, row_marked=lambda r: bool(r.get("changed_count"))
        )
        view.setModel(self.model)
        view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        tracker.moment_changed.connect(self._on_tracker_moment_changed)

    def reload(self) -> None:
        current = self.current()
        counts = self.listing.dossier_changes(self.tracker.since)
        dossiers = [
            {**r, "changed_count": counts.get(str(r["id"]), 0)} for r in self.listing.dossiers()
        ]
        self.model.set_groups(
            [
                Group(DOSSIERS, label("Dossiers"), dossiers),
                Group(MEETINGS, label("Overleggen"), self.listing.meetings()),
                Group(STAKEHOLDERS, label("Gesprekspartners"), self.listing.stakeholders()),
            ]
        )
        self.view.expandAll()
        if current:
            self.select(*current, emit=False)

    def select(self, group: str, item_id: str, *, emit: bool = True) -> bool:
        index = self.model.find(group, item_id)
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        selection.blockSignals(not emit)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.view.scrollTo(index)
        return True

    def first(self, group: str) -> str | None:
        for g in self.model.groups():
            if g.key == group and g.rows:
                return str(g.rows[0]["id"])
        return None

    def current(self) -> tuple[str, str] | None:
        index = self.view.selectionModel().currentIndex()
        row, group = self.model.row_for(index), self.model.group_for(index)
        return (group.key, str(row["id"])) if row and group else None

    def _on_tracker_moment_changed(self, _since: str) -> None:
        self.reload()

    def _on_view_current_changed(self, *_args: object) -> None:
        current = self.current()
        if current:
            self.chosen.emit(*current)
