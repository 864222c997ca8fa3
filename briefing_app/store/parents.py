"""The rows an item belongs to, as the edition policy (`domain.edition`) asks about them.

An item belongs to a dossier and a meeting through its own `dossier_id` and `meeting_id`, or
(for what is recorded per agenda item: notes, outcomes) through the agenda item it names. Every
surface that asks the policy about a stored row finds its parents here, so none forgets one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # no sqlite-utils before the first paint (tests/test_startup_imports.py)
    import sqlite_utils


Row = Mapping[str, object]


def parents_of(db: sqlite_utils.Database, table: str, row: Row) -> dict[str, Row | None]:
    """``{"dossier": row or None, "meeting": row or None}`` for the policy's `may_show`."""
    dossier_id, meeting_id = row.get("dossier_id"), row.get("meeting_id")
    if row.get("agenda_item_id") and not (dossier_id and meeting_id):
        found = db.execute(
            "SELECT dossier_id, meeting_id FROM agenda_items WHERE id = ?", [row["agenda_item_id"]]
        ).fetchone()
        if found:
            dossier_id, meeting_id = dossier_id or found[0], meeting_id or found[1]
    return {
        "dossier": _row(db, "dossiers", dossier_id) if table != "dossiers" else None,
        "meeting": _row(db, "meetings", meeting_id) if table != "meetings" else None,
    }


def _row(db: sqlite_utils.Database, table: str, item_id: object) -> Row | None:
    if not item_id:
        return None
    found = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
    return dict(found[0]) if found else None
