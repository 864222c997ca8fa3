"""Notes taken at the table: saved as typed, each in one write with its revision.

A note belongs to the meeting and, where known, to the agenda item on screen. A note that a
talking point was used links that talking point, which marks it "gebruikt" for this meeting.
Notes go through the `Repository` like every edit, so they are as durable (fsync at commit),
have history and travel in bundles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.domain.meetings import USED, NoteError, ParsedNote, parse_note
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.store.parents import parents_of
from briefing_app.store.repository import Repository

__all__ = ["Note", "NoteError", "add_note", "list_notes", "used_talking_points"]

# Why a "used" note names no talking point (see domain/messages.py).
NO_SUCH_POINT_OF_ONE = Template(
    "meetings.no_such_point_of_one",
    QT_TRANSLATE_NOOP(
        "messages", "Er is geen spreekpunt {number} bij dit agendapunt (er is er {count})."
    ),
)
NO_SUCH_POINT = Template(
    "meetings.no_such_point",
    QT_TRANSLATE_NOOP(
        "messages", "Er is geen spreekpunt {number} bij dit agendapunt (er zijn er {count})."
    ),
)
NO_POINT_HOLDS = Template(
    "meetings.no_point_holds",
    QT_TRANSLATE_NOOP(
        "messages",
        "Geen spreekpunt bij dit agendapunt bevat '{text}'; typ het nummer, bijvoorbeeld g: 2.",
    ),
)
POINTS_HOLD = Template(
    "meetings.points_hold",
    QT_TRANSLATE_NOOP(
        "messages", "{count} spreekpunten bevatten '{text}'; typ het nummer, bijvoorbeeld g: 2."
    ),
)


@dataclass(frozen=True)
class Note:
    id: str
    meeting_id: str
    agenda_item_id: str | None
    note_type: str
    text: str
    party: str
    due_on: str | None
    noted_at: str  # local time, "2024-06-14T10:32"
    talking_point_id: str | None
    commitment_id: str | None
    classification: str


def add_note(
    repo: Repository,
    meeting_id: str,
    line: str,
    *,
    default_type: str,
    agenda_item_id: str | None = None,
    talking_points: Sequence[tuple[str, str]] = (),
    classification: Classification = Classification.INTERN,
    now: dt.datetime | None = None,
) -> Note:
    """Save one typed line as a note; NoteError (Dutch) when it cannot be saved as typed.

    ``talking_points`` are (id, text) of the talking points on screen, in their shown order:
    `g: 2` names the second, `g: indexering` the one whose text contains the word.
    """
    parsed = parse_note(line, default_type)
    point_id, text = _talking_point(parsed, talking_points)
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%dT%H:%M:%S")
    values: dict[str, object] = {
        "meeting_id": meeting_id,
        "agenda_item_id": agenda_item_id,
        "note_type": parsed.note_type,
        "text": text,
        "talking_point_id": point_id,
        "party": parsed.party,
        "due_on": parsed.due_on,
        "noted_at": stamp,
        "classification": classification.value,
    }
    note_id = repo.create("meeting_note", values)
    return _note(repo.get("meeting_note", note_id))


def _talking_point(parsed: ParsedNote, points: Sequence[tuple[str, str]]) -> tuple[str | None, str]:
    if parsed.note_type != USED:
        return None, parsed.text
    if parsed.talking_point_number is not None:
        number = parsed.talking_point_number
        if not 1 <= number <= len(points):
            template = NO_SUCH_POINT_OF_ONE if len(points) == 1 else NO_SUCH_POINT
            raise NoteError(template(number=number, count=len(points)))
        point_id, point_text = points[number - 1]
        return point_id, parsed.text or point_text
    needle = parsed.text.casefold()
    found = [(i, t) for i, t in points if needle in t.casefold()]
    if len(found) == 1:
        return found[0][0], found[0][1]
    if not found:
        raise NoteError(NO_POINT_HOLDS(text=parsed.text))
    raise NoteError(POINTS_HOLD(count=len(found), text=parsed.text))


def list_notes(
    db: sqlite_utils.Database, meeting_id: str, *, edition: Classification | None = None
) -> list[Note]:
    """The notes of a meeting in the order they were taken; only what ``edition`` may show."""
    rows = db.query(
        "SELECT * FROM meeting_notes WHERE meeting_id = ? ORDER BY sort_order, rowid", [meeting_id]
    )
    # The edition policy looks at the meeting and the agenda item's dossier too.
    return [
        _note(r)
        for r in rows
        if edition is None
        or Edition.of(edition).may_show("meeting_notes", r, **parents_of(db, "meeting_notes", r))
    ]


def used_talking_points(db: sqlite_utils.Database, meeting_id: str) -> set[str]:
    """Ids of the talking points noted as used in this meeting."""
    sql = """SELECT DISTINCT talking_point_id FROM meeting_notes
             WHERE meeting_id = ? AND note_type = ? AND talking_point_id IS NOT NULL"""
    return {str(r[0]) for r in db.execute(sql, [meeting_id, USED]).fetchall()}


def _note(row: dict[str, object]) -> Note:
    def opt(name: str) -> str | None:
        value = row.get(name)
        return None if value in (None, "") else str(value)

    return Note(
        id=str(row["id"]),
        meeting_id=str(row["meeting_id"]),
        agenda_item_id=opt("agenda_item_id"),
        note_type=str(row["note_type"]),
        text=str(row["text"]),
        party=str(row.get("party") or ""),
        due_on=opt("due_on"),
        noted_at=str(row.get("noted_at") or ""),
        talking_point_id=opt("talking_point_id"),
        commitment_id=opt("commitment_id"),
        classification=str(row["classification"]),
    )
