"""The meeting cycle below the app: typed notes, outcomes, commitments from notes, the CLI."""

from __future__ import annotations

import datetime as dt
import json

import meetingdata
import pytest

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.domain.meetings import NoteError, parse_note
from briefing_app.services.meetings.debrief import (
    DebriefError,
    commitment_from_note,
    flag_for_revision,
    load_debrief,
    meeting_record,
    save_outcome,
)
from briefing_app.services.meetings.notes import add_note, list_notes, used_talking_points
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.mark.parametrize(
    ("line", "kind", "text", "party", "due"),
    [
        ("Rijk wil eerst de evaluatie", "said", "Rijk wil eerst de evaluatie", "", None),
        ("z: wil wachten", "said", "wil wachten", "", None),
        ("V: cijfers 2025 nagaan", "follow_up", "cijfers 2025 nagaan", "", None),
        (
            "t: Minister BZK: stuurt brief, uiterlijk 2024-07-01",
            "commitment",
            "stuurt brief",
            "Minister BZK",
            "2024-07-01",
        ),
        (
            "t: VNG: levert cijfers voor 5-7-2024",
            "commitment",
            "levert cijfers",
            "VNG",
            "2024-07-05",
        ),
        ("t: overleg met de leden", "commitment", "overleg met de leden", "", None),
        ("x: geen prefix", "said", "x: geen prefix", "", None),
    ],
)
def test_a_typed_line_reads_as_its_type(line, kind, text, party, due):
    note = parse_note(line)
    assert (note.note_type, note.text, note.party, note.due_on) == (kind, text, party, due)


def test_an_empty_note_is_refused_in_dutch():
    with pytest.raises(NoteError, match="lege notitie"):
        parse_note("t:   ")


def test_notes_are_saved_as_typed_with_time_and_revision(repo, db):
    data = meetingdata.build(repo)
    points = [(p, repo.get("talking_point", p)["text"]) for p in data.talking_points]
    at = dt.datetime(2024, 6, 14, 10, 32)
    said = add_note(repo, data.meeting, "Rijk wil de korting", default_type="said",
                    agenda_item_id=data.agenda_wonen, now=at)  # fmt: skip
    used = add_note(repo, data.meeting, "g: 2", default_type="said", talking_points=points)
    by_word = add_note(repo, data.meeting, "g: bouwopgave", default_type="said",
                       talking_points=points)  # fmt: skip
    promise = add_note(repo, data.meeting, "t: Minister BZK: brief 2024-07-01",
                       default_type="said", classification=Classification.VERTROUWELIJK)  # fmt: skip
    assert said.noted_at == "2024-06-14T10:32:00"
    assert said.agenda_item_id == data.agenda_wonen
    assert used.talking_point_id == data.talking_points[1]
    assert "opschalingskorting" in used.text
    assert by_word.talking_point_id == data.talking_points[2]
    assert (promise.party, promise.due_on, promise.classification) == (
        "Minister BZK",
        "2024-07-01",
        "vertrouwelijk",
    )
    assert used_talking_points(db, data.meeting) == {data.talking_points[1], data.talking_points[2]}
    assert [n.id for n in list_notes(db, data.meeting)] == [
        said.id,
        used.id,
        by_word.id,
        promise.id,
    ]
    assert promise.id not in {
        n.id for n in list_notes(db, data.meeting, edition=Classification.INTERN)
    }
    created = db.execute(
        "SELECT count(*) FROM revisions WHERE item_table = 'meeting_notes' AND action = 'create'"
    ).fetchone()[0]
    assert created == 4


def test_a_used_note_names_a_talking_point_that_exists(repo):
    data = meetingdata.build(repo)
    points = [(p, "tekst") for p in data.talking_points]
    with pytest.raises(NoteError, match="geen spreekpunt 9"):
        add_note(repo, data.meeting, "g: 9", default_type="said", talking_points=points)
    with pytest.raises(NoteError, match="3 spreekpunten"):
        add_note(repo, data.meeting, "g: tekst", default_type="said", talking_points=points)


def test_debrief_records_outcomes_commitments_and_flags(repo, db):
    data = meetingdata.build(repo)
    note = add_note(repo, data.meeting, "t: Minister BZK: brief 2024-07-01",
                    default_type="said", agenda_item_id=data.agenda_wonen)  # fmt: skip
    debrief = load_debrief(db, data.meeting)
    assert [i.dossier_title for i in debrief.items] == ["Wonen", "Wmo"]
    assert debrief.items[0].expected[0].text == "Het Rijk wil de korting handhaven"
    assert [n.id for n in debrief.open_commitment_notes] == [note.id]
    # What may be revised reads as everywhere else: with its figures filled in.
    texts = [text for _table, _id, _dossier, text in debrief.revisable]
    assert "De opschalingskorting van €\u00a0675\u00a0mln moet van tafel" in texts
    assert not any("{fig:" in text for text in texts)

    save_outcome(repo, data.meeting, data.agenda_wonen, outcome="deels",
                 account="Halvering besproken", their_position="Korting blijft",
                 classification=Classification.OPENBAAR)  # fmt: skip
    again = save_outcome(repo, data.meeting, data.agenda_wonen, outcome="akkoord")
    commitment = commitment_from_note(repo, note.id, party="Minister BZK", text="brief",
                                      due_on="2024-07-01", owner="Sharon Dijksma")  # fmt: skip
    with pytest.raises(DebriefError, match="al een toezegging"):
        commitment_from_note(repo, note.id, party="x", text="y", due_on=None)
    flag_for_revision(repo, data.meeting, "positions", data.expected, "Rijk schuift op")

    debrief = load_debrief(db, data.meeting)
    assert debrief.items[0].outcome["id"] == again
    assert debrief.items[0].outcome["outcome"] == "akkoord"
    assert debrief.open_commitment_notes == ()
    row = repo.get("commitment", commitment)
    assert (row["dossier_id"], row["owner"], row["meeting_id"]) == (
        data.wonen,
        "Sharon Dijksma",
        data.meeting,
    )
    assert debrief.flags[0]["position_id"] == data.expected
    record = meeting_record(db, data.meeting)
    assert [o["outcome"] for o in record.outcomes] == ["akkoord"]
    assert [c["text"] for c in record.commitments] == ["brief"]


def test_command_line_lists_notes_and_meeting_outcomes(tmp_path, capsys):
    path = tmp_path / "b.db"
    db = connect(path)
    repo = Repository(db, "Test")
    data = meetingdata.build(repo)
    add_note(repo, data.meeting, "z: Rijk wil wachten", default_type="said",
             now=dt.datetime(2024, 6, 14, 10, 5))  # fmt: skip
    note = add_note(repo, data.meeting, "t: VNG: cijfers leveren 2024-06-30", default_type="said",
                    classification=Classification.VERTROUWELIJK)  # fmt: skip
    commitment_from_note(repo, note.id, party="VNG", text="cijfers leveren", due_on="2024-06-30")
    save_outcome(repo, data.meeting, data.agenda_wmo, outcome="uitgesteld", account="Na de zomer")
    flag_for_revision(repo, data.meeting, "positions", data.expected, "Rijk schuift op")
    db.close()

    assert main(["--db", str(path), "notes", data.meeting]) == 0
    out = capsys.readouterr().out
    assert "10:05  Zei de andere kant · Rijk wil wachten [intern]" in out
    assert "Toezegging · VNG: cijfers leveren (uiterlijk 30 juni 2024)" in out
    assert main(["--db", str(path), "notes", data.meeting, "--editie", "intern", "--json"]) == 0
    assert [n["type"] for n in json.loads(capsys.readouterr().out)] == ["said"]
    assert main(["--db", str(path), "meetings", "--json"]) == 0
    (meeting,) = json.loads(capsys.readouterr().out)
    assert meeting["outcomes"][0]["outcome"] == "uitgesteld"
    assert meeting["outcomes"][0]["dossier"] == "wmo"
    assert meeting["commitments"][0]["due_on"] == "2024-06-30"
    assert [f["text"] for f in meeting["revise"]] == ["Het Rijk wil de korting handhaven"]
    assert main(["--db", str(path), "meetings"]) == 0
    out = capsys.readouterr().out
    assert "Wmo: Uitgesteld" in out and "VNG: cijfers leveren (uiterlijk 30 juni 2024)" in out
    assert main(["--db", str(path), "notes", "bestaat-niet"]) == 2
    assert "onbekend overleg" in capsys.readouterr().err


def test_without_a_choice_the_next_or_undated_meeting_is_taken(repo, db):
    from briefing_app.services.meetings.table import default_meeting

    assert default_meeting(db, "2024-06-01") is None
    past = repo.create("meeting", {"title": "Maart", "date": "2024-03-28"})
    assert default_meeting(db, "2024-06-01") == past
    undated = repo.create("meeting", {"title": "Half juni"})
    assert default_meeting(db, "2024-06-01") == undated
    coming = repo.create("meeting", {"title": "Juli", "date": "2024-07-01"})
    assert default_meeting(db, "2024-06-01") == coming
