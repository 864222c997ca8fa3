"""Reading the cells of a figures spreadsheet: unit, dossier, value (with "ca."), year, date
and choices, each the Dutch way, each problem reported for its column.

Split from `importing`, which knows what the rows mean (new, changed, a series); this module only
knows what one cell may hold.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

import sqlite_utils

from briefing_app.domain.formatting import parse_value, split_approximate
from briefing_app.domain.messages import Phrase, Term
from briefing_app.services.figures import import_messages as texts

MAX_VALUE = 1e15  # a thousand trillion euros: more is a typo or a unit mistake, not a figure
UNITS = {
    "eur": "eur", "euro": "eur", "€": "eur", "bedrag": "eur",
    "percent": "percent", "procent": "percent", "%": "percent",
    "number": "number", "aantal": "number", "getal": "number",
}  # fmt: skip
Report = Callable[[str, str], None]  # (field name, message): records a problem of this row


def text_of(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def unit_of(raw: object, current: dict[str, object] | None, problem: Report) -> str | None:
    text = text_of(raw).lower()
    if not text:
        if current is None:
            problem("unit", texts.UNIT_REQUIRED())
        return str(current["unit"]) if current else None
    if text not in UNITS:
        problem("unit", texts.UNKNOWN_UNIT(unit=repr(text_of(raw))))
        return None
    return UNITS[text]


def dossier_of(
    db: sqlite_utils.Database, slug: str, values: dict[str, object], problem: Report
) -> None:
    if not slug:
        problem("dossier", texts.DOSSIER_REQUIRED())
        return
    found = db.execute("SELECT id FROM dossiers WHERE slug = ?", [slug.lower()]).fetchone()
    if found is None:
        problem("dossier", texts.UNKNOWN_DOSSIER(slug=repr(slug)))
    else:
        values["dossier_id"] = found[0]


def value_of(raw: object, unit: str | None, values: dict[str, object], problem: Report) -> None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return
    if isinstance(raw, bool):
        problem("value", texts.NOT_A_NUMBER())
        return
    if isinstance(raw, str) and _SCIENTIFIC.match(raw.strip()):
        problem("value", texts.SCIENTIFIC(text=repr(raw.strip())))
        return
    if isinstance(raw, int | float):
        number = float(raw)
    elif unit is not None:
        text, approximate = split_approximate(str(raw))
        if approximate:
            values["value_approx"] = 1
        try:
            number = parse_value(text, unit)
        except ValueError as exc:
            problem("value", exc.args[0] if exc.args else str(exc))  # a message stays one
            return
    else:
        return
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        problem("value", texts.TOO_LARGE())
        return
    values["value"] = number
    values.setdefault("value_approx", 0)


def year_of(raw: object, problem: Report) -> str:
    text = text_of(raw)
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    if text and not (text.isdigit() and len(text) == 4):
        problem("year", texts.NOT_A_YEAR(text=repr(text)))
        return ""
    return text


_SCIENTIFIC = re.compile(r"^[+-]?\d+([.,]\d+)?[eE][+-]?\d+$")
_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def date_of(raw: object, values: dict[str, object], problem: Report) -> None:
    if isinstance(raw, dt.datetime | dt.date):
        values["as_of"] = (raw.date() if isinstance(raw, dt.datetime) else raw).isoformat()
        return
    text = text_of(raw)
    if not text:
        return
    match = _DUTCH_DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            values["as_of"] = dt.date(year, month, day).isoformat()
        else:
            values["as_of"] = dt.date.fromisoformat(text).isoformat()
    except ValueError:
        problem("as_of", texts.NOT_A_DATE(text=repr(text)))


def choice_of(
    raw: object, choices: dict[str, str], name: str, values: dict[str, object], problem: Report
) -> None:
    text = text_of(raw).lower()
    if not text:
        return
    if text not in choices:
        words = sorted(set(choices) - set(choices.values()))
        # The labels as terms: the app names them as its lists do ("draft or final").
        either = [part for word in words for part in (" ", texts.OR(), " ", Term(word))][3:]
        problem(name, texts.UNKNOWN_CHOICE(text=repr(text_of(raw)), choices=Phrase(either)))
    else:
        values[name] = choices[text]
