"""The generator of large databases: valid, complete, searchable, reproducible, all or nothing."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.domain.items import ALL_KINDS
from briefing_app.domain.references import referenced_keys
from briefing_app.domain.validation import clean_values
from briefing_app.services.dataset.demo import DemoError, DemoSpec, generate
from briefing_app.store.connection import connect
from briefing_app.store.integrity import check
from briefing_app.store.repository import Repository
from briefing_app.store.search import search

SPEC = DemoSpec(dossiers=5, talking_points=1_500, figures=24, meetings=3, seed=7)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    report = generate(path, SPEC)
    return path, report


def _open(path):
    return connect(path)


def test_counts_match_the_request_and_the_file_is_sound(generated):
    path, report = generated
    db = _open(path)
    assert db["dossiers"].count == 5 == report.counts["dossiers"]
    assert db["talking_points"].count == 1_500
    assert db["figures"].count == 24
    assert db["meetings"].count == 3
    assert db["agenda_items"].count >= 9  # at least three dossiers on every agenda
    assert check(db).sound


def test_every_generated_row_passes_the_validation_of_the_app(generated):
    db = _open(generated[0])
    for kind in ALL_KINDS:
        for row in db[kind.table].rows:
            values = {name: row[name] for name in kind.field_names}
            values.update(classification=row["classification"], status=row["status"])
            clean_values(kind, values, partial=False)  # raises on the first bad value


def test_all_classifications_and_kinds_occur_and_secrets_stay_secret(generated):
    db = _open(generated[0])
    levels = {r[0] for r in db.execute("SELECT DISTINCT classification FROM talking_points")}
    assert levels == {"openbaar", "intern", "vertrouwelijk"}
    kinds = {r[0] for r in db.execute("SELECT DISTINCT kind FROM talking_points")}
    assert kinds == {"key_message", "talking_point", "reactive_line"}
    secret = db.execute(
        "SELECT DISTINCT classification FROM positions WHERE kind IN ('bottom_line', 'batna')"
    ).fetchall()
    assert secret == [("vertrouwelijk",)]
    assert db.execute("SELECT count(*) FROM figures WHERE series IS NOT NULL").fetchone()[0] >= 5


def test_figure_references_in_talking_points_all_resolve(generated):
    db = _open(generated[0])
    keys = {r[0] for r in db.execute("SELECT key FROM figures")}
    cited = [
        k
        for (text,) in db.execute("SELECT text FROM talking_points")
        for k in referenced_keys(text)
    ]
    assert cited, "some talking points should cite figures"
    assert set(cited) <= keys


def test_the_search_index_holds_every_generated_item(generated):
    db = _open(generated[0])
    indexed = db.execute(
        "SELECT count(*) FROM search_rows WHERE item_table = 'talking_points'"
    ).fetchone()[0]
    assert indexed == 1_500
    hits = search(db, "opschalingskorting", limit=5000)
    expected = db.execute(
        "SELECT count(*) FROM talking_points WHERE text LIKE '%opschalingskorting%'"
    ).fetchone()[0]
    assert expected > 0
    assert len([h for h in hits if h.kind == "talking_points"]) == expected


def test_an_edit_after_generation_is_found_and_recorded(generated, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(generated[0].read_bytes())
    db = _open(copy)
    item_id = db.execute("SELECT id FROM talking_points LIMIT 1").fetchone()[0]
    Repository(db, user="Tester").update("talking_point", item_id, {"text": "Zeeuwse zandkorrel"})
    assert [h.item_id for h in search(db, "zandkorrel")] == [item_id]
    history = db.execute(
        "SELECT action FROM revisions WHERE item_id = ? ORDER BY id", [item_id]
    ).fetchall()
    assert history == [("create",), ("update",)]


def test_history_is_one_creation_revision_per_item_or_none(generated, tmp_path):
    db = _open(generated[0])
    assert db["revisions"].count == sum(generated[1].counts.values())
    sets = db.execute("SELECT DISTINCT change_set, action FROM revisions").fetchall()
    assert len(sets) == 1 and sets[0][1] == "create"
    bare = tmp_path / "bare.db"
    generate(bare, DemoSpec(dossiers=2, talking_points=50, history=False))
    assert _open(bare)["revisions"].count == 0


def _content(path):
    db = _open(path)
    return db.execute("SELECT id, text, classification FROM talking_points ORDER BY id").fetchall()


def test_the_same_seed_gives_the_same_database(generated, tmp_path):
    again = tmp_path / "again.db"
    generate(again, SPEC)
    assert _content(again) == _content(generated[0])
    other = tmp_path / "other.db"
    generate(other, DemoSpec(dossiers=5, talking_points=1_500, figures=24, meetings=3, seed=8))
    assert _content(other) != _content(generated[0])


def test_an_existing_file_is_refused_and_kept(tmp_path):
    target = tmp_path / "mine.db"
    target.write_bytes(b"precious")
    with pytest.raises(DemoError, match="bestaat al"):
        generate(target, DemoSpec(dossiers=1, talking_points=1))
    assert target.read_bytes() == b"precious"


def test_a_failed_generation_leaves_nothing_behind(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DemoError):
        generate(blocker / "demo.db", DemoSpec(dossiers=1, talking_points=1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_the_command_line_writes_and_reports(tmp_path, capsys):
    out = tmp_path / "cli.db"
    args = ["demo", "--out", str(out), "--dossiers", "3", "--talking-points", "200", "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["talking_points"] == 200
    assert main(["--db", str(out), "check"]) == 0
    capsys.readouterr()
    assert main(args) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert main([*args, "--force", "--seed", "2"]) == 0
