"""A dossier: its overview and its sections (positions, figures, talking points, ...).

The page holds layout; `DossierController` points every section at the chosen dossier and keeps
the figure list (for `{fig:` completion and rendering) and the pickers current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from briefing_app.domain.items import (
    COMMITMENT,
    DOSSIER,
    FIGURE,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    POSITION,
    POSITION_KIND_LABELS,
    SOURCE,
    TALKING_POINT,
    ItemKind,
)
from briefing_app.services.core.listing import ListQuery
from briefing_app.ui.columns import figure_value
from briefing_app.ui.context import AppContext
from briefing_app.ui.figure_rows import FigureRows
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label, label
from briefing_app.ui.lazy_sections import LazySections
from briefing_app.ui.messages import with_marks
from briefing_app.ui.models import one_line
from briefing_app.ui.section_view import SectionView
from briefing_app.ui.single_item import SingleItemController, SingleItemView
from briefing_app.ui.summary_view import SummaryView

if TYPE_CHECKING:  # imported with the first section shown (start-up time)
    from briefing_app.ui.section import SectionController

# The sections of a dossier, in the order a delegation reads them.
SECTION_KINDS: tuple[ItemKind, ...] = (
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    SOURCE,
    MEMBER_SIGNAL,
    COMMITMENT,
)
# Sections listed by another field than their kind's parent (commitments have two).
PARENT_FIELDS = {"commitment": "dossier_id"}


class DossierPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made before the overview: Tab follows the order in which widgets are made, and the
        # tabs stand above the overview (cheaper than reordering the chain: see ui.focus).
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(_tr("Onderdelen van het dossier"))
        self.overview = SingleItemView(DOSSIER, self)
        self.sections: dict[str, SectionView] = {}
        self.summary = SummaryView(self)
        overview_box = QSplitter(Qt.Orientation.Horizontal, self)
        form_box = QWidget(overview_box)
        box = QVBoxLayout(form_box)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.overview)
        overview_box.addWidget(form_box)
        overview_box.addWidget(self.summary)
        overview_box.setSizes([560, 520])
        overview_box.setChildrenCollapsible(False)
        self.tabs.addTab(overview_box, _tr("Overzicht"))
        for kind in SECTION_KINDS:
            view = SectionView(kind, self)
            self.sections[kind.name] = view
            self.tabs.addTab(view, kind_label(kind, plural=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_section(self, kind: str) -> None:
        view = self.sections.get(kind)
        self.tabs.setCurrentWidget(view if view is not None else self.tabs.widget(0))

    def current_section(self) -> str:
        """The kind of the section shown, or "overview"."""
        shown = self.tabs.currentWidget()
        return next((name for name, view in self.sections.items() if view is shown), "overview")


def meeting_title(row: dict[str, object]) -> str:
    """A meeting in a picker: its date first, so that meetings with one title stay apart."""
    return " · ".join(str(row[k]) for k in ("date", "title") if row.get(k))


def _glance(row: dict[str, object]) -> str:
    """One line of the summary: a figure with its value, a position with its kind."""
    if "display_value" in row:
        return f"{row['label']}: {figure_value(row)}"
    text = one_line(with_marks(row.get("text_rendered", row.get("text"))), 400)
    if row.get("party") is not None and row.get("kind") in POSITION_KIND_LABELS:
        return f"{label(POSITION_KIND_LABELS[str(row['kind'])])}: {text}"
    return f"• {text}"


class DossierController(QObject):
    """Shows one dossier at a time in a DossierPage."""

    dossier_renamed = Signal(str)
    dossier_deleted = Signal(str)
    message = Signal(str)

    def __init__(self, page: DossierPage, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = ctx
        self.listing = ctx.listing
        self.dossier_id: str | None = None
        self.overview = SingleItemController(
            page.overview, ctx.listing, ctx.edits, ctx.history, self
        )
        self.overview.renamed.connect(self.dossier_renamed)
        self.overview.deleted.connect(self.dossier_deleted)
        # Made when first shown or asked for (start-up builds only the overview).
        self.sections = LazySections(page.sections, self._make_section, page.tabs)
        ctx.edits.item_changed.connect(self._on_edits_changed)
        ctx.edits.list_changed.connect(self._on_edits_changed)
        page.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.refresh_pickers()

    def _make_section(self, name: str, view: SectionView) -> SectionController:
        from briefing_app.ui.section import SectionController  # with the first section shown

        controller = SectionController(
            view,
            self.ctx.listing,
            self.ctx.edits,
            self.ctx.history,
            self.ctx.tracker,
            self,
            parent_field=PARENT_FIELDS.get(name),
        )
        controller.count_changed.connect(lambda n, k=name: self._on_section_count_changed(k, n))
        controller.message.connect(self.message)
        return controller

    def show_dossier(self, dossier_id: str | None) -> None:
        self.dossier_id = dossier_id
        row = self.overview.show_item(dossier_id)
        if row is not None:
            self.page.overview.subheading.setText(str(row.get("slug", "")))
        for name in self.sections:
            self.sections.set_parent(name, None if name == "source" else dossier_id)
        self._count_unbuilt()
        self.refresh_summary()
        if dossier_id is not None:  # the tab the user last had open in this dossier
            self.page.show_section(self.ctx.settings.last_tab(dossier_id) or "overview")

    def _count_unbuilt(self) -> None:
        """The tab titles of sections not made yet count their items too."""
        built = self.sections.built()
        for name in self.sections:
            if name not in built:
                parent = None if name == "source" else self.dossier_id
                query = ListQuery(name, parent, parent_field=PARENT_FIELDS.get(name))
                self._on_section_count_changed(name, self.listing.count(query))

    def refresh_summary(self) -> None:
        """The overview's glance: what must land, what we want, what we accept, what they hold."""
        if self.dossier_id is None:
            self.page.summary.set_blocks([])
            return

        def texts(kind: str, limit: int = 6, **filters: tuple[str, ...]) -> list[str]:
            query = ListQuery(kind, self.dossier_id, **filters)
            rows = self.listing.page(query, 0, limit)
            return [_glance(row) for row in rows]

        edition = self.listing.edition
        confidential = (
            (
                _tr("Ondergrens en BATNA (vertrouwelijk)"),
                texts("position", kinds=("bottom_line", "batna")),
            ),
        )
        self.page.summary.set_blocks(
            [
                (label("Kernboodschappen"), texts("talking_point", kinds=("key_message",))),
                (
                    _tr("Onze inzet"),
                    texts("position", parties=("ours",), kinds=("opening", "target")),
                ),
                # Below vertrouwelijk the block is not shown at all, as in that edition's pack.
                *(confidential if edition is None or edition.is_full else ()),
                (_tr("Verwacht standpunt van het Rijk"), texts("position", parties=("theirs",))),
                (label("Kerncijfers"), texts("figure", limit=8)),
            ]
        )

    def show_item(self, kind: str, item_id: str) -> bool:
        """Open the section of ``kind`` and select the item (a jump from search)."""
        if kind == "dossier":
            self.page.show_section("overview")
            return True
        controller = self.sections.get(kind)
        if controller is None:
            return False
        self.page.show_section(kind)
        return controller.select(item_id)

    def refresh_pickers(self) -> None:
        """Figures for `{fig:` completion, sources and counterparts for the pickers."""
        figures = FigureRows(self.listing.figure_keys)  # read when a text first cites one
        sources = [(str(r["id"]), str(r["title"])) for r in self.listing.sources()]
        people = [(str(r["id"]), str(r["name"])) for r in self.listing.stakeholders()]
        dossiers = [(str(r["id"]), str(r["title"])) for r in self.listing.dossiers()]
        meetings = [(str(r["id"]), meeting_title(r)) for r in self.listing.meetings()]
        for name in self.sections:
            self.sections.set_figures(name, figures)
            self.sections.set_options(name, "source_id", sources)
            self.sections.set_options(name, "stakeholder_id", people)
        self.sections.set_options("commitment", "dossier_id", dossiers)
        self.sections.set_options("commitment", "meeting_id", meetings)
        self.page.overview.form.set_figures(figures)

    def _on_edits_changed(self, kind: str, *_args: object) -> None:
        if kind in ("figure", "source", "stakeholder", "dossier", "meeting"):
            self.refresh_pickers()
        if kind in ("figure", "position", "talking_point"):
            self.refresh_summary()

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.dossier_id is not None:
            self.ctx.settings.set_last_tab(self.dossier_id, self.page.current_section())

    def _on_section_count_changed(self, kind: str, count: int) -> None:
        view = self.page.sections[kind]
        index = self.page.tabs.indexOf(view)
        title = kind_label(view.kind, plural=True)
        self.page.tabs.setTabText(index, f"{title} ({_count(count)})" if count else title)
