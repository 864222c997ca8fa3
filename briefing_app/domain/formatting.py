"""Dutch formatting and parsing of numbers and amounts.

Packs and the app show numbers the Dutch way: a point groups thousands, a comma marks decimals,
amounts read as `€ 675 mln` or `€ 1 mld`, percentages as `2,5%`. The spaces inside an amount are
non-breaking (U+00A0), so a line never ends in `€` or starts with `mln`. Parsing accepts what a Dutch
user types (`1.000,5`, `€ 675 mln`, `2,5%`) and refuses anything ambiguous with a clear reason.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

# Why a value is refused (see domain/messages.py): the app shows them in its own language.
NO_NUMBER = Template("value.empty", QT_TRANSLATE_NOOP("messages", "geen getal ingevuld"))
NOT_A_NUMBER = Template(
    "value.not_a_number",
    QT_TRANSLATE_NOOP(
        "messages",
        "'{text}' is geen geldig getal; schrijf bijvoorbeeld 1.000,5 "
        "(punt voor duizendtallen, komma voor decimalen)",
    ),
)
SCALE_NEEDS_EURO = Template(
    "value.scale_needs_euro",
    QT_TRANSLATE_NOOP("messages", "'{word}' past alleen bij een bedrag in euro"),
)
PERCENT_NEEDS_PERCENT = Template(
    "value.percent_needs_percent",
    QT_TRANSLATE_NOOP("messages", "een percentage past alleen bij de eenheid procent"),
)

NBSP = "\u00a0"  # keeps `€ 675 mln` on one line

MILLION = 1_000_000
BILLION = 1_000_000_000

_SCALE_WORDS = {
    "mln": MILLION,
    "miljoen": MILLION,
    "mld": BILLION,
    "mrd": BILLION,
    "miljard": BILLION,
    "k": 1_000,
    "duizend": 1_000,
}


def format_number(value: float, decimals: int | None = None) -> str:
    """`1000.5` -> `1.000,5`; trailing zero decimals are dropped unless ``decimals`` is given."""
    if decimals is None:
        decimals = _natural_decimals(value)
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if value < 0 and float(text.replace(".", "").replace(",", ".")) else "") + text


def format_count(count: int, language: str = "nl") -> str:
    """A count as people read it: `20.192` in Dutch, `20,192` in English. Every count the app
    shows ("20.192 items", "eerste 60 van 7.187") goes through here."""
    text = f"{count:,d}"
    return text.replace(",", ".") if language == "nl" else text


def _natural_decimals(value: float) -> int:
    for decimals in range(0, 3):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 2


def format_amount(euros: float) -> str:
    """An amount in euros as a Dutch reader expects it in a briefing: `€ 675 mln`, `€ 1 mld`."""
    magnitude = abs(euros)
    if magnitude >= BILLION:
        body = f"{format_number(_trim(euros / BILLION))}{NBSP}mld"
    elif magnitude >= MILLION:
        body = f"{format_number(_trim(euros / MILLION))}{NBSP}mln"
    else:
        body = format_number(euros, 0 if float(euros).is_integer() else 2)
    return f"€{NBSP}{body}"


def _trim(value: float) -> float:
    return round(value, 2)


def format_percent(value: float) -> str:
    return f"{format_number(value)}%"


APPROX = "ca."  # how an approximate value reads, the same in text, table, chart and caption


def format_value(value: float | None, unit: str, approximate: bool = False) -> str:
    """A figure's value in its unit (`ca. € 1 mld` when approximate); an empty value says so
    instead of printing nothing."""
    if value is None:
        return "onbekend"
    if unit == "eur":
        text = format_amount(value)
    elif unit == "percent":
        text = format_percent(value)
    else:
        text = format_number(value)
    return f"{APPROX}{NBSP}{text}" if approximate else text


_APPROX_WORDS = re.compile(r"^\s*(ca\.?|circa|ongeveer|rond|±|~|≈)\s*", re.IGNORECASE)


def split_approximate(text: str) -> tuple[str, bool]:
    """`ca. € 1 mld` -> (`€ 1 mld`, True): the words a user types for an approximate value."""
    match = _APPROX_WORDS.match(text)
    if match is None:
        return text, False
    return text[match.end() :], True


_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_number(text: str) -> float:
    """Parse a Dutch number such as `1.000,5`, `-12`, `2,5`. Raises ValueError with a reason."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ValueError(NO_NUMBER())
    if not _NUMBER.match(cleaned):
        raise ValueError(NOT_A_NUMBER(text=text.strip()))
    try:
        return float(Decimal(cleaned.replace(".", "").replace(",", ".")))
    except InvalidOperation:  # pragma: no cover - the pattern already rules this out
        raise ValueError(NOT_A_NUMBER(text=text.strip())) from None


def parse_value(text: str, unit: str) -> float:
    """Parse what a user types for a figure in ``unit``: `€ 675 mln`, `2,5%`, `1.000`."""
    cleaned = text.strip().lower().replace("€", "").replace("eur", "").strip()
    scale = 1
    for word, factor in _SCALE_WORDS.items():
        if re.search(rf"\d\s*{word}\.?$", cleaned):
            if unit != "eur" and factor >= MILLION:
                raise ValueError(SCALE_NEEDS_EURO(word=word))
            cleaned = re.sub(rf"\s*{word}\.?$", "", cleaned)
            scale = factor
            break
    if cleaned.endswith("%"):
        if unit != "percent":
            raise ValueError(PERCENT_NEEDS_PERCENT())
        cleaned = cleaned[:-1]
    return parse_number(cleaned) * scale


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(iso: str | None, *, missing: str = "", language: str = "nl") -> str:
    """`2024-06-18` -> `18 juni 2024` (`18 June 2024` in English); an empty date gives
    ``missing``, other text stays as is."""
    if not iso:
        return missing
    try:
        year, month, day = (int(part) for part in str(iso)[:10].split("-"))
        months = MONTHS_EN if language == "en" else MONTHS
        return f"{day} {months[month - 1]} {year}"
    except (ValueError, IndexError):
        return str(iso)


def format_moment(stamp: str | None, *, missing: str = "onbekend", language: str = "nl") -> str:
    """A store time stamp (UTC) as local `24 mei 2024 11:00` (`24 May 2024 11:00` in
    English); other text stays as is."""
    if not stamp:
        return missing
    import datetime as dt

    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    local = moment.astimezone()
    return f"{format_date(local.date().isoformat(), language=language)} {local:%H:%M}"
