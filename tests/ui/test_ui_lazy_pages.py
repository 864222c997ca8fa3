"""The meeting and counterpart pages are built when first shown, not at start.

The first screen is a dossier. Features that add buttons beside a meeting (packs, meeting mode)
install before the meeting page exists: their buttons appear, in their order, when a meeting is
first shown, and their menu entries and shortcuts work before that. A page built while
"Bekijken als" shows an edition is read-only like the rest. The summary's texts can be selected
with the mouse once it comes over them (not before: each selectable label is a text document).
"""

from __future__ import annotations

import meetingdata
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from briefing_app.ui.extensions import install_all
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.navigator import MEETINGS, STAKEHOLDERS


@pytest.fixture
def data(repo):
    return meetingdata.build(repo)


@pytest.fixture
def main(qtbot, ctx, data):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    install_all(window, ctx)
    window.resize(1400, 900)
    window.open_first()
    return window


def _buttons(page):
    layout = page.details.actions
    found = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.defaultAction() for w in found if isinstance(w, QToolButton) and w.defaultAction()]


def test_the_first_screen_builds_neither_the_meeting_nor_the_counterpart_page(main):
    assert main.stack.count() == 1
    assert main.stack.currentWidget() is main.dossier_page
    assert main.current_meeting_id() is None


def test_a_meeting_shown_gets_the_buttons_that_waited_for_it_in_their_order(main, data):
    assert main.navigator.select(MEETINGS, data.meeting)
    assert main.stack.currentWidget() is main.meeting_page
    assert main.current_meeting_id() == data.meeting
    modes, packs = main.meeting_actions, main.pack_actions
    # Each feature puts its button first beside the heading, as when the page was built at
    # start: the last one installed stands first.
    assert _buttons(main.meeting_page) == [
        modes.report_action,
        modes.debrief_action,
        modes.table_action,
        packs.meeting_action,
    ]
    assert main.meeting_page.details.form.editor("title").text() == "Overleg fondsbeheerders juni"


def test_meeting_mode_opens_from_its_shortcut_before_any_meeting_page_exists(
    qtbot, main, data, monkeypatch
):
    from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog

    monkeypatch.setattr(DebriefDialog, "offer", classmethod(lambda cls, parent: None))
    actions = main.meeting_actions
    assert actions.table_action.shortcut().toString() == "Ctrl+T"
    actions.table_action.trigger()
    mode = actions.mode
    assert mode.table.meeting_id == data.meeting  # the next meeting, as from the menu
    qtbot.keyClick(mode.window, Qt.Key.Key_Escape)
    assert main.stack.count() == 1  # still not built


def test_a_counterpart_page_built_while_viewing_an_edition_is_read_only(main, data):
    main.view_as.set_level("openbaar")
    person = next(iter(main.ctx.listing.stakeholders()))
    assert main.navigator.select(STAKEHOLDERS, str(person["id"]))
    page = main.stakeholder_page
    assert main.stack.currentWidget() is page
    name = page.details.form.editor("name")
    assert name.text() == person["name"]
    assert name.isReadOnly()
    assert not page.details.delete_button.isEnabled()
    main.view_as.set_level(None)
    assert not name.isReadOnly() and page.details.delete_button.isEnabled()


def test_the_summary_texts_become_selectable_when_the_mouse_comes_over_them(qtbot, main):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication, QLabel

    summary = main.dossier_page.summary
    main.show()
    qtbot.waitExposed(main)

    def texts():
        return [w for w in summary.widget().findChildren(QLabel) if w.wordWrap()]

    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert texts() and all(w.textInteractionFlags() != selectable for w in texts())
    point = QPointF(5, 5)
    QApplication.sendEvent(summary, QEnterEvent(point, point, summary.mapToGlobal(point)))
    assert all(w.textInteractionFlags() == selectable for w in texts())
    main.dossiers.refresh_summary()  # texts made afresh stay selectable
    QApplication.processEvents()
    assert all(w.textInteractionFlags() == selectable for w in texts() if w.isVisible())
