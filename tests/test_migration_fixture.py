"""A database written at schema version 1 opens in this version with its data and search intact.

The fixture is built the way an early Briefing wrote it: only the first migration, rows with
only the columns of version 1. Opening it runs every later migration; nothing may be lost, and
search must still find old rows and rows written after the upgrade (sqlite-utils' transform()
drops FTS triggers, which a careless migration would not notice).
"""

import sqlite3

import pytest
import sqlite_utils

from briefing_app.services.core import catalog
from briefing_app.store.connection import connect
from briefing_app.store.integrity import check
from briefing_app.store.migrations import MIGRATIONS, latest_version, schema_version
from briefing_app.store.repository import Repository

STAMP = "2024-05-24T09:00:00.000000Z"
V1_ROWS = {
    "sources": [{"id": "bron", "title": "Concept-resolutie", "issued_on": "2024-05-24"}],
    "dossiers": [{"id": "wonen", "slug": "wonen", "title": "Wonen", "summary": "Woningbouw"}],
    "figures": [
        {
            "id": "fig",
            "dossier_id": "wonen",
            "key": "opschalingskorting",
            "label": "Opschalingskorting",
            "value": 675_000_000.0,
            "unit": "eur",
            "source_id": "bron",
        }
    ],
    "positions": [
        {
            "id": "pos",
            "dossier_id": "wonen",
            "party": "ours",
            "kind": "bottom_line",
            "text": "Geen akkoord zonder {fig:opschalingskorting}",
            "classification": "vertrouwelijk",
        }
    ],
    "meetings": [{"id": "overleg", "title": "Overleg half juni"}],
    "agenda_items": [{"id": "agenda", "meeting_id": "overleg", "dossier_id": "wonen"}],
}


@pytest.fixture
def v1_file(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    later = [m.name for m in MIGRATIONS._migrations[1:]]
    MIGRATIONS.apply(db, stop_before=later or None)
    for table, rows in V1_ROWS.items():
        for row in rows:
            db[table].insert({**row, "created_at": STAMP, "updated_at": STAMP})
    conn.commit()
    conn.close()
    return path


def test_a_version_1_database_upgrades_without_loss(v1_file):
    db = connect(v1_file)
    assert schema_version(db) == latest_version()
    assert check(db).sound
    view = catalog.dossier_view(db, "wonen")
    assert view.figures[0].display.replace("\xa0", " ") == "€ 675 mln"
    assert view.positions[0].text("text").replace("\xa0", " ") == "Geen akkoord zonder € 675 mln"
    assert view.positions[0].classification == "vertrouwelijk"
    assert catalog.list_meetings(db)[0].agenda[0].dossier_slug == "wonen"
    db.close()


def test_search_finds_old_rows_and_rows_written_after_the_upgrade(v1_file):
    db = connect(v1_file)
    assert {h.id for h in catalog.search(db, "opschalingskorting")} >= {"fig", "pos"}
    Repository(db, "Test").create(
        "talking_point", {"dossier_id": "wonen", "kind": "talking_point", "text": "Nieuwbouwtempo"}
    )
    assert [h.kind for h in catalog.search(db, "nieuwbouwtempo")] == ["talking_point"]
    db.close()


def test_a_version_1_database_without_application_id_opens_and_gets_it(v1_file):
    from briefing_app.store.identity import APPLICATION_ID

    def app_id():
        conn = sqlite3.connect(v1_file)
        try:
            return conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()

    assert app_id() == 0  # as earlier versions wrote it
    reader = connect(v1_file, migrate=False, read_only=True)  # accepted by its schema
    assert reader.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 1
    reader.close()
    assert app_id() == 0  # reading changes nothing
    connect(v1_file).close()
    assert app_id() == APPLICATION_ID
