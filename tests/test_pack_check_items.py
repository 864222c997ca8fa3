"""Each item of the pre-export check, found when it applies and silent when it does not; and the
check never shows a raw `{fig:...}` placeholder. (Changed values without a source, stale quotes
and unprintable characters: tests/test_figure_values.py.)"""

from __future__ import annotations

import pytest

from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack

GAPS = "Het overleg mist"


@pytest.fixture
def meeting(repo, dossier):
    meeting = repo.create(
        "meeting",
        {
            "title": "Overleg",
            "date": "2024-06-14",
            "start_time": "10:00",
            "place": "Den Haag",
            "aim": "Afspraken maken",
        },
    )
    repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier})
    repo.create("delegate", {"meeting_id": meeting, "name": "Sharon Dijksma", "role": "voorzitter"})
    person = repo.create(
        "stakeholder", {"slug": "bzk", "name": "Minister van BZK", "role": "Fondsbeheerder"}
    )
    repo.create("meeting_counterpart", {"meeting_id": meeting, "stakeholder_id": person})
    return meeting


def findings(db, meeting, title):
    check = prepare_pack(db, PackRequest(Classification.VERTROUWELIJK, meeting)).check
    return dict(check.sections()).get(title, ())


def test_a_complete_meeting_has_no_gaps(db, meeting):
    assert findings(db, meeting, GAPS) == ()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"date": None}, "geen datum"),
        ({"start_time": None}, "geen aanvangstijd"),
        ({"place": ""}, "geen plaats"),
        ({"aim": ""}, "geen doel van het overleg"),
    ],
)
def test_a_meeting_without_date_time_place_or_aim_is_named(repo, db, meeting, change, expected):
    repo.update("meeting", meeting, change)
    assert findings(db, meeting, GAPS) == (expected,)


def test_a_meeting_without_delegation_roles_or_counterparts_is_named(repo, db, meeting):
    (delegate,) = [r["id"] for r in db["delegates"].rows]
    repo.update("delegate", delegate, {"role": ""})
    assert findings(db, meeting, GAPS) == ("geen rol voor Sharon Dijksma",)
    repo.delete("delegate", delegate)
    (link,) = [r["id"] for r in db["meeting_counterparts"].rows]
    repo.delete("meeting_counterpart", link)
    assert findings(db, meeting, GAPS) == (
        "geen delegatie (wie spreekt namens de VNG)",
        "geen gesprekspartners (met wie is het overleg)",
    )


def test_a_counterpart_without_office_is_named(repo, db, meeting):
    (person,) = [r["id"] for r in db["stakeholders"].rows]
    repo.update("stakeholder", person, {"role": ""})
    assert findings(db, meeting, GAPS) == ("geen functie voor Minister van BZK",)


def test_concept_items_the_summary_prints_are_listed(repo, db, meeting, dossier):
    title = "Concept-onderdelen in de samenvatting"
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "Spreekpunt in concept",
            "status": "draft",
        },
    )
    assert findings(db, meeting, title) == ()  # a talking point is not in the summary
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "key_message",
            "text": "Kern in concept",
            "status": "draft",
        },
    )
    repo.create(
        "position",
        {
            "dossier_id": dossier,
            "party": "ours",
            "kind": "bottom_line",
            "text": "Ondergrens in concept",
            "status": "draft",
        },
    )
    assert findings(db, meeting, title) == (
        "Wonen: Kern in concept",
        "Wonen: Ondergrens in concept",
    )


def test_the_check_never_shows_a_raw_placeholder(repo, db, meeting, dossier):
    repo.create(
        "figure",
        {
            "dossier_id": dossier,
            "key": "korting",
            "label": "Korting",
            "unit": "eur",
            "value": 675e6,
        },
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "De korting van {fig:korting} en {fig:bestaat-niet}.",
            "status": "draft",
        },
    )
    check = prepare_pack(db, PackRequest(Classification.VERTROUWELIJK, meeting)).check
    lines = "\n".join(check.summary_lines())
    assert "{fig:" not in lines
    assert "De korting van €\xa0675\xa0mln" in lines
    assert "Wonen: cijfer 'bestaat-niet' bestaat niet" in lines
