"""What an edition contains decides its digest, its list of changes and its pre-export check."""

from __future__ import annotations

import datetime as dt

import packdata
from pdftext import all_text

from briefing_app.domain.classification import Classification
from briefing_app.domain.pack import CHANGE_LEFT_EDITION, CHANGE_REMOVED
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack

TODAY = dt.date(2024, 6, 1)


def _point(db, text_start):
    return next(
        r["id"]
        for r in db.query("SELECT id, text FROM talking_points")
        if r["text"].startswith(text_start)
    )


def test_hidden_items_do_not_change_the_digest_of_an_open_edition(repo, db):
    data = packdata.build(repo)
    request = PackRequest(Classification.OPENBAAR, data.meeting)
    before = prepare_pack(db, request, today=TODAY).pack
    repo.update("talking_point", _point(db, "INTERN-spreekpunt"), {"text": "INTERN-anders"})
    repo.create(
        "talking_point",
        {
            "dossier_id": data.wonen,
            "kind": "talking_point",
            "text": "GEHEIM-nieuw",
            "classification": "vertrouwelijk",
        },
    )
    repo.update("dossier", data.wonen, {"escalation": "GEHEIM-andere escalatie"})
    after = prepare_pack(db, request, today=TODAY).pack
    assert after.left_out > before.left_out
    assert after.content_hash == before.content_hash
    repo.update("talking_point", data.talking_point, {"text": "OPENBAAR-kern, herschreven."})
    assert prepare_pack(db, request, today=TODAY).pack.content_hash != before.content_hash


def test_a_reference_reads_the_same_in_the_list_of_changes_and_in_the_body(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.OPENBAAR, data.meeting)
    write_pack(repo, prepare_pack(db, request, today=TODAY), tmp_path / "v1.pdf")
    point = _point(db, "OPENBAAR-spreek")
    repo.update(
        "talking_point", point, {"text": "OPENBAAR-spreek: {fig:geheimgetal} en {fig:bestaatniet}."}
    )
    prepared = prepare_pack(db, request, today=TODAY)
    (change,) = [c for c in prepared.pack.changes.items if c.item_id == point]
    body = next(t.text for d in prepared.pack.dossiers for t in d.talking_points)
    expected = "OPENBAAR-spreek: [cijfer niet in deze editie] en [onbekend cijfer: bestaatniet]."
    assert change.title == body == expected


def test_an_item_moved_above_the_edition_is_not_called_removed(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.INTERN, data.meeting)
    write_pack(repo, prepare_pack(db, request, today=TODAY), tmp_path / "v1.pdf")
    moved = _point(db, "INTERN-spreekpunt")
    repo.update("talking_point", moved, {"classification": "vertrouwelijk"})
    deleted = _point(db, "OPENBAAR-spreek")
    repo.delete("talking_point", deleted)
    prepared = prepare_pack(db, request, today=TODAY)
    kinds = {c.item_id: c.change for c in prepared.pack.changes.items}
    assert kinds[moved] == CHANGE_LEFT_EDITION == "niet meer in deze editie"
    assert kinds[deleted] == CHANGE_REMOVED
    text = " ".join(all_text(write_pack(repo, prepared, tmp_path / "v2.pdf").path).split())
    assert "1 vervallen, 1 niet meer in deze editie." in text
    assert "INTERN-spreekpunt" in text  # named in the list of changes, at the edition it had


def test_the_check_flags_figures_without_an_as_of_date_also_when_only_cited(repo, db):
    data = packdata.build(repo)
    other = repo.create("dossier", {"slug": "zorg", "title": "Zorg", "classification": "openbaar"})
    repo.create(
        "figure",
        {
            "dossier_id": other,
            "key": "zorgkosten",
            "label": "Zorgkosten",
            "value": 75_000_000,
            "unit": "eur",
            "classification": "openbaar",
        },
    )
    repo.update("talking_point", data.talking_point, {"text": "OPENBAAR-kern: {fig:zorgkosten}."})
    repo.update("figure", data.figure, {"as_of": None})
    check = prepare_pack(db, PackRequest(Classification.OPENBAAR, data.meeting), today=TODAY).check
    assert check.figures_without_date == (
        "Wonen: Opschalingskorting",
        "Wonen: Zorgkosten (genoemd in de tekst)",
    )
    assert check.stale_figures == () and not check.clean
    lines = check.summary_lines()
    assert "- Kerncijfers zonder peildatum: 2" in lines
    assert "- Kerncijfers zonder bron: 1" in lines  # the cited one has no source either
