"""Helpers for exchange tests: members with their own database, and bundles passed in memory.

Encryption is tested on its own (test_bundle); here bundles go through the same encode and
decode as a file does, without the deliberately slow key derivation.
"""

from __future__ import annotations

import sqlite_utils

from briefing_app.domain.items import ALL_KINDS
from briefing_app.services.exchange.applying import apply_import
from briefing_app.services.exchange.bundle import Bundle, collect, decode, encode
from briefing_app.services.exchange.importing import plan_import
from briefing_app.store.clocks import identity, peers, set_member
from briefing_app.store.connection import write_transaction


def name(db: sqlite_utils.Database, member: str) -> str:
    with write_transaction(db):
        set_member(db, member)
    return identity(db)[0]


def bundle_for(sender: sqlite_utils.Database, receiver: sqlite_utils.Database | None) -> Bundle:
    """What ``sender`` writes for ``receiver`` (None: for everyone), as the receiver reads it."""
    to = identity(receiver)[0] if receiver is not None else None
    known = next((p.acked for p in peers(sender) if p.replica_id == to), None)
    return decode(encode(collect(sender, known=known, to=to)))


def receive(db: sqlite_utils.Database, bundle: Bundle, user: str = "Test", **options):
    options.setdefault("on_conflict", "queue")
    options.setdefault("backup", False)
    return apply_import(db, plan_import(db, bundle), user=user, **options)


def exchange(sender, receiver, user: str = "Test", **options):
    return receive(receiver, bundle_for(sender, receiver), user, **options)


def content(db: sqlite_utils.Database) -> dict[str, list[tuple]]:
    """Everything a user sees (ids and values, not times or order)."""
    from briefing_app.store.shared_state import content_of

    out = {}
    for kind in ALL_KINDS:
        rows = db.query(f"SELECT * FROM [{kind.table}] ORDER BY id")
        out[kind.table] = [(r["id"], *sorted(content_of(kind, r).items())) for r in rows]
    return out
