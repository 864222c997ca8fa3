"""What a new user meets first, following the README on the default dataset: the commands'
output says what the source says (an approximate amount reads "ca."), a changed figure shows no
citation of its old value, search output carries no stray marker bytes, and the mid-June pack
leaves no page mostly blank between who's who and the first dossier.
"""

from __future__ import annotations

import json

import pytest
from pdftext import pages_text

from briefing_app.cli import main

MEETING = "overleg-kabinet-juni-2024"


@pytest.fixture
def cli(capsys, default_db_copy):
    def run(*args):
        code = main(["--db", str(default_db_copy), *args])
        out, err = capsys.readouterr()
        return code, " ".join(out.replace("\xa0", " ").split()), err

    return run


def test_show_prints_the_sources_approximate_amount_as_ca_in_texts_and_figures(cli):
    # The source: "oplopend tot ongeveer 1 mld in 2029"; the packs print "ca. € 1 mld".
    code, out, _ = cli("show", "gemeentefonds")
    assert code == 0
    assert "oplopend tot € 1 mld" not in out
    assert (
        "vanaf 2026 stijgt het structureel met € 750 mln, oplopend tot ca. € 1 mld in 2029" in out
    )
    assert "€ 750 mln in 2026, oplopend tot ca. € 1 mld in 2029 · vanaf 2026" in out


def test_show_names_no_source_for_a_value_changed_by_an_import(cli, tmp_path):
    csv = tmp_path / "cijfers.csv"
    csv.write_text(
        "dossier;sleutel;omschrijving;waarde;eenheid;peildatum\n"
        "gemeentefonds;opschalingskorting;Opschalingskorting;€ 700 mln;euro;15-06-2024\n",
        encoding="utf-8",
    )
    assert cli("figures", "import", str(csv), "--apply")[0] == 0
    _, out, _ = cli("show", "gemeentefonds")
    figure = out.split("Opschalingskorting [openbaar")[1].split("Indexering zorgkosten")[0]
    assert "€ 700 mln" in figure
    assert "Bron: bron nog te bevestigen" in figure and "Toelichting §4" not in figure
    _, raw, _ = cli("show", "gemeentefonds", "--json")
    data = json.loads(raw)
    changed = next(f for f in data["figures"] if f["key"] == "opschalingskorting")
    assert changed["source_pending"] is True and changed["source_section"] is None
    untouched = next(f for f in data["figures"] if f["key"] == "gemeentefonds-uitname-2025")
    assert untouched["source_pending"] is False and untouched["source_section"]


def test_search_output_shows_the_words_not_the_highlight_markers(cli):
    code, out, _ = cli("search", "opschalingskorting")
    assert code == 0 and "opschalingskorting" in out
    assert "\\x02" not in out and "\\x03" not in out
    assert "\x02" not in out and "\x03" not in out


def test_readme_search_example_for_an_edition_finds_hits(cli):
    code, out, _ = cli("search", "opschalingskorting", "--editie", "intern")
    assert code == 0 and "resultaten voor" in out
    assert "gemeentefonds-pos-ondergrens" not in out  # vertrouwelijk: not in the intern edition


@pytest.mark.parametrize("edition", ["vertrouwelijk", "openbaar"])
def test_first_dossier_follows_whos_who_when_its_last_page_is_mostly_empty(cli, tmp_path, edition):
    pdf = tmp_path / f"{edition}.pdf"
    # A vertrouwelijk pack is one numbered copy per recipient (domain.copies): read copy 1.
    numbered = ["--recipients", "Lid Een"] if edition == "vertrouwelijk" else []
    assert cli("pack", MEETING, "--edition", edition, "-o", str(pdf), *numbered)[0] == 0
    if numbered:
        pdf = pdf.with_name(f"{edition}-exemplaar-01-lid-een.pdf")
    pages = [" ".join(p.split()) for p in pages_text(pdf)]
    last_of_whos_who = next(
        i for i, p in enumerate(pages) if "Staatssecretaris van Financiën Fondsbeheerder" in p
    )
    assert "1. Wmo (Wet maatschappelijke ondersteuning)" in pages[last_of_whos_who]
    # Between the cover and the last page, every page carries more than a few lines.
    assert all(len(p) > 900 for p in pages[1:-1]), [len(p) for p in pages]


def test_a_box_at_the_foot_of_a_page_never_leaves_only_its_tint_or_label_behind():
    from briefing_app.export.blocks import boxed, paragraphs
    from briefing_app.export.fonts import register_fonts
    from briefing_app.export.paragraph import Paragraph
    from briefing_app.export.styles import styles

    register_fonts()
    st = styles()
    words = "Geen afspraken over de Wmo zonder vastgelegde objectieve indexering. " * 6
    box = boxed(
        [Paragraph("VERTROUWELIJK — ONDERGRENS EN BATNA", st.label), *paragraphs(words)], 450
    )
    box.wrap(450, 800)
    for room in range(4, 80, 2):
        parts = box.split(450, room)
        if parts:
            first = parts[0]._cellvalues[0][0]
            assert any(not getattr(p.style, "keepWithNext", 0) for p in first), room


def test_demo_reports_what_it_wrote_in_dutch_like_all_output(capsys, tmp_path):
    out_file = tmp_path / "demo.db"
    code = main(["demo", "--out", str(out_file), "--dossiers", "2", "--talking-points", "1500"])
    out = capsys.readouterr().out
    assert code == 0
    assert "onderdelen in" in out and " items in " not in out
    assert "Spreekpunten" in out and "1.500" in out
    assert "talking_points" not in out and "hard_questions" not in out


def test_a_delegation_above_the_edition_is_not_called_not_set_in_pack_check_or_verslag(
    default_db_copy, tmp_path
):
    from briefing_app.domain.classification import Classification
    from briefing_app.services.meetings.report import prepare_report, write_report
    from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
    from briefing_app.store.connection import connect
    from briefing_app.store.repository import Repository

    db = connect(default_db_copy)
    repo = Repository(db, "t")
    repo.create(
        "delegate",
        {"meeting_id": MEETING, "name": "Eerste Delegee", "role": "voorzitter",
         "classification": "intern"},
    )  # fmt: skip
    prepared = prepare_pack(db, PackRequest(Classification.OPENBAAR, MEETING))
    check = " ".join(str(g) for g in prepared.check.meeting_gaps)
    assert "geen delegatie" not in check and "geen datum" in check
    text = " ".join(
        " ".join(pages_text(write_pack(repo, prepared, tmp_path / "o.pdf").path)).split()
    )
    assert "Delegatie niet in deze editie." in text
    assert "Delegatie nog niet vastgesteld" not in text and "Eerste Delegee" not in text
    intern = prepare_pack(db, PackRequest(Classification.INTERN, MEETING))
    text = " ".join(" ".join(pages_text(write_pack(repo, intern, tmp_path / "i.pdf").path)).split())
    assert "Eerste Delegee voorzitter" in text and "niet in deze editie" not in text
    report = prepare_report(db, MEETING, Classification.OPENBAAR)
    write_report(db, report, tmp_path / "v.pdf")
    verslag = " ".join(" ".join(pages_text(tmp_path / "v.pdf")).split())
    assert "DELEGATIE VNG Niet in deze editie." in verslag and "Eerste Delegee" not in verslag
    # Nothing set at all: the verslag says so, without pointing at the edition.
    repo.db.execute("DELETE FROM delegates WHERE meeting_id = ?", [MEETING])
    write_report(db, prepare_report(db, MEETING, Classification.INTERN), tmp_path / "w.pdf")
    verslag = " ".join(" ".join(pages_text(tmp_path / "w.pdf")).split())
    assert "DELEGATIE VNG Niet vastgelegd." in verslag
    db.close()


def test_backup_list_lines_up_its_columns_whatever_the_reason(capsys, default_db_copy):
    db = str(default_db_copy)
    assert main(["--db", db, "dossiers"]) == 0  # the day's start backup ("-start")
    assert main(["--db", db, "backup", "create"]) == 0  # a manual one ("-handmatig")
    capsys.readouterr()
    assert main(["--db", db, "backup", "list"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  2")]
    assert len(rows) >= 2
    starts = {row.index(" kB") - len(row.split()[-2]) for row in rows}
    times = {row.index(":") for row in rows}  # the time of day, HH:MM:SS
    assert len(times) == 1 and len(starts) == 1, rows
