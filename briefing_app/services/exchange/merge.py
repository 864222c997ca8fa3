"""Three-way merge per field, by clocks: what a received item does here, decided without asking
wherever the clocks tell the answer.

For each field the local and the received clock are compared (`store.clocks`):

- same dot: nothing to do (a differing value under the same dot is a conflict: two databases
  whose default data differed);
- the received value is one this database has already seen or superseded: keep mine;
- the local value is one the sender had seen before writing theirs: take theirs;
- neither saw the other's (both changed the field): the same value is agreement (its clock is
  merged the same way on both sides), a different value a conflict for a person to decide.
  A conflict over the classification resolves to the higher one unless a person chooses.

Whether the item exists is a register too: a received delete (tombstone) is taken when it had
seen everything this database holds of the item; a delete this database had seen and overruled
is ignored; otherwise it is a conflict (deleted there, changed here). Everything here is pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.classification import Classification
from briefing_app.store.clocks import Clock, ItemState, join

SAME, KEEP, TAKE, AGREE, CONFLICT = "same", "keep", "take", "agree", "conflict"


def compare(local: Clock, mine: object, remote: Clock, theirs: object) -> str:
    """The outcome for one register (a field, or whether the item exists)."""
    equal = comparable(mine) == comparable(theirs)
    if local.dot == remote.dot:
        return SAME if equal else CONFLICT
    if remote.covered_by(local.horizon):
        return KEEP
    if local.covered_by(remote.horizon):
        return TAKE
    return AGREE if equal else CONFLICT


def agreed(local: Clock, remote: Clock) -> Clock:
    """The clock both sides give a value they wrote alike: the same on both, so they converge."""
    high, low = (local, remote) if local.dot >= remote.dot else (remote, local)
    return Clock(high.replica, high.counter, join(local.context, remote.context, low.horizon))


def comparable(value: object) -> object:
    if value is None or value == "":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def higher_classification(mine: object, theirs: object) -> object:
    """The stricter of two classifications (an unknown word counts as the strictest)."""
    order = [c.value for c in Classification]

    def rank(value: object) -> int:
        return order.index(value) if value in order else len(order)

    return theirs if rank(theirs) > rank(mine) else mine


# -- whether the item exists -----------------------------------------------------------

NEW, DELETE, RESTORE, IGNORE, FIELDS = "new", "delete", "restore", "ignore", "fields"
DELETED_THERE, DELETED_HERE = "deleted_there", "deleted_here"  # conflicts
ORPHAN = "orphan"  # a conflict: new there, but what it belongs to was deleted here
RECORD_TOMBSTONE, AGREE_DELETED = "record_tombstone", "agree_deleted"


@dataclass(frozen=True)
class Existence:
    outcome: str


def existence(
    local: ItemState, remote_alive: bool, remote_existence: Clock, remote_fields: dict[str, Clock]
) -> str:
    """What a received item's existence does here (see the module docstring)."""
    if not local.known:
        return NEW if remote_alive else RECORD_TOMBSTONE
    if local.alive and remote_alive:
        return FIELDS
    if local.alive:  # they deleted it
        if remote_existence.covered_by(local.existence.horizon):
            return IGNORE
        seen_there = remote_existence.horizon
        if local.existence.covered_by(seen_there) and all(
            c.covered_by(seen_there) for c in local.fields.values()
        ):
            return DELETE
        return DELETED_THERE
    if remote_alive:  # deleted here
        mine = local.existence.horizon
        if remote_existence.covered_by(mine) and all(
            c.covered_by(mine) for c in remote_fields.values()
        ):
            return IGNORE
        if local.existence.covered_by(remote_existence.horizon):
            return RESTORE
        return DELETED_HERE
    # deleted on both sides
    outcome = compare(local.existence, False, remote_existence, False)
    return AGREE_DELETED if outcome == AGREE else IGNORE
