"""A meeting (title, date and start time, place, aim, key message, notes) with its agenda, delegation, counterparts and the
commitments made in it.

Extension point: the packs feature adds its meeting actions through
`MainWindow.add_meeting_action`, which puts a button beside the meeting's heading
(`MeetingPage.add_action`) once the page is built (when a meeting is first shown).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.items import (
    AGENDA_ITEM,
    COMMITMENT,
    DELEGATE,
    MEETING,
    MEETING_COUNTERPART,
)
from briefing_app.ui.context import AppContext
from briefing_app.ui.dossier_page import meeting_title
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import kind_label
from briefing_app.ui.lazy_sections import LazySections
from briefing_app.ui.section import SectionController
from briefing_app.ui.section_view import SectionView
from briefing_app.ui.single_item import SingleItemController, SingleItemView


class MeetingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = SingleItemView(MEETING, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.sections = {
            kind.name: SectionView(kind, self)
            for kind in (AGENDA_ITEM, DELEGATE, MEETING_COUNTERPART, COMMITMENT)
        }
        titles = {
            "agenda_item": kind_label(AGENDA_ITEM, plural=True),
            "delegate": kind_label(DELEGATE, plural=True),
            "meeting_counterpart": _tr("Gesprekspartners"),
            "commitment": kind_label(COMMITMENT, plural=True),
        }
        for name, view in self.sections.items():
            self.tabs.addTab(view, titles[name])
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 12, 12, 6)
        top_layout.addWidget(self.details)
        scroll = QScrollArea(self)
        scroll.setWidget(top)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Details above, the agenda, delegation and counterparts below at full width.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def add_action(self, action: QAction) -> QToolButton:
        """Show ``action`` as a button beside the meeting's title (e.g. "Pakket maken…")."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.details.actions.insertWidget(1, button)
        return button


class MeetingController(QObject):
    meeting_renamed = Signal(str)
    meeting_deleted = Signal(str)
    message = Signal(str)

    def __init__(self, page: MeetingPage, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.listing = ctx.listing
        self.meeting_id: str | None = None
        self.details = SingleItemController(page.details, ctx.listing, ctx.edits, ctx.history, self)
        self.details.renamed.connect(self.meeting_renamed)
        self.details.renamed.connect(self._on_details_renamed)
        self.details.deleted.connect(self.meeting_deleted)
        self.ctx = ctx
        # Made when first shown or asked for: a meeting's tabs are not needed at start.
        self.sections = LazySections(page.sections, self._make_section, page.tabs)
        ctx.edits.list_changed.connect(self._on_edits_list_changed)
        self.refresh_pickers()

    def _make_section(self, name: str, view: SectionView) -> SectionController:
        controller = SectionController(
            view,
            self.ctx.listing,
            self.ctx.edits,
            self.ctx.history,
            self.ctx.tracker,
            self,
            parent_field="meeting_id" if name == "commitment" else None,
        )
        controller.message.connect(self.message)
        return controller

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self._show_when_and_where(self.details.show_item(meeting_id))
        self._refresh_leads()
        for name in self.sections:
            self.sections.set_parent(name, meeting_id)

    def _show_when_and_where(self, row: dict[str, object] | None) -> None:
        if row is not None:
            self.page.details.subheading.setText(
                " · ".join(str(row[n]) for n in ("date", "start_time", "place") if row.get(n))
            )

    def _on_details_renamed(self, meeting_id: str) -> None:
        # Any saved field of the meeting: date, time or place may be what changed.
        self._show_when_and_where(self.listing.row("meeting", meeting_id))

    def _refresh_leads(self) -> None:
        """Who may lead an agenda item: the delegates of this meeting, with their role."""
        people = self.listing.delegates(self.meeting_id) if self.meeting_id else []
        options = [
            (str(r["id"]), " – ".join(filter(None, (str(r["name"]), str(r["role"] or "")))))
            for r in people
        ]
        self.sections.set_options("agenda_item", "lead_delegate_id", options)

    def refresh_pickers(self) -> None:
        dossiers = [(str(r["id"]), str(r["title"])) for r in self.listing.dossiers()]
        people = [(str(r["id"]), str(r["name"])) for r in self.listing.stakeholders()]
        meetings = [(str(r["id"]), meeting_title(r)) for r in self.listing.meetings()]
        sources = [(str(r["id"]), str(r["title"])) for r in self.listing.sources()]
        self.sections.set_options("agenda_item", "dossier_id", dossiers)
        self.sections.set_options("meeting_counterpart", "stakeholder_id", people)
        for field, options in (
            ("dossier_id", dossiers),
            ("meeting_id", meetings),
            ("source_id", sources),
        ):
            self.sections.set_options("commitment", field, options)
        self.sections.set_figures("commitment", self.listing.figure_keys())

    def _on_edits_list_changed(self, kind: str, _parent: object) -> None:
        if kind in ("dossier", "stakeholder", "meeting", "source", "figure"):
            self.refresh_pickers()
        if kind == "delegate":
            self._refresh_leads()
