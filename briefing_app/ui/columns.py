"""What the lists show of each kind of item: columns, their sort keys and their texts.

Texts citing figures are shown rendered with the current values; a text with a reference to a
figure that does not exist is shown in the error colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from briefing_app.domain.items import ItemKind
from briefing_app.domain.messages import Message
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_group, choice_label, field_label, label
from briefing_app.ui.messages import translated, with_marks
from briefing_app.ui.models import Column, one_line

Row = dict[str, object]


def _text(name: str) -> Callable[[Row], object]:
    def text(row: Row) -> str:
        return one_line(with_marks(row.get(f"{name}_rendered", row.get(name))))

    return text


def _broken(name: str) -> Callable[[Row], object]:
    return lambda row: bool(row.get(f"{name}_broken"))


def _choice(kind: ItemKind, name: str) -> Callable[[Row], object]:
    group = choice_group(kind, name)
    return lambda row: choice_label(group, row.get(name))


def _plain(name: str) -> Callable[[Row], object]:
    # A name may be a message: what an edition calls an item above it ("bron niet in deze editie").
    return lambda row: one_line(_shown(row.get(name)))


def _shown(value: object) -> object:
    return translated(value) if isinstance(value, Message) else value


def figure_value(row: Row) -> str:
    """A figure's value as a pack prints it; `onbekend` (translated) when it has none yet."""
    shown = row.get("display_value")
    return translated(shown) if shown else _tr("onbekend")


def changed_at(row: Row) -> str:
    """`updated_at` in the user's local time, short."""
    stamp = QDateTime.fromString(str(row.get("updated_at", ""))[:19], "yyyy-MM-ddTHH:mm:ss")
    stamp.setTimeZone(QTimeZone.utc())
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def changed_short(row: Row) -> str:
    """`updated_at` as a list shows it: the time for today's changes, else the date (the lists
    are narrow; the history shows both)."""
    stamp = QDateTime.fromString(str(row.get("updated_at", ""))[:19], "yyyy-MM-ddTHH:mm:ss")
    stamp.setTimeZone(QTimeZone.utc())
    local = stamp.toLocalTime()
    if local.date() == QDate.currentDate():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


# (field, how it is shown) per kind; "choice", "text" (rendered, may warn) or "plain".
_LAYOUT: dict[str, tuple[tuple[str, str], ...]] = {
    "position": (("party", "choice"), ("kind", "choice"), ("text", "text")),
    "figure": (("label", "plain"), ("value", "value"), ("period", "plain"), ("as_of", "plain")),
    "talking_point": (("kind", "choice"), ("text", "text")),
    "hard_question": (("question", "text"), ("answer", "text")),
    "member_signal": (("text", "text"), ("origin", "plain"), ("received_on", "plain")),
    "source": (
        ("title", "plain"),
        ("kind", "plain"),
        ("issued_on", "plain"),
        ("publisher", "plain"),
    ),
    "agenda_item": (
        ("dossier_id", "reference"),
        ("aim", "text"),
        ("lead_delegate_id", "reference"),
        ("minutes", "plain"),
    ),
    "delegate": (("name", "plain"), ("role", "plain")),
    "meeting_counterpart": (("stakeholder_id", "reference"),),
    "stakeholder": (("name", "plain"), ("role", "plain"), ("organisation", "plain")),
    "meeting": (
        ("title", "plain"),
        ("date", "plain"),
        ("start_time", "plain"),
        ("place", "plain"),
    ),
    "commitment": (
        ("party", "plain"),
        ("text", "text"),
        ("due_on", "plain"),
        ("state", "choice"),
    ),
}


def columns_for(kind: ItemKind) -> list[Column]:
    columns: list[Column] = []
    for name, how in _LAYOUT.get(kind.name, ((kind.title_field, "plain"),)):
        title = field_label(kind, name)
        if how == "choice":
            columns.append(Column(name, title, _choice(kind, name)))
        elif how == "text":
            columns.append(Column(name, title, _text(name), _broken(name)))
        elif how == "value":
            columns.append(Column(name, title, figure_value))
        elif how == "reference":
            columns.append(Column(None, title, _plain(f"{name}_title")))
        else:
            columns.append(Column(name, title, _plain(name)))
    columns.append(Column("classification", label("Rubricering"), _choice(kind, "classification")))
    if kind.has_status:
        columns.append(Column("status", label("Status"), _choice(kind, "status")))
    columns.append(Column("updated_at", _changed_title(), changed_short))
    return columns


def _changed_title() -> str:
    return _tr("Gewijzigd")
