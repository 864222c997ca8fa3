"""Messages from below the interface, in the language of the interface.

Services return and raise `domain.messages.Message`s: Dutch text that also knows its template
and values. `translated` looks the template up in the Qt translation files (context
"messages") and fills in the values, themselves translated when they are messages; any other
text (a title the user typed, a path) is shown as it is. See `domain/messages.py` for how to add
a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.messages import CONTEXT, TERMS, Message, Phrase, Term, fill
from briefing_app.domain.references import marked
from briefing_app.ui.i18n import language


def translated(text: object) -> str:
    """``text`` as the user should read it now: a message or a domain word (`Term`) in the
    interface language."""
    if isinstance(text, Term):
        return str(_value(text))
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(CONTEXT, text.template.dutch)
    values = {name: _value(value) for name, value in text.values.items()}
    try:
        return fill(template, values, language())
    except (KeyError, IndexError, ValueError):  # a translation that names another placeholder
        return fill(text.template.dutch, values, language())


def _value(value: object) -> object:
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, Term):
        return _term(value)
    if isinstance(value, Phrase):
        return "".join(str(_value(part)) for part in value)
    return value


def _term(word: str) -> str:
    """A domain word as the labels read it; one written in lower case inside a sentence
    ("sleutel") is looked up as the label ("Sleutel") and kept in lower case."""
    shown = QCoreApplication.translate(TERMS, word)
    if shown == word and word[:1].islower():
        label = word[:1].upper() + word[1:]
        found = QCoreApplication.translate(TERMS, label)
        if found != label:
            return found[:1].lower() + found[1:]
    return shown


def error_text(exc: BaseException) -> str:
    """What an exception says, translated when it carries a message."""
    message = getattr(exc, "message", None)  # a ValidationError says which field, then this
    if isinstance(message, Message):
        return translated(message)
    argument = exc.args[0] if exc.args else ""
    return translated(argument) if isinstance(argument, Message) else str(exc)


def with_marks(text: object) -> str:
    """A text rendered with figure values, its `[onbekend cijfer: …]` marks in the language of
    the interface (the store and the packs keep them Dutch)."""
    if isinstance(text, Message):  # a figure's value that says how a series runs
        return translated(text)
    return str(_value(marked(str(text or ""))))
