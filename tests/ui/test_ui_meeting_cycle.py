"""A whole meeting by keyboard only: aan tafel, notes, debrief, verslag in two editions."""

from __future__ import annotations

import meetingdata
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app.domain.classification import Classification
from briefing_app.ui.extensions import install_all
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog
from briefing_app.ui.meeting_mode.report_dialog import ReportDialog
from briefing_app.ui.navigator import MEETINGS

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key to whatever has the keyboard focus, as a user would press it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def typed(qtbot, text):
    for char in text:
        press(qtbot, char)


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\xa0", " ")


@pytest.fixture
def main(qtbot, ctx, repo):
    data = meetingdata.build(repo)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    install_all(window, ctx)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.navigator.select(MEETINGS, data.meeting)
    window.data = data
    return window


def test_a_whole_meeting_by_keyboard(qtbot, main, db, monkeypatch, tmp_path):
    data = main.data
    actions = main.meeting_actions
    asked = []
    monkeypatch.setattr(DebriefDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    monkeypatch.setattr(DebriefDialog, "offer", classmethod(lambda cls, parent: True))

    # Aan tafel, with its one shortcut.
    qtbot.keyClick(main, Qt.Key.Key_T, CTRL)
    mode = actions.mode
    assert mode is not None and mode.window.isFullScreen()
    page = mode.window
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)

    # Step through the agenda.
    press(qtbot, Qt.Key.Key_Right)
    assert page.item_label.text().startswith("2 / 2   Wmo")
    press(qtbot, Qt.Key.Key_Left)
    assert page.item_label.text().startswith("1 / 2   Wonen")

    # Find a hard question by typing; Enter shows it.
    typed(qtbot, "abonnement")
    assert [e.text for e in mode.found] == ["Is het abonnementstarief niet te duur?"]
    press(qtbot, Qt.Key.Key_Return)
    assert page.item_label.text().startswith("2 / 2   Wmo")
    press(qtbot, Qt.Key.Key_PageUp)

    # The bottom line on, and off with one key.
    press(qtbot, Qt.Key.Key_F2)
    assert "GEHEIM-ondergrens" in mode.page_text()
    press(qtbot, Qt.Key.Key_Escape)
    assert "GEHEIM" not in mode.page_text()

    # Each kind of note.
    for key, line in (
        (Qt.Key.Key_1, "Rijk wil eerst de evaluatie afwachten"),
        (Qt.Key.Key_2, "2"),
        (Qt.Key.Key_3, "Minister BZK: stuurt brief over de indexering, uiterlijk 2024-07-01"),
        (Qt.Key.Key_4, "Wat kost de halvering precies?"),
    ):
        press(qtbot, key, CTRL)
        assert QApplication.focusWidget() is page.note_field
        typed(qtbot, line)
        press(qtbot, Qt.Key.Key_Return)
        assert page.note_field.text() == "", page.status_label.text()
    press(qtbot, Qt.Key.Key_F9)  # a vertrouwelijk commitment
    press(qtbot, Qt.Key.Key_N, CTRL)
    typed(qtbot, "t: VNG: GEHEIM-toezegging over de cijfers 2024-06-30")
    press(qtbot, Qt.Key.Key_Return)
    assert "✓ gebruikt" in mode.page_text()

    # Leave: the debrief is offered (the question itself: see the test below).
    press(qtbot, Qt.Key.Key_Escape)
    assert actions.mode is None
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0][2] == data.meeting

    # The debrief, field by field with Tab.
    from briefing_app.services.meetings.debrief import load_debrief

    dialog = DebriefDialog(load_debrief(db, data.meeting), main.ctx.repo, main)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    first = dialog.items[0]
    first.outcome.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.outcome)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # — → Akkoord → Deels akkoord
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "Rijk bereid tot halvering vanaf 2026")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "Korting blijft, gehalveerd")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "Ambtelijk uitwerken")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Home)  # openbaar: for the members
    assert first.outcome.currentData() == "deels"
    assert first.level.currentData() == "openbaar"
    assert first.next_steps.text() == "Ambtelijk uitwerken"
    second = dialog.items[1]
    second.outcome.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second.outcome)
    press(qtbot, Qt.Key.Key_End)  # uitgesteld, intern
    promise = dialog.commitments[0]
    assert (promise.party.text(), promise.due.text()) == ("Minister BZK", "2024-07-01")
    promise.owner.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is promise.owner)
    typed(qtbot, "Sharon Dijksma")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Home)  # openbaar
    dialog.revise.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.revise)
    press(qtbot, Qt.Key.Key_Space)  # flag the first position or talking point
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()

    commitments = list(db.query("SELECT * FROM commitments ORDER BY due_on"))
    assert [(c["party"], c["classification"]) for c in commitments] == [
        ("VNG", "vertrouwelijk"),
        ("Minister BZK", "openbaar"),
    ]
    assert db.execute("SELECT count(*) FROM revise_flags").fetchone()[0] == 1

    # The verslag in two editions.
    reports = {}
    for level in (Classification.OPENBAAR, Classification.INTERN):
        target = tmp_path / f"verslag-{level.value}.pdf"
        monkeypatch.setattr(
            ReportDialog, "ask", classmethod(lambda cls, *a, lv=level, t=target: (lv, t))
        )
        actions.report_action.trigger()
        reports[level] = pdf_text(target)
    openbaar, intern = reports[Classification.OPENBAAR], reports[Classification.INTERN]
    for text in (openbaar, intern):
        assert "Wonen — Deels akkoord" in text
        assert "Rijk bereid tot halvering vanaf 2026" in text
        assert (
            "Stuurt brief over de indexering" in text or "stuurt brief over de indexering" in text
        )
        assert "1 juli 2024" in text and "Sharon Dijksma" in text
        assert "GEHEIM" not in text  # a vertrouwelijk note or commitment never reaches it
    assert "Wmo — Uitgesteld" in intern
    assert "Wmo — Geen uitkomst vastgelegd" in openbaar  # the intern outcome stays out
    assert "Het Rijk wil de korting handhaven" in intern  # what we expected (intern)
    assert "Het Rijk wil de korting handhaven" not in openbaar


def test_the_verslag_dialog_chooses_edition_and_file_by_keyboard(qtbot, tmp_path):
    dialog = ReportDialog(tmp_path, "Overleg juni")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (Classification.OPENBAAR, tmp_path / "verslag-openbaar.pdf")
    qtbot.keyClick(dialog.edition, Qt.Key.Key_Down)
    assert dialog.chosen() == (Classification.INTERN, tmp_path / "verslag-intern.pdf")


def test_debrief_refuses_a_due_date_that_is_no_date_and_keeps_the_text(qtbot, db, repo):
    from briefing_app.services.meetings.debrief import load_debrief
    from briefing_app.services.meetings.notes import add_note

    data = meetingdata.build(repo)
    add_note(repo, data.meeting, "t: VNG: cijfers leveren", default_type="said")
    dialog = DebriefDialog(load_debrief(db, data.meeting), repo)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.commitments[0].due, "volgende week")
    dialog.save()
    assert "'volgende week' is geen datum" in dialog.error_label.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert db.execute("SELECT count(*) FROM commitments").fetchone()[0] == 0
    assert dialog.commitments[0].due.text() == "volgende week"


def test_the_debrief_is_offered_and_enter_accepts(qtbot):
    box = DebriefDialog.offer_box(None)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.result() == QMessageBox.StandardButton.Yes
    assert "nabespreken" in box.text()
