"""Figure references read as current values in search results, and a figure without a value
reads "onbekend" in the language of the interface."""

from __future__ import annotations

import pytest

from briefing_app.services.core.finder import render_hit
from briefing_app.services.figures.book import FigureBook
from briefing_app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN, Hit
from briefing_app.ui.i18n import Translations
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.search_dialog import SearchDialog


@pytest.fixture
def translations(qapp):
    installed = Translations(qapp)
    yield installed
    installed.install("nl")  # translators are global to the application: leave it Dutch


def result_texts(dialog):
    model = dialog.model
    texts = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        texts += [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    return texts


def test_search_results_show_figures_with_their_current_values(qtbot, ctx, filled, repo, db):
    dialog = SearchDialog(ctx.finder)
    qtbot.addWidget(dialog)
    dialog.field.setText("accres daalt")
    dialog.run_search()
    texts = result_texts(dialog)
    assert "Spreekpunt: Het accres daalt met € 675 mln." in texts
    assert not any("{fig:" in t for t in texts)

    figure = next(db["figures"].rows)["id"]
    repo.update("figure", figure, {"value": 700_000_000.0})
    dialog.run_search()
    assert "Spreekpunt: Het accres daalt met € 700 mln." in result_texts(dialog)


def test_a_snippet_that_cuts_a_reference_in_half_shows_no_half_reference():
    book = FigureBook.from_rows([{"key": "accres_2025", "value": 675e6, "unit": "eur"}])
    hit = Hit(
        "talking_points",
        "x",
        None,
        "Het accres daalt met {fig:accres_2025}.",
        f"…het {SNIPPET_OPEN}accres{SNIPPET_CLOSE} is {{fig:{SNIPPET_OPEN}accres{SNIPPET_CLOSE}"
        "_2025} en {fig:accres_20…",
        "intern",
        "draft",
        "",
    )
    shown = render_hit(hit, book)
    assert shown.title.replace("\xa0", " ") == "Het accres daalt met € 675 mln."
    assert (
        shown.snippet.replace("\xa0", " ")
        == f"…het {SNIPPET_OPEN}accres{SNIPPET_CLOSE} is € 675 mln en …"
    )


def test_a_figure_without_value_reads_unknown_in_the_chosen_language(
    qtbot, ctx, filled, repo, translations
):
    repo.create(
        "figure",
        {"dossier_id": filled["dossier"], "key": "tekort", "label": "Tekort", "unit": "eur"},
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_first()
    assert "Tekort: onbekend" in window.dossier_page.summary.texts()

    translations.install("en")
    english = MainWindow(ctx)
    qtbot.addWidget(english)
    english.open_first()
    summary = english.dossier_page.summary.texts()
    assert "Tekort: unknown" in summary
    assert not any("onbekend" in text for text in summary)
    figures = english.dossiers.sections["figure"]
    assert figures.model.data(figures.model.index(1, 1)) == "unknown"
