"""Conflicts a sync could not decide: kept until a person decides them, in the app or the CLI.

A queued conflict holds the colleague's item as it arrived (values and clocks). Listing one
merges it again against the item as it is now, so what a person sees (mine, theirs, the common
ancestor, word by word) is current; a conflict that later changes settled (the same value on
both sides, a newer decision that covers it, a dossier that came back) is applied as it now
merges and leaves the list by itself: a queued change is never dropped unapplied.
Deciding one applies that field's choice like an import does, as a recorded decision.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import sqlite_utils

from briefing_app.services.exchange import messages
from briefing_app.services.exchange.applying import apply_import
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.services.exchange.importing import (
    KEEP_MINE,
    THEIRS,
    FieldChange,
    PlannedChange,
    plan_import,
)
from briefing_app.services.exchange.payload import Bundle, item_from
from briefing_app.store.connection import write_transaction
from briefing_app.store.migrations import schema_version


@dataclass(frozen=True)
class QueuedConflict:
    id: int
    change: PlannedChange  # the item merged again now
    field: FieldChange  # the field (or the item's existence) in conflict
    from_member: str
    received_at: str

    @property
    def title(self) -> str:
        return self.change.title


def queued_conflicts(db: sqlite_utils.Database) -> list[QueuedConflict]:
    """The conflicts still open, oldest first. One that later changes settled is applied as
    it now merges (an item whose dossier came back is added) and leaves the queue."""
    found = []
    rows = db.execute(
        "SELECT id, field, theirs, from_member, received_at FROM sync_conflicts ORDER BY id"
    ).fetchall()
    for conflict_id, name, theirs, member, received in rows:
        current = _current(db, str(theirs), str(name))
        if current is None:
            _settle(db, int(conflict_id), str(theirs))
            continue
        change, fc = current
        found.append(QueuedConflict(int(conflict_id), change, fc, str(member), str(received)))
    return found


def resolve_conflict(
    db: sqlite_utils.Database, conflict_id: int, choice: str, user: str
) -> QueuedConflict | None:
    """Decide one queued conflict (THEIRS or KEEP_MINE); None when it had settled meanwhile
    (then what merges now is applied)."""
    if choice not in (THEIRS, KEEP_MINE):
        raise ValueError(choice)
    row = db.execute(
        "SELECT field, theirs FROM sync_conflicts WHERE id = ?", [conflict_id]
    ).fetchone()
    if row is None:
        raise BundleError(messages.NO_SUCH_CONFLICT(number=str(conflict_id)))
    name, theirs = str(row[0]), str(row[1])
    current = _current(db, theirs, name)
    if current is None:
        _settle(db, conflict_id, theirs)
        return None
    change, fc = current
    with write_transaction(db):
        plan = plan_import(db, _one_item_bundle(db, theirs))
        choices = {f"{change.item.id}/{fc.name}": choice}
        apply_import(db, plan, choices, user=user, on_conflict="skip", backup=False)
        db.execute("DELETE FROM sync_conflicts WHERE id = ?", [conflict_id])
    return QueuedConflict(conflict_id, change, fc, "", "")


def _settle(db: sqlite_utils.Database, conflict_id: int, theirs: str) -> None:
    """A queued conflict that no longer is one: apply what merges now, drop it from the queue."""
    try:
        with write_transaction(db):
            plan = plan_import(db, _one_item_bundle(db, theirs))
            apply_import(db, plan, on_conflict="skip", backup=False)
            db.execute("DELETE FROM sync_conflicts WHERE id = ?", [conflict_id])
    except (sqlite3.Error, BundleError):
        return  # read-only, or it cannot be applied now: it stays queued, and is shown again


def _current(
    db: sqlite_utils.Database, theirs: str, name: str
) -> tuple[PlannedChange, FieldChange] | None:
    plan = plan_import(db, _one_item_bundle(db, theirs))
    for change in plan.changes:
        for fc in change.conflicts:
            if fc.name == name:
                return change, fc
    return None


def _one_item_bundle(db: sqlite_utils.Database, theirs: str) -> Bundle:
    item = item_from(json.loads(theirs))
    return Bundle("", schema_version(db), None, (item,), partial=True)


def _read_only(db: sqlite_utils.Database) -> bool:
    return bool(db.execute("PRAGMA query_only").fetchone()[0])
