"""A dossier's figures are read when a text first needs them, once for all its fields.

Opening a dossier whose overview cites no figure reads none (the figure book is start-up time
at scale); typing `{fig:` or showing a text that cites one reads them, and the fields of the
dossier then share what was read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.ui.figure_rows import FigureRows
from briefing_app.ui.main_window import MainWindow


def test_figure_rows_are_read_on_first_use_and_kept():
    reads = []

    def read():
        reads.append(1)
        return [{"key": "a", "label": "A", "display": "1"}]

    rows = FigureRows(read)
    assert reads == []
    assert [r["key"] for r in rows] == ["a"] and len(rows) == 1 and rows[0]["label"] == "A"
    assert reads == [1]


def _counting(monkeypatch, listing):
    calls = []
    original = listing.figure_keys

    def figure_keys():
        calls.append(1)
        return original()

    monkeypatch.setattr(listing, "figure_keys", figure_keys)
    return calls


def test_a_dossier_that_cites_nothing_reads_no_figures_until_a_text_needs_them(
    qtbot, ctx, filled, monkeypatch
):
    calls = _counting(monkeypatch, ctx.listing)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_first()
    window.show()
    qtbot.waitExposed(window)
    assert calls == []

    summary = window.dossier_page.overview.form.editor("summary")
    summary.edit.setFocus()
    qtbot.keyClicks(summary.edit, "Het accres {fig:")
    popup = summary.edit.completer.popup()
    assert popup.isVisible() and summary.edit.completer.completionCount() == 1
    assert calls == [1]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)

    # A section whose text cites a figure renders it from what was read, not read again.
    window.dossier_page.show_section("talking_point")
    section = window.dossiers.sections["talking_point"]
    section.select(filled["points"][0])
    assert "675" in section.view.form.editor("text").preview.text()
    assert calls == [1]
