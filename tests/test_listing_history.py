"""The read services behind the app: paged lists, positions, moves, history and changes."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.services.core.changes import database_started, last_pack_moment
from briefing_app.services.core.history import HistoryService, diff_versions
from briefing_app.services.core.listing import ListingService, ListQuery


@pytest.fixture
def points(repo, dossier):
    return [
        repo.create(
            "talking_point",
            {
                "dossier_id": dossier,
                "kind": "key_message" if n % 3 == 0 else "talking_point",
                "text": f"Punt {n:02d}",
            },
        )
        for n in range(12)
    ]


def texts(listing, query, offset=0, limit=100):
    return [r["text"] for r in listing.page(query, offset, limit)]


def test_pages_count_and_filters_are_done_in_sql(db, dossier, points):
    listing = ListingService(db)
    query = ListQuery("talking_point", dossier)
    assert listing.count(query) == 12
    assert texts(listing, query, 10, 5) == ["Punt 10", "Punt 11"]
    key = ListQuery("talking_point", dossier, kinds=("key_message",))
    assert texts(listing, key) == ["Punt 00", "Punt 03", "Punt 06", "Punt 09"]
    backwards = query.with_order("text", descending=True)
    assert texts(listing, backwards, 0, 2) == ["Punt 11", "Punt 10"]
    assert not backwards.manual_order


@pytest.mark.parametrize(
    "order", [("sort_order", False), ("text", True), ("classification", False)]
)
def test_index_of_agrees_with_the_pages(db, dossier, points, repo, order):
    repo.update("talking_point", points[4], {"classification": "openbaar"})
    listing = ListingService(db)
    query = ListQuery("talking_point", dossier).with_order(*order)
    ids = [r["id"] for r in listing.page(query, 0, 100)]
    for item in points:
        assert listing.index_of(query, item) == ids.index(item)
    hidden = ListQuery("talking_point", dossier, kinds=("key_message",))
    assert listing.index_of(hidden, points[1]) is None


@pytest.mark.parametrize(("source", "target"), [(0, 11), (11, 0), (5, 6), (6, 5), (3, 3), (2, 40)])
def test_move_puts_the_item_exactly_there(db, repo, dossier, points, source, target):
    listing = ListingService(db)
    query = ListQuery("talking_point", dossier)
    expected = list(points)
    expected.insert(min(target, 11), expected.pop(source))
    assert repo.move("talking_point", points[source], target) == source
    assert [r["id"] for r in listing.page(query, 0, 100)] == expected


def test_move_with_tied_positions_renumbers_and_stays_right(db, repo, dossier, points):
    db.execute("UPDATE talking_points SET sort_order = 0")  # as an import without order might
    listing = ListingService(db)
    query = ListQuery("talking_point", dossier)
    before = [r["id"] for r in listing.page(query, 0, 100)]
    repo.move("talking_point", before[7], 1)
    before.insert(1, before.pop(7))
    assert [r["id"] for r in listing.page(query, 0, 100)] == before


def test_one_step_writes_two_rows(db, repo, dossier, points):
    revisions = db["revisions"].count
    repo.move("talking_point", points[5], 6)
    assert db["revisions"].count - revisions == 2


def test_texts_citing_figures_come_rendered_and_broken_ones_named(db, repo, dossier):
    repo.create(
        "figure",
        {"dossier_id": dossier, "key": "accres", "label": "Accres", "unit": "eur", "value": 1e9},
    )
    repo.create(
        "talking_point",
        {"dossier_id": dossier, "kind": "talking_point", "text": "{fig:accres} en {fig:weg}"},
    )
    row = ListingService(db).page(ListQuery("talking_point", dossier), 0, 1)[0]
    assert row["text_rendered"].replace("\xa0", " ") == "€ 1 mld en [onbekend cijfer: weg]"
    assert row["text_broken"] == ("weg",)


def test_history_rebuilds_every_version_and_diffs_word_by_word(db, repo, dossier, points):
    repo.update("talking_point", points[0], {"text": "Punt nul", "status": "final"})
    repo.update("talking_point", points[0], {"text": "Punt nul, herzien"})
    repo.move("talking_point", points[0], 3)  # reordering is no version of its own
    history = HistoryService(db)
    versions = history.versions("talking_point", points[0])
    assert [v.values["text"] for v in versions] == ["Punt 00", "Punt nul", "Punt nul, herzien"]
    assert versions[1].fields == ("text", "status") and versions[1].changed_by == "Test Gebruiker"
    diff = diff_versions("talking_point", versions[0].values, versions[1].values)
    assert [d.field for d in diff] == ["text", "status"]
    assert diff[0].runs == (("=", "Punt "), ("-", "00"), ("+", "nul"))
    restore = history.changes_to_restore("talking_point", points[0], versions[0])
    assert restore == {"text": "Punt 00", "status": "draft"}


def test_changed_since_defaults_to_the_last_pack_and_skips_the_initial_load(db, repo, dossier):
    started = database_started(db)
    assert started is not None and started > db["dossiers"].get(dossier)["updated_at"]
    assert last_pack_moment(db, dt.date(2024, 6, 1)) is None
    meeting = repo.create("meeting", {"title": "Overleg juni", "date": "2024-06-14"})
    db["exports"].insert(
        {
            "meeting_id": meeting,
            "edition": "intern",
            "version": 2,
            "created_at": "2024-06-10T08:00:00.000000Z",
            "created_by": "x",
            "content_hash": "abc",
        }
    )
    moment = last_pack_moment(db, dt.date(2024, 6, 1))
    assert (moment.at, moment.meeting_title, moment.version) == (
        "2024-06-10T08:00:00.000000Z",
        "Overleg juni",
        2,
    )


def test_series_figures_render_in_the_app_as_in_the_packs(db, repo, dossier):
    """The app, the command line and the packs resolve `{fig:key.YEAR}` the same way."""
    series = {"2026": 75e6, "2029": 300e6}
    repo.create(
        "figure",
        {"dossier_id": dossier, "key": "zorg", "label": "Zorg", "unit": "eur", "series": series},
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "{fig:zorg.2026} tot {fig:zorg.2029}",
        },
    )
    listing = ListingService(db)
    point = listing.page(ListQuery("talking_point", dossier), 0, 1)[0]
    assert point["text_rendered"].replace("\xa0", " ") == "€ 75 mln tot € 300 mln"
    assert point["text_broken"] == ()
    figure = listing.page(ListQuery("figure", dossier), 0, 1)[0]
    assert (
        figure["display_value"].replace("\xa0", " ")
        == "€ 75 mln in 2026, oplopend tot € 300 mln in 2029"
    )
    assert {"zorg", "zorg.2026", "zorg.2029"} <= {f["key"] for f in listing.figure_keys()}
