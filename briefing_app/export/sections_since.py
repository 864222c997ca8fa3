"""The pack section "Sinds het vorige overleg": what earlier meetings left for this one.

The outcome of each agenda item on these dossiers, then every commitment still open; an
overdue commitment stands out (bold, in the signal colour, marked VERLOPEN, listed first) so a
reader sees it also on a black-and-white print.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, TableStyle

from briefing_app.domain.pack import Pack
from briefing_app.export.blocks import SHORT_CELL_LIMIT, cell, gap, paragraphs, table
from briefing_app.export.document import Heading
from briefing_app.export.fonts import SANS_BOLD
from briefing_app.export.styles import TINT, styles
from briefing_app.export.text import escape

OVERDUE_HEX = "#a4161a"
OVERDUE = colors.HexColor(OVERDUE_HEX)


def since_section(pack: Pack, width: float) -> list[Flowable]:
    since = pack.since
    if not (since.outcomes or since.commitments):
        return []
    st = styles()
    out: list[Flowable] = [Heading("Sinds het vorige overleg", st.h1, 0, "sinds-vorig-overleg")]
    out += paragraphs(
        "Uitkomsten en openstaande toezeggingen van eerdere overleggen over deze dossiers of met "
        "deze gesprekspartners.",
        st.meta,
    )
    if since.outcomes:
        out.append(Heading("Uitkomsten", st.h2, 1, "sinds-uitkomsten"))
        rows = []
        for o in since.outcomes:
            detail = o.account
            if o.their_position:
                detail += ("\n" if detail else "") + f"Andere kant: {o.their_position}"
            if o.next_steps:
                detail += ("\n" if detail else "") + f"Vervolg: {o.next_steps}"
            rows.append([
                cell(" · ".join(x for x in (o.date, o.meeting) if x), limit=SHORT_CELL_LIMIT),
                cell(o.dossier, st.cell_bold, limit=SHORT_CELL_LIMIT),
                cell(o.outcome, st.cell_bold, limit=SHORT_CELL_LIMIT),
                cell(detail),
            ])  # fmt: skip
        widths = [40 * mm, 28 * mm, 26 * mm, width - 94 * mm]
        out.append(table(["Overleg", "Dossier", "Uitkomst", "Toelichting"], rows, widths))
    if since.commitments:
        out.append(Heading("Openstaande toezeggingen", st.h2, 1, "sinds-toezeggingen"))
        rows = []
        overdue_rows = []
        for index, c in enumerate(since.commitments, start=1):
            due = c.due_on or "geen datum"
            if c.overdue:
                overdue_rows.append(index)
                due_cell = [Paragraph(
                    f'<font name="{SANS_BOLD}" color="{OVERDUE_HEX}">VERLOPEN · {escape(due)}</font>',
                    st.cell,
                )]  # fmt: skip
            else:
                due_cell = cell(due, limit=SHORT_CELL_LIMIT)
            origin = " · ".join(x for x in (c.dossier, c.meeting, c.date) if x)
            rows.append([
                cell(c.party, st.cell_bold, limit=SHORT_CELL_LIMIT),
                [*cell(c.text), *cell(origin, st.cell_head)],
                due_cell,
                cell(c.owner or "—", limit=SHORT_CELL_LIMIT),
            ])  # fmt: skip
        widths = [28 * mm, width - 102 * mm, 40 * mm, 34 * mm]
        grid = table(["Wie", "Toezegging", "Uiterlijk", "Eigenaar"], rows, widths)
        for row in overdue_rows:
            grid.setStyle(TableStyle([
                ("BACKGROUND", (0, row), (-1, row), TINT),
                ("LINEBEFORE", (0, row), (0, row), 2.5, OVERDUE),
            ]))  # fmt: skip
        out.append(grid)
        overdue = len(overdue_rows)
        if overdue:
            out += [gap(3), *paragraphs(
                f"{overdue} toezegging{'en' if overdue > 1 else ''} over de datum.", st.meta)]  # fmt: skip
    out.append(PageBreak())
    return out
