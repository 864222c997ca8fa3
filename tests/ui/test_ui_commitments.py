"""Commitments (toezeggingen) on the dossier and meeting pages, and a counterpart's own page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.ui.new_item_dialog import NewItemDialog


@pytest.fixture
def meeting(repo, filled):
    meeting = repo.create("meeting", {"title": "Bestuurlijk overleg juni", "date": "2026-06-12"})
    person = repo.create(
        "stakeholder", {"slug": "bzk", "name": "Minister van BZK", "kind": "counterpart"}
    )
    repo.create("meeting_counterpart", {"meeting_id": meeting, "stakeholder_id": person})
    repo.create(
        "position",
        {
            "dossier_id": filled["dossier"],
            "party": "theirs",
            "kind": "expected",
            "stakeholder_id": person,
            "text": "Het Rijk houdt vast aan {fig:accres_2025}.",
            "our_answer": "Dat dekt de tekorten niet.",
        },
    )
    made = [
        repo.create(
            "commitment",
            {
                "meeting_id": meeting,
                "dossier_id": filled["dossier"],
                "party": "Rijk",
                "text": "Het Rijk stuurt voor 1 juli een brief over het accres.",
                "due_on": "2026-07-01",
            },
        ),
        repo.create(
            "commitment",
            {"dossier_id": filled["dossier"], "party": "VNG", "text": "VNG levert cijfers aan."},
        ),
    ]
    return {"meeting": meeting, "person": person, "commitments": made}


def shown(section, column_title):
    model = section.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    column = titles.index(column_title)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def commitments_of_dossier(window):
    window.dossier_page.show_section("commitment")
    return window.dossiers.sections["commitment"]


def test_the_dossier_lists_its_commitments_by_due_date(qtbot, ctx, meeting, filled):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_first()
    section = commitments_of_dossier(window)
    # Without a due date first (NULL sorts first), then by date; the meeting is named.
    assert shown(section, "Toezegging") == [
        "VNG levert cijfers aan.",
        "Het Rijk stuurt voor 1 juli een brief over het accres.",
    ]
    section.select(meeting["commitments"][0])
    assert section.view.form.editor("meeting_id").currentText() == (
        "2026-06-12 · Bestuurlijk overleg juni"
    )
    assert shown(section, "Stand") == ["open", "open"]
    assert window.dossier_page.tabs.tabText(7) == "Toezeggingen (2)"
    # Ordered by date, not by hand: no move buttons, Ctrl+Down moves nothing.
    assert section.view.up_button.isHidden() and section.view.down_button.isHidden()


def test_add_edit_close_delete_and_undo_a_commitment(qtbot, ctx, meeting, filled, db, monkeypatch):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_first()
    section = commitments_of_dossier(window)
    monkeypatch.setattr(
        NewItemDialog,
        "ask",
        classmethod(
            lambda cls, parent, kind, defaults, options, figures: {
                **defaults,
                "party": "Rijk",
                "text": "Het Rijk komt terug op de opschalingskorting.",
                "due_on": "2026-09-01",
                "state": "open",
            }
        ),
    )
    window.new_item_action.trigger()  # Ctrl+N adds to the open section
    added = section.selected_id()
    assert db["commitments"].get(added)["dossier_id"] == filled["dossier"]
    assert section.model.total == 3

    state = section.view.form.editor("state")
    state.setCurrentIndex(state.findData("done"))
    state.activated.emit(state.currentIndex())
    assert db["commitments"].get(added)["state"] == "done"
    assert shown(section, "Stand")[-1] == "afgerond"
    window.undo_action.trigger()
    assert db["commitments"].get(added)["state"] == "open"

    classification = section.view.form.editor("classification")
    classification.setCurrentIndex(classification.findData("vertrouwelijk"))
    classification.activated.emit(classification.currentIndex())
    assert db["commitments"].get(added)["classification"] == "vertrouwelijk"

    section.select(added)
    section.delete()
    assert section.model.total == 2
    window.undo_action.trigger()
    assert section.model.total == 3
    assert db["commitments"].get(added)["text"].startswith("Het Rijk komt terug")


def test_the_meeting_lists_the_commitments_made_in_it(qtbot, ctx, meeting, filled):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_item("meeting", meeting["meeting"])
    section = window.meetings.sections["commitment"]
    assert shown(section, "Toezegging") == [
        "Het Rijk stuurt voor 1 juli een brief over het accres."
    ]
    assert section.view.form.editor("dossier_id").currentText() == "Wonen"
    assert shown(section, "Uiterlijk") == ["2026-07-01"]
    titles = [window.meeting_page.tabs.tabText(i) for i in range(window.meeting_page.tabs.count())]
    assert "Toezeggingen" in titles


def test_a_counterpart_shows_its_meetings_and_expected_positions(qtbot, ctx, meeting, filled):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_item("stakeholder", meeting["person"])
    page = window.stakeholder_page
    assert page.details.heading.text() == "Minister van BZK"
    meetings = page.meetings.model
    assert meetings.rowCount() == 1
    assert meetings.data(meetings.index(0, 1)) == "Bestuurlijk overleg juni"
    positions = page.positions.model
    row = [positions.data(positions.index(0, c)) for c in range(positions.columnCount())]
    assert row == [
        "Wonen",
        "Verwacht standpunt",
        "Het Rijk houdt vast aan € 675 mln.",
        "Dat dekt de tekorten niet.",
    ]
    assert positions.headerData(3, Qt.Orientation.Horizontal) == "Ons antwoord"
    assert page.positions.empty.isHidden()

    # Activating the position opens it in its dossier.
    page.positions.table.activated.emit(positions.index(0, 0))
    assert window.stack.currentWidget() is window.dossier_page
    assert window.dossiers.sections["position"].selected_row()["our_answer"] == (
        "Dat dekt de tekorten niet."
    )


def test_a_counterpart_without_links_explains_how_to_add_them(qtbot, ctx, filled, repo):
    from briefing_app.ui.main_window import MainWindow

    person = repo.create("stakeholder", {"slug": "fin", "name": "Staatssecretaris Financiën"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_item("stakeholder", person)
    page = window.stakeholder_page
    assert page.meetings.table.isHidden() and page.positions.table.isHidden()
    assert "Gesprekspartners" in page.meetings.empty.text()
    assert page.positions.empty.isVisible()


def test_an_empty_list_says_how_to_fill_it(qtbot, ctx, meeting, filled, repo):
    from briefing_app.ui.main_window import MainWindow

    other = repo.create("meeting", {"title": "Nog leeg overleg"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_item("meeting", other)
    view = window.meetings.sections["commitment"].view
    assert view.empty_label.text() == (
        "Nog geen toezeggingen. Klik op Nieuw (Ctrl+N) om er een toe te voegen."
    )
    window.open_first()
    section = window.dossiers.sections["commitment"]
    classification = section.view.classification_filter
    classification.setCurrentIndex(classification.findData("vertrouwelijk"))
    assert section.model.total == 0
    assert section.view.empty_label.text() == (
        "Geen toezeggingen met deze filters. Kies bovenaan andere filters."
    )


def test_only_the_open_commitments(qtbot, ctx, meeting, filled, db):
    from briefing_app.ui.main_window import MainWindow

    db["commitments"].update(meeting["commitments"][1], {"state": "done"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_first()
    section = commitments_of_dossier(window)
    states = section.view.kind_filter
    assert states.itemText(0) == "Open en afgerond"
    states.setCurrentIndex(states.findData("open"))
    assert shown(section, "Toezegging") == [
        "Het Rijk stuurt voor 1 juli een brief over het accres."
    ]
    states.setCurrentIndex(states.findData("done"))
    assert shown(section, "Stand") == ["afgerond"]
