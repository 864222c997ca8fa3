"""Importing a bundle, step one: a plan of what it would change here, field by field.

Each item of the bundle is matched to a local item by id, or (for dossiers, stakeholders and
figures, whose codes are unique) by that code, so two databases built separately still line
up. `merge` then decides per field and for the item's existence; what follows for the user:

- nieuw: not here yet; added.
- gewijzigd: only they changed something since it was last in common; theirs is taken.
- verwijderd: they deleted it, having seen everything held here of it; it is deleted.
- conflict: both changed the same field (or one deleted what the other changed); a person
  decides per field, seeing mine, theirs and the common ancestor (from the revisions).
- alleen hier gewijzigd: what they sent is older than what is here; mine is kept.
- gelijk: nothing to do.

Any change can be refused (kept mine); a refusal is recorded as a decision so that it travels
on and the change does not come back. Applying the plan is `applying`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.items import ALL_KINDS, ItemKind
from briefing_app.domain.messages import Term
from briefing_app.services.exchange import merge, messages
from briefing_app.services.exchange.bundle import Bundle, BundleItem
from briefing_app.services.exchange.validation import check_bundle, check_plan
from briefing_app.store.clocks import GENESIS, Clock, ItemState, item_state
from briefing_app.store.shared_state import content_of

NEW, CHANGED, DELETED, MINE, CONFLICT, SAME = (
    "nieuw",
    "gewijzigd",
    "verwijderd",
    "alleen hier gewijzigd",
    "conflict",
    "gelijk",
)
THEIRS, KEEP_MINE = "theirs", "mine"
EXISTENCE = ""  # the pseudo field of a conflict over whether the item exists
NATURAL_KEYS = {"dossiers": "slug", "stakeholders": "slug", "figures": "key"}
TITLE_LENGTH = 70


@dataclass(frozen=True)
class FieldChange:
    """One field (or, named EXISTENCE, whether the item exists) and what merging does to it."""

    name: str
    label: str
    outcome: str  # merge.SAME, KEEP, TAKE, AGREE or CONFLICT
    mine: object
    theirs: object
    ancestor: object
    local: Clock
    remote: Clock
    automatic: str | None = None  # a conflict decided without asking (higher classification)

    @property
    def open(self) -> bool:
        """A conflict that needs a person."""
        return self.outcome == merge.CONFLICT and self.automatic is None


@dataclass(frozen=True)
class PlannedChange:
    item: BundleItem
    status: str
    local_id: str | None
    title: str
    existence: str  # a merge.existence outcome
    changes: tuple[FieldChange, ...] = ()  # every field that is not simply the same
    local: ItemState | None = None

    @property
    def kind(self) -> ItemKind:
        return self.item.item_kind

    @property
    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if c.open)

    @property
    def fields(self) -> tuple[str, ...]:
        """Labels of the fields that differ."""
        return tuple(c.label for c in self.changes if c.outcome != merge.AGREE)

    @property
    def differences(self) -> tuple[tuple[str, object, object], ...]:
        return tuple((c.label, c.mine, c.theirs) for c in self.changes if c.outcome != merge.AGREE)


@dataclass
class ImportPlan:
    bundle: Bundle
    changes: list[PlannedChange]
    id_map: dict[str, str] = field(default_factory=dict)  # bundle id -> local id

    def with_status(self, status: str) -> list[PlannedChange]:
        return [c for c in self.changes if c.status == status]

    @property
    def conflicts(self) -> list[PlannedChange]:
        return self.with_status(CONFLICT)

    @property
    def has_work(self) -> bool:
        return any(c.status in (NEW, CHANGED, DELETED, CONFLICT) for c in self.changes)


def plan_import(db: sqlite_utils.Database, bundle: Bundle) -> ImportPlan:
    check_bundle(bundle)  # schema, ids, codes, scope: refused before anything is compared
    plan = ImportPlan(bundle, [])
    for item in bundle.items:
        local = _local_match(db, item)
        if local is not None and local != item.id:
            plan.id_map[item.id] = local
    for item in bundle.items:
        plan.changes.append(_classify(db, item, plan.id_map))
    _refuse_unsafe_deletes(db, plan)
    _refuse_orphans(db, plan)
    check_plan(db, plan)
    return plan


def _local_match(db: sqlite_utils.Database, item: BundleItem) -> str | None:
    table = item.item_kind.table
    found = db.execute(f"SELECT id FROM [{table}] WHERE id = ?", [item.id]).fetchone()
    if found:
        return str(found[0])
    key = NATURAL_KEYS.get(table)
    if key and item.values and item.values.get(key):
        sql = f"SELECT id FROM [{table}] WHERE [{key}] = ?"
        found = db.execute(sql, [item.values[key]]).fetchone()
        if found and not item_state(db, table, item.id).known:
            return str(found[0])
    return None


def _classify(
    db: sqlite_utils.Database, item: BundleItem, id_map: Mapping[str, str]
) -> PlannedChange:
    kind = item.item_kind
    local_id = id_map.get(item.id, item.id)
    theirs = remapped(kind, item.values, id_map) if item.values is not None else None
    rows = list(db.query(f"SELECT * FROM [{kind.table}] WHERE id = ?", [local_id]))
    mine = content_of(kind, rows[0]) if rows else None
    local = item_state(db, kind.table, local_id)
    if rows and not local.known:
        local.known = True  # an item written without history: it exists, from the start
    title = _title(kind, theirs or mine or _deleted_values(db, kind.table, local_id))
    outcome = merge.existence(local, item.alive, item.existence, item.clocks)
    here = local_id if local.known else None
    if outcome == merge.FIELDS:
        assert mine is not None and theirs is not None
        changes = field_changes(db, kind, local_id, local, mine, item, theirs)
        return PlannedChange(item, _status(changes), here, title, outcome, changes, local)
    if outcome in (merge.DELETED_THERE, merge.DELETED_HERE):
        exists, deleted = messages.EXISTS(), messages.DELETED()
        change = FieldChange(
            EXISTENCE,
            messages.DELETED_LABEL(),
            merge.CONFLICT,
            exists if outcome == merge.DELETED_THERE else deleted,
            deleted if outcome == merge.DELETED_THERE else exists,
            None,
            local.existence,
            item.existence,
        )
        return PlannedChange(item, CONFLICT, here, title, outcome, (change,), local)
    status = {
        merge.NEW: NEW,
        merge.RESTORE: NEW,
        merge.DELETE: DELETED,
        merge.IGNORE: MINE if item.alive != local.alive else SAME,
    }.get(outcome, SAME)
    return PlannedChange(item, status, here, title, outcome, (), local)


def field_changes(
    db: sqlite_utils.Database,
    kind: ItemKind,
    local_id: str,
    local: ItemState,
    mine: Mapping[str, object],
    item: BundleItem,
    theirs: Mapping[str, object],
) -> tuple[FieldChange, ...]:
    changes = []
    for name in theirs:
        mine_clock, their_clock = local.fields.get(name, GENESIS), item.clock(name)
        outcome = merge.compare(mine_clock, mine.get(name), their_clock, theirs[name])
        if outcome == merge.SAME:
            continue
        if outcome == merge.KEEP and merge.comparable(mine.get(name)) == merge.comparable(
            theirs[name]
        ):
            continue
        ancestor = (
            ancestor_value(db, kind, local_id, name, their_clock)
            if outcome == merge.CONFLICT
            else None
        )
        automatic = None
        if outcome == merge.CONFLICT and name == "classification":
            higher = merge.higher_classification(mine.get(name), theirs[name])
            automatic = KEEP_MINE if higher == mine.get(name) else THEIRS
        changes.append(
            FieldChange(
                name,
                label(kind, name),
                outcome,
                mine.get(name),
                theirs[name],
                ancestor,
                mine_clock,
                their_clock,
                automatic,
            )
        )
    return tuple(changes)


def _status(changes: tuple[FieldChange, ...]) -> str:
    outcomes = {c.outcome for c in changes if not c.automatic}
    automatic = {c.automatic for c in changes if c.automatic}
    if merge.CONFLICT in outcomes:
        return CONFLICT
    if merge.TAKE in outcomes or THEIRS in automatic:
        return CHANGED
    if merge.KEEP in outcomes or KEEP_MINE in automatic:
        return MINE
    return SAME  # only agreement: clocks to record, nothing a user would see


def _refuse_unsafe_deletes(db: sqlite_utils.Database, plan: ImportPlan) -> None:
    """A delete that would take along items the sender never deleted becomes a conflict."""
    deleting = {(c.kind.table, c.local_id) for c in plan.changes if c.status == DELETED}
    for index, change in enumerate(plan.changes):
        if change.status != DELETED or change.local_id is None:
            continue
        children = _cascade(db, change.kind, change.local_id)
        if all(child in deleting for child in children):
            continue
        conflict = FieldChange(
            EXISTENCE, messages.DELETED_LABEL(), merge.CONFLICT, messages.EXISTS_WITH_PARTS(),
            messages.DELETED(), None, change.local.existence if change.local else GENESIS,
            change.item.existence,
        )  # fmt: skip
        plan.changes[index] = PlannedChange(
            change.item, CONFLICT, change.local_id, change.title, merge.DELETED_THERE,
            (conflict,), change.local,
        )  # fmt: skip


def _refuse_orphans(db: sqlite_utils.Database, plan: ImportPlan) -> None:
    """An item that would come back (or be new) under something deleted here: a conflict."""
    while True:
        creating = {
            (c.kind.table, c.local_id or c.item.id)
            for c in plan.changes
            if c.existence in (merge.NEW, merge.RESTORE)
        }
        found = False
        for index, change in enumerate(plan.changes):
            if change.existence not in (merge.NEW, merge.RESTORE):
                continue
            missing = _missing_parent(db, change, plan.id_map, creating)
            if missing is None:
                continue
            gone = messages.PARENT_DELETED(what=missing)
            conflict = FieldChange(
                EXISTENCE, messages.DELETED_LABEL(), merge.CONFLICT, gone, messages.EXISTS(), None,
                change.local.existence if change.local else GENESIS, change.item.existence,
            )  # fmt: skip
            plan.changes[index] = PlannedChange(
                change.item, CONFLICT, change.local_id, change.title, merge.ORPHAN,
                (conflict,), change.local,
            )  # fmt: skip
            found = True
        if not found:
            return


def _missing_parent(
    db: sqlite_utils.Database,
    change: PlannedChange,
    id_map: Mapping[str, str],
    creating: set[tuple[str, str]],
) -> str | None:
    """The label of a required reference of ``change`` that is neither here nor coming."""
    values = remapped(change.kind, change.item.values or {}, id_map)
    for f in change.kind.fields:
        target = values.get(f.name)
        if not (f.references and f.required and target):
            continue
        if (f.references, str(target)) in creating:
            continue
        if db.execute(f"SELECT 1 FROM [{f.references}] WHERE id = ?", [target]).fetchone():
            continue
        return Term(f.label)
    return None


def _cascade(db: sqlite_utils.Database, kind: ItemKind, item_id: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for child in ALL_KINDS:
        for f in child.fields:
            if f.references == kind.table and f.required:
                sql = f"SELECT id FROM [{child.table}] WHERE [{f.name}] = ?"
                for (child_id,) in db.execute(sql, [item_id]).fetchall():
                    found.append((child.table, str(child_id)))
                    found.extend(_cascade(db, child, str(child_id)))
    return found


def ancestor_value(
    db: sqlite_utils.Database, kind: ItemKind, item_id: str, name: str, remote: Clock
) -> object:
    """The newest value of the field here that the other side had seen too: the common
    ancestor, read from the revisions (None when they never had one in common)."""
    horizon = remote.horizon
    sql = (
        "SELECT field, new_value, replica, counter FROM revisions WHERE item_table = ? "
        "AND item_id = ? AND (field = ? OR (field IS NULL AND action = 'create')) "
        "ORDER BY id DESC"
    )
    for fname, new, replica, counter in db.execute(sql, [kind.table, item_id, name]).fetchall():
        if replica and int(counter) > horizon.get(str(replica), 0):
            continue
        if fname is None:
            try:
                return json.loads(str(new)).get(name) if new else None
            except ValueError:
                return None
        return new
    return None


def _deleted_values(db: sqlite_utils.Database, table: str, item_id: str) -> dict[str, object]:
    """The item as it was when deleted here (for its title), from its tombstone."""
    row = db.execute(
        "SELECT old_value FROM revisions WHERE item_table = ? AND item_id = ? "
        "AND action = 'delete' AND old_value IS NOT NULL ORDER BY id DESC LIMIT 1",
        [table, item_id],
    ).fetchone()
    try:
        return json.loads(row[0]) if row else {}
    except ValueError:
        return {}


def label(kind: ItemKind, name: str) -> str:
    """A field's name as the user reads it (a `Term`, or a message for whether it exists)."""
    if name in kind.field_names:
        return Term(kind.field(name).label)
    if name == EXISTENCE:
        return messages.DELETED_LABEL()
    return Term({"classification": "Rubricering", "status": "Status"}.get(name, name))


def _title(kind: ItemKind, values: Mapping[str, object]) -> str:
    text = " ".join(str(values.get(kind.title_field) or "").split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"


def remapped(
    kind: ItemKind, values: Mapping[str, object], id_map: Mapping[str, str]
) -> dict[str, object]:
    names = content_of(kind, {})
    out = {name: values.get(name) for name in names if name in values}
    for f in kind.fields:
        if f.references and out.get(f.name):
            out[f.name] = id_map.get(str(out[f.name]), out[f.name])
    return out


def describe_difference(change: PlannedChange, limit: int = 60) -> str:
    """`Waarde: 75000000.0 -> 1.0; Titel: ...`: what differs, short enough for one line."""

    def short(value: object) -> str:
        text = " ".join(str("" if value is None else value).split())
        if not text:
            return "(leeg)"
        return text if len(text) <= limit else text[: limit - 1] + "…"

    return "; ".join(f"{label}: {short(m)} -> {short(t)}" for label, m, t in change.differences)


def summary_counts(plan: ImportPlan) -> dict[str, int]:
    return {
        status: len(plan.with_status(status))
        for status in (NEW, CHANGED, DELETED, CONFLICT, MINE, SAME)
    }
