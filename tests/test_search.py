import pytest

from briefing_app.store.migrations import MIGRATIONS
from briefing_app.store.search import count, search


@pytest.fixture
def texts(repo, dossier):
    repo.update("dossier", dossier, {"summary": "De financiën van gemeenten"})
    for text in [
        "R&D-budget blijft gelijk",
        "Geen -korting meer",
        "Het café's van de gemeente",
        "Opschalingskorting geschrapt",
    ]:
        repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": text})


@pytest.mark.parametrize(
    "query", ['"', "R&D", "-korting", "café's", "AND", "NEAR(", "*", "(", "'", "OR OR", "\\", "^"]
)
def test_any_user_input_is_a_valid_query(db, texts, query):
    search(db, query)  # never raises


def test_search_is_insensitive_to_diacritics(db, texts):
    assert any(h.kind == "dossiers" for h in search(db, "financien"))


def test_hostile_words_are_found_as_text(db, texts):
    assert search(db, "R&D")[0].title == "R&D-budget blijft gelijk"
    assert search(db, "-korting")[0].title == "Geen -korting meer"


def test_prefix_while_typing_and_snippets_mark_the_match(db, texts):
    hits = search(db, "opschal")
    assert hits[0].title == "Opschalingskorting geschrapt"
    assert "\x02Opschalingskorting\x03" in hits[0].snippet


def test_updates_and_deletes_reach_the_index(repo, db, dossier):
    point = repo.create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "appel"}
    )
    repo.update("talking_point", point, {"text": "peer"})
    assert search(db, "appel") == []
    assert [h.item_id for h in search(db, "peer")] == [point]
    repo.delete("talking_point", point)
    assert search(db, "peer") == []


def test_filters_narrow_the_hits(repo, db, dossier):
    a = repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "zorg",
            "classification": "openbaar",
        },
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "zorg",
            "classification": "vertrouwelijk",
        },
    )
    assert [h.item_id for h in search(db, "zorg", classifications=["openbaar"])] == [a]
    assert search(db, "zorg", statuses=["final"]) == []
    assert search(db, "zorg", changed_since="2999-01-01") == []


def test_search_finds_rows_inserted_after_every_migration(tmp_path, repo, db):
    """`transform()` in a later migration would drop the triggers: this catches that."""
    applied = [m.name for m in MIGRATIONS.applied(db)]
    assert applied == [m.name for m in MIGRATIONS._migrations]
    d = repo.create("dossier", {"slug": "nieuw", "title": "Nieuw dossier"})
    for kind, values in [
        ("talking_point", {"kind": "talking_point", "text": "zoekwoordtp"}),
        ("position", {"party": "ours", "kind": "target", "text": "zoekwoordpos"}),
        ("figure", {"key": "zk", "label": "zoekwoordfig", "unit": "eur"}),
        ("hard_question", {"question": "zoekwoordvraag"}),
        ("member_signal", {"text": "zoekwoordsignaal"}),
    ]:
        repo.create(kind, {"dossier_id": d, **values})
    for word in [
        "zoekwoordtp",
        "zoekwoordpos",
        "zoekwoordfig",
        "zoekwoordvraag",
        "zoekwoordsignaal",
    ]:
        assert len(search(db, word)) == 1, word


def test_count_says_how_many_match_beyond_the_limit(repo, db, dossier):
    for n in range(7):
        classification = "openbaar" if n < 3 else "intern"
        repo.create(
            "talking_point",
            {
                "dossier_id": dossier,
                "kind": "talking_point",
                "text": f"gemeentefonds punt {n}",
                "classification": classification,
            },
        )
    assert len(search(db, "gemeentefonds", limit=2)) == 2
    assert count(db, "gemeentefonds") == 7
    assert count(db, "gemeentefonds", classifications=["openbaar"]) == 3
    assert count(db, "gemeentefo") == 7  # the last word is a prefix, as in search
    assert count(db, "  ") == 0
