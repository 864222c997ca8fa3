"""Figure values as text: the one place that turns `{fig:key}` into `€ 675 mln`.

Figures are the single source of truth for numbers. A text cites a figure as `{fig:key}`; for a
series over years it may cite one year as `{fig:key.2029}`. `FigureBook` holds the figures of a
database (or of a dataset being loaded) and is the only lookup of a reference: `display` answers
for `key` and `key.YEAR` alike, so the loader, the command line, the app, the packs and the
pre-export check resolve references the same way.

A book may be read for an edition: a figure whose value the edition may not show (the edition
policy decides, from the figure's classification and its dossier's) then reads as the neutral
`WITHHELD_MARK` inside any text, and is listed as withheld rather than broken.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from briefing_app.domain.edition import FULL, WITHHELD_MARK, Edition
from briefing_app.domain.formatting import format_value
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.domain.references import Rendered, referenced_keys, render

# How a series over years reads (see domain/messages.py): the packs print the Dutch.
RISING_TO = Template(
    "figures.series_rising", QT_TRANSLATE_NOOP("messages", "{first}, oplopend tot {last}")
)
FALLING_TO = Template(
    "figures.series_falling", QT_TRANSLATE_NOOP("messages", "{first}, aflopend tot {last}")
)

# A figure whose classification is not given counts as the highest: never shown by mistake.
UNKNOWN_LEVEL = "vertrouwelijk"


@dataclass(frozen=True)
class FigureValue:
    """The numeric part of a figure, enough to format it, and the levels that guard it."""

    key: str
    value: float | None
    unit: str
    series: Mapping[str, float]
    classification: str = UNKNOWN_LEVEL
    dossier_classification: str = UNKNOWN_LEVEL
    shape: str = ""  # single or series; empty: guessed from what is filled in (old callers)
    value_approx: bool = False
    approx_years: frozenset[str] = frozenset()

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> FigureValue:
        """From a stored (or written) figure row; levels as the row gives them."""
        value = row.get("value")
        return cls(
            str(row.get("key") or ""),
            None if value is None else float(value),  # type: ignore[arg-type]
            str(row.get("unit") or "number"),
            parse_series(row.get("series")),
            str(row.get("classification") or UNKNOWN_LEVEL),
            str(row.get("dossier_classification") or UNKNOWN_LEVEL),
            str(row.get("shape") or ""),
            bool(row.get("value_approx")),
            parse_years(row.get("series_approx")),
        )

    @property
    def is_series(self) -> bool:
        if self.shape:
            return self.shape == "series"
        return self.value is None and bool(self.series)

    @property
    def years(self) -> dict[str, float]:
        """The series a chart and a table show: only for a figure that is a series."""
        return dict(self.series) if self.is_series else {}

    @property
    def display(self) -> str:
        """`€ 675 mln`, `ca. € 1 mld`; a series reads `€ 75 mln in 2026, oplopend tot € 300 mln
        in 2029`."""
        if not self.is_series or not self.series:
            return format_value(
                self.value if not self.is_series else None,
                self.unit,
                self.value_approx and not self.is_series,
            )
        return format_series(self.series, self.unit, self.approx_years)

    def year_display(self, year: str) -> str:
        return format_value(self.series[year], self.unit, year in self.approx_years)


def parse_series(raw: object) -> dict[str, float]:
    """A stored series (JSON text) or a mapping, as {year: amount} in year order."""
    if raw is None or raw == "":
        return {}
    data = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(data, Mapping):
        return {}
    return {str(year): float(amount) for year, amount in sorted(data.items())}


def parse_years(raw: object) -> frozenset[str]:
    """A stored list of years (JSON text) as a set; nothing stored, no years."""
    if raw is None or raw == "":
        return frozenset()
    data = json.loads(raw) if isinstance(raw, str) else raw
    return (
        frozenset(str(y) for y in data)
        if isinstance(data, list | tuple | set | frozenset)
        else frozenset()
    )


def format_series(
    series: Mapping[str, float], unit: str, approx_years: frozenset[str] = frozenset()
) -> str:
    parts = [
        f"{format_value(amount, unit, year in approx_years)} in {year}"
        for year, amount in series.items()
    ]
    if len(parts) == 1:
        return parts[0]
    amounts = list(series.values())
    pairs = list(pairwise(amounts))
    if all(a < b for a, b in pairs):
        joint = RISING_TO
    elif all(a > b for a, b in pairs):
        joint = FALLING_TO
    else:
        return ", ".join(parts)
    # A message (Dutch, as packs print it) that the app shows in its own language.
    return joint(first=", ".join(parts[:-1]), last=parts[-1])


class FigureBook:
    """Look-up of figure values by reference, and rendering of texts that cite them."""

    def __init__(self, figures: Iterable[FigureValue], edition: Edition = FULL) -> None:
        self._figures = {f.key: f for f in figures}
        self.edition = edition

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object]], edition: Edition = FULL) -> FigureBook:
        """From rows with `key`, `value`, `unit`, `series`, `classification` and
        `dossier_classification` (as stored or as written)."""
        return cls((FigureValue.from_row(row) for row in rows), edition)

    def for_edition(self, edition: Edition) -> FigureBook:
        """The same figures, read as ``edition`` may show them."""
        return FigureBook(self._figures.values(), edition)

    def __contains__(self, key: str) -> bool:
        return self._resolve(key) is not None

    def get(self, key: str) -> FigureValue | None:
        return self._figures.get(key)

    def display(self, key: str) -> str | None:
        """What `{fig:key}` or `{fig:key.YEAR}` reads: the value, `WITHHELD_MARK` when the
        edition may not show it, None when there is no such figure (or year)."""
        found = self._resolve(key)
        if found is None:
            return None
        figure, year = found
        if not self._may_show(figure):
            return WITHHELD_MARK
        if year is None:
            return figure.display
        return figure.year_display(year)

    def figure_of(self, key: str) -> FigureValue | None:
        """The figure a reference (`key` or `key.YEAR`) names, whatever the edition."""
        found = self._resolve(key)
        return found[0] if found else None

    def withheld(self, key: str) -> bool:
        """True for a reference to a figure that exists but is above the edition."""
        found = self._resolve(key)
        return found is not None and not self._may_show(found[0])

    def references(self) -> list[str]:
        """Every reference a text may make (`key`, and `key.YEAR` for each year of a series),
        in key order; what each reads is `display`'s to say."""
        out: list[str] = []
        for key, figure in sorted(self._figures.items()):
            out += [key, *(f"{key}.{year}" for year in figure.years)]
        return out

    def render(self, text: str | None) -> Rendered:
        """``text`` with every reference filled in; unknown ones are marked and listed, and
        those above the edition read `WITHHELD_MARK` and are listed as withheld."""
        rendered = render(text or "", self.display)
        withheld = tuple(dict.fromkeys(k for k in referenced_keys(text or "") if self.withheld(k)))
        return Rendered(rendered.text, rendered.broken, withheld)

    # -- internals ------------------------------------------------------------------------

    def _resolve(self, key: str) -> tuple[FigureValue, str | None] | None:
        """The figure a reference names and the year it asks for (None: the headline)."""
        figure = self._figures.get(key)
        if figure is not None:
            return figure, None
        base, _, year = key.rpartition(".")
        figure = self._figures.get(base)
        if figure is not None and year in figure.years:
            return figure, year
        return None

    def _may_show(self, figure: FigureValue) -> bool:
        return self.edition.may_show_figure_value(
            figure.classification, figure.dossier_classification
        )


# -- the figures of a database ---------------------------------------------------------------

# Every column of the figure, as the packs read it: its shape and which values are approximate
# ("ca.") belong to what `{fig:key}` reads in the app and on the command line too.
FIGURE_BOOK_SQL = """SELECT f.*, d.classification AS dossier_classification
    FROM figures f JOIN dossiers d ON d.id = f.dossier_id"""


def figure_book(db: Any, up_to: object = None) -> FigureBook:
    """Every figure of the database, to render `{fig:key}` references with (for an edition:
    the values it may not show read as the neutral mark). ``db`` answers `query` (a
    sqlite-utils Database, or the app's first-paint reader)."""
    return FigureBook.from_rows(db.query(FIGURE_BOOK_SQL), Edition.of(up_to))  # type: ignore[arg-type]
