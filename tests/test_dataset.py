"""The bundled default dataset says what the source document says, and nothing it does not."""

import json
import re

import pytest

from briefing_app.domain.items import ALL_KINDS, POSITION
from briefing_app.services.core import catalog

MLN = 1_000_000
CONCEPT = "concept-resolutie-2024"

# Every figure of the source document (concept-resolutie 24 mei 2024, toelichting §4):
# key -> (value, series, unit, period, source, section).
SOURCE_FIGURES = {
    "opschalingskorting": (675 * MLN, None, "eur", "structureel", CONCEPT, "§4"),
    "indexering-zorgkosten": (
        None,
        {"2026": 75 * MLN, "2029": 300 * MLN},
        "eur",
        "2026–2029",
        CONCEPT,
        "§4",
    ),
    "gemeentefonds-uitname-2025": (675 * MLN, None, "eur", "2025 (eenmalig)", CONCEPT, "§4"),
    "gemeentefonds-stijging": (
        None,
        {"2026": 750 * MLN, "2029": 1000 * MLN},
        "eur",
        "vanaf 2026",
        CONCEPT,
        "§4",
    ),
}

MEMBER_SIGNALS = {
    "Zorgen over specifieke uitkeringen; geld moet terug naar gemeentefonds.": "spuks",
    "Zorgen op stijgende kapitaallasten bij investeringsopgaven.": "gemeentefonds",
    "Onrechtvaardigheid resterende financiële problematiek.": "gemeentefonds",
    "Benadrukken dat gemeenten meer zijn dan uitvoeringsorganisatie.": "bestuursakkoord",
    "Ongenoegen en vragen bij onderbouwing eenmalige uitname 2025.": "gemeentefonds",
}


def rows(db, table):
    return list(db.query(f"SELECT * FROM [{table}]"))


@pytest.mark.parametrize("key", sorted(SOURCE_FIGURES))
def test_every_figure_of_the_source_is_present_with_value_unit_period_and_source(default_db, key):
    value, series, unit, period, source, section = SOURCE_FIGURES[key]
    (figure,) = default_db.query("SELECT * FROM figures WHERE key = ?", [key])
    assert figure["value"] == value
    assert (json.loads(figure["series"]) if figure["series"] else None) == series
    assert figure["unit"] == unit
    assert figure["period"] == period
    assert figure["source_id"] == source
    assert section in figure["source_section"]
    assert figure["dossier_id"] == "gemeentefonds"


def test_no_figures_beyond_those_of_the_source(default_db):
    assert {f["key"] for f in rows(default_db, "figures")} == set(SOURCE_FIGURES)


def test_figures_render_the_dutch_way(default_db):
    book = catalog.figure_book(default_db)

    def display(key):
        return book.display(key).replace("\xa0", " ")

    assert display("opschalingskorting") == "€ 675 mln"
    assert display("indexering-zorgkosten") == "€ 75 mln in 2026, oplopend tot € 300 mln in 2029"
    # The source: "oplopend tot ongeveer 1 mld in 2029"; the packs print "ca." too.
    assert display("gemeentefonds-stijging.2029") == "ca. € 1 mld"
    assert display("gemeentefonds-stijging.2026") == "€ 750 mln"
    assert book.display("indexering-zorgkosten.2027") is None  # a year the source does not give


@pytest.mark.parametrize("slug", ["wonen", "jeugdzorg", "wmo", "gemeentefonds", "spuks"])
def test_the_dossiers_of_the_source_exist(default_db, slug):
    assert catalog.dossier_view(default_db, slug).dossier.slug == slug


@pytest.mark.parametrize("slug", ["wonen", "jeugdzorg"])
def test_no_numbers_are_invented_for_wonen_and_jeugdzorg(default_db, slug):
    view = catalog.dossier_view(default_db, slug)
    assert view.figures == ()
    texts = [view.dossier.summary, view.dossier.escalation]
    for item in (*view.positions, *view.talking_points, *view.hard_questions):
        texts.extend(r.text for name, r in item.texts.items() if name != "source_section")
    assert not [t for t in texts if re.search(r"\d|€", t)]


def test_bottom_lines_and_batna_are_confidential(default_db):
    secret = [p for p in rows(default_db, "positions") if p["kind"] in ("bottom_line", "batna")]
    assert {p["kind"] for p in secret} == {"bottom_line", "batna"}
    assert all(p["classification"] == "vertrouwelijk" for p in secret)
    assert all(p["party"] == "ours" for p in secret)


def test_all_three_classifications_are_used(default_db):
    used = set()
    for kind in ALL_KINDS:
        used |= {r["classification"] for r in rows(default_db, kind.table)}
    assert used == {"openbaar", "intern", "vertrouwelijk"}


def test_escalation_strategy_names_no_new_tasks_and_arbitration(default_db):
    batna = [p["text"] for p in rows(default_db, "positions") if p["kind"] == "batna"]
    escalation = catalog.dossier_view(default_db, "gemeentefonds").dossier.escalation
    for text in (escalation, *batna):
        assert "arbitrage" in text
        assert "nieuwe taken" in text


def test_the_five_member_signals_of_paragraph_5(default_db):
    found = {s["text"]: s["dossier_id"] for s in default_db.query("SELECT * FROM member_signals")}
    assert found == MEMBER_SIGNALS


def test_the_six_societal_issues_are_positions(default_db):
    texts = " ".join(
        p.text("text") for p in catalog.dossier_view(default_db, "bestuursakkoord").positions
    )
    for issue in (
        "Bestaanszekerheid",
        "Kansengelijkheid",
        "Toekomst van de zorg",
        "Asiel en migratie",
        "Klimaat en energie",
        "Woningbouw en de inrichting van Nederland",
    ):
        assert issue in texts


def test_the_three_fondsbeheerders_are_counterparts(default_db):
    counterparts = {
        s.name: s for s in catalog.list_stakeholders(default_db) if s.kind == "counterpart"
    }
    assert set(counterparts) == {
        "Minister van BZK",
        "Minister van Financiën",
        "Staatssecretaris van Financiën",
    }
    assert all(s.role and s.interests for s in counterparts.values())


def test_sources_are_the_documents_of_the_resolution(default_db):
    sources = {s["id"]: s for s in rows(default_db, "sources")}
    assert sources["concept-resolutie-2024"]["issued_on"] == "2024-05-24"
    assert sources["resolutie-2023"]["issued_on"] == "2023-12-01"
    assert sources["voorjaarsnota-2024"]["issued_on"] is None  # the document gives no date
    assert "vng.nl/brieven" in sources["ledenbrief-voorjaarsnota-2024"]["reference"]


def test_every_item_cites_its_source_and_section(default_db):
    for kind in ALL_KINDS:
        if "source_id" not in kind.field_names:
            continue
        for row in rows(default_db, kind.table):
            assert row["source_id"], f"{kind.table} {row['id']} heeft geen bron"
            assert row["source_section"], f"{kind.table} {row['id']} heeft geen paragraaf"


def test_consultation_of_mid_june_has_no_invented_date(default_db):
    meeting = catalog.meeting(default_db, "overleg-kabinet-juni-2024")
    assert meeting.date is None
    assert "half juni 2024" in meeting.title
    assert [a.dossier_slug for a in meeting.agenda] == ["wmo", "spuks"]
    assert all(a.aim for a in meeting.agenda)
    assert {s.slug for s in meeting.counterparts} == {
        "minister-bzk",
        "minister-financien",
        "staatssecretaris-financien",
    }
    assert meeting.delegates == ()  # the document does not say who goes


def test_every_figure_reference_in_the_dataset_resolves(default_db):
    for dossier in catalog.list_dossiers(default_db):
        assert catalog.dossier_view(default_db, dossier.slug).broken == ()


def test_ids_are_readable_and_every_item_has_its_first_revision(default_db):
    for kind in ALL_KINDS:
        for row in rows(default_db, kind.table):
            assert not re.fullmatch(r"[0-9a-f]{32}", row["id"])
            (revision,) = default_db.query(
                "SELECT * FROM revisions WHERE item_table = ? AND item_id = ?",
                [kind.table, row["id"]],
            )
            assert revision["action"] == "create"
            assert revision["changed_by"] == "standaardgegevens"


def test_expected_position_of_the_other_side_has_our_answer(default_db):
    theirs = [p for p in rows(default_db, POSITION.table) if p["kind"] == "expected"]
    assert theirs and all(p["stakeholder_id"] and p["our_answer"] for p in theirs)


def test_hard_questions_cover_the_one_off_cut_of_2025(default_db):
    questions = catalog.dossier_view(default_db, "gemeentefonds").hard_questions
    assert any("2025" in q.text("question") and q.text("answer") for q in questions)
