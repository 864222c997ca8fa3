"""Numbered, personal copies of a pack: which editions get them, and what each page says.

A `vertrouwelijk` edition is always handed out as numbered copies, one per recipient, each
page saying "Exemplaar N · voor NAAM"; an `intern` edition only when the user chooses so; the
`openbaar` edition never (it may go to the other side, a name on it would say who leaked it
only of our own people). The app and the command line ask this module, nothing else decides it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.classification import Classification
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

MAX_RECIPIENTS = 60
MAX_NAME = 80


class CopiesError(ValueError):
    """The recipients cannot be used; the message (a `Message`) says why."""


_t = templates("copies")


# What a copy says on every page (the pack keeps it Dutch) and why recipients are refused.
COPY_LABEL = _t("label", QT_TRANSLATE_NOOP("messages", "Exemplaar {number} · voor {recipient}"))
NEVER_PUBLIC = _t(
    "never_public",
    QT_TRANSLATE_NOOP(
        "messages",
        "De openbare editie wordt nooit op naam gezet; laat de ontvangers weg of kies een "
        "andere editie.",
    ),
)
NEEDS_RECIPIENT = {
    Classification.INTERN: _t(
        "needs_recipient_intern",
        QT_TRANSLATE_NOOP(
            "messages",
            "Een interne editie gaat als genummerd exemplaar per ontvanger de deur uit: "
            "geef ten minste één ontvanger.",
        ),
    ),
    Classification.VERTROUWELIJK: _t(
        "needs_recipient_vertrouwelijk",
        QT_TRANSLATE_NOOP(
            "messages",
            "Een vertrouwelijke editie gaat als genummerd exemplaar per ontvanger de deur uit: "
            "geef ten minste één ontvanger.",
        ),
    ),
}
TOO_MANY = _t(
    "too_many", QT_TRANSLATE_NOOP("messages", "Geef ten hoogste {count} ontvangers per keer.")
)
NAME_TOO_LONG = _t(
    "name_too_long",
    QT_TRANSLATE_NOOP("messages", "Een naam mag ten hoogste {count} tekens hebben: {name}…"),
)
NAMED_TWICE = _t(
    "named_twice",
    QT_TRANSLATE_NOOP(
        "messages", "{name} staat twee keer bij de ontvangers; elk exemplaar is persoonlijk."
    ),
)


@dataclass(frozen=True)
class NumberedCopy:
    number: int  # 1, 2, ... in the order the recipients were given
    recipient: str

    @property
    def label(self) -> str:
        return COPY_LABEL(number=str(self.number), recipient=self.recipient)

    def file_for(self, target: Path) -> Path:
        """``pakket.pdf`` -> ``pakket-exemplaar-01-jan-de-vries.pdf`` beside it."""
        return target.with_name(
            f"{target.stem}-exemplaar-{self.number:02d}-{_slug(self.recipient)}{target.suffix or '.pdf'}"
        )


def numbered_by_default(edition: Classification) -> bool:
    """Whether exporting ``edition`` asks for recipients without being told to."""
    return edition is Classification.VERTROUWELIJK


def may_number(edition: Classification) -> bool:
    """The openbaar edition is never personalised."""
    return edition is not Classification.OPENBAAR


def must_number(edition: Classification, *, intern_chosen: bool = False) -> bool:
    return numbered_by_default(edition) or (edition is Classification.INTERN and intern_chosen)


def parse_recipients(text: str) -> list[str]:
    """ "A; B ;C" -> ["A", "B", "C"] (also newlines); empty parts are dropped."""
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def numbered_copies(
    edition: Classification, recipients: Iterable[str], *, first: int = 1
) -> tuple[NumberedCopy, ...]:
    """One copy per recipient, numbered from ``first`` (1, or on after the copies already
    handed out of the same version); CopiesError for the openbaar edition, no recipients, a
    name given twice or an unreasonable list."""
    if not may_number(edition):
        raise CopiesError(NEVER_PUBLIC())
    names = [" ".join(name.split()) for name in recipients]
    names = [name for name in names if name]
    if not names:
        raise CopiesError(NEEDS_RECIPIENT[edition]())
    if len(names) > MAX_RECIPIENTS:
        raise CopiesError(TOO_MANY(count=MAX_RECIPIENTS))
    too_long = [name for name in names if len(name) > MAX_NAME]
    if too_long:
        raise CopiesError(NAME_TOO_LONG(count=MAX_NAME, name=too_long[0][:40]))
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise CopiesError(NAMED_TWICE(name=name))
        seen.add(name.casefold())
    return tuple(NumberedCopy(number, name) for number, name in enumerate(names, start=first))


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:40] or "ontvanger"
