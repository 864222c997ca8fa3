"""Repairing what can be repaired without loss: the full-text search index.

The index is derived data: every word in it comes from the items. When FTS5's own check finds
it damaged (`store.search_health`), `repair_search_index` first makes a backup of the database
as it is (its items are sound; only the index is not, so that backup skips the index check),
then rebuilds the index from the items in one transaction and checks it again. Both faces call
this: `briefing check --repair` and the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template, message_of
from briefing_app.store.backup import BackupError, BackupInfo, create_backup
from briefing_app.store.connection import StoreError, connect
from briefing_app.store.search_health import index_problem, rebuild_index

NOT_REPAIRED = Template(
    "repair.not_repaired",
    QT_TRANSLATE_NOOP("messages", "{reason} Daarom is de zoekindex niet hersteld."),
)
STILL_DAMAGED = Template(
    "repair.still_damaged",
    QT_TRANSLATE_NOOP(
        "messages", "De zoekindex is na het herstellen nog niet in orde ({problem})."
    ),
)


class RepairError(Exception):
    """The repair could not run; nothing was changed. The message is Dutch."""


@dataclass(frozen=True)
class Repair:
    problem: str | None  # what was wrong (None: nothing to repair)
    backup: BackupInfo | None  # the backup made before the repair
    rows: int = 0  # items indexed again


def repair_search_index(path: Path) -> Repair:
    try:
        db = connect(path, migrate=False)
    except StoreError as exc:
        raise RepairError(message_of(exc)) from exc
    try:
        problem = index_problem(db.conn)
        if problem is None:
            return Repair(None, None)
        try:
            backup = create_backup(path, "reparatie", check_index=False)
        except BackupError as exc:
            raise RepairError(NOT_REPAIRED(reason=message_of(exc))) from exc
        rows = rebuild_index(db.conn)
        still = index_problem(db.conn)
        if still:
            raise RepairError(STILL_DAMAGED(problem=still))
        return Repair(problem, backup, rows)
    finally:
        db.close()
