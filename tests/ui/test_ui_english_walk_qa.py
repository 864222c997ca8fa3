"""Remnants found by walking the real app in English, each kept from coming back: what a
figures file's cells may not hold, how a series runs, the edition "View as" names. Reuses
the walk of `test_ui_english_walk.py` (its window, data, word list and helpers)."""

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


def test_a_series_reads_rising_and_falling_in_english(qtbot, window):
    from briefing_app.store.repository import Repository

    repo = Repository(window.ctx.db, user="Tester")
    dossier = window.dossiers.dossier_id
    for key, series in (("up", {"2026": 1e6, "2029": 3e6}), ("down", {"2026": 3e6, "2029": 1e6})):
        repo.create(
            "figure",
            {"dossier_id": dossier, "key": key, "label": key.title(), "unit": "eur",
             "shape": "series", "series": series},
        )  # fmt: skip
    window.dossiers.refresh_summary()
    glance = " ".join(window.dossier_page.summary.texts()).replace("\xa0", " ")
    assert "Up: € 1 mln in 2026, rising to € 3 mln in 2029" in glance, glance
    assert "Down: € 3 mln in 2026, falling to € 1 mln in 2029" in glance, glance
    window.dossier_page.show_section("figure")
    section = window.dossiers.sections["figure"]
    values = walk.texts_of(section.view)
    assert any("rising to" in v for v in values) and any("falling to" in v for v in values)
    assert not [v for v in values if "oplopend" in v or "aflopend" in v], values


def test_view_as_names_the_edition_in_english_in_its_banner_and_refusals(qtbot, window):
    said: list[str] = []
    window.ctx.edits.failed.connect(said.append)
    window.view_as.set_level("openbaar")
    banner = window.view_as_banner.text()
    assert banner.startswith("Viewing as edition PUBLIC"), banner
    assert window.ctx.edits.refuses()
    assert "viewing the public edition" in said[-1], said
    assert not dutch_in([banner, *said]), [banner, *said]
    for level, name in (("intern", "INTERNAL"), ("vertrouwelijk", "CONFIDENTIAL")):
        window.view_as.set_level(level)
        assert f"edition {name}" in window.view_as_banner.text()
    window.view_as.set_level(None)


def test_where_the_app_restores_a_backup_is_named_as_its_menu_names_it(window):
    from briefing_app.services.core.workspace_messages import NEWEST_BACKUP, NEWEST_BACKUP_FOREIGN
    from briefing_app.ui.messages import translated

    entries = {a.text() for m in window.menus.menus.values() for a in m.actions()}
    menu = window.menus.menus["file"].title().replace("&", "")
    assert "Backups…" in entries and menu == "File"
    for template in (NEWEST_BACKUP, NEWEST_BACKUP_FOREIGN):
        said = translated(template(time="01-12-2026 15:07:50", reason="at start-up"))
        assert said.endswith("or in the app under File → Backups."), said
        assert "Bestand → Reservekopieën" in str(template(time="x", reason="y"))  # the CLI's
