"""A dossier: its overview and its sections (positions, figures, talking points, ...).

The page holds layout; `DossierController` points every section at the chosen dossier and keeps
the figure list (for `{fig:` completion and rendering) and the pickers current.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from briefing_app.domain.items import (
    DOSSIER,
    FIGURE,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    POSITION,
    SOURCE,
    TALKING_POINT,
    ItemKind,
)
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label
from briefing_app.ui.section import SectionController
from briefing_app.ui.section_view import SectionView
from briefing_app.ui.single_item import SingleItemController, SingleItemView

# The sections of a dossier, in the order a delegation reads them.
SECTION_KINDS: tuple[ItemKind, ...] = (
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    SOURCE,
    MEMBER_SIGNAL,
)


class DossierPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = SingleItemView(DOSSIER, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(_tr("Onderdelen van het dossier"))
        self.sections: dict[str, SectionView] = {}
        overview_box = QWidget(self)
        box = QVBoxLayout(overview_box)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.overview)
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


class DossierController(QObject):
    """Shows one dossier at a time in a DossierPage."""

    dossier_renamed = Signal(str)
    dossier_deleted = Signal(str)
    message = Signal(str)

    def __init__(self, page: DossierPage, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.listing = ctx.listing
        self.dossier_id: str | None = None
        self.overview = SingleItemController(
            page.overview, ctx.listing, ctx.edits, ctx.history, self
        )
        self.overview.renamed.connect(self.dossier_renamed)
        self.overview.deleted.connect(self.dossier_deleted)
        self.sections: dict[str, SectionController] = {}
        for name, view in page.sections.items():
            controller = SectionController(
                view, ctx.listing, ctx.edits, ctx.history, ctx.tracker, self
            )
            controller.count_changed.connect(lambda n, k=name: self._on_section_count_changed(k, n))
            controller.message.connect(self.message)
            self.sections[name] = controller
        ctx.edits.item_changed.connect(self._on_edits_changed)
        ctx.edits.list_changed.connect(self._on_edits_changed)
        self.refresh_pickers()

    def show_dossier(self, dossier_id: str | None) -> None:
        self.dossier_id = dossier_id
        row = self.overview.show_item(dossier_id)
        if row is not None:
            self.page.overview.subheading.setText(str(row.get("slug", "")))
        for name, controller in self.sections.items():
            controller.set_parent(None if name == "source" else dossier_id)

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
        figures = self.listing.figure_keys()
        sources = [(str(r["id"]), str(r["title"])) for r in self.listing.sources()]
        people = [(str(r["id"]), str(r["name"])) for r in self.listing.stakeholders()]
        for controller in self.sections.values():
            controller.set_figures(figures)
            controller.set_options("source_id", sources)
            controller.set_options("stakeholder_id", people)
        self.page.overview.form.set_figures(figures)

    def _on_edits_changed(self, kind: str, *_args: object) -> None:
        if kind in ("figure", "source", "stakeholder"):
            self.refresh_pickers()

    def _on_section_count_changed(self, kind: str, count: int) -> None:
        view = self.page.sections[kind]
        index = self.page.tabs.indexOf(view)
        title = kind_label(view.kind, plural=True)
        self.page.tabs.setTabText(index, f"{title} ({count:n})" if count else title)
