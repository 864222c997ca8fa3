"""The key figures of a dossier: one table and, for each series, a chart of the same values.

Table, chart and caption are drawn from one `PackFigure`, so they cannot disagree: a single value
has no chart, a series has its years in both, and an approximate value reads "ca." in all of them.
A value that changed since its source was given says "bron nog te bevestigen" instead of the old
citation; a note that quotes the source is marked as a quotation with the source and its date.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from briefing_app.domain.pack import PackDossier, PackFigure
from briefing_app.domain.provenance import PENDING_TEXT
from briefing_app.export.blocks import SHORT_CELL_LIMIT, cell, gap, marks, paragraphs, table
from briefing_app.export.charts import chart_caption, series_chart
from briefing_app.export.document import Heading
from briefing_app.export.styles import styles
from briefing_app.export.text import shorten


def figures(dossier: PackDossier, width: float, key: str) -> list[Flowable]:
    if not dossier.figures:
        return []
    st = styles()
    rows = [_row(f) for f in dossier.figures]
    widths = [width - 106 * mm, 30 * mm, 22 * mm, 24 * mm, 30 * mm]
    header = ["Kerncijfer", "Waarde", "Periode", "Peildatum", "Bron"]
    out: list[Flowable] = [
        Heading("Kerncijfers", st.h2, 1, f"{key}-cijfers"),
        table(header, rows, widths, right=(1,)),
    ]
    for f in dossier.figures:
        if len(f.series) >= 2:
            out.append(gap(8))
            out.append(
                KeepTogether(
                    [
                        series_chart(f, min(width, 130 * mm, (40 + 16 * len(f.series)) * mm)),
                        *paragraphs(chart_caption(f), st.small),
                    ]
                )
            )
    return out


def _row(f: PackFigure) -> list[list[Flowable]]:
    st = styles()
    label = cell(f.label, st.cell, marks(f))
    if f.previous_value:
        label += cell(f"was {f.previous_value}", st.meta)
    if f.note:
        quoted = f"Citaat uit {f.quote_from}: " if f.quote_from else ""
        label += cell(quoted + f.note, st.meta)
    return [
        label,
        cell(f.value_text, st.cell_right, limit=SHORT_CELL_LIMIT),
        cell(f.period, limit=SHORT_CELL_LIMIT),
        cell(f.as_of or "–", limit=SHORT_CELL_LIMIT),
        cell(_source(f), st.meta, limit=SHORT_CELL_LIMIT),
    ]


def _source(f: PackFigure) -> str:
    # The number and section suffice here: the full title is under "Bronnen" below.
    if f.source_pending:
        return PENDING_TEXT
    if f.source is None:
        return "geen bron"
    where = f.source.section.strip() or shorten(f.source_title, 60)
    return f"[{f.source.number}] {where}"
