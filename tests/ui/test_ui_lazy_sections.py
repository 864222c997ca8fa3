"""A page builds a section when it is first needed: opening a dossier builds only its overview.

The tab titles still count every section's items; a section built late (its tab clicked, an
item in it jumped to, a meeting opened) shows the dossier, figures and pickers it would have
shown had it been built at the start.
"""

from __future__ import annotations

from briefing_app.ui.navigator import MEETINGS


def _tab_titles(page):
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_opening_a_dossier_builds_no_section_but_counts_them_all(window, filled):
    assert window.dossiers.sections.built() == {}
    assert not any(view.built for view in window.dossier_page.sections.values())
    titles = _tab_titles(window.dossier_page)
    assert any(t.startswith("Spreekpunten") and t.endswith("(3)") for t in titles), titles
    assert any(t.startswith("Kerncijfers") and t.endswith("(1)") for t in titles), titles


def test_a_tab_shown_builds_its_section_with_the_dossiers_items(qtbot, window, filled):
    window.show()
    qtbot.waitExposed(window)
    page = window.dossier_page
    page.tabs.setCurrentWidget(page.sections["talking_point"])
    assert set(window.dossiers.sections.built()) == {"talking_point"}
    section = window.dossiers.sections["talking_point"]
    assert section.model.total == 3
    text = section.view.form.editor("text")
    assert "Het accres daalt" in text.text()
    assert "675" in text.preview.text()  # the figure it cites, rendered
    # Pickers and figures reached it although it was made after they were set.
    source = section.view.form.editor("source_id")
    assert source.findData(filled["source"]) >= 0
    assert [f["key"] for f in section._figures] == ["accres_2025"]


def test_a_jump_builds_the_section_it_lands_in(window, filled):
    assert window.jump_to("talking_points", filled["points"][2], filled["dossier"])
    section = window.dossiers.sections.built()["talking_point"]
    assert section.selected_id() == filled["points"][2]
    assert window.dossier_page.tabs.currentWidget() is section.view


def test_a_meeting_builds_its_first_tab_when_shown(qtbot, window, repo, dossier):
    meeting = repo.create("meeting", {"title": "Bestuurlijk overleg", "date": "2024-06-12"})
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier, "aim": "Accres"})
    window.navigator.reload()
    window.show()
    qtbot.waitExposed(window)
    assert window.meetings.sections.built() == {}
    assert window.navigator.select(MEETINGS, meeting)
    agenda = window.meetings.sections.built()["agenda_item"]
    assert agenda.model.total == 1
    assert set(window.meetings.sections.built()) == {"agenda_item"}
