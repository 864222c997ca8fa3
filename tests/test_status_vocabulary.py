"""Statuses that cannot overstate: voornemen, afspraak, inzet and ondergrens are separate kinds,
printed under their own labels; the default dataset uses the source's own status words; CONCEPT
is printed as a word wherever a concept item is printed."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from pdftext import all_text

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.corrections_m005 import TEXTS
from briefing_app.store.migrations import MIGRATIONS
from briefing_app.store.repository import Repository

# The source document of the default dataset (the VNG draft resolution of 24 May 2024).
SOURCE = Path(__file__).resolve().parent / "data" / "concept-resolutie-2024.txt"
MEETING = "overleg-kabinet-juni-2024"


def flat(text: str) -> str:
    return " ".join(text.split())


def source_text() -> str:
    return flat(SOURCE.read_text(encoding="utf-8"))


def every_text(db) -> list[tuple[str, str, str]]:
    out = []
    for table in (
        "positions",
        "talking_points",
        "hard_questions",
        "dossiers",
        "stakeholders",
        "figures",
        "agenda_items",
        "meetings",
        "commitments",
        "member_signals",
    ):
        for row in db[table].rows:
            for value in row.values():
                if isinstance(value, str) and " " in value:
                    out.append((table, row["id"], value))
    return out


def test_the_source_records_intentions_and_no_agreement(default_db):
    kinds = {r["id"]: r["kind"] for r in default_db["positions"].rows}
    assert "agreed" not in kinds.values()
    for item in (
        "wmo-pos-voorjaarsnota",
        "spuks-pos-voorjaarsnota",
        "gemeentefonds-pos-voorjaarsnota",
    ):
        row = default_db["positions"].get(item)
        assert (row["kind"], row["party"]) == ("intention", "theirs")
        assert "Voorjaarsnota" in row["source_section"]
    assert "kabinetsvoornemens" in source_text()


@pytest.mark.parametrize("word", ["toegezegd", "toezegging", "afgesproken", "akkoord bereikt"])
def test_no_text_claims_a_status_word_the_source_does_not_use(default_db, word):
    if word in source_text().lower():
        pytest.skip(f"the source itself says {word!r}")
    claims = [(t, i) for t, i, text in every_text(default_db) if word in text.lower()]
    assert claims == []


def test_quotes_in_the_dataset_are_the_sources_own_words(default_db):
    """Text between single quotes in a figure's note is quoted from the source, verbatim."""
    source = source_text()
    quotes = [
        (row["key"], quote)
        for row in default_db["figures"].rows
        for quote in re.findall(r"'([^']{12,})'", row["note"] or "")
    ]
    assert quotes
    for key, quote in quotes:
        assert flat(quote).rstrip(".") in source, key


@pytest.fixture(scope="module")
def mid_june(tmp_path_factory, default_db_file):
    import shutil

    folder = tmp_path_factory.mktemp("status")
    shutil.copyfile(default_db_file, folder / "briefing.db")
    db = connect(folder / "briefing.db")
    prepared = prepare_pack(db, PackRequest(Classification.VERTROUWELIJK, MEETING))
    text = flat(all_text(write_pack(Repository(db, "t"), prepared, folder / "p.pdf").path))
    db.close()
    return text


def test_the_mid_june_pack_prints_intentions_as_intentions(mid_june):
    assert "VOORNEMENS VAN DE ANDERE KANT — NOG GEEN AFSPRAAK" in mid_june
    assert "Voornemen: Kabinetsvoornemen in de Voorjaarsnota 2024" in mid_june
    assert "AFSPRAKEN" not in mid_june
    assert "AFGESPROKEN" not in mid_june
    assert "toegezegd" not in mid_june


def test_an_agreement_carries_its_date_or_says_it_has_none(repo, dossier, tmp_path):
    source = repo.create("source", {"title": "Verslag bestuurlijk overleg"})
    for text, day in (("Met datum", "2024-06-14"), ("Zonder datum", None)):
        repo.create(
            "position",
            {
                "dossier_id": dossier,
                "party": "agreed",
                "kind": "agreed",
                "text": text,
                "agreed_on": day,
                "source_id": source,
                "classification": "openbaar",
            },
        )
    repo.create(
        "position",
        {
            "dossier_id": dossier,
            "party": "agreed",
            "kind": "intention",
            "text": "Verkeerde partij",
            "classification": "openbaar",
        },
    )
    prepared = prepare_pack(repo.db, PackRequest(Classification.INTERN, dossier_slugs=("wonen",)))
    text = flat(all_text(write_pack(repo, prepared, tmp_path / "p.pdf").path))
    assert "Afspraak van 14 juni 2024: Met datum" in text
    assert "Afspraak (datum niet vastgelegd): Zonder datum" in text
    # Grouped by kind, not by party: an intention stored with party 'agreed' is no agreement.
    assert "NOG GEEN AFSPRAAK ‹ Voornemen: Verkeerde partij" in text


def test_concept_is_printed_as_a_word_in_the_summary_and_whos_who(repo, dossier, tmp_path):
    meeting = repo.create("meeting", {"title": "Overleg", "classification": "openbaar"})
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier})
    person = repo.create("stakeholder", {"slug": "bzk", "name": "Minister van BZK"})
    repo.create("meeting_counterpart", {"meeting_id": meeting, "stakeholder_id": person})
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "key_message",
            "text": "Kernpunt in concept",
            "status": "draft",
        },
    )
    repo.create(
        "position",
        {
            "dossier_id": dossier,
            "party": "theirs",
            "kind": "expected",
            "stakeholder_id": person,
            "text": "Verwachting in concept",
            "status": "draft",
        },
    )
    prepared = prepare_pack(repo.db, PackRequest(Classification.VERTROUWELIJK, meeting))
    path = write_pack(repo, prepared, tmp_path / "p.pdf").path
    from pdftext import pages_text

    pages = [flat(p) for p in pages_text(path)]
    summary = next(p for p in pages if "Samenvatting" in p and "Kernpunt in concept" in p)
    assert "Kernpunt in concept CONCEPT" in summary
    whos_who = next(p for p in pages if "Wie is wie" in p and "Minister van BZK" in p)
    assert "Verwachting in concept CONCEPT" in whos_who


@pytest.fixture
def v3_file(tmp_path):
    """A database built from the old default dataset: the intentions stored as agreed."""
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)

    MIGRATIONS.apply(db, stop_before="m005_position_status")
    stamp = "2024-05-24T09:00:00.000000Z"
    db["dossiers"].insert(
        {"id": "wmo", "slug": "wmo", "title": "Wmo", "created_at": stamp, "updated_at": stamp}
    )
    old = {item_id: old for table, item_id, column, old, _ in TEXTS if column == "text"}
    for item_id in ("wmo-pos-voorjaarsnota", "wmo-pos-ondergrens"):
        db["positions"].insert(
            {
                "id": item_id,
                "dossier_id": "wmo",
                "party": "agreed" if "voorjaar" in item_id else "ours",
                "kind": "agreed" if "voorjaar" in item_id else "bottom_line",
                "text": old[item_id],
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    db["positions"].insert(
        {
            "id": "eigen",
            "dossier_id": "wmo",
            "party": "agreed",
            "kind": "agreed",
            "text": "Een echte afspraak",
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    conn.commit()
    conn.close()
    return path


def test_the_upgrade_turns_the_old_defaults_into_intentions_and_records_it(v3_file):
    db = connect(v3_file)
    row = db["positions"].get("wmo-pos-voorjaarsnota")
    assert (row["kind"], row["party"]) == ("intention", "theirs")
    assert row["text"].startswith("Kabinetsvoornemen in de Voorjaarsnota 2024")
    assert "toegezegd" not in db["positions"].get("wmo-pos-ondergrens")["text"]
    assert db["positions"].get("eigen")["kind"] == "agreed"  # not a default: left alone
    changed = {
        (r["item_id"], r["field"])
        for r in db.query("SELECT * FROM revisions WHERE changed_by = 'Briefing (schema-update)'")
    }
    assert ("wmo-pos-voorjaarsnota", "kind") in changed
    assert ("wmo-pos-ondergrens", "text") in changed
    db.close()
