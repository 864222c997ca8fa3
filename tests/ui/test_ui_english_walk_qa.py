"""Remnants found by walking the real app in English, each kept from coming back: what a
figures file's cells may not hold. Reuses the walk of `test_ui_english_walk.py` (its window,
data, word list and helpers)."""

from __future__ import annotations

import test_ui_english_walk as walk
from test_ui_english_walk import assert_english, dutch_in

english, neutral, window = walk.english, walk.neutral, walk.window  # the walk's fixtures


def test_every_refused_cell_of_a_figures_file_reads_in_english(qtbot, window, tmp_path):
    from briefing_app.services.figures.importing import preview
    from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog

    sheet = tmp_path / "figures.csv"
    sheet.write_text(
        "dossier;key;label;value;unit;status;as_of;year\n"
        ";beta;Beta;3;aantal;;;\n"  # no dossier
        "omega;delta;Delta;3;aantal;;;\n"  # an unknown dossier
        "alpha;epsilon;Epsilon;3;gulden;;;\n"  # an unknown unit
        "alpha;zeta;Zeta;3;;;;\n"  # a new figure without a unit
        "alpha;eta;Eta;1e6;aantal;;;\n"  # scientific notation
        "alpha;theta;Theta;9999999999999999999;aantal;;;\n"  # improbably large
        "alpha;iota;Iota;3;aantal;gamma;;\n"  # an unknown status
        "alpha;kappa;Kappa;3;aantal;;31-02-2030;\n"  # not a date
        "alpha;lambda;Lambda;3;aantal;;;20x0\n"  # not a year
    )
    dialog = FigureImportDialog(preview(window.ctx.db, sheet))
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    said = "\n".join(cells)
    for words in (
        "the dossier is required",
        "unknown dossier 'omega'",
        "unknown unit 'gulden'; choose euro, procent or aantal",
        "a new key figure needs a unit",
        "'1e6' is scientific notation",
        "the number is improbably large",
        "unknown value 'gamma'; choose ",
        "'31-02-2030' is not a date",
        "'20x0' is not a year",
    ):
        assert words in said, said
    # the file's own words (the choices a status cell may hold, 'aantal') are the file's
    assert not dutch_in([c.split("; choose")[0] for c in cells]), said
    assert " or " in next(c for c in cells if "unknown value" in c)
    assert_english(dialog.summary)
