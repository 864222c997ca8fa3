"""The words of the meeting cycle: note types, outcomes, and reading a note typed at the table.

A note is typed on one line while the meeting goes on, so its type is picked with a short
prefix (`z:` what the other side said, `g:` a talking point we used, `t:` a commitment,
`v:` a question to follow up) or a key in meeting mode. A commitment line names who and, where
it says so, by when: ``t: Minister BZK: stuurt de brief over de indexering, uiterlijk 2024-07-01``.
Kept here, without Qt or SQL, so the app, the command line and the tests read notes alike.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing_app.domain.formatting import format_date
from briefing_app.domain.items import NOTE_TYPES, OUTCOMES
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

SAID, USED, COMMITMENT, FOLLOW_UP = NOTE_TYPES

NOTE_TYPE_LABELS = {
    SAID: "Zei de andere kant",
    USED: "Spreekpunt gebruikt",
    COMMITMENT: "Toezegging",
    FOLLOW_UP: "Vervolgvraag",
}
NOTE_PREFIXES = {"z": SAID, "g": USED, "t": COMMITMENT, "v": FOLLOW_UP}
PREFIX_OF = {kind: prefix for prefix, kind in NOTE_PREFIXES.items()}

OUTCOME_LABELS = {
    "akkoord": "Akkoord",
    "deels": "Deels akkoord",
    "open": "Open",
    "afgewezen": "Afgewezen",
    "uitgesteld": "Uitgesteld",
}
assert set(OUTCOME_LABELS) == set(OUTCOMES)

_PREFIX = re.compile(r"^\s*([a-zA-Z])\s*:\s*")
_DUE = re.compile(
    r"[,;]?\s*(?:uiterlijk|voor|vóór|per|op)?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\s*\.?\s*$",
    re.IGNORECASE,
)
_WHO = re.compile(r"^\s*([^:]{1,60}?)\s*:\s*(.+)$", re.DOTALL)
_NUMBER = re.compile(r"^\s*#?(\d{1,3})\s*(?:[-–:]\s*(.*))?$", re.DOTALL)


class NoteError(ValueError):
    """A note line that cannot be saved as typed; the message (a `Message`) says why."""


EMPTY_NOTE = Template(
    "meetings.empty_note",
    QT_TRANSLATE_NOOP("messages", "Typ eerst de notitie (een lege notitie wordt niet bewaard)."),
)
COMMITMENT_WITHOUT_TEXT = Template(
    "meetings.commitment_without_text",
    QT_TRANSLATE_NOOP(
        "messages", "Een toezegging zegt wat er is toegezegd: typ ook de toezegging zelf."
    ),
)


@dataclass(frozen=True)
class ParsedNote:
    """What one typed line says: its type, its text, and for a commitment who and by when."""

    note_type: str
    text: str
    party: str = ""
    due_on: str | None = None  # ISO date
    talking_point_number: int | None = None  # for `g: 2`: the second talking point shown


def parse_note(line: str, default_type: str = SAID) -> ParsedNote:
    """Read a typed line; a known prefix overrides ``default_type``. NoteError when empty."""
    text = line.strip()
    note_type = default_type
    match = _PREFIX.match(text)
    if match and match.group(1).lower() in NOTE_PREFIXES:
        note_type = NOTE_PREFIXES[match.group(1).lower()]
        text = text[match.end() :].strip()
    if not text:
        raise NoteError(EMPTY_NOTE())
    if note_type == COMMITMENT:
        return _commitment(text)
    if note_type == USED:
        number = _NUMBER.match(text)
        if number:
            rest = (number.group(2) or "").strip()
            return ParsedNote(USED, rest, talking_point_number=int(number.group(1)))
    return ParsedNote(note_type, text)


def _commitment(text: str) -> ParsedNote:
    due = None
    match = _DUE.search(text)
    if match:
        due = parse_due(match.group(1))
        if due is not None:
            text = text[: match.start()].rstrip(" ,;")
    party = ""
    who = _WHO.match(text)
    if who:
        party, text = who.group(1).strip(), who.group(2).strip()
    if not text:
        raise NoteError(COMMITMENT_WITHOUT_TEXT())
    return ParsedNote(COMMITMENT, text, party=party, due_on=due)


def parse_due(text: str) -> str | None:
    """`2024-07-01` or `1-7-2024` as an ISO date; None when it is no date."""
    text = text.strip()
    try:
        if "-" in text and len(text.split("-")[0]) == 4:
            return dt.date.fromisoformat(text).isoformat()
        day, month, year = (int(x) for x in text.split("-"))
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def note_line(note_type: str, text: str, party: str = "", due_on: str | None = None) -> str:
    """A note as one readable line, e.g. "Toezegging · Minister BZK: brief (uiterlijk …)"."""
    body = f"{party}: {text}" if party else text
    if due_on:
        body += f" (uiterlijk {format_date(due_on)})"
    return f"{NOTE_TYPE_LABELS.get(note_type, note_type)} · {body}"
