"""Figure references in text: `{fig:key}` is replaced by the figure's current value.

Figures are the single source of truth for numbers. Texts cite them by key, so a changed figure
changes every talking point and every pack that cites it. A reference to a figure that does not
exist is reported, never silently dropped. Text that opens like a reference but is not one
(`{fig:gemeente fonds}` with a space, `{fig:}`, a `{fig:` never closed) is malformed: it renders
as it stands, so the editor marks it and the pre-export check lists it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Phrase, Template

REFERENCE = re.compile(r"\{fig:([A-Za-z0-9_.\-]+)\}")
MISSING_MARK = "[onbekend cijfer: {key}]"
# The mark as a message, for a rendered text the app shows in its own language (`marked`).
UNKNOWN_FIGURE = Template(
    "references.unknown_figure", QT_TRANSLATE_NOOP("messages", "[onbekend cijfer: {key}]")
)
# What a figure above the edition reads inside a text (see domain/edition.py), as a message too.
WITHHELD_FIGURE = Template(
    "references.withheld_figure",
    QT_TRANSLATE_NOOP("messages", "[cijfer niet in deze editie]"),
)
_MARK = re.compile(
    re.escape(MISSING_MARK).replace(re.escape("{key}"), r"([^\]]+)")
    + "|"
    + re.escape(WITHHELD_FIGURE.dutch)
)
# What opens like a reference: `{fig:` up to the next `}` on the same line, or to the line's end.
OPENED = re.compile(r"\{fig:[^}{\n]*\}?")


@dataclass(frozen=True)
class Rendered:
    """Text with its references filled in, and the keys that could not be resolved."""

    text: str
    broken: tuple[str, ...]
    withheld: tuple[str, ...] = ()  # known, but above the edition: printed as a neutral mark


def referenced_keys(text: str) -> list[str]:
    return REFERENCE.findall(text or "")


def render(text: str, values: Mapping[str, str] | Callable[[str], str | None]) -> Rendered:
    """Replace each `{fig:key}` with its formatted value; unknown keys are marked and listed."""
    lookup = values.get if isinstance(values, Mapping) else values
    broken: list[str] = []

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        value = lookup(key)
        if value is None:
            broken.append(key)
            return MISSING_MARK.format(key=key)
        return value

    return Rendered(REFERENCE.sub(replace, text or ""), tuple(dict.fromkeys(broken)))


def completion_prefix(text_before_cursor: str) -> str | None:
    """The partial key being typed after an open `{fig:`, or None when not inside a reference."""
    match = re.search(r"\{fig:([A-Za-z0-9_.\-]*)$", text_before_cursor)
    return match.group(1) if match else None


@dataclass(frozen=True)
class Span:
    """Where something that opens like a reference stands in a text, and whether it is one."""

    start: int
    end: int  # one past the last character
    text: str
    well_formed: bool

    @property
    def key(self) -> str | None:
        match = REFERENCE.fullmatch(self.text)
        return match.group(1) if match else None


def reference_spans(text: str) -> list[Span]:
    """Every `{fig:…}` in ``text``, well formed or not, in order."""
    return [
        Span(m.start(), m.end(), m.group(0), REFERENCE.fullmatch(m.group(0)) is not None)
        for m in OPENED.finditer(text or "")
    ]


def malformed_references(text: str) -> list[str]:
    """The spans of ``text`` that open like a reference but are not one, as written."""
    return [span.text for span in reference_spans(text) if not span.well_formed]


def marked(rendered: str) -> str | Phrase:
    """A rendered text with its `[onbekend cijfer: key]` and `[cijfer niet in deze editie]`
    marks as messages (a `Phrase`), so that the app can show the marks in its language; the
    text itself when it has none."""
    parts: list[object] = []
    at = 0
    for match in _MARK.finditer(rendered):
        key = match.group(1)
        mark = WITHHELD_FIGURE() if key is None else UNKNOWN_FIGURE(key=key)
        parts += [rendered[at : match.start()], mark]
        at = match.end()
    if not parts:
        return rendered
    return Phrase([*parts, rendered[at:]])
