"""One notion of a content change: a move is none anywhere; a classification change is one.

Moving a talking point rewrites the `sort_order` of its neighbours. None of that may reach a
pack's change section or its labels, the app's marks, the navigator's counts or the "changed
since" filter; history names the move apart. Lowering or raising a classification is a change
like any other: in history, and in the next pack as "nieuw in deze editie" or "niet meer in deze
editie".
"""

from __future__ import annotations

import datetime as dt

import packdata

from briefing_app.domain.classification import Classification
from briefing_app.services.core.history import HistoryService
from briefing_app.services.core.listing import ListingService, ListQuery
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.repository import now

TODAY = dt.date(2024, 6, 1)


def talking_points(db, dossier):
    sql = "SELECT id FROM talking_points WHERE dossier_id = ? ORDER BY sort_order, rowid"
    return [r["id"] for r in db.query(sql, [dossier])]


def test_a_move_changes_no_pack_and_marks_nothing(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.VERTROUWELIJK, data.meeting)
    write_pack(repo, prepare_pack(db, request, today=TODAY), tmp_path / "v1.pdf")
    since = now()
    before = talking_points(db, data.wonen)
    repo.move("talking_point", before[-1], 0)  # every other point shifts one down
    assert talking_points(db, data.wonen)[0] == before[-1]

    second = prepare_pack(db, request, today=TODAY)
    assert second.pack.changes.items == ()
    assert not any(t.change for d in second.pack.dossiers for t in d.talking_points)

    listing = ListingService(db)
    rows = listing.page(ListQuery("talking_point", data.wonen), 0, 50, marked_since=since)
    assert not any(r["changed"] for r in rows)
    assert listing.dossier_changes(since) == {}
    changed_only = ListQuery("talking_point", data.wonen, changed_since=since)
    assert listing.count(changed_only) == 0

    history = HistoryService(db)
    neighbour = before[0]
    assert [v.action for v in history.versions("talking_point", neighbour)] == ["create"]
    assert len(history.moves("talking_point", neighbour)) == 1
    assert len(history.moves("talking_point", before[-1])) == 1


def test_a_text_change_after_a_move_is_still_a_change(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.VERTROUWELIJK, data.meeting)
    write_pack(repo, prepare_pack(db, request, today=TODAY), tmp_path / "v1.pdf")
    since = now()
    points = talking_points(db, data.wonen)
    repo.move("talking_point", points[-1], 0)
    repo.update("talking_point", points[1], {"text": "OPENBAAR-nieuwe tekst"})
    second = prepare_pack(db, request, today=TODAY)
    assert [(c.change, c.item_id) for c in second.pack.changes.items] == [("gewijzigd", points[1])]
    rows = ListingService(db).page(
        ListQuery("talking_point", data.wonen), 0, 50, marked_since=since
    )
    assert [r["id"] for r in rows if r["changed"]] == [points[1]]


def test_classification_changes_are_revisions_and_edition_changes(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.OPENBAAR, data.meeting)
    write_pack(repo, prepare_pack(db, request, today=TODAY), tmp_path / "v1.pdf")
    secret = next(
        r["id"] for r in db.query("SELECT id FROM talking_points WHERE text LIKE 'GEHEIM-%'")
    )
    repo.update("talking_point", secret, {"classification": "openbaar"})  # lowered
    repo.update("talking_point", data.talking_point, {"classification": "intern"})  # raised

    history = HistoryService(db).versions("talking_point", secret)
    assert history[-1].fields == ("classification",)
    assert (history[-2].values["classification"], history[-1].values["classification"]) == (
        "vertrouwelijk",
        "openbaar",
    )

    second = prepare_pack(db, request, today=TODAY)
    changes = {(c.change, c.item_id) for c in second.pack.changes.items}
    assert changes == {
        ("nieuw in deze editie", secret),
        ("niet meer in deze editie", data.talking_point),
    }
    result = write_pack(repo, second, tmp_path / "v2.pdf")
    from pdftext import all_text

    text = " ".join(all_text(result.path).split())
    assert "1 nieuw in deze editie" in text and "1 niet meer in deze editie" in text
    assert "NIEUW IN DEZE EDITIE" in text
