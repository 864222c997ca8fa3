"""The record of exported packs, and what changed since the previous one.

Every export stores the content revision (the latest `revisions.id` that changed content, see
`domain.content_change`: a move is not one) of each item it contained. The next pack of the same
meeting and edition compares its items with that record: an item not there before is new (or,
when it existed but its classification or its dossier's kept it out, "nieuw in deze editie"),
one with another content revision changed, one that is gone was removed ("vervallen"), unless
it still exists above the edition: then it is "niet meer in deze editie".
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.content_change import NOT_CONTENT
from briefing_app.domain.edition import Edition
from briefing_app.domain.formatting import format_date
from briefing_app.domain.items import KINDS_BY_TABLE
from briefing_app.domain.pack import (
    CHANGE_CHANGED,
    CHANGE_ENTERED_EDITION,
    CHANGE_FIGURE,
    CHANGE_LEFT_EDITION,
    CHANGE_NEW,
    CHANGE_REMOVED,
    PackChange,
    PackChanges,
)
from briefing_app.domain.references import referenced_keys
from briefing_app.services.packs.assembly import item_title
from briefing_app.services.packs.selection import Row, Selection

ItemRecord = dict[str, dict[str, object]]  # item id -> {table, revision, title, dossier}


def scope_key(dossier_slugs: Sequence[str]) -> str:
    """How a pack of dossiers without a meeting is recognised again: its sorted slugs."""
    return json.dumps(sorted(set(dossier_slugs)))


def previous_export(
    db: sqlite_utils.Database,
    edition: Classification,
    *,
    meeting_id: str | None,
    dossier_slugs: Sequence[str] = (),
    before_version: int | None = None,
) -> Row | None:
    """The latest recorded export of this pack and edition (below ``before_version`` if given)."""
    below = "" if before_version is None else " AND version < ?"
    tail = [] if before_version is None else [before_version]
    if meeting_id is not None:
        sql = f"SELECT * FROM exports WHERE meeting_id = ? AND edition = ?{below} ORDER BY version DESC, id DESC LIMIT 1"
        params: list[object] = [meeting_id, edition.value, *tail]
    else:
        sql = f"""SELECT * FROM exports WHERE meeting_id IS NULL AND dossier_slugs = ? AND edition = ?{below}
                 ORDER BY version DESC, id DESC LIMIT 1"""
        params = [scope_key(dossier_slugs), edition.value, *tail]
    rows = list(db.query(sql, params))
    return dict(rows[0]) if rows else None


def item_record(db: sqlite_utils.Database, sel: Selection) -> ItemRecord:
    """The revision and title of every item in the pack, to store with the export."""
    marks = ", ".join("?" for _ in NOT_CONTENT)
    # `seen` and `keep` rows only record an exchange's clocks: no value changed in them.
    sql = (
        "SELECT item_table, item_id, max(id) AS rev FROM revisions "
        f"WHERE (field IS NULL OR field NOT IN ({marks})) AND action NOT IN ('seen', 'keep') "
        "GROUP BY item_table, item_id"
    )
    latest = {(r["item_table"], r["item_id"]): r["rev"] for r in db.query(sql, sorted(NOT_CONTENT))}
    dossier_titles = {str(d["id"]): str(d["title"]) for _, d in sel.agenda}
    names = {sid: str(s["name"]) for sid, s in sel.stakeholders.items()}
    record: ItemRecord = {}
    for table, row in sel.included:
        item_id = str(row["id"])
        # The title as the pack shows it: figure references filled in (or marked) alike.
        title = sel.book.render(item_title(table, row)).text
        if table == "meeting_counterparts":
            title = names.get(str(row["stakeholder_id"]), title)
        record[item_id] = {
            "table": table,
            "revision": latest.get((table, item_id), 0),
            "title": title,
            "dossier": dossier_titles.get(str(row.get("dossier_id") or ""), ""),
            # The values as printed: a figure's own, and those of the figures a text cites,
            # so the next pack can say old -> new, also for a text that did not change itself.
            "figures": _printed_values(sel, table, row),
        }
    return dict(sorted(record.items()))


def _printed_values(sel: Selection, table: str, row: Row) -> dict[str, str]:
    if table == "figures":
        key = str(row["key"])
        return {key: sel.book.display(key) or ""}
    refs = {k for v in row.values() if isinstance(v, str) for k in referenced_keys(v)}
    return {ref: sel.book.display(ref) or "" for ref in sorted(refs)}


def changes_since(
    previous: Row | None,
    record: ItemRecord,
    db: sqlite_utils.Database | None = None,
    edition: Classification | None = None,
) -> PackChanges:
    if previous is None:
        return PackChanges()
    before: ItemRecord = json.loads(str(previous["items"] or "{}"))
    items: list[PackChange] = []
    for item_id, now in record.items():
        old = before.get(item_id)
        if old is None:
            entered = db is not None and _reclassified_since(db, item_id, now, previous)
            items.append(_change(CHANGE_ENTERED_EDITION if entered else CHANGE_NEW, item_id, now))
            continue
        before_values = old.get("figures") or {}
        after_values = now.get("figures") or {}
        moved = {
            ref: (str(before_values[ref]), str(value))
            for ref, value in after_values.items()  # type: ignore[union-attr]
            if ref in before_values and before_values[ref] != value  # type: ignore[operator]
        }
        if old.get("revision") != now["revision"]:
            items.append(_change(CHANGE_CHANGED, item_id, now, moved))
        elif moved:  # the text is the same, a figure it prints is not
            items.append(_change(CHANGE_FIGURE, item_id, now, moved))
    for item_id, old in before.items():
        if item_id not in record:
            above = db is not None and edition is not None and _above(db, edition, item_id, old)
            items.append(_change(CHANGE_LEFT_EDITION if above else CHANGE_REMOVED, item_id, old))
    return PackChanges(
        previous_version=int(previous["version"]),
        previous_date=format_date(str(previous["created_at"])[:10]),
        items=tuple(items),
    )


def _reclassified_since(
    db: sqlite_utils.Database, item_id: str, entry: dict[str, object], previous: Row
) -> bool:
    """Whether an item new to the pack existed at the previous export and came in because its
    classification (or its dossier's or meeting's) changed since: "nieuw in deze editie"."""
    table = str(entry.get("table"))
    if table not in KINDS_BY_TABLE:
        return False
    since = str(previous["created_at"])
    created = db.execute(
        "SELECT min(changed_at) FROM revisions WHERE item_table = ? AND item_id = ?",
        [table, item_id],
    ).fetchone()[0]
    if created is None or str(created) >= since:
        return False
    row = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
    parents = [(table, item_id)]
    for column, parent_table in (("dossier_id", "dossiers"), ("meeting_id", "meetings")):
        if row and row[0].get(column):
            parents.append((parent_table, str(row[0][column])))
    return any(
        db.execute(
            "SELECT 1 FROM revisions WHERE item_table = ? AND item_id = ? "
            "AND field = 'classification' AND changed_at >= ? LIMIT 1",
            [parent_table, parent_id, since],
        ).fetchone()
        for parent_table, parent_id in parents
    )


def _above(
    db: sqlite_utils.Database, edition: Classification, item_id: str, entry: dict[str, object]
) -> bool:
    """Whether an item gone from the pack still exists, but above the edition (or its dossier is)."""
    table = str(entry.get("table"))
    if table not in KINDS_BY_TABLE:  # the name comes from a stored record: never trust it in SQL
        return False
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
    if not rows:
        return False
    row = dict(rows[0])
    parents = {}
    for name, parent_table in (("dossier", "dossiers"), ("meeting", "meetings")):
        found = list(
            db.query(f"SELECT * FROM [{parent_table}] WHERE id = ?", [row.get(f"{name}_id")])
        )
        parents[name] = dict(found[0]) if found else None
    return not Edition.of(edition).may_show(table, row, **parents)


def _change(
    change: str,
    item_id: str,
    entry: dict[str, object],
    moved: dict[str, tuple[str, str]] | None = None,
) -> PackChange:
    kind = KINDS_BY_TABLE.get(str(entry.get("table")))
    return PackChange(
        change=change,
        kind_label=kind.label if kind else str(entry.get("table")),
        title=str(entry.get("title") or ""),
        dossier=str(entry.get("dossier") or ""),
        item_id=item_id,
        values=tuple((old, new) for old, new in (moved or {}).values()),
    )
