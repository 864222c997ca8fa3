"""The renderer against hostile and huge content, on hand-made packs (no database needed)."""

from __future__ import annotations

import io

import pytest
from pdftext import all_text, font_names, squeezed
from pypdf import PdfReader

from briefing_app.domain.classification import Classification
from briefing_app.domain.pack import (
    Pack,
    PackDossier,
    PackFigure,
    PackPosition,
    PackQuestion,
    PackSource,
    PackText,
    SourceRef,
)
from briefing_app.export.pdf import render_pack

HOSTILE = (
    "<b>vet</b>",
    "a<b",
    "R&D &amp; co",
    "<i>nooit gesloten",
    '<img src="/etc/passwd"/>',
    '<font name="Helvetica">lettertype</font>',
    "]]> <!-- x --> <para>",
)


def pack_with(dossier: PackDossier, **kw) -> Pack:
    return Pack(
        title=kw.pop("title", "Overleg"),
        edition=Classification.INTERN,
        dossiers=(dossier,),
        content_hash="0123456789abcdef",
        **kw,
    )


def render(pack: Pack, tmp_path, name="p.pdf"):
    path = tmp_path / name
    pages = render_pack(pack, str(path))
    return path, pages


def test_hostile_strings_print_literally_everywhere(tmp_path):
    texts = tuple(PackText(h, SourceRef(1, h)) for h in HOSTILE)
    dossier = PackDossier(
        "x",
        HOSTILE[0],
        aim=HOSTILE[1],
        summary=HOSTILE[2],
        key_messages=texts,
        talking_points=texts,
        figures=tuple(
            PackFigure(
                f"k{i}", h, h, "eur", period=h, note=h, source=SourceRef(1, h), source_title=h
            )
            for i, h in enumerate(HOSTILE)
        ),
        theirs=tuple(
            PackPosition("theirs", "expected", "Verwacht", h, stakeholder=h, our_answer=h)
            for h in HOSTILE
        ),
        hard_questions=tuple(PackQuestion(h, h) for h in HOSTILE),
        escalation=HOSTILE[3],
        sources=(1,),
    )
    pack = pack_with(
        dossier,
        title=HOSTILE[4],
        place=HOSTILE[5],
        sources=(PackSource(1, HOSTILE[4], HOSTILE[1], publisher=HOSTILE[2]),),
    )
    path, _ = render(pack, tmp_path)
    text = " ".join(all_text(path).split())
    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert all("Noto" in name for name in font_names(path))


def test_a_5000_character_word_in_a_table_cell_wraps(tmp_path):
    label, note = "q" * 5000, "Q" * 5000  # letters no other text of this pack contains
    figure = PackFigure("k", label, "€ 1 mln", "eur", note=note)
    path, pages = render(pack_with(PackDossier("x", "Dossier", figures=(figure,))), tmp_path)
    # Both complete; the row splits over pages (headers between), so count the letters.
    text = all_text(path)
    assert text.count("q") == 5000 and text.count("Q") == 5000
    assert pages >= 5


def test_a_1mb_talking_point_is_laid_out_completely(tmp_path):
    sentence = "Gemeenten willen structureel herstel van het gemeentefonds. "
    long_text = sentence * (1_000_000 // len(sentence)) + "EINDE-VAN-DE-TEKST"
    one_word = "y" * 20_000 + "WOORDEINDE"
    dossier = PackDossier("x", "Dossier", talking_points=(PackText(long_text), PackText(one_word)))
    path, pages = render(pack_with(dossier), tmp_path)
    reader = PdfReader(str(path))
    tail = squeezed(" ".join(page.extract_text() for page in reader.pages[-12:]))
    assert "EINDE-VAN-DE-TEKST" in tail and "WOORDEINDE" in tail
    assert pages == len(reader.pages) > 200


def test_glyphs_survive_the_round_trip(tmp_path):
    names = "€ 1,5 mld · Zoë Łukasz Erdős Ærø naïef coördinatie – “quote” ‘x’"
    dossier = PackDossier("x", names, key_messages=(PackText(names),))
    path, _ = render(pack_with(dossier, place=names), tmp_path)
    text = all_text(path)
    for glyph in ("€", "ë", "Ł", "ő", "Æ", "ø", "ï", "“", "–"):
        assert glyph in text, glyph
    assert names in text


def test_same_pack_gives_identical_bytes():
    dossier = PackDossier(
        "x",
        "Wonen",
        key_messages=(PackText("Kern"),),
        figures=(
            PackFigure("k", "Korting", "€ 1 mln", "eur", series=(("2024", 1e6), ("2025", 2e6))),
        ),
    )
    outputs = []
    for _ in range(2):
        stream = io.BytesIO()
        render_pack(pack_with(dossier), stream)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1]


def test_a_pack_that_takes_too_long_stops_with_a_clear_error():
    from briefing_app.export.document import ExportTimeout

    dossier = PackDossier("x", "Dossier", talking_points=(PackText("woord " * 200_000),))
    with pytest.raises(ExportTimeout, match="duurde te lang"):
        render_pack(pack_with(dossier), io.BytesIO(), time_limit=1e-9)


def test_every_field_20k_characters_long_still_renders(tmp_path):
    huge = ("Zeer lange tekst zonder einde " * 700)[:20_000]
    ref = SourceRef(1, huge)
    dossier = PackDossier(
        huge[:50],
        huge,
        aim=huge,
        summary=huge,
        key_messages=(PackText(huge, ref),),
        figures=(
            PackFigure(
                "k", huge, huge, "eur", period=huge, note=huge, source=ref, source_title=huge
            ),
        ),
        theirs=(PackPosition("theirs", "expected", huge, huge, stakeholder=huge, our_answer=huge),),
        bottom_lines=(PackPosition("ours", "bottom_line", huge, huge),),
        hard_questions=(PackQuestion(huge, huge, ref),),
        escalation=huge,
        sources=(1,),
    )
    pack = pack_with(
        dossier, title=huge, place=huge, sources=(PackSource(1, huge, huge, huge, huge, huge),)
    )
    path, pages = render(pack, tmp_path)
    assert pages > 10 and "Zeer lange tekst" in all_text(path)


def test_progress_only_grows_and_ends_full():
    reports = []
    dossier = PackDossier(
        "x", "Dossier", talking_points=tuple(PackText(f"punt {i}") for i in range(300))
    )
    render_pack(
        pack_with(dossier), io.BytesIO(), progress=lambda done, total: reports.append(done / total)
    )
    assert len(reports) > 3
    assert reports == sorted(reports) and reports[-1] == 1.0
