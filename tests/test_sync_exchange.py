"""Exchange among several colleagues: who has seen what, tombstones, and merging per field."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
import sqlite_utils
from sync_helpers import bundle_for, content, exchange, name, receive

from briefing_app.services.core.deleted import deleted_items, restore_deleted
from briefing_app.services.core.history import HistoryService
from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    DELETED,
    KEEP_MINE,
    SAME,
    THEIRS,
    plan_import,
)
from briefing_app.store.clocks import identity, peers, seen
from briefing_app.store.connection import connect
from briefing_app.store.migrations import MIGRATIONS, latest_version, schema_version
from briefing_app.store.repository import Repository
from briefing_app.store.search import register_functions


@pytest.fixture
def three(default_db_file, tmp_path):
    """Anna, Bram and Cor, each with a database built from the default dataset."""
    members = []
    for member in ("Anna", "Bram", "Cor"):
        path = tmp_path / f"{member}.db"
        shutil.copyfile(default_db_file, path)
        db = connect(path)
        name(db, member)
        members.append(db)
    yield members
    for db in members:
        db.close()


POINT = "gemeentefonds-tp-uitgangspositie"


def point_ids(db, n=3):
    return [r[0] for r in db.execute(f"SELECT id FROM talking_points ORDER BY id LIMIT {n}")]


def test_each_database_has_its_own_replica_and_knows_its_colleagues(three):
    anna, bram, cor = three
    ids = {identity(db)[0] for db in three}
    assert len(ids) == 3
    exchange(anna, bram)
    exchange(cor, bram)
    known = {p.member: p for p in peers(bram)}
    assert set(known) == {"Anna", "Cor"}
    assert known["Anna"].acked == seen(anna)


def test_a_bundle_for_a_colleague_carries_exactly_what_they_have_not_seen(three):
    anna, bram, _ = three
    first = bundle_for(anna, bram)  # Anna knows nothing of Bram yet: everything
    assert len(first.items) > 50 and not first.partial
    receive(bram, first)
    exchange(bram, anna)  # Bram's bundle tells Anna what Bram has seen
    assert bundle_for(anna, bram).items == ()
    point = point_ids(anna, 1)[0]
    Repository(anna, "Anna").update("talking_point", point, {"text": "Nieuw van Anna"})
    assert [i.id for i in bundle_for(anna, bram).items] == [point]
    exchange(anna, bram)
    exchange(bram, anna)
    assert bundle_for(anna, bram).items == ()


def test_a_withdrawn_talking_point_stays_withdrawn_after_a_round_among_three(three):
    anna, bram, cor = three
    Repository(anna, "Anna").delete("talking_point", POINT)
    Repository(bram, "Bram").update(
        "talking_point", point_ids(bram, 1)[0], {"text": "Bram scherpt aan"}
    )
    # A round in an unlucky order: Cor hears from Bram (who still has it) after Anna.
    for sender, receiver in [(anna, cor), (bram, cor), (cor, bram), (bram, anna), (cor, anna)]:
        exchange(sender, receiver)
    for sender, receiver in [(anna, bram), (bram, cor), (cor, anna), (anna, cor)]:
        exchange(sender, receiver)
    for db in three:
        assert db.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone() is None
    assert content(anna) == content(bram) == content(cor)
    # Who withdrew it travels with the tombstone, and every side can bring it back.
    gone = [d for d in deleted_items(cor) if d.id == POINT]
    assert gone and gone[0].deleted_by == "Anna"


def test_the_import_preview_shows_the_delete_and_it_can_be_refused(three):
    anna, bram, _ = three
    exchange(anna, bram)
    exchange(bram, anna)
    Repository(anna, "Anna").delete("talking_point", POINT)
    plan = plan_import(bram, bundle_for(anna, bram))
    deleted = plan.with_status(DELETED)
    assert [c.local_id for c in deleted] == [POINT]
    assert deleted[0].item.existence.by == "Anna"
    receive(bram, plan.bundle, resolutions={POINT: KEEP_MINE})
    assert bram.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    # The refusal is a decision that travels: Anna gets the talking point back.
    exchange(bram, anna)
    assert anna.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    assert content(anna) == content(bram)


def test_a_restored_item_comes_back_for_everyone(three):
    anna, bram, _ = three
    Repository(anna, "Anna").delete("talking_point", POINT)
    exchange(anna, bram)
    assert not bram.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    assert restore_deleted(bram, POINT, "Bram") == 1
    exchange(bram, anna)
    assert anna.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    assert content(anna) == content(bram)


def test_fields_changed_on_one_side_each_merge_without_asking(three):
    anna, bram, _ = three
    exchange(anna, bram)
    Repository(anna, "Anna").update("talking_point", POINT, {"text": "Tekst van Anna"})
    Repository(bram, "Bram").update("talking_point", POINT, {"status": "final"})
    plan = plan_import(bram, bundle_for(anna, bram))
    change = next(c for c in plan.changes if c.local_id == POINT)
    assert change.status == CHANGED and change.conflicts == ()
    receive(bram, plan.bundle)
    exchange(bram, anna)
    for db in (anna, bram):
        row = Repository(db).get("talking_point", POINT)
        assert (row["text"], row["status"]) == ("Tekst van Anna", "final")


def test_the_same_field_on_both_sides_is_a_conflict_with_the_ancestor(three):
    anna, bram, _ = three
    before = Repository(anna).get("talking_point", POINT)["text"]
    Repository(anna, "Anna").update("talking_point", POINT, {"text": before + " Anna voegt toe."})
    Repository(bram, "Bram").update("talking_point", POINT, {"text": "Bram herschrijft."})
    plan = plan_import(bram, bundle_for(anna, bram))
    change = next(c for c in plan.changes if c.local_id == POINT)
    assert change.status == CONFLICT
    (field,) = change.conflicts
    assert (field.name, field.mine, field.ancestor) == ("text", "Bram herschrijft.", before)
    assert field.theirs == before + " Anna voegt toe."
    result = receive(bram, plan.bundle, resolutions={f"{change.item.id}/text": THEIRS})
    assert result.queued == 0
    assert Repository(bram).get("talking_point", POINT)["text"] == field.theirs
    # The decision settles it for Anna too, without a second conflict.
    plan = plan_import(anna, bundle_for(bram, anna))
    assert all(c.status != CONFLICT for c in plan.changes)


def test_a_classification_conflict_goes_to_the_higher_one(three):
    anna, bram, _ = three
    Repository(anna, "Anna").update("talking_point", POINT, {"classification": "vertrouwelijk"})
    Repository(bram, "Bram").update("talking_point", POINT, {"classification": "openbaar"})
    exchange(anna, bram)
    exchange(bram, anna)
    for db in (anna, bram):
        assert Repository(db).get("talking_point", POINT)["classification"] == "vertrouwelijk"
    assert content(anna) == content(bram)


def test_an_unresolved_conflict_is_queued_and_nothing_is_lost(three):
    anna, bram, _ = three
    Repository(anna, "Anna").update("talking_point", POINT, {"text": "Anna"})
    Repository(bram, "Bram").update("talking_point", POINT, {"text": "Bram"})
    result = exchange(anna, bram)
    assert result.queued == 1
    assert Repository(bram).get("talking_point", POINT)["text"] == "Bram"
    queued = bram.execute("SELECT item_id, field, from_member FROM sync_conflicts").fetchall()
    assert queued == [(POINT, "text", "Anna")]
    # The same bundle twice does not queue it twice.
    assert exchange(anna, bram).queued == 0


def test_history_shows_no_empty_versions_for_clock_only_rows(three):
    anna, bram, _ = three
    Repository(anna, "Anna").update("talking_point", POINT, {"text": "Zelfde"})
    Repository(bram, "Bram").update("talking_point", POINT, {"text": "Zelfde"})
    exchange(anna, bram)  # both wrote the same: agreement, recorded as a clock only
    versions = HistoryService(bram).versions("talking_point", POINT)
    assert [v.fields for v in versions[1:]] == [("text",)]


@pytest.fixture
def v2_file(tmp_path):
    """A database as the schema before the exchange clocks wrote it: an edit, a shared_state row."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    register_functions(conn)  # the search triggers of that schema call it
    db = sqlite_utils.Database(conn)
    MIGRATIONS.apply(db, stop_before=["m009_exchange_clocks"])
    stamp = "2024-05-24T09:00:00.000000Z"
    db["dossiers"].insert(
        {"id": "wonen", "slug": "wonen", "title": "Wonen", "created_at": stamp, "updated_at": stamp}
    )
    db["talking_points"].insert(
        {"id": "tp", "dossier_id": "wonen", "text": "Oud", "created_at": stamp, "updated_at": stamp}
    )
    for item_table, item_id, action, field, new in (
        ("dossiers", "wonen", "create", None, '{"id": "wonen", "slug": "wonen", "title": "Wonen"}'),
        ("talking_points", "tp", "create", None, '{"id": "tp", "dossier_id": "wonen", "text": "Oud"}'),
        ("talking_points", "tp", "update", "text", "Oud"),
    ):  # fmt: skip
        db["revisions"].insert(
            {"item_table": item_table, "item_id": item_id, "action": action, "field": field,
             "new_value": new, "changed_at": stamp, "changed_by": "x", "change_set": "cs"}
        )  # fmt: skip
    db["shared_state"].insert(
        {"item_table": "talking_points", "item_id": "tp", "content_hash": "0" * 64,
         "shared_at": stamp}
    )  # fmt: skip
    conn.commit()
    conn.close()
    return path


def test_a_database_of_the_previous_schema_upgrades_and_exchanges(v2_file, tmp_path):
    db = connect(v2_file)
    assert schema_version(db) == latest_version()
    assert db.execute("SELECT count(*) FROM revisions WHERE replica IS NULL").fetchone() == (3,)
    assert db.execute("SELECT count(*) FROM replica").fetchone() == (0,)
    copy = tmp_path / "copy.db"
    db.close()
    shutil.copyfile(v2_file, copy)
    mine, theirs = connect(v2_file), connect(copy)
    name(mine, "Anna")
    name(theirs, "Bram")
    assert identity(mine)[0] != identity(theirs)[0]
    Repository(theirs, "Bram").update("talking_point", "tp", {"text": "Nieuw"})
    plan = plan_import(mine, bundle_for(theirs, mine))
    assert {c.local_id: c.status for c in plan.changes}["tp"] == CHANGED
    assert {c.local_id: c.status for c in plan.changes}["wonen"] == SAME
    mine.close()
    theirs.close()


def test_an_edition_bundle_deletes_nothing_and_leaves_the_rest_to_come(three):
    from briefing_app.domain.edition import Edition
    from briefing_app.services.exchange.bundle import collect, decode, encode

    anna, bram, _ = three
    Repository(anna, "Anna").delete("talking_point", POINT)
    secret = point_ids(anna, 1)[0]
    Repository(anna, "Anna").update(
        "talking_point", secret, {"text": "Alleen voor ons", "classification": "vertrouwelijk"}
    )
    bundle = decode(encode(collect(anna, edition=Edition.of("openbaar"))))
    assert bundle.partial and bundle.edition == "openbaar"
    assert all(item.alive for item in bundle.items)  # no tombstones in an edition bundle
    assert secret not in {item.id for item in bundle.items}
    receive(bram, bundle)
    assert bram.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    # Bram has not seen Anna's whole state: the next full bundle still brings both changes.
    exchange(anna, bram)
    assert not bram.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    assert Repository(bram).get("talking_point", secret)["text"] == "Alleen voor ons"


def test_after_a_restored_backup_new_changes_still_reach_colleagues(three, tmp_path):
    from briefing_app.services.core.workspace import restore
    from briefing_app.store.backup import create_backup

    anna, bram, _ = three
    path = tmp_path / "Anna.db"
    backup = create_backup(path, "handmatig")
    Repository(anna, "Anna").update("talking_point", POINT, {"text": "Voor de terugzet"})
    exchange(anna, bram)
    old_id = identity(anna)[0]
    anna.close()
    restore(path, backup)
    anna = three[0] = connect(path)
    assert identity(anna)[0] != old_id
    Repository(anna, "Anna").update("talking_point", POINT, {"status": "draft"})
    exchange(anna, bram)
    assert Repository(bram).get("talking_point", POINT)["status"] == "draft"
    # What the backup had lost comes back from the colleague who had it.
    exchange(bram, anna)
    assert Repository(anna).get("talking_point", POINT)["text"] == "Voor de terugzet"
