"""A meeting pack reads as a Dutch gespreksnotitie: date, time and place (or "nog niet
vastgesteld"), the meeting's aim and key message, the order of proceedings with leads and times,
participants on both sides with roles, member signals and open commitments per dossier, the
meeting's notes; classification at the head and foot of every page; the outline opens."""

from __future__ import annotations

import shutil

import pytest
from pdftext import pages_text
from pypdf import PdfReader

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

MEETING = "overleg-kabinet-juni-2024"


def flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def mid_june(tmp_path_factory, default_db_file):
    folder = tmp_path_factory.mktemp("notitie")
    shutil.copyfile(default_db_file, folder / "briefing.db")
    db = connect(folder / "briefing.db")
    out = {}
    for edition in Classification:
        path = folder / f"{edition.value}.pdf"
        write_pack(Repository(db, "t"), prepare_pack(db, PackRequest(edition, MEETING)), path)
        out[edition] = path
    db.close()
    return out


@pytest.mark.parametrize("edition", list(Classification))
def test_the_mid_june_pack_is_a_gespreksnotitie_in_every_edition(mid_june, edition):
    text = flat(" ".join(pages_text(mid_june[edition])))
    for expected in (
        "Datum: nog niet vastgesteld",
        "Aanvang: nog niet vastgesteld",
        "Plaats: nog niet vastgesteld",
        "DOEL VAN HET OVERLEG De kabinetsvoornemens uit de Voorjaarsnota 2024",
        "KERNBOODSCHAP VAN HET OVERLEG De Voorjaarsnota zet betekenisvolle stappen",
        "Verloop van het overleg",
        "1. Wmo (Wet maatschappelijke ondersteuning)",
        "Delegatie nog niet vastgesteld.",
        # Who the meeting is with is public: name and office in every edition.
        "Minister van BZK Fondsbeheerder gemeentefonds",
        "Staatssecretaris van Financiën Fondsbeheerder gemeentefonds",
        "Ledensignalen",
        "Zorgen over specifieke uitkeringen; geld moet terug naar gemeentefonds.",
        "(Leden, via bestuur, commissies",
        "Openstaande toezeggingen",
        "De betreffende commissies worden nauw betrokken",
        "Notities bij het overleg Gepland voor half juni 2024",
    ):
        assert expected in text, expected


def test_the_fund_managers_are_public_and_named_with_their_interests_in_every_edition(mid_june):
    open_text = flat(" ".join(pages_text(mid_june[Classification.OPENBAAR])))
    interests = (
        "Als fondsbeheerder medeverantwoordelijk voor het gemeentefonds en de rijksbegroting"
    )
    assert interests in open_text  # drawn from the public resolution: classified openbaar


def test_every_page_names_its_classification_at_head_and_foot_and_the_outline_opens(mid_june):
    path = mid_june[Classification.INTERN]
    for page in pages_text(path):
        assert page.count("INTERN") >= 2
    reader = PdfReader(str(path))
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Het overleg" in titles


def test_contents_and_changes_share_a_page(mid_june):
    page = flat(pages_text(mid_june[Classification.INTERN])[1])
    assert page.count("Inhoud") == 1 and "Wijzigingen Dit is de eerste versie" in page


def test_order_of_proceedings_names_the_lead_and_the_time_of_each_item(repo, dossier, tmp_path):
    meeting = repo.create(
        "meeting",
        {
            "title": "Bestuurlijk overleg",
            "date": "2024-06-14",
            "start_time": "10:00",
            "place": "Den Haag",
            "aim": "Afspraken maken",
            "key_message": "Niet opgelost",
        },
    )
    lead = repo.create(
        "delegate", {"meeting_id": meeting, "name": "Sharon Dijksma", "role": "voorzitter"}
    )
    other = repo.create("dossier", {"slug": "wmo", "title": "Wmo"})
    repo.create(
        "agenda_item",
        {"meeting_id": meeting, "dossier_id": dossier, "minutes": 20, "lead_delegate_id": lead},
    )
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": other, "minutes": 30})
    prepared = prepare_pack(repo.db, PackRequest(Classification.INTERN, meeting))
    path = write_pack(repo, prepared, tmp_path / "p.pdf").path
    text = flat(" ".join(pages_text(path)))
    assert "Datum: 14 juni 2024 Aanvang: 10:00 Plaats: Den Haag" in text
    assert "1. Wonen Sharon Dijksma, voorzitter 10:00–10:20 · 20 min." in text
    assert "2. Wmo nog niet vastgesteld 10:20–10:50 · 30 min." in text
    assert "Sharon Dijksma voorzitter" in text


def test_a_counterpart_classified_above_the_edition_is_not_named(repo, dossier, tmp_path):
    meeting = repo.create("meeting", {"title": "Overleg", "classification": "openbaar"})
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier})
    for name, person_level, link_level in (
        ("Minister van BZK", "openbaar", "openbaar"),
        ("Geheime gesprekspartner", "intern", "openbaar"),
        ("Geheime plaats aan tafel", "openbaar", "intern"),
    ):
        person = repo.create(
            "stakeholder",
            {
                "slug": f"p{len(name)}-{person_level}-{link_level}",
                "name": name,
                "role": "Fondsbeheerder",
                "classification": person_level,
            },
        )
        repo.create(
            "meeting_counterpart",
            {"meeting_id": meeting, "stakeholder_id": person, "classification": link_level},
        )
    openbaar = prepare_pack(repo.db, PackRequest(Classification.OPENBAAR, meeting))
    assert [(p.name, p.role) for p in openbaar.pack.counterparts] == [
        ("Minister van BZK", "Fondsbeheerder")
    ]
    intern = prepare_pack(repo.db, PackRequest(Classification.INTERN, meeting))
    assert len(intern.pack.counterparts) == 3
