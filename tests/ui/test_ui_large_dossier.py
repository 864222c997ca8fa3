"""Large dossiers: a jump from search, history or a link reaches any row, at any depth.

The data is what `briefing demo` generates (one dossier of over 20,000 talking points), opened
in the real main window; rows deep in the list are never loaded until the jump asks for them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from briefing_app.services.dataset.demo import generate
from briefing_app.services.dataset.demo_spec import DemoSpec
from briefing_app.store.connection import connect
from briefing_app.ui.context import AppContext
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.search_dialog import SearchDialog
from briefing_app.ui.settings import AppSettings

TALKING_POINTS = 20_300


@pytest.fixture(scope="module")
def large_db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "demo.db"
    generate(path, DemoSpec(dossiers=1, talking_points=TALKING_POINTS, seed=3, history=False))
    return path


@pytest.fixture
def large_window(qtbot, qapp, large_db_file, tmp_path):
    db = connect(large_db_file, migrate=False)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.user_name = "Test Gebruiker"
    window = MainWindow(AppContext.build(large_db_file, db, settings))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_first()
    yield window
    window.close()
    db.close()


def _point_at(window, position: int) -> dict:
    """The talking point at ``position`` in its dossier's own order, read straight from SQL."""
    sql = (
        "SELECT id, dossier_id, text FROM talking_points ORDER BY sort_order, rowid "
        "LIMIT 1 OFFSET ?"
    )
    row = window.ctx.db.execute(sql, [position]).fetchone()
    return {"id": row[0], "dossier_id": row[1], "text": row[2]}


@pytest.mark.parametrize("position", [10, 250, 4_728, 20_000, 20_191, TALKING_POINTS - 1])
def test_a_jump_reaches_any_row_of_a_large_dossier(large_window, position):
    point = _point_at(large_window, position)
    assert large_window.jump_to("talking_points", point["id"], point["dossier_id"])
    section = large_window.dossiers.sections["talking_point"]
    assert large_window.dossier_page.tabs.currentWidget() is section.view
    assert section.selected_id() == point["id"]
    assert section.view.table.currentIndex().row() == position
    assert section.view.form.editor("text").text() == point["text"]


def test_a_search_hit_deep_in_the_list_opens_with_enter(large_window, monkeypatch):
    point = _point_at(large_window, 20_000)
    hits = [
        h
        for g in large_window.ctx.finder.find(point["text"], limit=500)
        for h in g.hits
        if h.item_id == point["id"]
    ]
    assert hits, "the generated text is found by search"
    monkeypatch.setattr(SearchDialog, "ask", classmethod(lambda cls, parent, finder: hits[0]))
    large_window.search_action.trigger()
    section = large_window.dossiers.sections["talking_point"]
    assert section.selected_id() == point["id"]
    assert "niet (meer) te vinden" not in large_window.statusBar().currentMessage()


def test_undo_reveals_an_edit_deep_in_the_list(large_window):
    """History's way in: undo shows the item it changed, wherever it stands."""
    point = _point_at(large_window, 19_500)
    large_window.ctx.edits.update("talking_point", point["id"], {"text": "Gewijzigd diep"})
    large_window.jump_to("talking_points", _point_at(large_window, 3)["id"], point["dossier_id"])
    large_window.undo_action.trigger()
    section = large_window.dossiers.sections["talking_point"]
    assert section.selected_id() == point["id"]
    assert section.view.form.editor("text").text() == point["text"]


def test_search_says_how_many_match_beyond_the_first_60_and_shows_more(qtbot, large_window):
    finder = large_window.ctx.finder
    dialog = SearchDialog(finder)
    qtbot.addWidget(dialog)
    dialog.field.setText("gemeenten")
    dialog.run_search()
    total = finder.count("gemeenten")
    assert total > 1_000
    expected = f"{total:,}".replace(",", ".")
    assert dialog.summary.text() == f"eerste 60 van {expected}"
    assert sum(len(g.rows) for g in dialog.model.groups()) == 60
    assert not dialog.more_button.isHidden()
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)  # answered by the worker
    qtbot.waitUntil(lambda: sum(len(g.rows) for g in dialog.model.groups()) == 120)
    assert dialog.summary.text() == f"eerste 120 van {expected}"


def test_a_small_result_says_its_plain_count(qtbot, large_window):
    dialog = SearchDialog(large_window.ctx.finder)
    qtbot.addWidget(dialog)
    dialog.field.setText("zzzonbekendwoord")
    dialog.run_search()
    assert dialog.summary.text() == "0 resultaten" and dialog.more_button.isHidden()


def test_the_section_counts_its_items_with_a_thousands_separator(large_window):
    section = large_window.dossiers.sections["talking_point"]
    assert section.view.count_label.text() == f"{TALKING_POINTS:,} items".replace(",", ".")
    tabs = large_window.dossier_page.tabs
    title = tabs.tabText(tabs.indexOf(section.view))
    assert title.endswith(f"({TALKING_POINTS:,})".replace(",", "."))
