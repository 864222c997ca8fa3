"""The second pack of a meeting says what changed since the first, and replaces it."""

from __future__ import annotations

import datetime as dt

import packdata
from pdftext import all_text
from pypdf import PdfReader

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack

TODAY = dt.date(2024, 6, 1)


def test_change_section_after_edit_add_and_delete(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.INTERN, data.meeting)
    first = prepare_pack(db, request, today=TODAY)
    write_pack(repo, first, tmp_path / "v1.pdf")

    repo.update("figure", data.figure, {"value": 700_000_000})
    repo.create(
        "talking_point",
        {
            "dossier_id": data.wonen,
            "kind": "talking_point",
            "text": "INTERN-nieuw spreekpunt",
            "classification": "intern",
        },
    )
    removed = next(
        r["id"]
        for r in db.query("SELECT id FROM hard_questions WHERE question LIKE 'INTERN-vraag%'")
    )
    repo.delete("hard_question", removed)
    second = prepare_pack(db, request, today=TODAY)
    assert (second.pack.version, second.pack.replaces) == (2, 1)
    changes = {(c.change, c.title) for c in second.pack.changes.items}
    assert ("gewijzigd", "Opschalingskorting") in changes
    assert ("nieuw", "INTERN-nieuw spreekpunt") in changes
    assert ("vervallen", "INTERN-vraag: waarom nu?") in changes
    # A text whose own words did not change but that prints the changed figure says so.
    assert ("cijfer gewijzigd", "OPENBAAR-kern: de korting van € 700 mln moet van tafel.") in {
        (c, t.replace("\xa0", " ")) for c, t in changes
    }
    assert len(changes) == 4
    moved = {c.change: c.values for c in second.pack.changes.items if c.values}
    assert moved == {
        "gewijzigd": (("€\xa0675\xa0mln", "€\xa0700\xa0mln"),),
        "cijfer gewijzigd": (("€\xa0675\xa0mln", "€\xa0700\xa0mln"),),
    }

    marked = {
        (item.change, getattr(item, "text", getattr(item, "label", "")))
        for d in second.pack.dossiers
        for item in (*d.talking_points, *d.figures)
        if item.change
    }
    assert ("nieuw", "INTERN-nieuw spreekpunt") in marked
    assert ("gewijzigd", "Opschalingskorting") in marked

    result = write_pack(repo, second, tmp_path / "v2.pdf")
    text = " ".join(all_text(result.path).split())
    assert "INTERN-nieuw spreekpunt NIEUW" in text  # tagged where it stands, too
    assert "Opschalingskorting GEWIJZIGD" in text
    assert "Wijzigingen sinds versie 1" in text
    assert "1 nieuw, 1 gewijzigd, 1 vervallen, 1 met een gewijzigd cijfer" in text
    assert "€ 675 mln → € 700 mln" in text.replace("\xa0", " ")
    assert "moet van tafel. CIJFER GEWIJZIGD" in text
    assert "versie 2 (vervangt versie 1)" in text.lower()
    assert "€ 700 mln" in text


def test_unchanged_data_gives_the_same_content_hash_and_keeps_the_version(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.OPENBAAR, data.meeting)
    first = prepare_pack(db, request, today=TODAY)
    write_pack(repo, first, tmp_path / "a.pdf")
    second = prepare_pack(db, request, today=TODAY)
    assert second.pack.content_hash == first.pack.content_hash
    assert (second.pack.version, second.pack.same_as) == (1, 1)
    assert second.pack.changes.first  # version 1 again: nothing before it to compare with


def test_editions_keep_separate_version_numbers(repo, db, tmp_path):
    data = packdata.build(repo)
    write_pack(
        repo, prepare_pack(db, PackRequest(Classification.INTERN, data.meeting)), tmp_path / "i.pdf"
    )
    openbaar = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting))
    assert openbaar.pack.version == 1 and openbaar.pack.changes.first


def test_dossier_pack_without_meeting(repo, db, tmp_path):
    packdata.build(repo)
    request = PackRequest(Classification.INTERN, dossier_slugs=("wonen", "jeugdzorg"))
    prepared = prepare_pack(db, request, today=TODAY)
    assert [d.slug for d in prepared.pack.dossiers] == ["wonen", "jeugdzorg"]
    assert [p.name for p in prepared.pack.counterparts] == ["Minister van BZK"]
    result = write_pack(repo, prepared, tmp_path / "d.pdf")
    text = " ".join(all_text(result.path).split())
    assert "INTERN-tekort jeugdzorg" in text and "Voorzitter Jansen" not in text
    again = prepare_pack(
        db, PackRequest(Classification.INTERN, dossier_slugs=("jeugdzorg", "wonen"))
    )
    assert again.pack.version == 2  # the same set of dossiers, whatever the order


def test_meeting_classified_above_the_edition_lends_the_pack_neither_title_nor_place(
    repo, db, tmp_path
):
    data = packdata.build(repo)
    repo.update("meeting", data.meeting, {"classification": "intern", "notes": "INTERN-notitie"})
    prepared = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting), today=TODAY)
    assert prepared.pack.title == "Dossier Wonen"
    assert prepared.pack.place == "" and prepared.pack.meeting_date == ""
    assert prepared.check.meeting_classification == "intern" and not prepared.check.clean
    assert "Het overleg zelf is gerubriceerd als intern" in "\n".join(
        prepared.check.summary_lines()
    )
    assert data.meeting not in prepared.items  # the meeting row is not counted as shown content
    result = write_pack(repo, prepared, tmp_path / "o.pdf")
    text = all_text(result.path)
    assert "OPENBAAR-kern" in text and "Dossier Wonen" in text
    for hidden in ("Bestuurlijk overleg juni", "Den Haag", "18 juni 2024", "INTERN-notitie"):
        assert hidden not in text, hidden
    title = PdfReader(str(result.path)).metadata.title
    assert "Bestuurlijk overleg" not in title and "Wonen" in title
    intern = prepare_pack(db, PackRequest(Classification.INTERN, data.meeting), today=TODAY)
    assert intern.pack.title == "Bestuurlijk overleg juni" and intern.pack.place == "Den Haag"


def test_series_year_references_use_the_year_value(repo, db):
    data = packdata.build(repo)
    # A figure is one value or a series: only a series answers for a year.
    repo.update("figure", data.figure, {"shape": "series", "value": None})
    repo.update("talking_point", data.talking_point, {"text": "In 2025: {fig:korting.2025}."})
    prepared = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting), today=TODAY)
    texts = [t.text.replace("\xa0", " ") for d in prepared.pack.dossiers for t in d.key_messages]
    assert "In 2025: € 640 mln." in texts  # the year's value, not the headline (€ 675 mln)


def test_agenda_item_above_the_edition_hides_its_aim_not_the_open_dossier(repo, db, tmp_path):
    data = packdata.build(repo)
    item = next(
        r["id"] for r in db.query("SELECT id FROM agenda_items WHERE dossier_id = ?", [data.wonen])
    )
    repo.update("agenda_item", item, {"classification": "intern"})
    prepared = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting), today=TODAY)
    result = write_pack(repo, prepared, tmp_path / "o.pdf")
    text = all_text(result.path)
    assert "OPENBAAR-kern" in text and "Wonen" in text
    assert "OPENBAAR-doel agendapunt wonen" not in text
    assert item not in prepared.items
