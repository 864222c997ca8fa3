"""Figures that say what they are, and provenance that follows the value.

An approximate value reads "ca." in text, table, chart and caption alike; single values and
yearly series are types an import must fit (refused with row and column otherwise); after a
figure changes by import or in the app, its old citation gives way to "bron nog te bevestigen",
the change section says old -> new, every text printing it is marked, and the check lists the
unsourced value and the note that still quotes the old number.
"""

from __future__ import annotations

import shutil

import pytest
from openpyxl import Workbook
from pdftext import all_text

from briefing_app.domain.classification import Classification
from briefing_app.export.charts import series_chart
from briefing_app.services.figures.importing import apply, preview
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

GF = PackRequest(Classification.INTERN, dossier_slugs=("gemeentefonds",))


def flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.fixture
def db(default_db_file, tmp_path):
    shutil.copyfile(default_db_file, tmp_path / "briefing.db")
    database = connect(tmp_path / "briefing.db")
    yield database
    database.close()


def export(db, path, request=GF):
    prepared = prepare_pack(db, request)
    write_pack(Repository(db, "t"), prepared, path)
    return prepared, flat(all_text(path))


def figure(prepared, key):
    return next(f for d in prepared.pack.dossiers for f in d.figures if f.key == key)


def chart_labels(fig) -> list[str]:
    drawing = series_chart(fig, 300)
    chart = next(c for c in drawing.contents if hasattr(c, "barLabelArray"))
    return list(chart.barLabelArray[0])


def csv(tmp_path, text, name="cijfers.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_approximate_value_reads_ca_in_text_table_chart_and_caption(db, tmp_path):
    prepared, text = export(db, tmp_path / "gf.pdf")
    fig = figure(prepared, "gemeentefonds-stijging")
    assert flat(fig.value_text) == "€ 750 mln in 2026, oplopend tot ca. € 1 mld in 2029"
    assert "oplopend tot ca. € 1 mld in 2029" in text  # the text citing the year
    assert "2026: € 750 mln; 2029: ca. € 1 mld" in text  # the caption under the chart
    assert chart_labels(fig) == ["750", "ca. 1.000"]
    assert "ongeveer ca." not in text


def test_a_single_value_on_a_series_is_refused_with_row_and_column(db, tmp_path):
    result = preview(
        db, csv(tmp_path, "dossier;sleutel;waarde\ngemeentefonds;indexering-zorgkosten;€ 80 mln\n")
    )
    assert [str(p) for p in result.problems] == [
        "Rij 2, kolom C (waarde): kerncijfer 'indexering-zorgkosten' is een reeks per jaar; geef "
        "per jaar een rij met de kolom jaar (één waarde zonder jaar past er niet in)"
    ]
    result = preview(
        db,
        csv(
            tmp_path, "dossier;sleutel;jaar;waarde\ngemeentefonds;opschalingskorting;2026;€ 1 mld\n"
        ),
    )
    assert str(result.problems[0]).startswith(
        "Rij 2, kolom C (jaar): kerncijfer 'opschalingskorting' is één waarde"
    )


def test_a_series_imports_from_xlsx_one_row_per_year_and_table_and_chart_agree(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["dossier", "sleutel", "jaar", "waarde", "paragraaf"])
    sheet.append(
        ["gemeentefonds", "indexering-zorgkosten", 2027, "€ 150 mln", "Septembercirculaire"]
    )
    sheet.append(
        ["gemeentefonds", "indexering-zorgkosten", 2029, "ca. € 320 mln", "Septembercirculaire"]
    )
    path = tmp_path / "reeks.xlsx"
    book.save(path)
    result = preview(db, path)
    assert result.ok, result.problems
    apply(db, result, user="t")
    prepared, text = export(db, tmp_path / "gf.pdf")
    fig = figure(prepared, "indexering-zorgkosten")
    assert [y for y, _ in fig.series] == ["2026", "2027", "2029"]
    assert fig.approx_years == ("2029",)
    assert flat(fig.value_text) == (
        "€ 75 mln in 2026, € 150 mln in 2027, oplopend tot ca. € 320 mln in 2029"
    )
    assert chart_labels(fig) == ["75", "150", "ca. 320"]
    assert "2026: € 75 mln; 2027: € 150 mln; 2029: ca. € 320 mln" in text
    assert not fig.source_pending  # a paragraph was given with the new values


def test_after_an_import_the_change_section_texts_and_check_tell_the_story(db, tmp_path):
    export(db, tmp_path / "v1.pdf")
    result = preview(
        db, csv(tmp_path, "dossier;sleutel;waarde\ngemeentefonds;opschalingskorting;€ 700 mln\n")
    )
    apply(db, result, user="t")
    prepared, text = export(db, tmp_path / "v2.pdf")
    assert prepared.pack.version == 2
    fig = figure(prepared, "opschalingskorting")
    assert fig.source_pending and fig.previous_value.replace("\xa0", " ") == "€ 675 mln"
    assert "Oploop opschalingskorting, structureel geschrapt GEWIJZIGD" in text
    assert "was € 675 mln" in text and "bron nog te bevestigen" in text
    # The quote stays a quote, with the source and its date.
    assert (
        "Citaat uit Concept-resolutie" in text
        and "24 mei 2024: Voorjaarsnota 2024: 'De oploop" in text
    )
    assert "€ 675 mln → € 700 mln" in text
    assert (
        "De Voorjaarsnota zet betekenisvolle stappen: de oploop van de opschalingskorting (€ 700 mln)"
        in text
    )
    assert "niet opgelost. CIJFER GEWIJZIGD" in text
    check = dict(prepared.check.sections())
    pending = check["Gewijzigde cijfers zonder bron voor de nieuwe waarde"]
    assert pending == (
        "Gemeentefonds en financiële positie: Oploop opschalingskorting, structureel "
        "geschrapt (nu €\xa0700\xa0mln)",
    )
    stale = check["Toelichtingen die een getal citeren dat het cijfer niet meer heeft"]
    assert len(stale) == 1 and "citeert €675 mln" in stale[0]


def test_an_edit_in_the_app_marks_the_source_pending_until_one_is_given(qtbot, db):
    from briefing_app.domain.items import FIGURE
    from briefing_app.ui.item_form import ItemForm, changes_of

    repo = Repository(db, "t")
    row = db["figures"].get("gemeentefonds-fig-opschalingskorting")
    form = ItemForm(FIGURE)
    qtbot.addWidget(form)
    form.set_row(row)
    edited = []
    form.field_edited.connect(lambda name, value: edited.append(changes_of(name, value)))
    editor = form.editor("value")
    editor.setText("ca. € 710 mln")
    editor.setModified(True)
    editor.editingFinished.emit()
    assert edited == [{"value": 710e6, "value_approx": 1}]
    repo.update("figure", row["id"], edited[0])
    stored = db["figures"].get(row["id"])
    assert (stored["value_approx"], stored["source_pending"]) == (1, 1)
    form.set_row(stored)
    assert form.editor("value").text() == "ca. 710.000.000" and not form.pending.isHidden()
    repo.update("figure", row["id"], {"source_section": "Septembercirculaire 2024, §2"})
    assert db["figures"].get(row["id"])["source_pending"] == 0


def test_symbols_print_in_the_fallback_font_and_the_rest_as_a_mark_named_by_the_check(db, tmp_path):
    from pdftext import font_names

    repo = Repository(db, "t")
    repo.update(
        "talking_point",
        "gemeentefonds-tp-uitgangspositie",
        {"text": "Tekort ≤ € 1 mld, groei ≥ 2% ≈ ± 3‰ ½ m² m³ ≠ ∞ → ← ✓ en 😀 en 中"},
    )
    prepared, text = export(db, tmp_path / "gf.pdf")
    assert "≤ € 1 mld, groei ≥ 2% ≈ ± 3‰ ½ m² m³ ≠ ∞ → ← ✓ en \ufffd en \ufffd" in text
    fonts = " ".join(font_names(tmp_path / "gf.pdf"))
    assert "NotoSansMath" in fonts and "NotoSansSymbols2" in fonts and "niet ingebed" not in fonts
    found = dict(prepared.check.sections())["Tekens die het lettertype niet kan afdrukken"]
    assert len(found) == 1
    assert "Gemeenten kunnen alleen" not in found[0]  # the item is named by its printed text
    assert "Tekort ≤ € 1 mld" in found[0].replace("\xa0", " ")
    assert "😀 (U+1F600 GRINNING FACE)" in found[0] and "中 (U+4E2D" in found[0]


def test_after_an_edit_in_the_app_table_chart_texts_and_changes_agree(qtbot, db, tmp_path):
    """The same story when the value is changed in the app: the form's edit goes through the
    store like every write, so the pack cannot tell the two apart."""
    from briefing_app.domain.items import FIGURE
    from briefing_app.ui.item_form import ItemForm, changes_of

    export(db, tmp_path / "v1.pdf")
    row = db["figures"].get("gemeentefonds-fig-structurele-stijging")
    form = ItemForm(FIGURE)
    qtbot.addWidget(form)
    form.set_row(row)
    edited = []
    form.field_edited.connect(lambda name, value: edited.append(changes_of(name, value)))
    editor = form.editor("series")
    assert editor.text() == "2026: 750.000.000; 2029: ca. 1.000.000.000"
    editor.setText("2026: € 750 mln; 2027: € 800 mln; 2029: ca. € 1,1 mld")
    editor.setModified(True)
    editor.editingFinished.emit()
    Repository(db, "t").update("figure", row["id"], edited[0])
    prepared, text = export(db, tmp_path / "v2.pdf")
    fig = figure(prepared, "gemeentefonds-stijging")
    assert flat(fig.value_text) == (
        "€ 750 mln in 2026, € 800 mln in 2027, oplopend tot ca. € 1,1 mld in 2029"
    )
    assert chart_labels(fig) == ["750", "800", "ca. 1.100"]
    assert "2026: € 750 mln; 2027: € 800 mln; 2029: ca. € 1,1 mld" in text
    assert fig.source_pending and "bron nog te bevestigen" in text
    # The text citing 2029 prints the new value and is marked; the change section says old -> new.
    assert "oplopend tot ca. € 1,1 mld in 2029" in text and "CIJFER GEWIJZIGD" in text
    assert "ca. € 1 mld → ca. € 1,1 mld" in text
