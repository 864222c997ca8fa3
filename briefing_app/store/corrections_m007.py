"""Frozen data of migration m007: the default dataset's approximate value, and the text that
said "ongeveer" around it. Never edit this file; a later correction is a later migration.
"""

from __future__ import annotations

# (figure key, year, amount): "oplopend tot ongeveer 1 mld in 2029" (Toelichting §4).
APPROXIMATE_YEARS: tuple[tuple[str, str, float], ...] = (
    ("gemeentefonds-stijging", "2029", 1_000_000_000.0),
)

# (table, item id, column, the old default text, the corrected text)
TEXTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "positions",
        "gemeentefonds-pos-voorjaarsnota",
        "text",
        "Het demissionaire kabinet neemt in de Voorjaarsnota 2024 op: de oploop van de opschalingskorting van {fig:opschalingskorting} wordt structureel geschrapt. Daar staat tegenover dat het gemeentefonds in 2025 eenmalig {fig:gemeentefonds-uitname-2025} lager wordt vastgesteld; vanaf 2026 stijgt het structureel met {fig:gemeentefonds-stijging.2026}, oplopend tot ongeveer {fig:gemeentefonds-stijging.2029} in 2029.",
        "Het demissionaire kabinet neemt in de Voorjaarsnota 2024 op: de oploop van de opschalingskorting van {fig:opschalingskorting} wordt structureel geschrapt. Daar staat tegenover dat het gemeentefonds in 2025 eenmalig {fig:gemeentefonds-uitname-2025} lager wordt vastgesteld; vanaf 2026 stijgt het structureel met {fig:gemeentefonds-stijging.2026}, oplopend tot {fig:gemeentefonds-stijging.2029} in 2029.",
    ),
)
