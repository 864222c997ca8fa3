"""Editing a meeting's plan in the app: start time, aim, key message, and who leads each agenda
item for how long; a wrong time is refused at its field and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def plan(repo, filled):
    meeting = repo.create("meeting", {"title": "Overleg half juni", "date": "2024-06-14"})
    leads = [
        repo.create("delegate", {"meeting_id": meeting, "name": name, "role": role})
        for name, role in (("Sharon Dijksma", "voorzitter"), ("Leonard Geluk", "directeur"))
    ]
    item = repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": filled["dossier"]})
    return {"meeting": meeting, "leads": leads, "item": item}


def type_line(form, name, text):
    editor = form.editor(name)
    editor.setText(text)
    editor.setModified(True)
    editor.editingFinished.emit()


def shown(section, title):
    model = section.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return [model.data(model.index(r, titles.index(title))) for r in range(model.rowCount())]


def test_the_meeting_takes_a_start_time_aim_and_key_message(qtbot, ctx, plan, db):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_item("meeting", plan["meeting"])
    form = window.meeting_page.details.form
    type_line(form, "start_time", "9.30")
    assert db["meetings"].get(plan["meeting"])["start_time"] == "09:30"
    assert form.editor("start_time").text() == "09:30"
    assert "09:30" in window.meeting_page.details.subheading.text()
    for name, text in (
        ("aim", "Voornemens omzetten in afspraken"),
        ("key_message", "Niet opgelost"),
    ):
        editor = form.editor(name)
        text_edit = getattr(editor, "edit", editor)  # the aim may cite figures: a richer field
        text_edit.setPlainText(text)
        editor.flush()
        assert db["meetings"].get(plan["meeting"])[name] == text

    type_line(form, "start_time", "25:00")
    assert "UU:MM" in form.error("start_time")
    assert db["meetings"].get(plan["meeting"])["start_time"] == "09:30"


def test_an_agenda_item_gets_a_lead_from_the_delegation_and_minutes(qtbot, ctx, plan, db, repo):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_item("meeting", plan["meeting"])
    section = window.meetings.sections["agenda_item"]
    section.select(plan["item"])
    lead = section.view.form.editor("lead_delegate_id")
    names = [lead.itemText(i) for i in range(lead.count())]
    assert names == ["— geen —", "Sharon Dijksma – voorzitter", "Leonard Geluk – directeur"]
    lead.setCurrentIndex(lead.findData(plan["leads"][1]))
    lead.activated.emit(lead.currentIndex())
    type_line(section.view.form, "minutes", "25")
    row = db["agenda_items"].get(plan["item"])
    assert (row["lead_delegate_id"], row["minutes"]) == (plan["leads"][1], 25)
    assert shown(section, "Woordvoerder") == ["Leonard Geluk"]
    assert shown(section, "Minuten") == ["25"]
    type_line(section.view.form, "minutes", "een half uur")
    assert section.view.form.error("minutes")
    assert db["agenda_items"].get(plan["item"])["minutes"] == 25

    # A delegate added to the meeting can lead at once.
    repo.create("delegate", {"meeting_id": plan["meeting"], "name": "Derde lid"})
    window.meetings.show_meeting(plan["meeting"])
    section.select(plan["item"])
    assert lead.findText("Derde lid") > 0
