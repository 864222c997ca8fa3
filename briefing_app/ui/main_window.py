"""The main window: navigator on the left, the chosen dossier, meeting or counterpart beside it.

The window holds layout, menus and shortcuts; behaviour lives in the controllers it creates.
Other features add themselves without editing this file: `pack_menu` / `add_pack_action()` for
packs, `add_menu_action(menu_name, action)` for any menu, `add_meeting_action()` for buttons
beside a meeting, and the `meeting_chosen` / `dossier_chosen` signals to follow the user's
choice (see `briefing_app/ui/extensions.py`). The meeting and counterpart pages are built when
first shown or asked for (`ui.lazy_pages`): the first screen is a dossier.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.items import (
    DOSSIER,
    KINDS_BY_TABLE,
    MEETING,
    STAKEHOLDER,
    ItemKind,
    kind_named,
)
from briefing_app.ui.context import AppContext
from briefing_app.ui.dossier_page import DossierController, DossierPage
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.keyboard import PaneKeys
from briefing_app.ui.lazy_pages import LazyPage, PendingActions
from briefing_app.ui.menus import PACK_MENU, WindowMenus
from briefing_app.ui.navigator import (
    DOSSIERS,
    MEETINGS,
    STAKEHOLDERS,
    NavigatorController,
    NavigatorView,
)
from briefing_app.ui.toolbar import MainToolbar
from briefing_app.ui.view_as import EditionSwitch, ViewAsBanner, apply_to_views

if TYPE_CHECKING:  # built on first use, and imported then (start-up time)
    from briefing_app.ui.meeting_page import MeetingController, MeetingPage
    from briefing_app.ui.stakeholder_page import StakeholderController, StakeholderPage


class MainWindow(QMainWindow):
    dossier_chosen = Signal(str)
    meeting_chosen = Signal(str)
    language_requested = Signal(str)  # the user chose another language in the settings
    settings_saved = Signal()  # the settings dialog stored new choices
    encryption_requested = Signal()  # the user asked to encrypt or decrypt the database

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Briefing — %1").replace("%1", ctx.db_path.name))
        self.navigator_view = NavigatorView(self)
        self.dossier_page = DossierPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.dossier_page)
        self._meeting = LazyPage(self.stack, self._make_meeting_page)
        self._stakeholder = LazyPage(self.stack, self._make_stakeholder_page)
        self._meeting_actions = PendingActions()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigator_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1100])
        splitter.setChildrenCollapsible(False)
        self.view_as_banner = ViewAsBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view_as_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.navigator = NavigatorController(self.navigator_view, ctx.listing, ctx.tracker, self)
        self.dossiers = DossierController(self.dossier_page, ctx, self)
        self.edition_switch = EditionSwitch(ctx.listing, lambda: ctx.finder, ctx.edits, self)
        self.menus = WindowMenus(self)
        self.pane_keys = PaneKeys(self, self.navigator_view, self.stack)
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.navigator.reload()
        if ctx.listing.edition is not None:  # a new window (another language) keeps the view
            self.view_as.set_level(ctx.listing.edition.level)

    # -- extension points ----------------------------------------------------------------

    @property
    def pack_menu(self) -> QMenu:
        return self.menus.menus[PACK_MENU]

    def add_pack_action(self, action: QAction) -> None:
        """Add an action to the "Pakket" menu (shown as soon as it holds one)."""
        self.add_menu_action(PACK_MENU, action)

    def add_menu_action(self, menu: str, action: QAction) -> None:
        """Add ``action`` to a menu: "file", "edit", "search", "pack" or "help" (in Bestand and
        Help above Afsluiten and Over Briefing, which stay last)."""
        self.menus.add(menu, action)

    def add_meeting_action(self, action: QAction) -> None:
        """Show ``action`` as a button beside a meeting's title (e.g. "Pakket maken…"); it
        waits for the meeting page when that is not built yet."""
        self._meeting_actions.add(action)

    def current_dossier_id(self) -> str | None:
        return self.dossiers.dossier_id

    def current_meeting_id(self) -> str | None:
        return self.meetings.meeting_id if self._meeting.built() else None

    # -- pages built on first use --------------------------------------------------------

    @property
    def meeting_page(self) -> MeetingPage:
        return self._meeting.page()

    @property
    def meetings(self) -> MeetingController:
        return self._meeting.controller()

    @property
    def stakeholder_page(self) -> StakeholderPage:
        return self._stakeholder.page()

    @property
    def stakeholders(self) -> StakeholderController:
        return self._stakeholder.controller()

    def _make_meeting_page(self) -> tuple[MeetingPage, MeetingController]:
        from briefing_app.ui.meeting_page import MeetingController, MeetingPage

        page = MeetingPage(self)
        controller = MeetingController(page, self.ctx, self)
        controller.message.connect(self._on_controller_message)
        controller.meeting_renamed.connect(self._on_item_renamed)
        controller.meeting_deleted.connect(self._on_item_deleted)
        self._meeting_actions.attach(page.add_action)
        self._show_as_edition(page)
        return page, controller

    def _make_stakeholder_page(self) -> tuple[StakeholderPage, StakeholderController]:
        from briefing_app.ui.stakeholder_page import StakeholderController, StakeholderPage

        page = StakeholderPage(self)
        ctx = self.ctx
        controller = StakeholderController(page, ctx.listing, ctx.edits, ctx.history, self)
        controller.renamed.connect(self._on_item_renamed)
        controller.deleted.connect(self._on_item_deleted)
        controller.open_requested.connect(self._on_stakeholders_open_requested)
        self._show_as_edition(page)
        return page, controller

    def _show_as_edition(self, page: QWidget) -> None:
        """A page built while "Bekijken als" shows an edition shows it too."""
        if self.edition_switch.edition is not None:
            apply_to_views(page, self.edition_switch.edition)

    # -- navigation ----------------------------------------------------------------------

    def open_item(self, group: str, item_id: str) -> None:
        if group == DOSSIERS:
            self.stack.setCurrentWidget(self.dossier_page)
            if item_id != self.dossiers.dossier_id:
                self.dossiers.show_dossier(item_id)
                self.ctx.settings.last_dossier = item_id
            self.dossier_chosen.emit(item_id)
        elif group == MEETINGS:
            self.stack.setCurrentWidget(self.meeting_page)
            self.meetings.show_meeting(item_id)
            self.meeting_chosen.emit(item_id)
        elif group == STAKEHOLDERS:
            self.stack.setCurrentWidget(self.stakeholder_page)
            self.stakeholders.show_item(item_id)

    def open_first(self) -> None:
        """The dossier the user had open last, else the first dossier."""
        last = self.ctx.settings.last_dossier
        if not (last and self.navigator.select(DOSSIERS, last)):
            first = self.navigator.first(DOSSIERS)
            if first:
                self.navigator.select(DOSSIERS, first)

    def jump_to(self, table: str, item_id: str, dossier_id: str | None) -> bool:
        """Show an item found by search: its dossier, its section, the item selected."""
        kind = _kind_for_table(table)
        if kind in (MEETINGS, STAKEHOLDERS, DOSSIERS):
            return self.navigator.select(kind, item_id)
        if kind == "source":
            dossier_id = dossier_id or self.dossiers.dossier_id or self.navigator.first(DOSSIERS)
        if kind == "commitment":
            row = self.ctx.repo.get(kind, item_id)
            dossier_id = str(row["dossier_id"]) if row.get("dossier_id") else None
            if dossier_id is None and row.get("meeting_id"):
                return self._jump_in_meeting(kind, item_id, str(row["meeting_id"]))
        if kind in ("agenda_item", "delegate", "meeting_counterpart"):
            meeting = self.ctx.repo.get(kind, item_id)["meeting_id"]
            return self._jump_in_meeting(kind, item_id, str(meeting))
        if kind in ("meeting_note", "agenda_outcome", "revise_flag"):  # shown with their meeting
            meeting = self.ctx.repo.get(kind, item_id)["meeting_id"]
            return self.navigator.select(MEETINGS, str(meeting))
        if not dossier_id or not self.navigator.select(DOSSIERS, dossier_id):
            return False
        self.open_item(DOSSIERS, dossier_id)
        return self.dossiers.show_item(kind, item_id)

    def _jump_in_meeting(self, kind: str, item_id: str, meeting_id: str) -> bool:
        if not self.navigator.select(MEETINGS, meeting_id):
            return False
        self.meeting_page.tabs.setCurrentWidget(self.meeting_page.sections[kind])
        return self.meetings.sections[kind].select(item_id)

    # -- building ------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = MainToolbar(self, self.search_action, self.undo_action, self.redo_action)
        self.baseline = bar.baseline
        self.changed_since = self.baseline.date_edit
        self.view_as = bar.view_as
        self.toolbar = bar
        self.addToolBar(bar)
        self._show_tracker_moment()

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_user()

    def _connect(self) -> None:
        self.navigator.chosen.connect(self.open_item)
        # Bound methods, not lambdas: Qt drops them with this window (a language switch
        # replaces the window while the shared services live on). The meeting and counterpart
        # pages connect theirs when they are built.
        self.dossiers.message.connect(self._on_controller_message)
        self.dossiers.dossier_renamed.connect(self._on_item_renamed)
        self.dossiers.dossier_deleted.connect(self._on_item_deleted)
        self.ctx.edits.list_changed.connect(self._on_edits_list_changed)
        self.ctx.edits.item_changed.connect(self._on_edits_item_changed)
        self.ctx.edits.failed.connect(self._on_edits_failed)
        self.ctx.edits.revealed.connect(self._on_edits_revealed)
        self.baseline.date_chosen.connect(self._on_baseline_date_chosen)
        self.ctx.tracker.moment_changed.connect(self._on_tracker_moment_changed)
        self.view_as.level_chosen.connect(self.edition_switch.choose)
        self.edition_switch.changed.connect(self._on_edition_switch_changed)

    def _show_user(self) -> None:
        self.user_label.setText(_tr("Wijzigingen op naam van %1").replace("%1", self.ctx.repo.user))

    def _show_tracker_moment(self) -> None:
        tracker = self.ctx.tracker
        self.baseline.show_baseline(tracker.since, tracker.pack, tracker.chosen)

    # -- handlers ------------------------------------------------------------------------

    def _on_controller_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_edits_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _on_edits_revealed(self, kind: str, item_id: str) -> None:
        """Undo and redo show what they changed, also when it was out of sight."""
        item_kind = kind_named(kind)
        if kind == "commitment" and self._meeting.is_current():
            meeting = self.ctx.repo.get(item_kind, item_id).get("meeting_id")
            if meeting and str(meeting) == self.current_meeting_id():
                self._jump_in_meeting(kind, item_id, str(meeting))
                return
        if item_kind.parent == "dossier_id" or kind == "source":
            row = self.ctx.repo.get(item_kind, item_id)
            dossier = row.get("dossier_id") or self.current_dossier_id()
            self.jump_to(item_kind.table, item_id, str(dossier) if dossier else None)
        elif kind in (DOSSIERS, MEETINGS, STAKEHOLDERS, "commitment") or (
            item_kind.parent == "meeting_id"
        ):
            self.jump_to(item_kind.table, item_id, None)

    def _on_item_renamed(self, _item_id: str) -> None:
        self.navigator.reload()

    def _on_item_deleted(self, _item_id: str) -> None:
        self.navigator.reload()
        self.open_first()

    def _on_edits_item_changed(self, _kind: str, _item_id: str) -> None:
        self.ctx.tracker.refresh()
        self.navigator.reload()  # the change marks and counts per dossier

    def _on_tracker_moment_changed(self, _since: str) -> None:
        self._show_tracker_moment()

    def _on_edits_list_changed(self, kind: str, _parent: object) -> None:
        if kind in (DOSSIERS, MEETINGS, STAKEHOLDERS):
            self.navigator.reload()
        self.ctx.tracker.refresh()

    def _on_baseline_date_chosen(self, day: dt.date | None) -> None:
        self.ctx.tracker.choose_date(day)

    def _on_edition_switch_changed(self, edition: object) -> None:
        """Show everything again as the chosen edition would (or as it is, to edit)."""
        viewing = edition is not None
        self.view_as_banner.show_edition(self.edition_switch.edition)
        apply_to_views(self, self.edition_switch.edition)
        stack = self.ctx.edits.undo_stack
        self.undo_action.setEnabled(not viewing and stack.canUndo())
        self.redo_action.setEnabled(not viewing and stack.canRedo())
        for action in (
            self.new_dossier_action,
            self.new_meeting_action,
            self.new_stakeholder_action,
            self.new_item_action,
            self.delete_action,
        ):
            action.setEnabled(not viewing)
        current = self.navigator.current()
        self.navigator.reload()
        self.dossiers.refresh_pickers()
        if current and self.navigator.select(*current, emit=False):
            group, item_id = current
            if group == DOSSIERS:
                self.dossiers.show_dossier(item_id)
            else:
                self.open_item(group, item_id)
        else:
            self.open_first()

    def _on_stakeholders_open_requested(self, table: str, item_id: str, dossier: object) -> None:
        self.jump_to(table, item_id, str(dossier) if dossier else None)

    def _on_search(self) -> None:
        from briefing_app.ui.search_dialog import SearchDialog  # on first use: start-up time

        hit = SearchDialog.ask(self, self.ctx.finder)
        if hit is not None and not self.jump_to(hit.kind, hit.item_id, hit.dossier_id):
            self.statusBar().showMessage(_tr("Dit item is niet (meer) te vinden"), 6000)

    def _on_new_item(self) -> None:
        page = self.stack.currentWidget()
        if page is self.dossier_page:
            view = self.dossier_page.tabs.currentWidget()
            for name, section in self.dossier_page.sections.items():
                if section is view:
                    self.dossiers.sections[name].add()
                    return
            self._on_new_dossier()
        elif self._meeting.is_current():
            view = self.meeting_page.tabs.currentWidget()
            for name, section in self.meeting_page.sections.items():
                if section is view:
                    self.meetings.sections[name].add()
        else:
            self._on_new_stakeholder()

    def _create(self, kind: ItemKind, group: str) -> None:
        from briefing_app.ui.new_item_dialog import NewItemDialog  # on first use: start-up time

        values = NewItemDialog.ask(self, kind, {}, {}, [])
        if values is not None:
            item_id = self.ctx.edits.create(kind.name, values)
            if item_id:
                self.navigator.reload()
                self.navigator.select(group, item_id)

    def _on_new_dossier(self) -> None:
        self._create(DOSSIER, DOSSIERS)

    def _on_new_meeting(self) -> None:
        self._create(MEETING, MEETINGS)

    def _on_new_stakeholder(self) -> None:
        self._create(STAKEHOLDER, STAKEHOLDERS)

    def _on_settings(self) -> None:
        from briefing_app.ui.settings_dialog import SettingsDialog  # on first use: start-up time

        chosen = SettingsDialog.ask(self, self.ctx.settings)
        if chosen is None:
            return
        self.ctx.repo.user = self.ctx.settings.user_name
        self._show_user()
        self.settings_saved.emit()
        if chosen.encryption_requested:
            self.encryption_requested.emit()
        elif chosen.language_changed:
            self.language_requested.emit(self.ctx.settings.language)

    def _on_about(self) -> None:
        from briefing_app.ui.help_dialogs import show_about  # on first use: start-up time

        show_about(self, self.ctx.db_path)

    def show_history(self) -> None:
        """Bewerken → Geschiedenis: the history of the item being worked on."""
        view = self.pane_keys.current_item_view()
        if view is not None and view.history_button.isEnabled():
            view.history_button.click()

    def delete_item(self) -> None:
        """Bewerken → Verwijderen: the item being worked on (Ctrl+Z brings it back)."""
        view = self.pane_keys.current_item_view()
        if view is not None and view.delete_button.isEnabled():
            view.delete_button.click()

    def show_shortcuts(self) -> None:
        from briefing_app.ui.help_dialogs import ShortcutsDialog, window_shortcuts

        menus = [m for m in self.menus.menus.values() if m.menuAction().isVisible()]
        ShortcutsDialog.ask(self, window_shortcuts(menus, self.pane_keys.actions))

    def show_guarantees(self) -> None:
        from briefing_app.ui.help_dialogs import GuaranteesDialog

        GuaranteesDialog.ask(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # a field being typed in saves when it loses the focus
        self.ctx.settings.save_window(self.saveGeometry(), self.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)


def _kind_for_table(table: str) -> str:
    kind = KINDS_BY_TABLE.get(table)
    return kind.name if kind else table
