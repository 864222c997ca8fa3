"""Packs of a meeting in every edition: what each may and may not contain, and the check."""

from __future__ import annotations

import datetime as dt

import packdata
import pytest
from pdftext import all_text, font_names, pages_text
from pypdf import PdfReader

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

TODAY = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def store():
    db = connect(":memory:")
    repo = Repository(db, user="Test Gebruiker")
    data = packdata.build(repo)
    yield db, repo, data
    db.close()


@pytest.fixture(scope="module")
def packs(store, tmp_path_factory):
    """One PDF per edition, written once for the whole module."""
    db, repo, data = store
    folder = tmp_path_factory.mktemp("packs")
    written = {}
    for edition in Classification:
        prepared = prepare_pack(db, PackRequest(edition, data.meeting), today=TODAY)
        written[edition] = (prepared, write_pack(repo, prepared, folder / f"{edition.value}.pdf"))
    return written


def text_of(packs, edition: Classification) -> str:
    return all_text(packs[edition][1].path)


def test_openbaar_edition_holds_nothing_above_openbaar(packs):
    text = text_of(packs, Classification.OPENBAAR)
    assert "OPENBAAR-kern" in text and "OPENBAAR-belang" in text
    assert "INTERN-" not in text
    assert "GEHEIM-" not in text  # includes the escalation strategy of an open dossier
    assert "1.234.567" not in text  # the value of a vertrouwelijk figure cited by an open text
    assert "Jeugdzorg" not in text  # an intern dossier is left out entirely, not blacked out


def test_intern_edition_adds_intern_items_but_no_confidential_ones(packs):
    text = text_of(packs, Classification.INTERN)
    for marker in (
        "INTERN-spreekpunt",
        "INTERN-verwacht",
        "INTERN-antwoord",
        "INTERN-vraag",
        "Jeugdzorg",
    ):
        assert marker in text
    assert (
        "GEHEIM-" not in text
    )  # includes a BATNA classified only intern: never outside vertrouwelijk
    assert "Ondergrens" not in text


def test_vertrouwelijk_edition_has_bottom_line_batna_and_everything_else(packs):
    text = text_of(packs, Classification.VERTROUWELIJK)
    for marker in (
        "GEHEIM-ondergrens",
        "GEHEIM-batna",
        "GEHEIM-escalatie",
        "GEHEIM-dossier",
        "GEHEIM-reactief",
        "GEHEIM-adviseur",
        "GEHEIM-bron",
        "1.234.567",
        "INTERN-spreekpunt",
        "OPENBAAR-kern",
    ):
        assert marker in text, marker


def test_figure_references_show_current_dutch_values_or_a_mark(packs):
    text = " ".join(text_of(packs, Classification.OPENBAAR).split())
    assert "de korting van € 675 mln moet van tafel" in text
    assert "[cijfer niet in deze editie]" in text
    assert "[onbekend cijfer: bestaatniet]" in text


def test_every_page_says_pagina_x_van_y_and_the_classification(packs):
    for edition, (prepared, result) in packs.items():
        pages = pages_text(result.path)
        assert len(pages) == result.pages
        for number, page in enumerate(pages, start=1):
            assert f"pagina {number} van {len(pages)}" in page
            assert edition.value.upper() in page
            assert f"kenmerk {prepared.pack.content_hash[:8]}" in page


def test_bookmarks_and_contents_point_at_the_pages_where_sections_start(packs):
    path = packs[Classification.VERTROUWELIJK][1].path
    reader = PdfReader(str(path))
    pages = pages_text(path)
    top = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    assert {"Inhoud", "Samenvatting", "1. Wonen", "2. Jeugdzorg", "Bijlage: bronnen"} <= set(top)
    for title in ("1. Wonen", "2. Jeugdzorg", "Bijlage: bronnen"):
        number = top[title]
        assert title in pages[number - 1]
        assert title not in pages[number - 2] or number - 1 == top["Inhoud"]
    contents = pages[top["Inhoud"] - 1]
    assert "1. Wonen" in contents and "Bijlage: bronnen" in contents
    numbers = [int(w) for w in contents.split() if w.isdigit()]
    assert top["1. Wonen"] in numbers and top["Bijlage: bronnen"] in numbers


def test_fonts_are_embedded_noto_and_never_helvetica(packs):
    for _, result in packs.values():
        names = font_names(result.path)
        assert names and all("Noto" in n and "niet ingebed" not in n for n in names), names


def test_metadata_names_no_user_path_or_software(packs):
    meta = PdfReader(str(packs[Classification.INTERN][1].path)).metadata
    assert meta.title == "Briefingpakket Bestuurlijk overleg juni"
    values = " ".join(str(v) for v in meta.values())
    assert "Test Gebruiker" not in values and "ReportLab" not in values and "/tmp" not in values


def test_cover_names_meeting_date_place_edition_and_version(packs):
    cover = pages_text(packs[Classification.OPENBAAR][1].path)[0]
    for text in (
        "Bestuurlijk overleg juni",
        "18 juni 2024",
        "Den Haag",
        "Editie OPENBAAR",
        "eerste versie",
    ):
        assert text in cover


def test_check_lists_what_needs_attention(packs):
    openbaar = packs[Classification.OPENBAAR][0].check
    geheim = packs[Classification.VERTROUWELIJK][0].check
    assert any("bestaatniet" in line for line in openbaar.broken_references)
    assert any("geheimgetal" in line for line in openbaar.withheld_references)
    assert openbaar.left_out > geheim.left_out == 0
    assert "Jeugdzorg" in geheim.missing_bottom_lines and "Wonen" not in geheim.missing_bottom_lines
    assert any("GEHEIM-cijfer" in line for line in geheim.figures_without_source)
    assert any("GEHEIM-cijfer" in line for line in geheim.stale_figures)
    assert any("OPENBAAR-spreek" in line for line in openbaar.drafts)
    assert not any("GEHEIM" in line for line in openbaar.summary_lines())


def test_every_export_is_recorded_with_item_revisions(store, packs):
    db, _, data = store
    rows = list(db.query("SELECT * FROM exports WHERE meeting_id = ? ORDER BY id", [data.meeting]))
    assert [r["edition"] for r in rows[:3]] == ["openbaar", "intern", "vertrouwelijk"]
    import json

    items = json.loads(rows[0]["items"])
    assert items[data.talking_point]["table"] == "talking_points"
    assert items[data.talking_point]["revision"] > 0
    assert data.geheim_dossier not in items
    assert rows[0]["content_hash"] == packs[Classification.OPENBAAR][0].pack.content_hash
