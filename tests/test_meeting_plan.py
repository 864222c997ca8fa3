"""The meeting's plan: start time, aim and key message of the meeting, and per agenda item the
planned minutes and the delegate who leads it; stored, checked, searchable and upgraded into."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from briefing_app.domain.validation import ValidationError
from briefing_app.services.core import catalog
from briefing_app.store.connection import connect
from briefing_app.store.migrations import MIGRATIONS, latest_version, schema_version
from briefing_app.store.repository import Repository

STAMP = "2024-05-24T09:00:00.000000Z"


@pytest.fixture
def meeting(repo, dossier):
    meeting = repo.create("meeting", {"title": "Overleg half juni", "date": "2024-06-14"})
    lead = repo.create("delegate", {"meeting_id": meeting, "name": "Sharon Dijksma"})
    item = repo.create("agenda_item", {"meeting_id": meeting, "dossier_id": dossier})
    return {"meeting": meeting, "lead": lead, "item": item}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("14:30", "14:30"), ("9:05", "09:05"), ("9.30", "09:30"), ("0930", "09:30"), ("", None)],
)
def test_a_start_time_is_stored_as_hours_and_minutes(repo, meeting, typed, stored):
    repo.update("meeting", meeting["meeting"], {"start_time": typed})
    assert repo.get("meeting", meeting["meeting"])["start_time"] == stored


@pytest.mark.parametrize("typed", ["25:00", "14:75", "half drie", "14"])
def test_a_time_that_is_not_one_is_refused_at_its_field(repo, meeting, typed):
    with pytest.raises(ValidationError) as refused:
        repo.update("meeting", meeting["meeting"], {"start_time": typed})
    assert refused.value.field == "start_time"
    assert "UU:MM" in refused.value.message


def test_an_agenda_item_has_minutes_and_a_lead(repo, meeting):
    repo.update(
        "agenda_item", meeting["item"], {"minutes": "20", "lead_delegate_id": meeting["lead"]}
    )
    row = repo.get("agenda_item", meeting["item"])
    assert (row["minutes"], row["lead_delegate_id"]) == (20, meeting["lead"])
    for wrong in ("twintig", "-5", -5, 2.5):
        with pytest.raises(ValidationError) as refused:
            repo.update("agenda_item", meeting["item"], {"minutes": wrong})
        assert refused.value.field == "minutes"


def test_deleting_the_lead_leaves_the_agenda_item_without_one(repo, meeting):
    repo.update("agenda_item", meeting["item"], {"lead_delegate_id": meeting["lead"]})
    repo.delete("delegate", meeting["lead"])
    assert repo.get("agenda_item", meeting["item"])["lead_delegate_id"] is None


def test_the_meetings_aim_and_key_message_are_searchable(repo, db, meeting):
    repo.update(
        "meeting",
        meeting["meeting"],
        {"aim": "Voornemens omzetten in afspraken", "key_message": "Het tekort is niet opgelost"},
    )
    assert [h.id for h in catalog.search(db, "voornemens")] == [meeting["meeting"]]
    assert [h.id for h in catalog.search(db, "tekort")] == [meeting["meeting"]]


@pytest.fixture
def v2_file(tmp_path):
    """A database as Briefing wrote it before the meeting plan: two migrations, no plan columns."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    later = [m.name for m in MIGRATIONS._migrations[2:]]
    MIGRATIONS.apply(db, stop_before=later[0] if later else None)
    rows = {
        "dossiers": [{"id": "wmo", "slug": "wmo", "title": "Wmo"}],
        "meetings": [{"id": "juni", "title": "Overleg half juni", "notes": "Gepland half juni"}],
        "delegates": [{"id": "geluk", "meeting_id": "juni", "name": "Leonard Geluk"}],
        "agenda_items": [{"id": "punt", "meeting_id": "juni", "dossier_id": "wmo", "aim": "Wmo"}],
    }
    for table, items in rows.items():
        for row in items:
            db[table].insert({**row, "created_at": STAMP, "updated_at": STAMP})
    conn.commit()
    conn.close()
    return path


def test_a_database_from_before_the_meeting_plan_upgrades_and_takes_one(v2_file):
    db = connect(v2_file)
    assert schema_version(db) == latest_version()
    meeting = db["meetings"].get("juni")
    assert (meeting["notes"], meeting["aim"], meeting["key_message"]) == (
        "Gepland half juni",
        "",
        "",
    )
    assert meeting["start_time"] is None
    repo = Repository(db, "Test")
    repo.update("meeting", "juni", {"start_time": "10:00", "aim": "Afspraken over de Wmo"})
    repo.update("agenda_item", "punt", {"minutes": 30, "lead_delegate_id": "geluk"})
    assert [h.id for h in catalog.search(db, "afspraken")] == ["juni"]
    assert [h.id for h in catalog.search(db, "gepland")] == ["juni"]  # old text still found
    assert db["agenda_items"].get("punt")["minutes"] == 30
    db.close()
