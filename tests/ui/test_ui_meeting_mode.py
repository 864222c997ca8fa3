"""Meeting mode by keyboard only: agenda, find, bottom line, clock and notes at the table."""

from __future__ import annotations

import meetingdata
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from briefing_app.services.meetings.notes import list_notes
from briefing_app.ui.meeting_mode.controller import open_meeting_mode


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def data(repo):
    data = meetingdata.build(repo)
    repo.update("agenda_item", data.agenda_wonen, {"minutes": 15})
    repo.update(
        "meeting", data.meeting, {"key_message": "Geen taken zonder geld", "aim": "Afspraken"}
    )
    return data


@pytest.fixture
def mode(qtbot, db, repo, data):
    from briefing_app.services.meetings.table import load_table
    from briefing_app.ui.meeting_mode.controller import MeetingMode
    from briefing_app.ui.meeting_mode.window import MeetingModeWindow

    window = MeetingModeWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    controller = MeetingMode(window, load_table(db, data.meeting), repo, clock=FakeClock())
    window.show()
    return controller


def type_text(qtbot, widget, text):
    for char in text:
        qtbot.keyClick(widget, char)


def test_meeting_mode_follows_the_agenda_by_keyboard(qtbot, mode):
    window = mode.window
    assert window.item_label.text().startswith("1 / 2   Wonen")
    assert window.message_label.text() == "Kernboodschap: Geen taken zonder geld"
    text = mode.page_text()
    for expected in (
        "Korting van tafel",  # the aim
        "OPENBAAR-kern: geen nieuwe taken zonder geld",  # a key message
        "De opschalingskorting van € 675 mln moet van tafel",  # a figure rendered
        "Opschalingskorting: ",  # the figure itself
        "Waarom zouden gemeenten de korting niet zelf opvangen?",
        "Omdat de reserves op zijn: OPENBAAR-antwoord",
        "Minister van BZK, verwacht standpunt: Het Rijk wil de korting handhaven",
        "Ons antwoord: Dan geen nieuwe taken",
    ):
        assert expected in text.replace("\xa0", " "), expected
    assert "GEHEIM" not in text
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.item_label.text().startswith("2 / 2   Wmo")
    assert "Is het abonnementstarief niet te duur?" in mode.page_text()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # stays on the last item
    assert window.item_label.text().startswith("2 / 2")
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.item_label.text().startswith("1 / 2")
    assert window.page.isReadOnly()
    assert window.page.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_typing_finds_a_hard_question_of_another_agenda_item(qtbot, mode):
    window = mode.window
    type_text(qtbot, window, "abonn")
    assert mode.finding
    assert [e.text for e in mode.found] == ["Is het abonnementstarief niet te duur?"]
    assert window.find_count.text() == "1 gevonden"
    type_text(qtbot, window.find_field, "x")
    assert mode.found == [] and window.find_count.text() == "Niets gevonden"
    qtbot.keyClick(window.find_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.find_field, Qt.Key.Key_Return)
    assert not mode.finding
    assert window.item_label.text().startswith("2 / 2   Wmo")
    assert window.page.textCursor().selectedText() == "Is het abonnementstarief niet te duur?"


def test_find_narrows_with_every_keystroke_and_ignores_diacritics(qtbot, mode):
    window = mode.window
    type_text(qtbot, window, "kort")
    kinds = [e.kind for e in mode.found]
    assert kinds == ["question", "figure", "talking_point"]  # questions first
    type_text(qtbot, window.find_field, " tafel")
    assert [e.kind for e in mode.found] == ["talking_point"]
    qtbot.keyClick(window.find_field, Qt.Key.Key_Escape)
    assert not mode.finding and window.find_field.text() == ""


def test_bottom_line_only_after_the_toggle_and_gone_with_one_key(qtbot, mode):
    window = mode.window
    assert "GEHEIM-ondergrens" not in mode.page_text()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    text = mode.page_text()
    assert "Ondergrens: GEHEIM-ondergrens: korting hooguit gehalveerd" in text
    assert "BATNA / plan B: GEHEIM-batna: arbitrage" in text
    assert window.secret_label.text() == "ONDERGRENS ZICHTBAAR"
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # one key: gone, and the window stays
    assert "GEHEIM" not in mode.page_text() and window.secret_label.text() == ""
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "GEHEIM" not in mode.page_text()


def test_the_clock_runs_per_agenda_item_against_its_planned_time(qtbot, mode):
    window, clock = mode.window, mode.clock
    clock.now += 125
    mode.update_clock()
    assert window.clock_label.text() == "02:05 / 15 min"
    assert window.clock_label.property("over") == "false"
    clock.now += 15 * 60
    mode.update_clock()
    assert window.clock_label.property("over") == "true"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.clock_label.text() == "00:00"  # no planned time for Wmo
    clock.now += 30
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.clock_label.text() == "17:05 / 15 min"  # earlier time is kept


def test_each_kind_of_note_is_captured_and_saved(qtbot, mode, db, data):
    window = mode.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.note_field, "Rijk wil eerst evalueren")
    qtbot.keyClick(window.note_field, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.note_type_label.text() == "Spreekpunt gebruikt"
    type_text(qtbot, window.note_field, "2")
    qtbot.keyClick(window.note_field, Qt.Key.Key_Return)
    assert "✓ gebruikt" in mode.page_text()
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the next note is vertrouwelijk
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.note_field, "t: Minister BZK: stuurt brief 2024-07-01")
    qtbot.keyClick(window.note_field, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.note_field, "cijfers 2025 nagaan")
    qtbot.keyClick(window.note_field, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.note_field, "g: 9")
    qtbot.keyClick(window.note_field, Qt.Key.Key_Return)
    assert window.status_label.text().startswith("Er is geen spreekpunt 9")
    assert window.note_field.text() == "g: 9"  # nothing typed is lost

    notes = list_notes(db, data.meeting)
    assert [(n.note_type, n.classification) for n in notes] == [
        ("said", "intern"),
        ("used", "intern"),
        ("commitment", "vertrouwelijk"),
        ("follow_up", "intern"),
    ]
    assert notes[1].talking_point_id == data.talking_points[1]
    assert notes[2].party == "Minister BZK" and notes[2].due_on == "2024-07-01"
    assert all(n.agenda_item_id == data.agenda_wonen for n in notes)


def test_escape_leaves_meeting_mode_and_says_so(qtbot, mode, data):
    left = []
    mode.closed.connect(left.append)
    qtbot.keyClick(mode.window, Qt.Key.Key_Escape)
    assert left == [data.meeting]
    assert not mode.window.isVisible()


def test_open_meeting_mode_refuses_an_unknown_meeting(db, repo):
    from briefing_app.services.packs.selection import PackError

    with pytest.raises(PackError, match="Onbekend overleg"):
        open_meeting_mode(db, repo, "bestaat-niet")


def test_aan_tafel_opens_the_meeting_shown_full_screen(qtbot, ctx, data, monkeypatch):
    from briefing_app.ui.extensions import install_all
    from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog

    offered = []
    monkeypatch.setattr(DebriefDialog, "offer", classmethod(lambda cls, p: offered.append(p)))
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.navigator import MEETINGS

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    install_all(main, ctx)
    main.navigator.select(MEETINGS, data.meeting)
    actions = main.meeting_actions
    assert actions.table_action.shortcut().toString() == "Ctrl+T"
    buttons = main.meeting_page.findChildren(QToolButton)
    assert any(b.defaultAction() is actions.table_action for b in buttons)
    actions.table_action.trigger()
    mode = actions.mode  # deletes itself when closed
    assert mode.window.isFullScreen()
    assert mode.table.meeting_id == data.meeting
    qtbot.keyClick(mode.window, Qt.Key.Key_Escape)
    assert actions.mode is None
    qtbot.waitUntil(lambda: offered == [main])  # leaving offers the debrief


def test_a_note_found_by_search_opens_its_meeting(qtbot, ctx, repo, data):
    from briefing_app.services.meetings.notes import add_note
    from briefing_app.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    note = add_note(repo, data.meeting, "z: Rijk wil wachten", default_type="said")
    (group,) = ctx.finder.find("wachten")
    assert [h.item_id for h in group.hits] == [note.id]
    assert main.jump_to("meeting_notes", note.id, None)
    assert main.current_meeting_id() == data.meeting


def test_meeting_mode_speaks_english_when_chosen(qtbot, qapp, db, repo, data):
    from briefing_app.services.meetings.table import load_table
    from briefing_app.ui.i18n import Translations
    from briefing_app.ui.meeting_mode.controller import MeetingMode
    from briefing_app.ui.meeting_mode.window import MeetingModeWindow

    translations = Translations(qapp)
    assert translations.install("en")
    try:
        window = MeetingModeWindow()
        qtbot.addWidget(window)
        mode = MeetingMode(window, load_table(db, data.meeting), repo, clock=FakeClock())
        assert window.hints_label.text().startswith("→ next  ·  ← previous  ·  type to find")
        assert window.note_type_label.text() == "The other side said"
        assert "KEY MESSAGES" in mode.page_text() and "HARD QUESTIONS" in mode.page_text()
    finally:
        translations.install("nl")
