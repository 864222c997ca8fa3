"""The moment "changed since" compares against.

By default that is the last pack exported for the next meeting (the delegation wants to know what
changed since the pack they hold); when no pack was exported for it yet, the caller's fallback
date is used. Times are UTC text in the store's format, so comparing them as text is correct.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Moment:
    at: str  # UTC, as the store writes `updated_at`
    meeting_title: str
    edition: str
    version: int


def next_meeting(db: sqlite_utils.Database, today: dt.date) -> dict[str, object] | None:
    sql = "SELECT id, title, date FROM meetings WHERE date >= ? ORDER BY date, rowid LIMIT 1"
    rows = list(db.query(sql, [today.isoformat()]))
    return dict(rows[0]) if rows else None


def last_pack_moment(db: sqlite_utils.Database, today: dt.date) -> Moment | None:
    """When the last pack for the next meeting was exported, or None when there is none."""
    meeting = next_meeting(db, today)
    if meeting is None:
        return None
    sql = (
        "SELECT created_at, edition, version FROM exports WHERE meeting_id = ? "
        "ORDER BY created_at DESC LIMIT 1"
    )
    row = db.execute(sql, [meeting["id"]]).fetchone()
    if row is None:
        return None
    return Moment(str(row[0]), str(meeting["title"]), str(row[1]), int(row[2]))


def moment_from_date(day: dt.date) -> str:
    """The start of ``day`` (UTC) in the store's time format."""
    return f"{day.isoformat()}T00:00:00.000000Z"
