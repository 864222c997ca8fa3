"""The main window's menu bar, in the order a Qt user expects.

Bestand: new dossier, meeting and counterpart; what features add (backups, bundles, figures);
Instellingen; Afsluiten always last. Bewerken: undo and redo; find; new item, history and
delete of the item being worked on. Zoeken: search and what features add. Pakket: filled by the
packs feature. Help: the shortcuts overview and what Briefing guarantees; Over Briefing last.
`WindowMenus.add` puts a feature's action before its menu's closing group, so Afsluiten and
Over Briefing stay at the bottom whatever is added later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from briefing_app.ui.i18n import tr as _tr

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

PACK_MENU = "pack"


class WindowMenus:
    """Builds the menus of ``window`` and sets its actions (``window.search_action``, ...)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self._closing: dict[str, QAction] = {}  # per menu: add features' actions before this
        self._added: set[str] = set()  # menus that hold a feature's entry already
        bar = window.menuBar()
        for key, title in (
            ("file", _tr("&Bestand")),
            ("edit", _tr("Be&werken")),
            ("search", _tr("&Zoeken")),
            (PACK_MENU, _tr("&Pakket")),
            ("help", _tr("&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        self.menus[PACK_MENU].menuAction().setVisible(False)  # until the packs feature fills it
        self._file()
        self._edit()
        self._search()
        self._help()

    def add(self, menu: str, action: QAction) -> None:
        """Add a feature's ``action`` to ``menu``, above the menu's closing group."""
        target = self.menus[menu]
        closing = self._closing.get(menu)
        if closing is not None:
            if menu not in self._added:  # the features' entries form a group of their own
                self._added.add(menu)
                target.insertSeparator(closing)
            target.insertAction(closing, action)
        else:
            target.addAction(action)
        target.menuAction().setVisible(True)
        self.window.addAction(action)  # its shortcut works wherever the focus is

    # -- the menus ---------------------------------------------------------------------------

    def _file(self) -> None:
        w, menu = self.window, self.menus["file"]
        w.new_dossier_action = self._action(
            _tr("Nieuw dossier…"), "Ctrl+Shift+D", w._on_new_dossier
        )
        w.new_meeting_action = self._action(
            _tr("Nieuw overleg…"), "Ctrl+Shift+O", w._on_new_meeting
        )
        w.new_stakeholder_action = self._action(
            _tr("Nieuwe gesprekspartner…"), "Ctrl+Shift+G", w._on_new_stakeholder
        )
        w.settings_action = self._action(_tr("Instellingen…"), "Ctrl+,", w._on_settings)
        w.quit_action = self._action(_tr("Afsluiten"), QKeySequence.StandardKey.Quit, w.close)
        for action in (w.new_dossier_action, w.new_meeting_action, w.new_stakeholder_action):
            menu.addAction(action)
        self._closing["file"] = menu.addSeparator()
        menu.addAction(w.settings_action)
        menu.addSeparator()
        menu.addAction(w.quit_action)

    def _edit(self) -> None:
        w, menu = self.window, self.menus["edit"]
        stack = w.ctx.edits.undo_stack
        w.undo_action = stack.createUndoAction(w, _tr("Ongedaan maken"))
        w.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        w.redo_action = stack.createRedoAction(w, _tr("Opnieuw"))
        w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (w.undo_action, w.redo_action):
            menu.addAction(action)
            w.addAction(action)
        menu.addSeparator()
        w.search_action = self._action(_tr("Zoeken…"), "Ctrl+K", w._on_search)
        w.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        menu.addAction(w.search_action)
        menu.addSeparator()
        w.new_item_action = self._action(_tr("Nieuw item…"), "Ctrl+N", w._on_new_item)
        w.history_action = self._action(_tr("Geschiedenis…"), "Ctrl+H", w.show_history)
        # Del is the list's own key (a text field needs it too): shown beside the entry (after
        # a tab, where a menu shows shortcuts), not made a window shortcut.
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        w.delete_action = self._action(f"{_tr('Verwijderen')}\t{delete_key}", None, w.delete_item)
        for action in (w.new_item_action, w.history_action, w.delete_action):
            menu.addAction(action)

    def _search(self) -> None:
        self.menus["search"].addAction(self.window.search_action)

    def _help(self) -> None:
        w, menu = self.window, self.menus["help"]
        w.shortcuts_action = self._action(_tr("Sneltoetsen"), "F1", w.show_shortcuts)
        w.guarantees_action = self._action(_tr("Wat gegarandeerd is"), None, w.show_guarantees)
        w.about_action = self._action(_tr("Over Briefing"), None, w._on_about)
        menu.addAction(w.shortcuts_action)
        menu.addAction(w.guarantees_action)
        self._closing["help"] = menu.addSeparator()
        menu.addAction(w.about_action)

    def _action(self, text: str, shortcut: object, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action
