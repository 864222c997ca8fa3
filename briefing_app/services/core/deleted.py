"""Deleted items, and bringing one back from its history.

A delete leaves a tombstone in `revisions`: the row as it was, who deleted it and when (also a
delete that came from a colleague). An item is deleted while its latest existence event is such
a tombstone. Restoring puts back the item and what was deleted with it in the same action (the
items of a dossier), with the same ids; it is a new change of this database, so through an
exchange it brings the item back for the colleagues too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from briefing_app.domain.items import KINDS_BY_TABLE
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.store.repository import NotFoundError, Repository

NOT_DELETED = Template(
    "deleted.not_deleted",
    QT_TRANSLATE_NOOP("messages", "Er is geen verwijderd item {id} dat terug kan."),
)


@dataclass(frozen=True)
class DeletedItem:
    table: str
    id: str
    kind_label: str
    title: str
    deleted_by: str
    deleted_at: str
    change_set: str


_LATEST = (
    "SELECT r.item_table, r.item_id, r.old_value, r.changed_by, r.changed_at, r.change_set "
    "FROM revisions r WHERE r.id IN (SELECT max(id) FROM revisions WHERE field IS NULL AND "
    "action IN ('create', 'delete', 'keep', 'restore') GROUP BY item_table, item_id) "
    "AND r.action = 'delete' AND r.old_value IS NOT NULL"
)


def deleted_items(db: sqlite_utils.Database) -> list[DeletedItem]:
    """Every deleted item this database can restore, the most recently deleted first."""
    found = []
    for table, item_id, old, by, at, change_set in db.execute(
        _LATEST + " ORDER BY r.id DESC"
    ).fetchall():
        kind = KINDS_BY_TABLE.get(str(table))
        if kind is None:
            continue
        row = json.loads(old)
        title = " ".join(str(row.get(kind.title_field) or "").split())
        found.append(
            DeletedItem(str(table), str(item_id), kind.label, title, str(by), str(at), change_set)
        )
    return found


def restore_deleted(db: sqlite_utils.Database, item_id: str, user: str) -> int:
    """Bring back the deleted item ``item_id`` and what went with it; returns how many rows."""
    rows = db.execute(_LATEST + " AND r.item_id = ?", [item_id]).fetchall()
    if not rows:
        raise NotFoundError(NOT_DELETED(id=str(item_id)))
    return Repository(db, user=user).bring_back(str(rows[0][0]), item_id)
