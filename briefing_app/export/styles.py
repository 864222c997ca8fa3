"""The typography of a pack: one calm hierarchy of styles and colours, defined once.

Serif body text for reading, sans-serif headings, labels and tables for structure; a single
dark blue for structure, greys for metadata, and one signal colour per classification.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing_app.domain.classification import Classification
from briefing_app.export.fonts import SANS, SANS_BOLD, SERIF, register_fonts

PAGE_MARGIN_X = 24 * mm
PAGE_MARGIN_TOP = 26 * mm
PAGE_MARGIN_BOTTOM = 24 * mm

INK = colors.HexColor("#1d1d1b")
NAVY_HEX = "#123a63"
NAVY = colors.HexColor(NAVY_HEX)
GREY_HEX = "#5f6368"
GREY = colors.HexColor(GREY_HEX)
RULE = colors.HexColor("#b8c4d0")
TINT = colors.HexColor("#eef2f6")
DRAFT_HEX = "#9a5b00"
DRAFT = colors.HexColor(DRAFT_HEX)

CLASSIFICATION_COLOURS = {
    Classification.OPENBAAR: colors.HexColor("#2e6b3a"),
    Classification.INTERN: colors.HexColor("#8a5a00"),
    Classification.VERTROUWELIJK: colors.HexColor("#a4161a"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bullet: ParagraphStyle
    bullet_cont: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_small: ParagraphStyle
    toc_1: ParagraphStyle
    toc_2: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()

    def ps(name: str, **kw: object) -> ParagraphStyle:
        base = {"fontName": SERIF, "fontSize": 10, "leading": 14.2, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, splitLongWords=1, **base)  # type: ignore[arg-type]

    body = ps("body", spaceBefore=0, spaceAfter=5)
    bullet = ps("bullet", leftIndent=13, bulletIndent=2, spaceAfter=4, bulletFontName=SANS)
    return Styles(
        body=body,
        bullet=bullet,
        bullet_cont=ps("bullet_cont", leftIndent=13, spaceAfter=4),
        small=ps("small", fontName=SANS, fontSize=8, leading=10.5, textColor=GREY),
        meta=ps("meta", fontName=SANS, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=2),
        label=ps(
            "label",
            fontName=SANS_BOLD,
            fontSize=8,
            leading=10,
            textColor=NAVY,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h1=ps(
            "h1",
            fontName=SANS_BOLD,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceBefore=0,
            spaceAfter=10,
        ),
        h2=ps(
            "h2",
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=ps(
            "h3",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=ps("cell", fontName=SANS, fontSize=8.5, leading=11),
        cell_bold=ps("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11),
        cell_right=ps(
            "cell_right", fontName=SANS_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
        cell_head=ps("cell_head", fontName=SANS_BOLD, fontSize=7.5, leading=9.5, textColor=GREY),
        cell_head_right=ps(
            "cell_head_right",
            fontName=SANS_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=GREY,
            alignment=TA_RIGHT,
        ),
        cover_kicker=ps(
            "cover_kicker", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=GREY
        ),
        cover_title=ps(
            "cover_title",
            fontName=SANS_BOLD,
            fontSize=26,
            leading=31,
            textColor=NAVY,
            spaceAfter=14,
        ),
        cover_line=ps("cover_line", fontName=SANS, fontSize=11.5, leading=16, textColor=INK),
        cover_small=ps("cover_small", fontName=SANS, fontSize=9.5, leading=13, textColor=INK),
        toc_1=ps("toc_1", fontName=SANS_BOLD, fontSize=10, leading=15, alignment=TA_LEFT),
        toc_2=ps("toc_2", fontName=SANS, fontSize=9.5, leading=13.5, leftIndent=14),
    )
