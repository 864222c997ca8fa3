"""The record of what was last exchanged of each item, and the content hash it is keyed on.

When two delegation members pass bundles back and forth, an item that differs on both sides
is a conflict only when *both* changed it since they last shared it. `shared_state` keeps, per
item, the hash of the content last sent or received; a local hash equal to it means "only they
changed it", a bundle hash equal to it means "only I changed it". The hash covers what a user
edits (the fields, classification and status), not timestamps or the order in a list.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

import sqlite_utils

from briefing_app.domain.items import ItemKind
from briefing_app.store.connection import write_transaction

HASHED_EXTRA = ("classification", "status")


def content_of(kind: ItemKind, row: Mapping[str, object]) -> dict[str, object]:
    """The user-edited content of ``row``: what a bundle carries and the hash covers."""
    return {name: row.get(name) for name in (*kind.field_names, *HASHED_EXTRA)}


def content_hash(kind: ItemKind, row: Mapping[str, object]) -> str:
    text = json.dumps(content_of(kind, row), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{kind.table}\n{text}".encode()).hexdigest()


def shared_hashes(db: sqlite_utils.Database) -> dict[tuple[str, str], str]:
    sql = "SELECT item_table, item_id, content_hash FROM shared_state"
    return {(t, i): h for t, i, h in db.execute(sql).fetchall()}


def record_shared(
    db: sqlite_utils.Database, entries: Iterable[tuple[str, str, str]], stamp: str
) -> None:
    """Remember (table, id, hash) as last shared; joins the caller's transaction if one is open."""
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO shared_state (item_table, item_id, content_hash, shared_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (item_table, item_id) DO UPDATE SET "
            "content_hash = excluded.content_hash, shared_at = excluded.shared_at",
            [(t, i, h, stamp) for t, i, h in entries],
        )


def origin_hashes(
    db: sqlite_utils.Database, kinds: Iterable[ItemKind]
) -> dict[tuple[str, str], str]:
    """(table, id) -> hash of each item's content when it was created (its first revision).

    Two databases built from the same dataset hold the same items with the same creation
    content; before they ever exchanged anything, that content is their common base. Items
    without a recorded creation (a database generated without history) have no entry.
    """
    by_table = {k.table: k for k in kinds}
    defaults = {t: _column_defaults(db, t) for t in by_table}
    sql = (
        "SELECT item_table, item_id, new_value FROM revisions WHERE id IN "
        "(SELECT min(id) FROM revisions WHERE action = 'create' GROUP BY item_table, item_id)"
    )
    origins = {}
    for table, item_id, created in db.execute(sql).fetchall():
        kind = by_table.get(table)
        try:
            row = json.loads(created) if kind is not None and created else None
        except ValueError:
            row = None
        if isinstance(row, dict):
            stored = defaults[table] | _as_stored(row)
            origins[(table, str(item_id))] = content_hash(kind, stored)  # type: ignore[arg-type]
    return origins


def origin_hash(db: sqlite_utils.Database, kind: ItemKind, item_id: str) -> str | None:
    """`origin_hashes` for one item (an import needs it only for the few items that differ)."""
    found = db.execute(
        "SELECT new_value FROM revisions WHERE item_table = ? AND item_id = ? "
        "AND action = 'create' ORDER BY id LIMIT 1",
        [kind.table, item_id],
    ).fetchone()
    try:
        row = json.loads(found[0]) if found and found[0] else None
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    return content_hash(kind, _column_defaults(db, kind.table) | _as_stored(row))


def _as_stored(row: Mapping[str, object]) -> dict[str, object]:
    """The revision keeps lists and mappings as JSON values; the table holds them as text."""
    return {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}


def _column_defaults(db: sqlite_utils.Database, table: str) -> dict[str, object]:
    """What the table fills in for a column the creating insert left out (`'final'`, `''`, 0)."""
    defaults: dict[str, object] = {}
    for column in db[table].columns:
        text = column.default_value
        if text is None:
            continue
        if len(text) >= 2 and text[0] == text[-1] == "'":
            defaults[column.name] = text[1:-1].replace("''", "'")
        else:
            try:
                defaults[column.name] = json.loads(text)
            except ValueError:
                continue  # an expression such as CURRENT_TIMESTAMP: not user content
    return defaults
