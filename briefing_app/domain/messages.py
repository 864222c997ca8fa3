"""Messages a user reads, as data: which message (its id and Dutch template) and its values.

Below the interface nothing knows which language the user reads. A service that has something
to say returns or raises a `Message`: it *is* the Dutch text (a `str`, so the command line,
JSON output and logs use it as they always did), and it also carries its `Template` and the
values, so that the app can say the same in English (`briefing_app.ui.messages.translated`
looks the template up in the Qt translation files and fills in the values, translating values
that are messages themselves).

The pattern, for anyone adding a message:

    from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

    NOT_A_DATE = Template(
        "value.not_a_date",                                  # a stable id: module.what
        QT_TRANSLATE_NOOP("messages", "'{text}' is geen datum (schrijf JJJJ-MM-DD)"),
    )
    ...
    raise ValueError(NOT_A_DATE(text=text))                  # or return it, or put it in a tuple

Keep the template next to the code that says it. Values are filled in with `str.format`
(`{name}`; a literal brace is written `{{`); an `int` value is written with the thousands
separator of the language shown; a value that is a domain word (a field's label) is passed as
`Term(f.label)` so that it is translated as the app's labels are. Then run `tools/update_translations` and translate the new
entries of `resources/translations/briefing_en.ts` (context "messages"); the app shows a message
through `ui.messages.translated(text)`, which leaves plain strings (user data) alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

CONTEXT = "messages"  # the Qt translation context of every template
TERMS = "Labels"  # the context of the domain's own words (ui/labels.py lists them)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for `tools/update_translations` (pyside6-lupdate); returns it unchanged."""
    return text


@dataclass(frozen=True)
class Template:
    """One message: a stable id and its Dutch wording with `{name}` placeholders."""

    id: str
    dutch: str

    def __call__(self, **values: object) -> Message:
        return Message(self, values)


def templates(prefix: str) -> Callable[[str, str], Template]:
    """The template maker of one module: ``_t = templates("store")`` then
    ``_t("busy", QT_TRANSLATE_NOOP("messages", "..."))`` has the id ``store.busy``."""

    def make(id: str, dutch: str) -> Template:
        return Template(f"{prefix}.{id}", dutch)

    return make


class Message(str):
    """The Dutch text of a message, which also knows its template and values."""

    template: Template
    values: Mapping[str, object]

    def __new__(cls, template: Template, values: Mapping[str, object] | None = None) -> Message:
        values = dict(values or {})
        text = super().__new__(cls, fill(template.dutch, values, "nl"))
        text.template = template
        text.values = values
        return text

    @property
    def id(self) -> str:
        return self.template.id

    def __reduce__(self) -> tuple[object, ...]:  # a worker thread or process gets it whole
        return (Message, (self.template, dict(self.values)))


class Term(str):
    """A word the domain defines (a kind or field name such as "Titel", a choice such as
    "vertrouwelijk") used as a message's value: the app shows it as its labels read."""


class Phrase(tuple):  # type: ignore[type-arg]
    """Text made of parts, some of them messages (a title with `[onbekend cijfer: x]` marks in
    it), used as a message's value: each part is shown in the language of the interface."""


class Day(str):
    """A date (ISO, `2024-06-18`) used as a message's value: written `18 juni 2024` in Dutch,
    `18 June 2024` in English."""


def message_of(exc: BaseException) -> str:
    """What ``exc`` says, to be passed on as a message's value: its `Message` when it carries
    one (so the app translates it too), else its text."""
    message = getattr(exc, "message", None)  # a ValidationError says which field, then this
    argument = exc.args[0] if exc.args else None
    for said in (message, argument):
        if isinstance(said, Message):
            return said
    return str(exc)


def fill(template: str, values: Mapping[str, object], language: str) -> str:
    """``template`` with its placeholders filled in, counts written the ``language`` way."""
    from briefing_app.domain.formatting import format_count, format_date  # they use messages

    def shown(value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            return format_count(value, language)
        if isinstance(value, Day):
            return format_date(value, language=language)
        if isinstance(value, Phrase):
            return "".join(str(part) for part in value)  # parts are Dutch here
        return value

    return template.format_map({name: shown(value) for name, value in values.items()})
