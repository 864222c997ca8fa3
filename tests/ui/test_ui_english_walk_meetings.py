"""In English, the meeting cycle and its packs speak English: meeting mode ("Aan tafel") with its
bottom line, find and note capture, the debrief and the verslag dialog, the export dialog's
meetings (their dates) and its refusals, a verslag that cannot be written; on neutral data (see
`test_ui_english_walk.py`, whose fixtures, word list and helpers this walk reuses)."""

from __future__ import annotations

import pytest
import test_ui_english_walk as walk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_english_walk import assert_english, dutch_in, texts_of

from briefing_app.domain.authors import DATASET_USER
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

english, neutral, window = walk.english, walk.neutral, walk.window  # the walk's fixtures


@pytest.fixture
def table(tmp_path):
    """A meeting with everything meeting mode shows, in words that are neither Dutch nor
    English UI words: aim, key messages, figures with a date, a hard question, the other
    side's expected position, bottom line, BATNA and escalation."""
    db = connect(tmp_path / "table.db")
    seed = Repository(db, user=DATASET_USER)
    dossier = seed.create(
        "dossier", {"slug": "alpha", "title": "Alpha", "escalation": "Sigma omega"}
    )
    seed.create(
        "figure",
        {
            "dossier_id": dossier,
            "key": "gamma",
            "label": "Gamma",
            "unit": "eur",
            "value": 5e6,
            "period": "2030",
            "as_of": "2029-11-01",
            "status": "final",
        },
    )
    repo = Repository(db, user="Tester")
    for kind, text in (
        ("key_message", "Kappa {fig:gamma}"),
        ("talking_point", "Lambda"),
        ("reactive_line", "Mu"),
    ):
        repo.create("talking_point", {"dossier_id": dossier, "kind": kind, "text": text})
    repo.create("hard_question", {"dossier_id": dossier, "question": "Xi?", "answer": "Pi"})
    repo.create("hard_question", {"dossier_id": dossier, "question": "Rho?"})
    stakeholder = seed.create("stakeholder", {"slug": "tau", "name": "Tau", "kind": "counterpart"})
    for party, kind, text in (
        ("theirs", "expected", "Upsilon"),
        ("ours", "bottom_line", "Phi"),
        ("ours", "batna", "Chi"),
    ):
        repo.create(
            "position",
            {
                "dossier_id": dossier,
                "party": party,
                "kind": kind,
                "text": text,
                **({"stakeholder_id": stakeholder} if party == "theirs" else {}),
                "our_answer": "Psi" if party == "theirs" else "",
            },
        )
    meeting = repo.create(
        "meeting",
        {
            "title": "Omega",
            "date": "2030-01-15",
            "start_time": "10:00",
            "place": "Zeta",
            "key_message": "Eta",
        },
    )
    repo.create(
        "agenda_item", {"meeting_id": meeting, "dossier_id": dossier, "aim": "Delta", "minutes": 15}
    )
    yield db, repo, meeting
    db.close()


@pytest.fixture
def mode(qtbot, english, table):
    from briefing_app.services.meetings.table import load_table
    from briefing_app.ui.meeting_mode.controller import MeetingMode
    from briefing_app.ui.meeting_mode.window import MeetingModeWindow

    db, repo, meeting = table
    window = MeetingModeWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    controller = MeetingMode(window, load_table(db, meeting), repo)
    window.show()
    return controller


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


def test_meeting_mode_its_bottom_line_find_and_notes_speak_english(qtbot, mode):
    window = mode.window
    assert "15 January 2030" in window.meeting_label.text()
    assert_english(window)
    text = mode.page_text()
    assert "Expected position" in text or "expected position" in text, text
    qtbot.keyClick(window, Qt.Key.Key_F2)  # the bottom line
    assert "Bottom line: Phi" in mode.page_text(), mode.page_text()
    assert_english(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    mode.open_find("gamma")
    assert window.find_count.text() == "1 found"
    assert "Key figure · Alpha" in window.results.item(0).text()
    assert_english(window)
    mode.close_find()
    mode.open_find("a")  # a question, a figure and talking points
    assert_english(window)
    mode.close_find()
    mode.start_note()
    window.note_field.setText("")
    assert not mode.save_note()  # an empty note is refused, in English
    assert window.status_label.text().startswith("Type the note first"), window.status_label.text()
    assert_english(window)
    qtbot.keyClick(window, Qt.Key.Key_F9)  # vertrouwelijk
    assert window.note_level_label.text() == "Confidential"
    mode.start_note()
    window.note_field.setText("Beta")
    assert mode.save_note()
    assert_english(window)
    mode.start_note()
    window.note_field.setText("t:")  # a commitment without its text
    assert not mode.save_note()
    assert_english(window)


def test_the_debrief_and_the_verslag_dialog_speak_english(qtbot, english, table, tmp_path):
    from briefing_app.services.meetings.debrief import load_debrief
    from briefing_app.services.meetings.notes import add_note
    from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog
    from briefing_app.ui.meeting_mode.report_dialog import ReportDialog

    db, repo, meeting = table
    add_note(repo, meeting, "t: Beta", default_type="said")
    add_note(repo, meeting, "v: Beta", default_type="said")
    dialog = DebriefDialog(load_debrief(db, meeting), repo)
    qtbot.addWidget(dialog)
    assert_english(dialog)
    offer = DebriefDialog.offer_box(None)
    qtbot.addWidget(offer)
    assert_english(offer)
    dialog.commitments[0].take.setChecked(True)
    dialog.commitments[0].party.setText("")
    dialog.save()  # who made the commitment is required
    assert dialog.error_label.text(), "a refusal is shown"
    assert not dutch_in([dialog.error_label.text()])
    dialog.commitments[0].party.setText("Tau")
    dialog.commitments[0].due.setText("soon")
    dialog.save()
    assert "soon" in dialog.error_label.text()
    assert not dutch_in([dialog.error_label.text()])
    report = ReportDialog(tmp_path, "Omega")
    qtbot.addWidget(report)
    # The file name is the Dutch document's own (verslag-openbaar.pdf), as on the command line.
    shown = [t for t in texts_of(report) if t != report.path.text()]
    assert "public — for the members and the committees" in shown
    assert not dutch_in(shown)


def test_the_export_dialog_its_meetings_and_its_refusals_speak_english(
    qtbot, window, tmp_path, monkeypatch
):
    from briefing_app.domain.classification import Classification
    from briefing_app.ui.packs.export_dialog import PackExportDialog

    said: list[str] = []
    monkeypatch.setattr(PackExportDialog, "show_error", lambda self, message: said.append(message))
    window.pack_actions.export_action.trigger()
    dialog = window.pack_actions.dialog
    qtbot.addWidget(dialog)
    meetings = [dialog.meeting.itemText(i) for i in range(dialog.meeting.count())]
    assert "15 January 2030 · Omega" in meetings, meetings
    dialog.edition.setCurrentIndex(dialog.edition.findData(Classification.VERTROUWELIJK.value))
    # The file name is the Dutch pack's own (omega-vertrouwelijk-v1.pdf), as on the command line.
    assert not dutch_in([t for t in texts_of(dialog) if t != dialog.path_edit.text()])
    dialog.export_button.click()  # a confidential edition without recipients
    assert said[-1].startswith("A confidential edition goes out as a numbered copy"), said
    dialog.edition.setCurrentIndex(dialog.edition.findData(Classification.OPENBAAR.value))
    dialog.path_edit.setText(str(tmp_path / "missing" / "omega.pdf"))
    dialog.export_button.click()  # into a folder that does not exist
    qtbot.waitUntil(lambda: len(said) == 2, timeout=30000)
    assert said[-1] == f"The folder {tmp_path / 'missing'} does not exist.", said
    assert not dutch_in([dialog.status.text()]), dialog.status.text()


def test_a_verslag_that_cannot_be_written_says_so_in_english(qtbot, window, tmp_path, monkeypatch):
    from briefing_app.domain.classification import Classification
    from briefing_app.ui.meeting_mode import install as meeting_install
    from briefing_app.ui.meeting_mode.report_dialog import ReportDialog

    said: list[str] = []
    monkeypatch.setattr(meeting_install, "show_message", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(
        ReportDialog, "ask", classmethod(lambda cls, *a: (Classification.INTERN, tmp_path))
    )
    window.navigator.select("meeting", window.navigator.first("meeting"))
    window.meeting_actions.report_action.trigger()
    assert said == [f"{tmp_path} is a folder; give a file name, for example verslag.pdf."]


def test_the_export_log_speaks_english(qtbot, window, tmp_path):
    from briefing_app.domain.classification import Classification
    from briefing_app.domain.copies import numbered_copies
    from briefing_app.services.packs.copies import write_copies
    from briefing_app.services.packs.service import PackRequest, prepare_pack
    from briefing_app.ui.packs.log_dialog import ExportLogDialog

    ctx = window.ctx
    meeting = str(ctx.db.execute("SELECT id FROM meetings").fetchone()[0])
    prepared = prepare_pack(ctx.db, PackRequest(Classification.VERTROUWELIJK, meeting))
    copies = numbered_copies(Classification.VERTROUWELIJK, ["Ada", "Bob"])
    written = write_copies(ctx.repo, prepared, tmp_path / "omega.pdf", copies)
    log = ExportLogDialog(ctx.db)
    qtbot.addWidget(log)
    top = log.tree.topLevelItem(0)
    assert top.text(1) == "confidential"
    assert top.child(0).text(0).startswith("Copy 1 · for Ada (")
    # The file names are the Dutch packs' own (omega-exemplaar-01-ada.pdf), as on the command line.
    names = [path.name for _copy, path in written.files]
    shown = [t for t in texts_of(log) if not any(n in t for n in names)]
    assert not dutch_in(shown), dutch_in(shown)
