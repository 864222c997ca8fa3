"""How a pack's pages read: amounts in one piece, a header that fits, a one-page summary."""

from __future__ import annotations

import re

from pdftext import pages_text
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_amount
from briefing_app.domain.pack import Pack, PackDossier, PackText
from briefing_app.export.document import fit_width
from briefing_app.export.fonts import SANS, SANS_BOLD
from briefing_app.export.pdf import render_pack
from briefing_app.services.dataset.demo import DemoSpec, generate
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


def _render(pack: Pack, path) -> list[str]:
    render_pack(pack, str(path))
    return pages_text(path)


def test_amounts_never_break_across_lines(tmp_path):
    # Every offset puts an amount somewhere else on the line, so some fall at a line's end.
    texts = []
    for offset in range(60):
        lead = "x" * offset
        texts.append(PackText(f"{lead} korting {format_amount(675e6)} en zelf getypt € 1 mld."))
    dossier = PackDossier("wonen", "Wonen", talking_points=tuple(texts))
    pack = Pack("Overleg", Classification.INTERN, dossiers=(dossier,), content_hash="0" * 64)
    lines = [
        line.replace("\xa0", " ").strip()
        for page in _render(pack, tmp_path / "p.pdf")
        for line in page.splitlines()
    ]
    assert sum("€ 675 mln" in line for line in lines) == 60
    assert sum("€ 1 mld" in line for line in lines) == 60
    for line in lines:
        assert not line.endswith("€") and not re.search(r"€ \d+(,\d+)?$", line), line
        assert not re.match(r"(mln|mld)\b", line), line


def _top_level_pages(path) -> dict[str, int]:
    reader = PdfReader(str(path))
    return {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }


def _assert_summary_on_one_page(path) -> None:
    pages = _top_level_pages(path)
    titles = sorted(pages, key=pages.get)
    after = titles[titles.index("Samenvatting") + 1]
    assert pages[after] == pages["Samenvatting"] + 1, pages
    text = pages_text(path)[pages["Samenvatting"] - 1]
    assert "Samenvatting" in text and "1. " in text


def test_the_summary_of_three_dossiers_fits_one_page(default_db_copy, tmp_path):
    db = connect(default_db_copy)
    request = PackRequest(
        Classification.VERTROUWELIJK,
        dossier_slugs=("gemeentefonds", "wmo", "bestuursakkoord"),
    )
    result = write_pack(Repository(db, user="t"), prepare_pack(db, request), tmp_path / "d.pdf")
    db.close()
    _assert_summary_on_one_page(result.path)
    summary = pages_text(result.path)[_top_level_pages(result.path)["Samenvatting"] - 1]
    flat = " ".join(summary.split())
    for expected in ("1. Gemeentefonds", "2. Wmo", "3. Bestuursakkoord", "Ondergrens:"):
        assert expected in flat, expected
    assert "BATNA" not in flat  # the chair's page: the bottom line, not plan B


def test_the_summary_of_a_large_demo_meeting_fits_one_page(tmp_path):
    path = tmp_path / "demo.db"
    generate(path, DemoSpec(dossiers=6, talking_points=300, seed=3))
    db = connect(path)
    meeting = next(iter(db.query("SELECT id FROM meetings ORDER BY id")))["id"]
    prepared = prepare_pack(db, PackRequest(Classification.VERTROUWELIJK, meeting))
    assert len(prepared.pack.dossiers) >= 3
    assert sum(len(d.key_messages) for d in prepared.pack.dossiers) > 3 * len(
        prepared.pack.dossiers
    )  # more than the summary can hold in full
    result = write_pack(Repository(db, user="t"), prepared, tmp_path / "m.pdf")
    db.close()
    _assert_summary_on_one_page(result.path)


def test_a_long_title_in_the_page_header_is_cut_before_the_edition_label(tmp_path):
    titles = [f"Dossier met een heel lange titel nummer {n}" for n in range(1, 6)]
    dossiers = tuple(PackDossier(f"d{n}", t) for n, t in enumerate(titles))
    title = "Dossiers " + ", ".join(titles)
    pack = Pack(title, Classification.VERTROUWELIJK, dossiers=dossiers, content_hash="0" * 64)
    path = tmp_path / "h.pdf"
    render_pack(pack, str(path))
    runs = []
    page = PdfReader(str(path)).pages[1]
    page.extract_text(visitor_text=lambda text, cm, tm, *_: runs.append((text, tm[4], tm[5])))
    top = max(y for text, _, y in runs if text.strip())
    header = {text.strip(): x for text, x, y in runs if abs(y - top) < 1 and text.strip()}
    edition_x = header["VERTROUWELIJK"]
    (title_text,) = [t for t in header if t != "VERTROUWELIJK"]
    assert title_text.startswith("Dossiers Dossier met") and title_text.endswith("…")
    edition_end = edition_x + stringWidth("VERTROUWELIJK", SANS_BOLD, 8.5)
    assert header[title_text] > edition_end + 10  # a clear gap, no overlap
    assert fit_width(title, SANS, 8.5, 1000) == title  # a title that fits is left whole


def test_the_pdf_title_names_the_pack_once(tmp_path):
    for title, expected in (
        ("Briefingpakket", "Briefingpakket"),
        ("Wonen", "Briefingpakket Wonen"),
    ):
        pack = Pack(title, Classification.OPENBAAR, content_hash="0" * 64)
        render_pack(pack, str(tmp_path / "t.pdf"))
        assert PdfReader(str(tmp_path / "t.pdf")).metadata.title == expected
