"""Who this database is, what it has seen, and the clock of every field: the ground for merging.

Every database that exchanges gets a replica id (made on first need, so copies of a fresh file
each get their own) and a counter. Each change set written here takes the next counter: its
*dot* (replica, counter). A revision row carries the dot of the value it wrote (the dot of the
writer, also when the value came from a colleague) and, for a value taken over or decided in a
merge, the *context* it supersedes (a version vector). Values from the default dataset carry
no dot: every database starts from them, so every clock covers them.

From an item's revisions follow its clocks (`item_state`): per field the dot of the current
value and everything that value supersedes; for the item itself, whether it exists (a delete is
a tombstone) and what that existence supersedes. Two clocks compare without any wall clock: a
value whose dot the other side's context covers is older; neither covering the other means
both changed it. The version vector `seen` says which dots of every replica this database
holds; `peers` remembers per colleague what they said they have seen and what was sent to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_app.domain.items import KINDS_BY_TABLE

if TYPE_CHECKING:
    import sqlite_utils

Vector = dict[str, int]
EXTRA_FIELDS = ("classification", "status")
REPLICA_ID_LENGTH = 16
# Revision actions that say whether an item exists (`seen` only merges an existence clock).
EXISTENCE_ACTIONS = ("create", "delete", "keep", "restore")


def join(*vectors: Mapping[str, int]) -> Vector:
    """The least vector that covers all of ``vectors``."""
    out: Vector = {}
    for vector in vectors:
        for replica, counter in vector.items():
            if counter > out.get(replica, 0):
                out[replica] = counter
    return out


def meet(vectors: Sequence[Mapping[str, int]]) -> Vector:
    """What every one of ``vectors`` covers (empty for none)."""
    if not vectors:
        return {}
    keys = set(vectors[0]).intersection(*vectors[1:])
    out = {k: min(v[k] for v in vectors) for k in keys}
    return {k: c for k, c in out.items() if c > 0}


def covers(vector: Mapping[str, int], other: Mapping[str, int]) -> bool:
    return all(vector.get(replica, 0) >= counter for replica, counter in other.items())


@dataclass(frozen=True)
class Clock:
    """The dot of one value (None: from the default data) and what that value supersedes."""

    replica: str | None
    counter: int
    context: Mapping[str, int] = field(default_factory=dict)
    by: str = ""
    at: str = ""

    @property
    def dot(self) -> tuple[str, int]:
        return (self.replica or "", self.counter if self.replica else 0)

    def covered_by(self, vector: Mapping[str, int]) -> bool:
        return self.replica is None or self.counter <= vector.get(self.replica, 0)

    @property
    def horizon(self) -> Vector:
        """Everything this value has seen: its context and its own dot."""
        own = {self.replica: self.counter} if self.replica else {}
        return join(self.context, own)

    def encoded(self) -> list[object]:
        return [self.replica, self.counter, dict(self.context), self.by, self.at]

    @classmethod
    def decoded(cls, raw: object) -> Clock:
        if not isinstance(raw, list) or len(raw) != 5:
            raise ValueError("bad clock")
        replica, counter, context, by, at = raw
        if replica is not None and not (isinstance(replica, str) and 0 < len(replica) <= 64):
            raise ValueError("bad replica")
        if not isinstance(counter, int) or counter < 0 or not isinstance(context, dict):
            raise ValueError("bad counter")
        vector = vector_from(context)
        return cls(replica, counter if replica else 0, vector, str(by or ""), str(at or ""))


def vector_from(raw: object) -> Vector:
    """A version vector read from JSON, checked (a sealed bundle is still untrusted input)."""
    if not isinstance(raw, dict):
        raise ValueError("bad vector")
    out: Vector = {}
    for replica, counter in raw.items():
        if not (isinstance(replica, str) and 0 < len(replica) <= 64):
            raise ValueError("bad replica")
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 0:
            raise ValueError("bad counter")
        if counter:
            out[replica] = counter
    return out


GENESIS = Clock(None, 0)


@dataclass
class ItemState:
    """An item as its revisions tell it: exists or not, and the clock of each field."""

    table: str
    item_id: str
    alive: bool
    existence: Clock
    fields: dict[str, Clock]
    known: bool = True  # False: this database never heard of the item

    def horizon(self) -> Vector:
        """Every dot this item's current state has seen (all fields and its existence)."""
        return join(self.existence.horizon, *(c.horizon for c in self.fields.values()))


# -- identity and counters ----------------------------------------------------------------


def identity(db: sqlite_utils.Database) -> tuple[str, str]:
    """(replica id, member name) of this database; the id is made on first need."""
    row = db.execute("SELECT replica_id, member FROM replica").fetchone()
    if row:
        return str(row[0]), str(row[1])
    import uuid  # with `platform`: not at start-up (the app's first paint never writes)

    replica = uuid.uuid4().hex[:REPLICA_ID_LENGTH]
    db.execute(
        "INSERT INTO replica (replica_id, member, counter, seen) VALUES (?, '', 0, '{}')",
        [replica],
    )
    return replica, ""


def set_member(db: sqlite_utils.Database, name: str) -> None:
    identity(db)
    db.execute("UPDATE replica SET member = ?", [name.strip()])


def next_counter(db: sqlite_utils.Database) -> tuple[str, int]:
    """A new dot of this database (one per change set); joins the caller's transaction."""
    replica, _ = identity(db)
    db.execute("UPDATE replica SET counter = counter + 1")
    return replica, int(db.execute("SELECT counter FROM replica").fetchone()[0])


def seen(db: sqlite_utils.Database) -> Vector:
    """The dots of every replica this database holds (its own included)."""
    row = db.execute("SELECT replica_id, counter, seen FROM replica").fetchone()
    if not row:
        return {}
    return join(json.loads(row[2] or "{}"), {str(row[0]): int(row[1])} if row[1] else {})


def add_seen(db: sqlite_utils.Database, vector: Mapping[str, int]) -> None:
    identity(db)
    db.execute("UPDATE replica SET seen = ?", [_dump(join(seen(db), vector))])


# -- colleagues ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    replica_id: str
    member: str
    acked: Vector  # what they said they had seen, in their latest bundle read here
    sent: Vector  # what this database had seen when it last wrote a bundle they may read
    received_at: str | None
    sent_at: str | None


def peers(db: sqlite_utils.Database) -> list[Peer]:
    rows = db.execute(
        "SELECT replica_id, member, acked, sent, received_at, sent_at FROM peers ORDER BY member"
    ).fetchall()
    return [Peer(r[0], r[1], json.loads(r[2]), json.loads(r[3]), r[4], r[5]) for r in rows]


def peer_named(db: sqlite_utils.Database, name_or_id: str) -> Peer | None:
    wanted = name_or_id.strip().casefold()
    for peer in peers(db):
        if wanted in (peer.member.casefold(), peer.replica_id.casefold()):
            return peer
    return None


def note_received(
    db: sqlite_utils.Database, replica: str, member: str, acked: Mapping[str, int], at: str
) -> None:
    db.execute(
        "INSERT INTO peers (replica_id, member, acked, sent, received_at) VALUES (?, ?, ?, '{}', ?) "
        "ON CONFLICT (replica_id) DO UPDATE SET member = excluded.member, "
        "acked = excluded.acked, received_at = excluded.received_at",
        [replica, member, _dump(join(_acked(db, replica), acked)), at],
    )


def note_sent(db: sqlite_utils.Database, replicas: Iterable[str], at: str) -> None:
    mine = _dump(seen(db))
    for replica in replicas:
        db.execute(
            "UPDATE peers SET sent = ?, sent_at = ? WHERE replica_id = ?", [mine, at, replica]
        )


def _acked(db: sqlite_utils.Database, replica: str) -> Vector:
    row = db.execute("SELECT acked FROM peers WHERE replica_id = ?", [replica]).fetchone()
    return json.loads(row[0]) if row else {}


# -- item clocks from the revisions ------------------------------------------------------


def item_state(db: sqlite_utils.Database, table: str, item_id: str) -> ItemState:
    sql = (
        "SELECT action, field, new_value, replica, counter, context, changed_by, changed_at "
        "FROM revisions WHERE item_table = ? AND item_id = ? ORDER BY id"
    )
    return state_from_rows(table, item_id, db.execute(sql, [table, item_id]).fetchall())


def state_from_rows(table: str, item_id: str, rows: Sequence[Sequence[object]]) -> ItemState:
    """Replay an item's revision rows (oldest first) into its clocks."""
    kind = KINDS_BY_TABLE[table]
    names = (*kind.field_names, *EXTRA_FIELDS)
    fields: dict[str, Clock] = {name: GENESIS for name in names}
    seen_by: dict[str, Vector] = {name: {} for name in names}
    whole: Vector = {}
    existence, alive = GENESIS, True
    for action, name, _new, replica, counter, context, by, at in rows:
        extra = json.loads(str(context)) if context else {}
        dot = {str(replica): int(counter or 0)} if replica else {}
        touched = names if name is None and action == "create" else (name,) if name else ()
        for f in touched:
            if f in fields:
                fields[f] = Clock(
                    _replica(replica), int(counter or 0), join(seen_by[f], extra), str(by), str(at)
                )
                seen_by[f] = join(seen_by[f], extra, dot)
        if name is None:
            existence = Clock(
                _replica(replica), int(counter or 0), join(whole, extra), str(by), str(at)
            )
            if action in EXISTENCE_ACTIONS:
                alive = action != "delete"
        whole = join(whole, extra, dot)
    return ItemState(table, item_id, alive, existence, fields, known=bool(rows))


def _replica(value: object) -> str | None:
    return str(value) if value else None


def _dump(vector: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(vector.items())), separators=(",", ":"))


def dumped(vector: Mapping[str, int] | None) -> str | None:
    """A context as the revisions store it (None for an empty one)."""
    return _dump(vector) if vector else None


def renew_identity(db: sqlite_utils.Database) -> None:
    """Give this database a new replica id, keeping what it has seen.

    After a backup was put back, the counter is back where it was, while colleagues may already
    hold changes with the dots that follow: new changes under the old id would look seen to
    them. Under a new id they are new; what the old id wrote stays known as seen.
    """
    row = db.execute("SELECT replica_id, counter FROM replica").fetchone()
    if not row:
        return
    import uuid

    earlier = seen(db)
    db.execute(
        "UPDATE replica SET replica_id = ?, counter = 0, seen = ?",
        [uuid.uuid4().hex[:REPLICA_ID_LENGTH], _dump(earlier)],
    )
