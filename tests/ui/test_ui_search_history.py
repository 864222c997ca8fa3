"""Search while typing and jump to the item; history with a readable diff and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.services.core.history import HistoryService
from briefing_app.ui.history_dialog import HistoryDialog
from briefing_app.ui.search_dialog import DEBOUNCE_MS, SearchDialog


def test_search_shows_ranked_hits_grouped_by_dossier_and_enter_picks_one(qtbot, ctx, filled):
    dialog = SearchDialog(ctx.finder)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field, "opschaling")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=DEBOUNCE_MS * 10)
    group = dialog.model.groups()[0]
    assert group.title == "Wonen"
    assert [row["id"] for row in group.rows] == [filled["points"][2]]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.item_id == filled["points"][2]


def test_search_filters_by_classification(qtbot, ctx, filled, repo):
    repo.update("talking_point", filled["points"][2], {"classification": "vertrouwelijk"})
    dialog = SearchDialog(ctx.finder)
    qtbot.addWidget(dialog)
    dialog.field.setText("opschalingskorting")
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    dialog.classification.setCurrentIndex(dialog.classification.findData("openbaar"))
    assert dialog.model.rowCount() == 0


def test_an_empty_answer_says_nothing_was_found_and_why(qtbot, ctx, filled):
    dialog = SearchDialog(ctx.finder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("korting")  # only inside "opschalingskorting"
    dialog.run_search()
    assert dialog.nothing.isVisible() and not dialog.results.isVisible()
    said = dialog.nothing.text()
    assert said.startswith("Niets gevonden voor \u201ckorting\u201d.")
    assert "hele woorden" in said and "filters" not in said
    dialog.classification.setCurrentIndex(dialog.classification.findData("openbaar"))
    assert "De filters hierboven beperken het zoeken ook." in dialog.nothing.text()
    dialog.field.setText("opschalingskorting")
    dialog.classification.setCurrentIndex(0)
    dialog.run_search()
    assert dialog.results.isVisible() and not dialog.nothing.isVisible()
    assert dialog.model.rowCount() == 1


def test_a_search_hit_opens_its_dossier_section_and_item(qtbot, window, filled, monkeypatch):
    hits = window.ctx.finder.find("opschalingskorting")[0].hits
    monkeypatch.setattr(SearchDialog, "ask", classmethod(lambda cls, parent, finder: hits[0]))
    window.search_action.trigger()
    section = window.dossiers.sections["talking_point"]
    assert window.dossier_page.tabs.currentWidget() is section.view
    assert section.selected_id() == filled["points"][2]
    assert section.view.form.editor("text").text() == "De opschalingskorting moet van tafel."


def test_history_shows_who_when_and_a_word_diff(qtbot, repo, db, filled):
    point = filled["points"][1]
    repo.update("talking_point", point, {"text": "Gemeenten hebben structureel € 3 mld nodig."})
    dialog = HistoryDialog(HistoryService(db), repo_kind("talking_point"), point)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 2)) == "Test Gebruiker"
    assert dialog.diff.toPlainText() == "Tekst\nGemeenten hebben structureel meer € 3 mld nodig."
    diff = dialog.diff.document()
    removed = diff.find("meer")
    added = diff.find("€ 3 mld")
    assert removed.charFormat().fontStrikeOut() and not added.charFormat().fontStrikeOut()
    assert added.charFormat().fontUnderline()


def test_restoring_an_earlier_version_makes_a_new_one_and_can_be_undone(
    qtbot, window, filled, monkeypatch, db
):
    section = window.dossiers.sections["talking_point"]
    window.dossier_page.show_section("talking_point")
    point = filled["points"][1]
    window.ctx.edits.update("talking_point", point, {"text": "Tweede versie"})
    first = window.ctx.history.versions("talking_point", point)[0]
    monkeypatch.setattr(HistoryDialog, "ask", classmethod(lambda cls, *args: first))
    section.select(point)
    section.show_history()
    assert db["talking_points"].get(point)["text"] == "Gemeenten hebben structureel meer nodig."
    versions = window.ctx.history.versions("talking_point", point)
    assert len(versions) == 3 and versions[-1].values["text"] == first.values["text"]
    window.undo_action.trigger()
    assert db["talking_points"].get(point)["text"] == "Tweede versie"


def repo_kind(name):
    from briefing_app.domain.items import kind_named

    return kind_named(name)


def test_history_names_choices_as_the_user_knows_them(qtbot, repo, db, filled):
    point = filled["points"][0]
    repo.update("talking_point", point, {"status": "final", "kind": "key_message"})
    dialog = HistoryDialog(HistoryService(db), repo_kind("talking_point"), point)
    qtbot.addWidget(dialog)
    text = dialog.diff.toPlainText()
    assert "Spreekpunt Kernboodschap" in text and "concept definitief" in text
    assert "final" not in text
