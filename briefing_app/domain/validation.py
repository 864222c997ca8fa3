"""Checks on item values before they reach the store, with messages a user can act on.

The store refuses what this module refuses; the app shows the message at the field, the dataset
loader names the file and the item. Dates are ISO (`2024-06-15`), numbers real numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import classification_problem
from briefing_app.domain.items import STATUSES, Field, ItemKind
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Term, message_of, templates

_template = templates("validation")


# What the store refuses, as messages (see domain/messages.py); the app shows them translated.
REQUIRED = _template("required", QT_TRANSLATE_NOOP("messages", "{label} is verplicht"))
NOT_EMPTY = _template("not_empty", QT_TRANSLATE_NOOP("messages", "{label} mag niet leeg zijn"))
MUST_BE_NUMBER = _template(
    "must_be_number", QT_TRANSLATE_NOOP("messages", "{label} moet een getal zijn")
)
MUST_BE_FINITE = _template(
    "must_be_finite", QT_TRANSLATE_NOOP("messages", "{label} moet een eindig getal zijn")
)
MUST_BE_WHOLE = _template(
    "must_be_whole", QT_TRANSLATE_NOOP("messages", "{label} moet een heel getal zijn")
)
NOT_WHOLE = _template("not_whole", QT_TRANSLATE_NOOP("messages", "'{text}' is geen heel getal"))
NOT_NEGATIVE = _template(
    "not_negative", QT_TRANSLATE_NOOP("messages", "{label} kan niet negatief zijn")
)
NOT_A_TIME = _template(
    "not_a_time",
    QT_TRANSLATE_NOOP("messages", "'{text}' is geen tijd (schrijf UU:MM, bijv. 14:30)"),
)
NOT_A_DATE = _template(
    "not_a_date", QT_TRANSLATE_NOOP("messages", "'{text}' is geen datum (schrijf JJJJ-MM-DD)")
)
NOT_A_YEAR = _template("not_a_year", QT_TRANSLATE_NOOP("messages", "'{text}' is geen jaartal"))
UNKNOWN_FIELD = _template(
    "unknown_field", QT_TRANSLATE_NOOP("messages", "onbekend veld voor {kind}")
)
UNKNOWN_STATUS = _template(
    "unknown_status",
    QT_TRANSLATE_NOOP("messages", "onbekende status {value} (kies uit: {choices})"),
)
UNKNOWN_CHOICE = _template(
    "unknown_choice",
    QT_TRANSLATE_NOOP("messages", "onbekende waarde {value} (kies uit: {choices})"),
)
MUST_BE_INTEGER = _template(
    "must_be_integer", QT_TRANSLATE_NOOP("messages", "moet een geheel getal zijn")
)
MUST_BE_TEXT = _template("must_be_text", QT_TRANSLATE_NOOP("messages", "{label} moet tekst zijn"))
YES_OR_NO = _template("yes_or_no", QT_TRANSLATE_NOOP("messages", "{label} is ja of nee"))
LIST_OF_YEARS = _template(
    "list_of_years", QT_TRANSLATE_NOOP("messages", "een lijst van jaartallen")
)
SERIES_SHAPE = _template(
    "series_shape",
    QT_TRANSLATE_NOOP("messages", "een reeks is een lijst van jaar en waarde"),
)
# Why a text cannot be a code (a dossier's slug, a figure's key, an id in a bundle).
CODE_EMPTY = _template("code_empty", QT_TRANSLATE_NOOP("messages", "moet een niet-lege tekst zijn"))
CODE_TOO_LONG = _template(
    "code_too_long", QT_TRANSLATE_NOOP("messages", "is langer dan {count} tekens")
)
CODE_CHARACTERS = _template(
    "code_characters",
    QT_TRANSLATE_NOOP(
        "messages",
        "{value} mag alleen letters, cijfers, '-', '_' en losse punten bevatten "
        "(geen spaties, regeleinden of '/')",
    ),
)
CODE_FIELD = _template("code_field", QT_TRANSLATE_NOOP("messages", "{label} {problem}"))


class ValidationError(ValueError):
    """A value a user gave that cannot be stored; ``field`` names where it went wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def clean_values(
    kind: ItemKind, values: Mapping[str, object], *, partial: bool
) -> dict[str, object]:
    """Return the values normalised for storage, or raise ValidationError on the first bad one."""
    cleaned: dict[str, object] = {}
    for name, value in values.items():
        if name == "classification":
            cleaned[name] = _classification(value)
        elif name == "status":
            cleaned[name] = _status(value)
        elif name == "sort_order":
            cleaned[name] = _integer(name, value)
        else:
            cleaned[name] = _field_value(_known_field(kind, name), value)
    if not partial:
        for f in kind.fields:
            if f.required and _empty(cleaned.get(f.name)):
                raise ValidationError(f.name, REQUIRED(label=Term(f.label)))
        check_classification(kind, cleaned)
    else:
        for name, value in cleaned.items():
            if name in kind.field_names and kind.field(name).required and _empty(value):
                raise ValidationError(name, NOT_EMPTY(label=Term(kind.field(name).label)))
    return cleaned


def check_classification(kind: ItemKind, row: Mapping[str, object]) -> None:
    """Refuse a classification the edition policy forbids (a bottom line below vertrouwelijk).

    For an update, ``row`` is the item as it would be after the change.
    """
    problem = classification_problem(kind.table, row)
    if problem is not None:
        raise ValidationError("classification", problem)


def _known_field(kind: ItemKind, name: str) -> Field:
    try:
        return kind.field(name)
    except KeyError:
        raise ValidationError(name, UNKNOWN_FIELD(kind=Term(kind.label.lower()))) from None


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _classification(value: object) -> str:
    try:
        return Classification.parse(str(value)).value
    except ValueError as exc:
        raise ValidationError("classification", message_of(exc)) from None


def _status(value: object) -> str:
    if value not in STATUSES:
        choices = ", ".join(STATUSES)
        raise ValidationError("status", UNKNOWN_STATUS(value=repr(value), choices=choices))
    return str(value)


def _integer(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, MUST_BE_INTEGER())
    return value


def _field_value(f: Field, value: object) -> object:
    if value is None:
        return None
    if f.choices and value not in f.choices:
        choices = ", ".join(f.choices)
        raise ValidationError(f.name, UNKNOWN_CHOICE(value=repr(value), choices=choices))
    if f.kind == "float":
        return _float(f, value)
    if f.kind == "date":
        return _date(f, value)
    if f.kind == "json":
        return _series(f, value)
    if f.kind == "int":
        return _whole_number(f, value)
    if f.kind == "bool":
        return _flag(f, value)
    if f.kind == "years":
        return _years(f, value)
    if f.kind == "time":
        return _time(f, value)
    if f.kind == "code":
        return _code(f, value)
    if not isinstance(value, str):
        raise ValidationError(f.name, MUST_BE_TEXT(label=Term(f.label)))
    return value


def _float(f: Field, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f.name, MUST_BE_NUMBER(label=Term(f.label)))
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(f.name, MUST_BE_FINITE(label=Term(f.label)))
    return float(value)


def _whole_number(f: Field, value: object) -> int | None:
    """A count such as an agenda item's minutes: a whole number, not negative; typed text too."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(f.name, NOT_WHOLE(text=text))
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f.name, MUST_BE_WHOLE(label=Term(f.label)))
    if value < 0:
        raise ValidationError(f.name, NOT_NEGATIVE(label=Term(f.label)))
    return value


CODE_MAX = 80
# Letters, digits, '-', '_' and single dots inside: what `{fig:...}` references accept, and
# nothing that can move through a path (`../`), break a line or steer a terminal.
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]+)*")


def code_problem(value: object) -> str | None:
    """Why ``value`` cannot be a code (a dossier's slug, a figure's key, an id in a bundle)."""
    if not isinstance(value, str) or not value:
        return CODE_EMPTY()
    if len(value) > CODE_MAX:
        return CODE_TOO_LONG(count=CODE_MAX)
    if not _CODE.fullmatch(value):
        return CODE_CHARACTERS(value=repr(value))
    return None


def _code(f: Field, value: object) -> str:
    problem = code_problem(value)
    if problem:
        raise ValidationError(f.name, CODE_FIELD(label=Term(f.label), problem=problem))
    return str(value)


def _flag(f: Field, value: object) -> int:
    """Yes or no, stored as 1 or 0."""
    if value in (True, False, 0, 1):
        return int(bool(value))
    raise ValidationError(f.name, YES_OR_NO(label=Term(f.label)))


def _years(f: Field, value: object) -> str | None:
    """A list of years, stored as JSON text in order: ["2029"]."""
    data = json.loads(value) if isinstance(value, str) and value.strip() else value
    if not data:
        return None
    if not isinstance(data, list | tuple | set | frozenset):
        raise ValidationError(f.name, LIST_OF_YEARS())
    years = sorted({str(y) for y in data})
    for year in years:
        if not year.isdigit() or len(year) != 4:
            raise ValidationError(f.name, NOT_A_YEAR(text=str(year)))
    return json.dumps(years)


def _time(f: Field, value: object) -> str | None:
    """A clock time as HH:MM; `9:30`, `09.30` and `930` are understood too."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    text = str(value).strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValidationError(f.name, NOT_A_TIME(text=text))
    hours, minutes = int(match["h"]), int(match["m"])
    if hours > 23 or minutes > 59:
        raise ValidationError(f.name, NOT_A_TIME(text=text))
    return f"{hours:02d}:{minutes:02d}"


_TIME = re.compile(r"^(?P<h>\d{1,2})[:.]?(?P<m>\d{2})(?:\s*uur)?$")


def _date(f: Field, value: object) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(f.name, NOT_A_DATE(text=text)) from None


def _series(f: Field, value: object) -> str | None:
    """A series is stored as JSON text: {"2026": 75000000, ...}, years in order."""
    data = json.loads(value) if isinstance(value, str) else value
    if not data:
        return None
    if not isinstance(data, Mapping):
        raise ValidationError(f.name, SERIES_SHAPE())
    series: dict[str, float] = {}
    for year, amount in sorted(data.items(), key=lambda kv: str(kv[0])):
        if not str(year).isdigit() or len(str(year)) != 4:
            raise ValidationError(f.name, NOT_A_YEAR(text=str(year)))
        series[str(year)] = _float(f, amount)
    return json.dumps(series)
