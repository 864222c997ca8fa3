"""Provenance follows the value: a figure's source citation belongs to the value it was given for.

When a figure's value changes (an edit in the app, a spreadsheet import, any write) and the same
change gives no source for it, the citation can no longer be trusted for the new number: the
figure is marked "bron nog te bevestigen" until a source or paragraph is given. The store's
update calls `follows_value` for every write, so no surface can skip the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

PENDING_TEXT = "bron nog te bevestigen"

# What makes up a figure's value, and what says where it comes from.
VALUE_FIELDS = ("shape", "value", "value_approx", "series", "series_approx")
SOURCE_FIELDS = ("source_id", "source_section")


def follows_value(
    kind: str, current: Mapping[str, object], changes: Mapping[str, object]
) -> dict[str, object]:
    """The extra change the rule asks for, given the current row and the changes being made."""
    if kind != "figure" or "source_pending" in changes:
        return {}
    value_changed = any(
        name in changes and changes[name] != current.get(name) for name in VALUE_FIELDS
    )
    source_given = any(name in changes for name in SOURCE_FIELDS)
    if value_changed and not source_given:
        return {"source_pending": 1}
    if source_given and current.get("source_pending"):
        return {"source_pending": 0}
    return {}


# Text between quotes (straight or curly), long enough to be a quotation rather than a term.
QUOTE = re.compile(r"['‘“\"]([^'’”\"]{12,})['’”\"]")
# An amount as a source writes it: `€675 mln`, `75 miljoen`, `1 mld`, `2,5%`; bare numbers
# (years, counts) are not compared.
_AMOUNT = re.compile(
    r"(€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mln|miljoen|mld|miljard|%)?",
    re.IGNORECASE,
)
_SCALES = {"mln": 1e6, "miljoen": 1e6, "mld": 1e9, "miljard": 1e9}


def has_quote(text: str) -> bool:
    return QUOTE.search(text or "") is not None


def quoted_amounts(text: str) -> list[tuple[str, float]]:
    """The amounts inside the quotations of ``text``: (as written, in units), e.g.
    ("€675 mln", 675e6). Percentages count as their number."""
    out: list[tuple[str, float]] = []
    for quote in QUOTE.findall(text or ""):
        for match in _AMOUNT.finditer(quote):
            euro, whole, decimals, scale = match.groups()
            if not euro and not scale:
                continue
            number = float(whole.replace(".", "") + ("." + decimals if decimals else ""))
            factor = _SCALES.get((scale or "").lower(), 1.0)
            if euro and not scale and number < 1000:
                factor = 1.0
            out.append((match.group(0).strip(), number * factor))
    return out


def stale_quotes(note: str, values: Iterable[float]) -> list[str]:
    """The amounts a note quotes that the figure no longer has (compared to 0.5% precision)."""
    current = [v for v in values if v]
    return [
        written
        for written, amount in quoted_amounts(note)
        if not any(abs(amount - v) <= abs(v) * 0.005 for v in current)
    ]
