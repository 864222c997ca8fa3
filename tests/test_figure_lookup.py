"""One figure lookup: `{fig:key}` and `{fig:key.YEAR}` read the same on every surface.

Every year of the series differs from the headline value and from every other year, so a
surface that ignored the year (or read another one) would print a different number.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing_app.cli import main
from briefing_app.domain.edition import WITHHELD_MARK, Edition
from briefing_app.services.core import catalog
from briefing_app.services.core.listing import ListingService, ListQuery
from briefing_app.services.figures.book import FigureBook
from briefing_app.services.packs.service import PackRequest, prepare_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

TEXT = "Nu {fig:zorg}, in 2026 {fig:zorg.2026}, in 2029 {fig:zorg.2029}."
HEADLINE = "€ 75 mln in 2026, € 150 mln in 2027, oplopend tot € 300 mln in 2029"
EXPECTED = f"Nu {HEADLINE}, in 2026 € 75 mln, in 2029 € 300 mln."
SERIES = {"2026": 75e6, "2027": 150e6, "2029": 300e6}


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "briefing.db"
    db = connect(path)
    repo = Repository(db, user="Test")
    dossier = repo.create("dossier", {"slug": "wmo", "title": "Wmo", "classification": "openbaar"})
    repo.create(
        "figure",
        {
            "dossier_id": dossier,
            "key": "zorg",
            "label": "Zorgkosten",
            "unit": "eur",
            "shape": "series",
            "series": SERIES,
            "classification": "openbaar",
            "as_of": "2024-05-01",
        },
    )
    point = repo.create(
        "talking_point",
        {"dossier_id": dossier, "kind": "key_message", "text": TEXT, "classification": "openbaar"},
    )
    meeting = repo.create("meeting", {"title": "Overleg", "classification": "openbaar"})
    repo.create(
        "agenda_item",
        {"meeting_id": meeting, "dossier_id": dossier, "classification": "openbaar"},
    )
    yield db, repo, dossier, point, meeting, path
    db.close()


def test_the_book_reads_each_year_and_the_headline(store):
    db, *_ = store
    book = catalog.figure_book(db)
    assert plain(book.render(TEXT).text) == EXPECTED
    assert book.display("zorg.2028") is None  # no such year: unknown, not the headline
    assert book.render("{fig:zorg.2028}").broken == ("zorg.2028",)


def test_app_lists_render_through_the_same_lookup(store):
    db, _, dossier, *_ = store
    row = ListingService(db).page(ListQuery("talking_point", dossier), 0, 1)[0]
    assert plain(row["text_rendered"]) == EXPECTED
    keys = {f["key"]: plain(f["display"]) for f in ListingService(db).figure_keys()}
    assert keys["zorg.2027"] == "€ 150 mln" and keys["zorg"] == HEADLINE


def test_command_line_show_and_search(store, capsys):
    *_, path = store
    assert main(["--db", str(path), "show", "wmo", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert plain(data["talking_points"][0]["rendered"]["text"]) == EXPECTED
    assert main(["--db", str(path), "search", "Nu", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert plain(hits[0]["title"]) == EXPECTED


def test_pack_and_check(store):
    db, _, _, _, meeting, _ = store
    prepared = prepare_pack(
        db, PackRequest(Edition.of("openbaar").level, meeting), today=dt.date(2024, 6, 1)
    )
    texts = [plain(t.text) for d in prepared.pack.dossiers for t in d.key_messages]
    assert texts == [EXPECTED]
    assert not prepared.check.broken_references


def test_a_year_of_a_figure_above_the_edition_is_withheld(store):
    db, repo, *_ = store
    figure = next(r["id"] for r in db.query("SELECT id FROM figures"))
    repo.update("figure", figure, {"classification": "intern"})
    book = catalog.figure_book(db, "openbaar")
    rendered = book.render(TEXT)
    assert rendered.text == f"Nu {WITHHELD_MARK}, in 2026 {WITHHELD_MARK}, in 2029 {WITHHELD_MARK}."
    assert rendered.withheld == ("zorg", "zorg.2026", "zorg.2029")
    assert FigureBook.from_rows([]).display("zorg.2026") is None
