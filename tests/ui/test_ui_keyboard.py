"""The keyboard as a Qt user expects it: focus where the user came to type, Tab order top to
bottom, shortcuts between section tabs and panes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing_app.domain.items import TALKING_POINT, kind_named
from briefing_app.ui.new_item_dialog import NewItemDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def tab_stops(window, start, count):
    """The next ``count`` widgets that Tab reaches from ``start`` (visible ones only)."""
    stops, widget = [], start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            stops.append(widget)
    return stops


def test_the_new_item_dialog_starts_on_the_text(qtbot, filled):
    dialog = NewItemDialog(TALKING_POINT, {"dossier_id": filled["dossier"]}, {}, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.form.editor("text")
    assert dialog.focusWidget() is text.edit
    qtbot.keyClicks(dialog.focusWidget(), "Geen nieuwe taken")
    assert text.text() == "Geen nieuwe taken"


def test_a_new_dossier_starts_on_its_title(qtbot):
    dialog = NewItemDialog(kind_named("dossier"), {}, {}, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.form.editor("title")


def test_tab_goes_from_the_section_tabs_into_the_overview_then_into_a_section(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    bar = window.dossier_page.tabs.tabBar()
    overview = window.dossier_page.overview
    first = tab_stops(window, bar, 1)[0]
    assert overview.isAncestorOf(first), first
    window.dossier_page.show_section("talking_point")
    QApplication.processEvents()  # a section built on first show shows its widgets queued
    section = window.dossier_page.sections["talking_point"]
    first = tab_stops(window, bar, 1)[0]
    assert section.isAncestorOf(first), first


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    """A key pressed wherever the focus is now (a shortcut is the window's, not a widget's)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


@pytest.fixture
def shown(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def test_ctrl_tab_and_ctrl_page_keys_walk_the_section_tabs(qtbot, shown):
    tabs = shown.dossier_page.tabs
    shown.navigator_view.setFocus()  # outside the tabs: QTabWidget's own keys do not reach
    assert tabs.currentIndex() == 0
    press(qtbot, shown, Qt.Key.Key_Tab)
    assert tabs.currentIndex() == 1
    shown.dossier_page.overview.form.editor("title").setFocus()  # and from inside a text
    press(qtbot, shown, Qt.Key.Key_PageDown)
    assert tabs.currentIndex() == 2
    press(qtbot, shown, Qt.Key.Key_PageUp)
    assert tabs.currentIndex() == 1
    press(qtbot, shown, Qt.Key.Key_PageUp)
    press(qtbot, shown, Qt.Key.Key_PageUp)
    assert tabs.currentIndex() == tabs.count() - 1  # round the end, as Qt's tabs do
    press(qtbot, shown, Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert tabs.currentIndex() == tabs.count() - 2


def test_ctrl_1_2_3_focus_the_navigator_the_list_and_the_form(qtbot, shown, filled):
    shown.dossier_page.show_section("talking_point")
    QApplication.processEvents()
    section = shown.dossiers.sections["talking_point"]
    press(qtbot, shown, Qt.Key.Key_1)
    assert QApplication.focusWidget() is shown.navigator_view
    press(qtbot, shown, Qt.Key.Key_2)
    assert QApplication.focusWidget() is section.view.table
    press(qtbot, shown, Qt.Key.Key_3)
    assert QApplication.focusWidget() is section.view.form.editor("text").edit
    shown.dossier_page.show_section("overview")
    press(qtbot, shown, Qt.Key.Key_3)
    assert QApplication.focusWidget() is shown.dossier_page.overview.form.editor("title")
    press(qtbot, shown, Qt.Key.Key_2)  # the overview has no list: the tab bar, to pick one
    assert QApplication.focusWidget() is shown.dossier_page.tabs.tabBar()


def menu_texts(window, key):
    return [
        a.text().split("\t")[0] for a in window.menus.menus[key].actions() if not a.isSeparator()
    ]


def test_menus_in_the_usual_order_with_afsluiten_last(qtbot, window, ctx):
    from briefing_app.ui.extensions import install_all

    install_all(window, ctx)  # features add their entries to Bestand
    file_menu = menu_texts(window, "file")
    assert file_menu[-2:] == ["Instellingen…", "Afsluiten"]
    assert len(file_menu) > 5, "the features' entries are there, above Instellingen"
    assert menu_texts(window, "edit") == [
        "Ongedaan maken",
        "Opnieuw",
        "Zoeken…",
        "Nieuw item…",
        "Geschiedenis…",
        "Verwijderen",
    ]
    help_menu = menu_texts(window, "help")
    assert help_menu[:2] == ["Sneltoetsen", "Wat gegarandeerd is"]
    assert help_menu[-1] == "Over Briefing"


def test_bewerken_history_and_delete_act_on_the_selected_item(qtbot, shown, filled, monkeypatch):
    from briefing_app.ui.history_dialog import HistoryDialog

    section = shown.dossiers.sections["talking_point"]
    shown.dossier_page.show_section("talking_point")
    section.select(filled["points"][1])
    asked = []
    monkeypatch.setattr(
        HistoryDialog,
        "ask",
        classmethod(lambda cls, parent, history, kind, item: asked.append(item)),
    )
    shown.history_action.trigger()
    assert asked == [filled["points"][1]]
    shown.delete_action.trigger()
    assert shown.ctx.repo.db["talking_points"].count == 2
    shown.undo_action.trigger()
    assert shown.ctx.repo.db["talking_points"].count == 3


def test_the_shortcuts_overview_names_the_window_keys(qtbot, window):
    from briefing_app.ui.help_dialogs import ShortcutsDialog, window_shortcuts

    rows = window_shortcuts(window.menus.menus.values(), window.pane_keys.actions)
    dialog = ShortcutsDialog(rows)
    qtbot.addWidget(dialog)
    texts = {dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())}
    keys = {dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())}
    assert {"Zoeken", "Ongedaan maken", "Volgend onderdeel", "Naar de lijst"} <= texts
    assert "Ctrl+K / Ctrl+F" in keys and "Ctrl+2" in keys


def test_a_sorted_column_shows_its_arrow_and_the_own_order_none(qtbot, window):
    window.dossier_page.show_section("talking_point")
    section = window.dossiers.sections["talking_point"]
    header = section.view.table.horizontalHeader()
    assert not header.isSortIndicatorShown()
    text_column = [c.key for c in section.model.columns()].index("text")
    header.sectionClicked.emit(text_column)
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == text_column
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    header.sectionClicked.emit(text_column)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    section.view.own_order_button.click()
    assert not header.isSortIndicatorShown()


def test_the_last_tab_of_each_dossier_is_remembered(qtbot, window, repo, ctx):
    other = repo.create("dossier", {"slug": "jeugd", "title": "Jeugdzorg"})
    window.navigator.reload()
    first = window.dossiers.dossier_id
    window.dossier_page.show_section("figure")
    window.open_item("dossier", other)
    assert window.dossier_page.current_section() == "overview"
    window.dossier_page.show_section("source")
    window.open_item("dossier", first)
    assert window.dossier_page.current_section() == "figure"
    window.open_item("dossier", other)
    assert window.dossier_page.current_section() == "source"
    assert ctx.settings.last_tab(first) == "figure"  # kept in QSettings for the next start


def test_about_names_the_version_and_the_open_database(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from briefing_app import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window.about_action.trigger()
    assert shown and shown[0].startswith(f"Briefing {__version__}\n")
    assert shown[0].endswith(f"Database: {window.ctx.db_path}")


def test_the_toolbar_undo_follows_the_menu_and_names_what_it_undoes(qtbot, window, filled):
    toolbar_undo = next(a for a in window.toolbar.actions() if a.text() == "Ongedaan maken")
    assert not toolbar_undo.isEnabled()
    window.ctx.edits.update("dossier", filled["dossier"], {"title": "Nieuwe titel"})
    assert toolbar_undo.isEnabled() and toolbar_undo.text() == "Ongedaan maken"
    assert toolbar_undo.toolTip().startswith(window.undo_action.text())
    toolbar_undo.trigger()
    assert window.ctx.repo.get("dossier", filled["dossier"])["title"] != "Nieuwe titel"


def test_the_guarantees_say_what_the_readme_says_of_bundles_and_other_tools():
    from briefing_app.ui.help_dialogs import guarantees

    limits = dict(guarantees())["Niet gegarandeerd"]
    bundles = next(line for line in limits if "bundel" in line and "Verwijderingen" in line)
    assert (
        "gedeeltelijke" in bundles and "een volledige bundel en het synchroniseren wel" in bundles
    )
    assert any(line.startswith("Wijzigen met andere SQLite-programma's") for line in limits)
