"""The next pack starts where the last meeting ended: "Sinds het vorige overleg"."""

from __future__ import annotations

import datetime as dt

import meetingdata
import pytest
from pdftext import all_text, squeezed

from briefing_app.domain.classification import Classification
from briefing_app.services.meetings.debrief import save_outcome
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack

TODAY = dt.date(2024, 6, 10)


@pytest.fixture
def two_meetings(repo):
    data = meetingdata.build(repo)
    earlier = repo.create(
        "meeting",
        {"title": "Bestuurlijk overleg mei", "date": "2024-05-02", "classification": "openbaar"},
    )
    item = repo.create(
        "agenda_item",
        {"meeting_id": earlier, "dossier_id": data.wonen, "classification": "openbaar"},
    )
    save_outcome(repo, earlier, item, outcome="deels", account="OPENBAAR-halvering verkend",
                 their_position="Korting blijft", classification=Classification.OPENBAAR)  # fmt: skip
    for party, text, due, level, state in (
        ("Minister BZK", "OPENBAAR-brief over de korting", "2024-05-20", "openbaar", "open"),
        ("VNG", "OPENBAAR-cijfers van de leden", "2024-07-01", "openbaar", "open"),
        ("VNG", "GEHEIM-toezegging", "2024-05-01", "vertrouwelijk", "open"),
        ("Minister BZK", "OPENBAAR-al afgedaan", "2024-05-10", "openbaar", "done"),
    ):
        repo.create("commitment", {"meeting_id": earlier, "dossier_id": data.wonen, "party": party,
                                   "text": text, "due_on": due, "classification": level,
                                   "state": state, "owner": "Sharon Dijksma"})  # fmt: skip
    later = repo.create("meeting", {"title": "Overleg juli", "date": "2024-07-15"})
    repo.create("agenda_item", {"meeting_id": later, "dossier_id": data.wonen})
    return data, earlier, later


def test_the_next_pack_shows_outcomes_and_open_commitments(db, two_meetings):
    data, _earlier, _later = two_meetings
    pack = prepare_pack(db, PackRequest(Classification.OPENBAAR, meeting_id=data.meeting),
                        today=TODAY).pack  # fmt: skip
    since = pack.since
    assert [(o.meeting, o.dossier, o.outcome) for o in since.outcomes] == [
        ("Bestuurlijk overleg mei", "Wonen", "Deels akkoord")
    ]
    assert [(c.text, c.overdue) for c in since.commitments] == [
        ("OPENBAAR-brief over de korting", True),  # overdue first
        ("OPENBAAR-cijfers van de leden", False),
    ]


def test_the_section_in_the_pdf_marks_overdue_commitments(db, repo, two_meetings, tmp_path):
    data, _earlier, _later = two_meetings
    out = tmp_path / "p.pdf"
    prepared = prepare_pack(db, PackRequest(Classification.INTERN, meeting_id=data.meeting),
                            today=TODAY)  # fmt: skip
    write_pack(repo, prepared, out)
    text = all_text(out).replace("\xa0", " ")
    assert "Sinds het vorige overleg" in text
    assert "OPENBAAR-halvering verkend" in text and "Deels akkoord" in text
    assert "VERLOPEN·20mei2024" in squeezed(text)
    assert "1 toezegging over de datum." in text
    assert "OPENBAAR-cijfers van de leden" in text and "1 juli 2024" in text
    assert "GEHEIM" not in text and "al afgedaan" not in text


def test_later_meetings_do_not_count_and_unrelated_meetings_neither(db, repo, two_meetings):
    _data, _earlier, later = two_meetings
    # The July meeting's own pack sees both earlier meetings; June's sees only May.
    july = prepare_pack(
        db, PackRequest(Classification.VERTROUWELIJK, meeting_id=later), today=TODAY
    )
    assert {c.meeting for c in july.pack.since.commitments} == {"Bestuurlijk overleg mei"}
    assert "GEHEIM-toezegging" in {c.text for c in july.pack.since.commitments}
    other = repo.create("dossier", {"slug": "jeugd", "title": "Jeugd"})
    alone = repo.create("meeting", {"title": "Jeugdoverleg", "date": "2024-08-01"})
    repo.create("agenda_item", {"meeting_id": alone, "dossier_id": other})
    lonely = prepare_pack(
        db, PackRequest(Classification.VERTROUWELIJK, meeting_id=alone), today=TODAY
    )
    assert lonely.pack.since.outcomes == () and lonely.pack.since.commitments == ()
