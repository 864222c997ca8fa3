"""A bar chart of a figure's series, drawn with ReportLab's graphics (vector, fonts embedded).

Values are shown in the unit a reader expects (`€ 75 mln` scaled to millions on the axis) and
labelled the Dutch way above each bar, so the chart can be read without the table beside it.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from briefing_app.domain.formatting import (
    APPROX,
    BILLION,
    MILLION,
    format_number,
    format_value,
)
from briefing_app.domain.pack import PackFigure
from briefing_app.export.fonts import SANS, SANS_BOLD
from briefing_app.export.glyphs import for_canvas
from briefing_app.export.styles import GREY, INK, NAVY, RULE
from briefing_app.export.text import shorten

MAX_BARS = 24


def _scale(figure: PackFigure) -> tuple[float, str]:
    """Divide the values by this for the axis, and say so in the caption."""
    if figure.unit != "eur":
        return 1.0, "%" if figure.unit == "percent" else ""
    peak = max(abs(v) for _, v in figure.series)
    if peak >= 2 * BILLION:  # below that, millions read more precisely (750 / 1.000)
        return BILLION, "€ mld"
    if peak >= MILLION:
        return MILLION, "€ mln"
    return 1.0, "€"


def series_chart(figure: PackFigure, width: float, height: float = 120) -> Drawing:
    series = figure.series[-MAX_BARS:]
    divisor, unit = _scale(figure)
    values = [v / divisor for _, v in series]
    drawing = Drawing(width, height + 22)
    drawing.initialFontName = SANS  # the renderer's default would be Helvetica
    drawing.add(
        String(
            0,
            height + 10,
            for_canvas(shorten(figure.label, 90)),
            fontName=SANS_BOLD,
            fontSize=8.5,
            fillColor=INK,
        )
    )
    if unit:
        drawing.add(String(0, height - 2, f"in {unit}", fontName=SANS, fontSize=7, fillColor=GREY))
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 18
    chart.width, chart.height = width - 44, height - 38
    chart.data = [values]
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    chart.categoryAxis.categoryNames = [year for year, _ in series]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.labelTextFormat = lambda v: format_number(v)
    low = min(0.0, *values)
    chart.valueAxis.valueMin = low
    # Each bar labelled from its own year: an approximate one reads "ca." as in the table.
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [
            f"{APPROX} {format_number(round(v, 1))}"
            if year in figure.approx_years
            else format_number(round(v, 1))
            for (year, _), v in zip(series, values, strict=True)
        ]
    ]
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def chart_caption(figure: PackFigure) -> str:
    """The series as text too, for readers and for text extraction."""
    return "; ".join(
        f"{year}: {format_value(v, figure.unit, year in figure.approx_years)}"
        for year, v in figure.series
    )
