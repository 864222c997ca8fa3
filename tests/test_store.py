import json

import pytest

from briefing_app.domain.validation import ValidationError
from briefing_app.store.repository import NotFoundError


def test_create_records_who_and_when(repo, db, dossier):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Eerste"}
    )
    revision = next(db.query("SELECT * FROM revisions WHERE item_id = ?", [point]))
    assert revision["action"] == "create"
    assert revision["changed_by"] == "Test Gebruiker"
    assert json.loads(revision["new_value"])["text"] == "Eerste"


def test_update_records_old_and_new_value_per_field(repo, db, dossier):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Oud"}
    )
    old = repo.update("talking_point", point, {"text": "Nieuw", "status": "final"})
    assert old == {"text": "Oud", "status": "draft"}
    rows = list(
        db.query("SELECT field, old_value, new_value FROM revisions WHERE action = 'update'")
    )
    assert {(r["field"], r["old_value"], r["new_value"]) for r in rows} == {
        ("text", "Oud", "Nieuw"),
        ("status", "draft", "final"),
    }


def test_unchanged_update_writes_no_history(repo, db, dossier):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Zelfde"}
    )
    before = db["revisions"].count
    assert repo.update("talking_point", point, {"text": "Zelfde"}) == {}
    assert db["revisions"].count == before


def test_bottom_line_and_batna_are_confidential_by_default(repo, dossier):
    for kind in ("bottom_line", "batna"):
        pid = repo.create(
            "position", {"dossier_id": dossier, "party": "ours", "kind": kind, "text": "x"}
        )
        assert repo.get("position", pid)["classification"] == "vertrouwelijk"
    pid = repo.create(
        "position", {"dossier_id": dossier, "party": "ours", "kind": "target", "text": "x"}
    )
    assert repo.get("position", pid)["classification"] == "intern"


def test_bad_values_are_refused_and_nothing_is_stored(repo, db, dossier):
    fig = {"dossier_id": dossier, "key": "k", "label": "K", "unit": "eur"}
    with pytest.raises(ValidationError, match="getal"):
        repo.create("figure", {**fig, "value": "veel"})
    with pytest.raises(ValidationError, match="datum"):
        repo.create("figure", {**fig, "as_of": "15-06-2024"})
    with pytest.raises(ValidationError, match="rubricering"):
        repo.create("figure", {**fig, "classification": "geheim"})
    assert db["figures"].count == 0


def test_delete_takes_children_and_restore_puts_everything_back(repo, db, dossier):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "key_message", "text": "Blijft"}
    )
    snapshot = repo.delete("dossier", dossier)
    assert db["talking_points"].count == 0
    with pytest.raises(NotFoundError):
        repo.get("talking_point", point)
    repo.restore(snapshot)
    assert repo.get("talking_point", point)["text"] == "Blijft"


def test_move_reorders_siblings(repo, db, dossier):
    ids = [
        repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": t})
        for t in "abc"
    ]
    assert repo.move("talking_point", ids[2], 0) == 2
    order = [r["text"] for r in db.query("SELECT text FROM talking_points ORDER BY sort_order")]
    assert order == ["c", "a", "b"]


def test_a_failing_write_in_a_change_set_rolls_everything_back(repo, db, dossier):
    with pytest.raises(ValidationError), repo.change_set():
        repo.create(
            "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "weg"}
        )
        repo.create("talking_point", {"dossier_id": dossier, "kind": "onzin", "text": "fout"})
    assert db["talking_points"].count == 0
