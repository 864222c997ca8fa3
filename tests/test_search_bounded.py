"""Search with bounded work, and text that looks the same is found (reproduction 9).

FTS5's snippet() on long repetitive text grew with the number of query words (minutes for 20
words against a long talking point); the app searched on its window's thread; a soft hyphen,
bidi isolates or private-use characters split or hid words. The time itself is shown in
`bench/long_text_bench.py` (a 20-word query against a 1 MB talking point), not here.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from briefing_app.cli import main
from briefing_app.store import search as search_module
from briefing_app.store.connection import connect
from briefing_app.store.migrations import MIGRATIONS
from briefing_app.store.repository import Repository
from briefing_app.store.search import MAX_WORDS, SearchTooSlow, fts_query, search, time_budget
from briefing_app.store.snippets import make_snippet


@pytest.fixture
def many(repo, dossier):
    for i in range(40):
        repo.create(
            "talking_point",
            {"dossier_id": dossier, "kind": "talking_point", "text": f"punt {i} over gemeenten"},
        )
    return repo


def test_snippets_are_made_only_for_the_hits_returned(db, many, monkeypatch):
    calls = []
    real = search_module.make_snippet

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(search_module, "make_snippet", counting)
    hits = search(db, "gemeenten", limit=5)
    assert len(hits) == 5 and len(calls) == 5
    assert all("\x02gemeenten\x03" in h.snippet for h in hits)


def test_a_query_keeps_a_bounded_number_of_words():
    query = fts_query(" ".join(f"woord{i}" for i in range(500)))
    assert query.count('"') == 2 * MAX_WORDS


def test_a_query_past_its_time_budget_is_stopped(db, many):
    with pytest.raises(SearchTooSlow), time_budget(db.conn, -1):  # the deadline has passed
        db.execute("SELECT count(*) FROM search_index a, search_index b, search_index c").fetchone()
    assert db.execute("SELECT count(*) FROM talking_points").fetchone()[0] == 40  # usable


def test_the_command_line_says_so_in_one_line(db_file, monkeypatch, capsys):
    monkeypatch.setattr(search_module, "BUDGET_S", -1.0)
    db = connect(db_file)
    repo = Repository(db)
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    with repo.change_set():
        for i in range(2000):
            repo.create(
                "talking_point",
                {"dossier_id": dossier, "kind": "talking_point", "text": f"taken {i}"},
            )
    db.close()
    assert main(["--db", str(db_file), "search", "taken"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "te lang" in err[0]


def test_a_long_text_gets_a_short_snippet_around_the_best_match():
    text = "de en " * 100_000 + "opschalingskorting van tafel " + "en de " * 1000
    snippet = make_snippet((text, ""), ["opschalingskorting", "tafel"], prefix_last=False)
    assert "\x02opschalingskorting\x03" in snippet and "\x02tafel\x03" in snippet
    assert len(snippet) < 200


@pytest.mark.parametrize(
    ("stored", "asked"),
    [
        ("subsidie\u00adregeling", "subsidieregeling"),
        ("subsidieregeling", "subsidie\u00adregeling"),
        ("\u2066jeugdzorg\u2069 en Wmo", "jeugdzorg"),
        ("ravijn\ue000jaar", "ravijnjaar"),
        ("finan\u200bciën", "financien"),
    ],
)
def test_text_that_looks_the_same_is_found(repo, dossier, db, stored, asked):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": stored}
    )
    assert [h.item_id for h in search(db, asked)] == [point]
    stored_text = db.execute("SELECT text FROM talking_points WHERE id = ?", [point]).fetchone()[0]
    assert stored_text == stored  # the user's text itself is kept as typed


def test_an_earlier_database_is_indexed_folded_after_the_upgrade(tmp_path):
    path = tmp_path / "oud.db"
    conn = sqlite3.connect(path)
    old = sqlite_utils.Database(conn)
    MIGRATIONS.apply(old, stop_before="m008_search_text_folded")
    stamp = "2024-05-24T09:00:00.000000Z"
    old["dossiers"].insert(
        {"id": "d", "slug": "wonen", "title": "Wonen", "created_at": stamp, "updated_at": stamp}
    )
    old["talking_points"].insert(
        {
            "id": "p",
            "dossier_id": "d",
            "text": "De subsidie\u00adregeling",
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    conn.commit()
    conn.close()
    db = connect(path)
    assert [h.item_id for h in search(db, "subsidieregeling")] == ["p"]
    repo = Repository(db)
    repo.update(
        "talking_point", "p", {"text": "Nieuwe bouw\u00adopgave"}
    )  # the update trigger folds
    assert [h.item_id for h in search(db, "bouwopgave")] == ["p"]
    db.close()
