"""Keys that move around the main window: between section tabs and between its three panes.

Ctrl+Tab and Ctrl+PgDn go to the next section tab of the page shown (a dossier's or a
meeting's), Ctrl+Shift+Tab and Ctrl+PgUp to the previous one, round the end as Qt's own tab
widgets do. Ctrl+1, Ctrl+2 and Ctrl+3 put the focus in the navigator, the list and the form.
They are window shortcuts, so they work wherever the focus is, a text field included.
`current_item_view` tells the Bewerken menu which item its history and delete act on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from briefing_app.ui.focus import put_focus
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.item_form import ItemForm
from briefing_app.ui.section_view import SectionView
from briefing_app.ui.single_item import SingleItemView

ItemView = SectionView | SingleItemView


class PaneKeys(QObject):
    """The window's navigation shortcuts; `actions` lists them for the shortcuts overview."""

    def __init__(self, window: QWidget, navigator: QWidget, pages: QStackedWidget) -> None:
        super().__init__(window)
        self.navigator = navigator
        self.pages = pages
        self.actions: list[QAction] = []
        keys: list[tuple[str, list[str], Callable[[], object]]] = [
            (_tr("Volgend onderdeel"), ["Ctrl+Tab", "Ctrl+PgDown"], self.next_tab),
            (
                _tr("Vorig onderdeel"),
                ["Ctrl+Shift+Tab", "Ctrl+PgUp", "Ctrl+Shift+Backtab"],
                self.previous_tab,
            ),
            (_tr("Naar de navigator"), ["Ctrl+1"], self.focus_navigator),
            (_tr("Naar de lijst"), ["Ctrl+2"], self.focus_list),
            (_tr("Naar het formulier"), ["Ctrl+3"], self.focus_form),
        ]
        for text, sequences, slot in keys:
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(s) for s in sequences])
            action.triggered.connect(slot)
            window.addAction(action)
            self.actions.append(action)

    # -- section tabs --------------------------------------------------------------------

    def tabs(self) -> QTabWidget | None:
        tabs = getattr(self.pages.currentWidget(), "tabs", None)
        return tabs if isinstance(tabs, QTabWidget) else None

    def next_tab(self) -> None:
        self._step(1)

    def previous_tab(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        tabs = self.tabs()
        if tabs is None or tabs.count() < 2:
            return
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                return

    # -- panes ---------------------------------------------------------------------------

    def focus_navigator(self) -> None:
        put_focus(self.navigator)

    def focus_list(self) -> None:
        """The list of the tab shown; on a tab without one (the overview), the tab bar."""
        shown = self._shown_part()
        lists = [v for v in shown.findChildren(QAbstractItemView) if v.isVisible()]
        if lists:
            put_focus(lists[0])
        elif (tabs := self.tabs()) is not None:
            put_focus(tabs.tabBar())

    def focus_form(self) -> None:
        """The main field of the form of the tab shown, else of the page (a meeting's details)."""
        for part in (self._shown_part(), self.pages.currentWidget()):
            forms = [f for f in part.findChildren(ItemForm) if f.isVisible() and f.isEnabled()]
            if forms and put_focus(forms[0].main_editor()):
                return

    def _shown_part(self) -> QWidget:
        tabs = self.tabs()
        page = self.pages.currentWidget()
        return (tabs.currentWidget() if tabs is not None else None) or page

    # -- the item the menus act on -------------------------------------------------------

    def current_item_view(self) -> ItemView | None:
        """The section or single item the user is working in: where the focus is, else the tab
        shown, else the page's own item (a meeting's details, a counterpart)."""
        page = self.pages.currentWidget()
        widget = QApplication.focusWidget()
        while widget is not None and widget is not page:
            if isinstance(widget, SectionView | SingleItemView) and widget.isVisible():
                return widget
            widget = widget.parentWidget()
        shown = self._shown_part()
        if isinstance(shown, SectionView) and shown.built:
            return shown
        singles = [v for v in shown.findChildren(SingleItemView) if v.isVisible()]
        singles += [v for v in page.findChildren(SingleItemView) if v.isVisible()]
        return singles[0] if singles else None
