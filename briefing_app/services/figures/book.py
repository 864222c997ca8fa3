"""Figure values as text: the one place that turns `{fig:key}` into `€ 675 mln`.

Figures are the single source of truth for numbers. A text cites a figure as `{fig:key}`; for a
series over years it may cite one year as `{fig:key.2029}`. `FigureBook` holds the figures of a
database (or of a dataset being loaded) and renders texts with `domain.references.render`, so
the loader, the command line, the app and the packs resolve references the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from briefing_app.domain.formatting import format_value
from briefing_app.domain.references import Rendered, render


@dataclass(frozen=True)
class FigureValue:
    """The numeric part of a figure: enough to format it."""

    key: str
    value: float | None
    unit: str
    series: Mapping[str, float]

    @property
    def display(self) -> str:
        """`€ 675 mln`; a series reads `€ 75 mln in 2026, oplopend tot € 300 mln in 2029`."""
        if self.value is not None or not self.series:
            return format_value(self.value, self.unit)
        return format_series(self.series, self.unit)


def parse_series(raw: object) -> dict[str, float]:
    """A stored series (JSON text) or a mapping, as {year: amount} in year order."""
    if raw is None or raw == "":
        return {}
    data = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(data, Mapping):
        return {}
    return {str(year): float(amount) for year, amount in sorted(data.items())}


def format_series(series: Mapping[str, float], unit: str) -> str:
    parts = [f"{format_value(amount, unit)} in {year}" for year, amount in series.items()]
    if len(parts) == 1:
        return parts[0]
    amounts = list(series.values())
    pairs = list(pairwise(amounts))
    if all(a < b for a, b in pairs):
        joint = ", oplopend tot "
    elif all(a > b for a, b in pairs):
        joint = ", aflopend tot "
    else:
        joint = ", "
    return ", ".join(parts[:-1]) + joint + parts[-1]


class FigureBook:
    """Look-up of figure values by key, and rendering of texts that cite them."""

    def __init__(self, figures: Iterable[FigureValue]) -> None:
        self._figures = {f.key: f for f in figures}

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]]) -> FigureBook:
        """From rows with `key`, `value`, `unit` and `series` (as stored or as written)."""
        return cls(
            FigureValue(
                str(row["key"]),
                None if row.get("value") is None else float(row["value"]),  # type: ignore[arg-type]
                str(row.get("unit") or "number"),
                parse_series(row.get("series")),
            )
            for row in rows
        )

    def __contains__(self, key: str) -> bool:
        return self.display(key) is not None

    def get(self, key: str) -> FigureValue | None:
        return self._figures.get(key)

    def display(self, key: str) -> str | None:
        """The formatted value for `key` or `key.YEAR`; None when no such figure (or year)."""
        figure = self._figures.get(key)
        if figure is not None:
            return figure.display
        base, _, year = key.rpartition(".")
        figure = self._figures.get(base)
        if figure is not None and year in figure.series:
            return format_value(figure.series[year], figure.unit)
        return None

    def displays(self) -> dict[str, str]:
        """Every reference a text may make, `key` and `key.YEAR`, with what it renders to."""
        out: dict[str, str] = {}
        for key, figure in sorted(self._figures.items()):
            out[key] = figure.display
            for year, amount in figure.series.items():
                out[f"{key}.{year}"] = format_value(amount, figure.unit)
        return out

    def render(self, text: str | None) -> Rendered:
        """``text`` with every reference filled in; unknown ones are marked and listed."""
        return render(text or "", self.display)
