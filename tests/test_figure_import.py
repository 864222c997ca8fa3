"""Key figures from CSV and Excel: preview per row, Dutch numbers, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from briefing_app.cli import main
from briefing_app.services.figures.importing import (
    CHANGED,
    NEW,
    SAME,
    FigureImportError,
    apply,
    preview,
)
from briefing_app.store.backup import list_backups
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def store(tmp_path):
    db = connect(tmp_path / "briefing.db")
    repo = Repository(db)
    wonen = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    repo.create(
        "figure",
        {
            "dossier_id": wonen,
            "key": "bouwopgave",
            "label": "Bouwopgave",
            "value": 100000.0,
            "unit": "number",
        },
    )
    yield db
    db.close()


def csv_file(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "cijfers.csv"
    path.write_bytes(text.encode(encoding))
    return path


def figures(db):
    return {r["key"]: r for r in db.query("SELECT * FROM figures")}


def test_csv_with_dutch_numbers_is_previewed_then_applied(store, tmp_path):
    path = csv_file(
        tmp_path,
        "dossier;sleutel;omschrijving;waarde;eenheid;peildatum\n"
        "wonen;korting;Opschalingskorting;€ 675 mln;euro;15-06-2024\n"
        "wonen;groei;Groei;2,5%;procent;2024-06-01\n"
        "wonen;bouwopgave;;1.000,5;;\n"
        "\n",
    )
    result = preview(store, path)
    assert [(r.row, r.action) for r in result.rows] == [(2, NEW), (3, NEW), (4, CHANGED)]
    assert result.rows[0].values["value"] == 675_000_000
    assert result.rows[0].values["as_of"] == "2024-06-15"
    assert result.rows[1].values["value"] == 2.5
    assert result.rows[2].changes == {"Waarde": (100000.0, 1000.5)}
    assert figures(store)["bouwopgave"]["value"] == 100000.0  # a preview changes nothing
    apply(store, result)
    stored = figures(store)
    assert stored["korting"]["value"] == 675e6 and stored["korting"]["unit"] == "eur"
    assert stored["bouwopgave"]["value"] == 1000.5
    assert [b.reason for b in list_backups(tmp_path / "briefing.db")] == ["import"]


def test_every_problem_names_row_column_and_what_is_wrong(store, tmp_path):
    path = csv_file(
        tmp_path,
        "dossier,sleutel,omschrijving,waarde,eenheid,peildatum\n"
        "wonen,a,A,12;5,euro,\n"
        "onbekend,b,B,1,euro,\n"
        "wonen,c,C,1,gulden,\n"
        "wonen,d,D,1,euro,31-02-2024\n"
        "wonen,a,A2,1,euro,\n"
        "wonen,e,E,5 mln,procent,\n"
        "wonen,f,F,1,,\n",
    )
    result = preview(store, path)
    messages = [str(p) for p in result.problems]
    assert messages[0].startswith("Rij 2, kolom D (waarde): '12;5' is geen geldig getal")
    assert messages[1] == "Rij 3, kolom A (dossier): onbekend dossier 'onbekend'"
    assert messages[2].startswith("Rij 4, kolom E (eenheid): onbekende eenheid 'gulden'")
    assert messages[3].startswith("Rij 5, kolom F (peildatum): '31-02-2024' is geen datum")
    assert messages[4] == "Rij 6, kolom B (sleutel): dubbel: staat ook op rij 2"
    assert messages[5].startswith("Rij 7, kolom D (waarde): 'mln' past alleen bij een bedrag")
    assert messages[6].startswith("Rij 8, kolom E (eenheid): de eenheid is verplicht")
    before = figures(store)
    with pytest.raises(FigureImportError, match="niets ingelezen"):
        apply(store, result)
    assert figures(store) == before


def test_one_bad_row_means_nothing_is_applied(store, tmp_path):
    path = csv_file(
        tmp_path,
        "dossier;sleutel;omschrijving;waarde;eenheid\n"
        "wonen;goed;Goed;1;aantal\n"
        "wonen;fout;Fout;veel;aantal\n",
    )
    result = preview(store, path)
    assert not result.ok and result.rows[0].problems == []
    with pytest.raises(FigureImportError):
        apply(store, result)
    assert "goed" not in figures(store)


def test_xlsx_numbers_percent_cells_and_dates(store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Dossier", "Sleutel", "Omschrijving", "Waarde", "Eenheid", "Peildatum", "Status"])
    sheet.append(
        ["wonen", "accres", "Accres", 750000000, "euro", dt.datetime(2024, 5, 24), "definitief"]
    )
    sheet.append(["wonen", "index", "Indexatie", 0.025, "procent", None, "concept"])
    sheet["D3"].number_format = "0.0%"
    sheet.append(["wonen", "bouwopgave", "Bouwopgave", 100000, "aantal", None, None])
    path = tmp_path / "cijfers.xlsx"
    book.save(path)
    result = preview(store, path)
    assert [r.action for r in result.rows] == [NEW, NEW, SAME]
    assert result.rows[0].values["as_of"] == "2024-05-24"
    assert result.rows[0].values["status"] == "final"
    assert result.rows[1].values["value"] == 2.5


def test_unreadable_files_and_headers_are_refused(store, tmp_path):
    path = csv_file(tmp_path, "naam;bedrag\nx;1\n")
    with pytest.raises(FigureImportError, match="mist de kolom"):
        preview(store, path)
    path = csv_file(tmp_path, "dossier;sleutel;kleur\nwonen;x;rood\n")
    with pytest.raises(FigureImportError, match="Onbekende kolom"):
        preview(store, path)
    fake = tmp_path / "nep.xlsx"
    fake.write_bytes(b"geen excel")
    with pytest.raises(FigureImportError, match="geen leesbaar Excel-bestand"):
        preview(store, fake)


def test_cp1252_csv_from_excel_is_read(store, tmp_path):
    path = csv_file(
        tmp_path,
        "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;x;Financiën;€ 1 mld;euro\n",
        encoding="cp1252",
    )
    row = preview(store, path).rows[0]
    assert row.values["label"] == "Financiën" and row.values["value"] == 1e9


def test_cli_preview_then_apply(store, tmp_path, capsys):
    store.close()
    path = csv_file(
        tmp_path, "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;€ 5 mln;euro\n"
    )
    db = str(tmp_path / "briefing.db")
    assert main(["--db", db, "figures", "import", str(path)]) == 0
    assert "nieuw       rij 2: k = € 5 mln" in capsys.readouterr().out.replace("\xa0", " ")
    assert main(["--db", db, "figures", "import", str(path), "--apply"]) == 0
    assert "Ingelezen: 1 nieuw" in capsys.readouterr().out
    bad = csv_file(tmp_path, "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;vijf;euro\n")
    assert main(["--db", db, "figures", "import", str(bad), "--apply"]) == 1
    assert "Rij 2, kolom D (waarde)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("cijfers.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nstream\n\x00\x01\r\x02\n", "geen CSV- of Excel"),
        ("cijfers.csv", b"%PDF-1.4\n1 0 obj\n<<>>\nstream\n\x00\x01\r\x02\n", "geen tekstbestand"),
        ("cijfers.csv", b'dossier;sleutel\n"wonen;x\n' + b"x" * 200_000, "geen geldig CSV"),
        ("cijfers.csv", b"", "leeg"),
        ("cijfers.csv", b"dossier;sleutel;waarde;eenheid\n", "alleen een kopregel"),
        ("cijfers.xls", b"\xd0\xcf\x11\xe0", "oude Excel-formaat"),
        ("cijfers.xlsx", b"no zip at all", "geen leesbaar Excel-bestand"),
    ],
)
def test_a_file_that_is_no_list_of_figures_is_one_dutch_line(
    name, data, expected, tmp_path, default_db_copy, capsys
):
    path = tmp_path / name
    path.write_bytes(data)
    code = main(["--db", str(default_db_copy), "figures", "import", str(path)])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("briefing: "), err
    assert expected in err and "Traceback" not in err


def test_old_mac_line_ends_are_read(store, tmp_path):
    path = csv_file(tmp_path, "dossier;sleutel;waarde;eenheid\rwonen;x;1;aantal\r")
    assert preview(store, path).rows[0].key == "x"


def test_a_latin1_csv_is_read(store, tmp_path):
    path = csv_file(
        tmp_path, "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;x;Één;1;aantal\n", "cp1252"
    )
    assert preview(store, path).rows[0].values["label"] == "Één"


def test_preview_shows_values_dates_and_columns_the_dutch_way(store, tmp_path, capsys):
    path = csv_file(
        tmp_path,
        "dossier;sleutel;waarde;peildatum\nwonen;bouwopgave;1.000.000;15-06-2024\nwonen;nieuw;5;\n",
    )
    result = preview(store, path)
    assert (
        result.rows[0].change_text() == "Waarde: 100.000 -> 1.000.000; Peildatum: — -> 15 juni 2024"
    )
    assert str(result.rows[1].problems[0]).startswith("Rij 3, kolom eenheid: ")


@pytest.mark.parametrize("raw", ["1e308", "1,5E6"])
def test_scientific_notation_is_refused_with_the_reason(store, tmp_path, raw):
    path = csv_file(tmp_path, f"dossier;sleutel;waarde\nwonen;bouwopgave;{raw}\n")
    (problem,) = preview(store, path).problems
    assert "wetenschappelijke notatie" in problem.message and "voluit" in problem.message


def test_an_absurd_number_from_a_spreadsheet_is_refused(store, tmp_path):
    path = tmp_path / "cijfers.xlsx"
    book = Workbook()
    book.active.append(["dossier", "sleutel", "waarde"])
    book.active.append(["wonen", "bouwopgave", 1e308])
    book.save(path)
    (problem,) = preview(store, path).problems
    assert "onwaarschijnlijk groot" in problem.message
