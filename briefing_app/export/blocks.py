"""Small building blocks of a pack page: escaped paragraphs, bullets, tables, boxes.

Every user string enters ReportLab here, escaped and cut into bounded chunks (see `text`), so
the section modules never build markup from raw text themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from briefing_app.domain.pack import SourceRef
from briefing_app.export.fonts import SANS, SANS_BOLD
from briefing_app.export.paragraph import Paragraph
from briefing_app.export.styles import DRAFT_HEX, GREY_HEX, NAVY, NAVY_HEX, RULE, TINT, styles
from briefing_app.export.text import chunks, escape, label

CELL_LIMIT = 6_000  # characters of one table cell; more is cut with a note (cells are labels, and
# a row that spans many pages is laid out again at every page break)


def source_mark(source: SourceRef | None) -> str:
    """` [3, § 2.1]` in small grey type after a text, or nothing."""
    if source is None:
        return ""
    section = f", {label(source.section)}" if source.section.strip() else ""
    return f' <font size="7.5" color="{GREY_HEX}">[{source.number}{section}]</font>'


def draft_mark(draft: bool) -> str:
    if not draft:
        return ""
    return f' <font name="{SANS_BOLD}" size="7" color="{DRAFT_HEX}">CONCEPT</font>'


def change_mark(change: str) -> str:
    """` NIEUW` or ` GEWIJZIGD` after an element that changed since the previous pack."""
    if not change:
        return ""
    return f' <font name="{SANS_BOLD}" size="7" color="{NAVY_HEX}">{escape(change.upper())}</font>'


def marks(item: object) -> str:
    """The tags an element carries: changed since the previous pack, still in concept."""
    return change_mark(getattr(item, "change", "")) + draft_mark(getattr(item, "draft", False))


def paragraphs(
    text: str,
    style: ParagraphStyle | None = None,
    *,
    suffix: str = "",
    prefix: str = "",
    bullet: str | None = None,
) -> list[Flowable]:
    """``text`` as one or more Paragraphs; ``prefix``/``suffix`` are markup made by us."""
    st = styles()
    style = style or st.body
    pieces = chunks(text) or [""]
    out: list[Flowable] = []
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        markup = (prefix if index == 0 else "") + escape(piece) + (suffix if index == last else "")
        if bullet is not None:
            if index == 0:
                out.append(Paragraph(markup, st.bullet, bulletText=bullet))
            else:
                out.append(Paragraph(markup, st.bullet_cont))
        else:
            out.append(Paragraph(markup, style if index == 0 else _continued(style)))
    return out


def _continued(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_cont", parent=style, spaceBefore=0)


SHORT_CELL_LIMIT = 300  # narrow columns (value, period, date, kind): short by nature


def cell(
    text: str, style: ParagraphStyle | None = None, suffix: str = "", limit: int = CELL_LIMIT
) -> list[Flowable]:
    """A table cell: a (possibly long) text as a list of Paragraphs that may split in the row."""
    style = style or styles().cell
    text = text or ""
    if len(text) > limit:
        text = text[:limit] + f" … [ingekort: {len(text) - limit} tekens weggelaten]"
    pieces = chunks(text) or [""]
    out: list[Flowable] = [Paragraph(escape(p), style) for p in pieces]
    if suffix:
        out[-1] = Paragraph(escape(pieces[-1]) + suffix, style)
    return out


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[list[Flowable]]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
) -> Table:
    """A calm data table: a small grey header, hairlines between rows, rows that may split.

    ``right`` names the columns (numbers) whose header aligns right, over right-aligned values.
    """
    st = styles()
    head = [
        Paragraph(escape(h), st.cell_head_right if i in right else st.cell_head)
        for i, h in enumerate(header)
    ]
    data = [head, *rows]
    result = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # never ReportLab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return result


def boxed(content: list[Flowable], width: float, *, edge: colors.Color = NAVY) -> Table:
    """Content in a tinted box with a coloured left edge: aims, bottom lines, notices."""
    box = _Box([[content]], colWidths=[width], splitInRow=1, hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


class _Box(Table):
    """A box that may break across pages, but never leaves only its tint (or a label alone)
    at the foot of a page: then it moves to the next page whole."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if parts and not _carries_text(parts[0]):
            return []
        return parts


def _carries_text(part: Flowable) -> bool:
    cells = getattr(part, "_cellvalues", None)
    content = cells[0][0] if cells else None
    if not isinstance(content, list | tuple):
        return bool(content)
    # A label keeps with what follows it: on its own it says nothing.
    return any(not getattr(getattr(f, "style", None), "keepWithNext", 0) for f in content)


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
