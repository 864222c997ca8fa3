"""The moment "changed since" compares against.

By default that is the last pack exported for the next meeting (the delegation wants to know what
changed since the pack they hold); when no pack was exported for it yet, the caller's fallback
date is used. Times are UTC text in the store's format, so comparing them as text is correct.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    """When the last pack for the next meeting was exported; without a dated next meeting, the
    last pack of any meeting. None while no pack was exported."""
    meeting = next_meeting(db, today)
    sql = (
        "SELECT e.created_at, e.edition, e.version, m.title FROM exports e "
        "JOIN meetings m ON m.id = e.meeting_id {where} ORDER BY e.created_at DESC LIMIT 1"
    )
    row = None
    if meeting is not None:
        row = db.execute(sql.format(where="WHERE e.meeting_id = ?"), [meeting["id"]]).fetchone()
    if row is None:
        row = db.execute(sql.format(where="")).fetchone()
    if row is None:
        return None
    return Moment(str(row[0]), str(row[3]), str(row[1]), int(row[2]))


def database_started(db: sqlite_utils.Database) -> str | None:
    """Just after the first change set in this database (the default data or a generation):
    what came with a new database does not count as changed."""
    sql = (
        "SELECT max(changed_at) FROM revisions WHERE change_set = "
        "(SELECT change_set FROM revisions ORDER BY id LIMIT 1)"
    )
    row = db.execute(sql).fetchone()
    if not row or not row[0]:
        return None
    # fromisoformat, not strptime: `_strptime` compiles its locale's patterns on first use.
    stamp = dt.datetime.fromisoformat(str(row[0]).removesuffix("Z"))
    return (stamp + dt.timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def moment_from_date(day: dt.date) -> str:
    """The start of ``day`` (UTC) in the store's time format."""
    return f"{day.isoformat()}T00:00:00.000000Z"
