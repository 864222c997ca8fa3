"""Importing a bundle, step two: the plan applied with the user's choices, in one transaction.

Writes go through `Repository` (validated, with history), after a backup. A value taken from
the sender keeps the sender's clock; a person's decision (a conflict decided, or a change
refused) is a new value of this database whose clock covers both sides, so it travels on and
settles the question everywhere; it is also recorded in `sync_decisions`. A conflict nobody
decided yet is either refused (`on_conflict="raise"`: nothing is written) or queued
(`"queue"`, for a sync) to be decided later (`conflicts`). A bundle that would break a rule
(a bad value, a duplicate code) is refused as a whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

import sqlite_utils

from briefing_app.domain.items import ALL_KINDS
from briefing_app.domain.messages import Phrase, Term, message_of
from briefing_app.domain.validation import ValidationError
from briefing_app.services.exchange import merge, messages
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    EXISTENCE,
    KEEP_MINE,
    THEIRS,
    FieldChange,
    ImportPlan,
    PlannedChange,
    field_changes,
    remapped,
)
from briefing_app.services.exchange.payload import Bundle, BundleItem, encoded_item
from briefing_app.store.backup import BackupError, BackupInfo, backup_before
from briefing_app.store.clocks import (
    Clock,
    add_seen,
    covers,
    identity,
    item_state,
    join,
    note_received,
)
from briefing_app.store.clocks import seen as seen_here
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.repository import Repository, now
from briefing_app.store.shared_state import content_of


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    kept: int
    backup: BackupInfo | None
    deleted: int = 0
    queued: int = 0


def choice_for(
    choices: Mapping[str, str], change: PlannedChange, name: str, default: str | None
) -> str | None:
    """A choice by `item/field`, else by item, else the default."""
    item_id = change.item.id
    return choices.get(f"{item_id}/{name}", choices.get(item_id, default))


def apply_import(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    resolutions: Mapping[str, str] | None = None,
    *,
    default_resolution: str | None = None,
    user: str = "onbekend",
    on_conflict: str = "raise",
    backup: bool = True,
) -> ImportResult:
    """Apply ``plan``. ``resolutions`` maps `item id` or `item id/field` to THEIRS or KEEP_MINE;
    KEEP_MINE on a change that is not a conflict refuses it."""
    choices = dict(resolutions or {})
    undecided = [
        c for change in plan.conflicts for c in change.conflicts
        if choice_for(choices, change, c.name, default_resolution) is None
    ]  # fmt: skip
    if undecided and on_conflict == "raise":
        raise BundleError(messages.UNDECIDED(count=len(undecided)))
    made = None
    if backup and plan.has_work:
        try:
            made = backup_before(db.conn, "import")
        except BackupError as exc:
            raise BundleError(messages.NO_BACKUP_IMPORT(reason=message_of(exc))) from exc
    writer = _Writer(db, plan, choices, default_resolution, user, on_conflict)
    try:
        with writer.repo.change_set():
            identity(db)
            writer.run()
            bundle = plan.bundle
            if bundle.sender:
                note_received(db, bundle.sender, bundle.member, bundle.seen, now())
            if _complete_for(db, bundle):
                add_seen(db, bundle.seen)
    except ValidationError as exc:
        invalid = Phrase((exc.field, ": ", exc.message))  # as str(exc) says it
        raise BundleError(messages.INVALID_ITEM(reason=invalid)) from exc
    except sqlite3.IntegrityError as exc:
        raise BundleError(messages.CLASHES(reason=str(exc))) from exc
    except sqlite3.Error as exc:
        raise BundleError(describe_sqlite_error(exc)) from exc
    return ImportResult(
        writer.added, writer.updated, writer.kept, made, writer.deleted, writer.queued
    )


def _complete_for(db: sqlite_utils.Database, bundle: Bundle) -> bool:
    """Does the bundle hold everything of its sender this database lacked? Only then does
    what the sender had seen count as seen here (else a colleague's change could be skipped)."""
    if bundle.partial or bundle.to not in (None, identity(db)[0]):
        return False
    return covers(seen_here(db), bundle.base)


class _Writer:
    """Carries out one plan inside the caller's change set, counting what it did."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        plan: ImportPlan,
        choices: Mapping[str, str],
        default: str | None,
        user: str,
        on_conflict: str,
    ) -> None:
        self.db, self.plan, self.choices, self.default = db, plan, choices, default
        self.user, self.on_conflict = user, on_conflict
        self.repo = Repository(db, user=user)
        self.added = self.updated = self.kept = self.deleted = self.queued = 0

    def run(self) -> None:
        order = {kind.name: n for n, kind in enumerate(ALL_KINDS)}
        changes = sorted(self.plan.changes, key=lambda c: order[c.item.kind])
        creating = [c for c in changes if c.existence in (merge.NEW, merge.RESTORE)]
        for change in creating + [c for c in changes if c not in creating][::-1]:
            # New items parents first; deletes children first (the rest in any order).
            self._apply(change)

    def _choice(self, change: PlannedChange, name: str) -> str | None:
        return choice_for(self.choices, change, name, self.default)

    def _apply(self, change: PlannedChange) -> None:
        item, outcome = change.item, change.existence
        if outcome in (merge.NEW, merge.RESTORE):
            if (
                self._choice(change, EXISTENCE) == KEEP_MINE and outcome == merge.NEW
            ) or self._choice(change, EXISTENCE) == KEEP_MINE:
                self._decide(change, EXISTENCE, KEEP_MINE)
            else:
                self._create(change, item.existence)
        elif outcome == merge.DELETE:
            if self._choice(change, EXISTENCE) == KEEP_MINE:
                self._decide(change, EXISTENCE, KEEP_MINE)
            else:
                self.repo.delete(change.kind, str(change.local_id), clock=item.existence)
                self.deleted += 1
        elif outcome == merge.RECORD_TOMBSTONE:
            self.repo.note(change.kind.table, item.id, None, "delete", item.existence)
        elif outcome == merge.AGREE_DELETED and change.local is not None:
            clock = merge.agreed(change.local.existence, item.existence)
            self.repo.note(change.kind.table, str(change.local_id), None, "seen", clock)
        elif outcome in (merge.DELETED_THERE, merge.DELETED_HERE):
            self._existence_conflict(change)
        elif outcome == merge.ORPHAN:
            self._orphan(change)
        elif outcome == merge.FIELDS:
            self._fields(change)

    def _create(self, change: PlannedChange, existence: Clock) -> None:
        """Add the item, or bring it back: our own last version first (deleted here, it keeps
        its clocks), then their values merged into it field by field."""
        item = change.item
        values = remapped(change.kind, item.values or {}, self.plan.id_map)
        item_id = str(change.local_id or item.id)
        table = change.kind.table
        self._bring_back_parents(change, values)
        if not self._exists(table, item_id):
            self.repo.bring_back(table, item_id)
        if self._exists(table, item_id):
            self.repo.note(table, item_id, None, "keep", existence)
            self._merge_into(change, item_id, values)
        else:
            # Each field gets the sender's clock, also one from the default data (no dot).
            names = {*item.clocks, *values}
            present = {k: v for k, v in values.items() if v is not None}
            self.repo.create(change.kind, present, item_id=item_id, clock=existence)
            differing = {n: item.clock(n) for n in names if item.clock(n) != existence}
            if differing:
                self.repo.update(change.kind, item_id, {}, clocks=differing)
        self.added += 1

    def _merge_into(self, change: PlannedChange, item_id: str, values: dict[str, object]) -> None:
        kind = change.kind
        mine = content_of(kind, self.repo.get(kind, item_id))
        local = item_state(self.db, kind.table, item_id)
        fields = field_changes(self.db, kind, item_id, local, mine, change.item, values)
        self._fields(
            PlannedChange(change.item, CHANGED, item_id, change.title, merge.FIELDS, fields, local)
        )

    def _exists(self, table: str, item_id: str) -> bool:
        sql = f"SELECT 1 FROM [{table}] WHERE id = ?"
        return self.db.execute(sql, [item_id]).fetchone() is not None

    def _bring_back_parents(self, change: PlannedChange, values: dict[str, object]) -> None:
        """What the item belongs to (its dossier, its meeting) comes back with it when it was
        deleted here: the user chose to keep the item (an unchosen case is a conflict)."""
        for f in change.kind.fields:
            target = values.get(f.name)
            if not (f.references and f.required and target):
                continue
            sql = f"SELECT 1 FROM [{f.references}] WHERE id = ?"
            if self.db.execute(sql, [target]).fetchone() is None:
                self.repo.bring_back(f.references, str(target))
            if self.db.execute(sql, [target]).fetchone() is None:
                kind = Term(change.kind.label)
                raise BundleError(messages.ORPHANED(kind=kind, title=change.title))

    def _fields(self, change: PlannedChange) -> None:
        if change.local is not None:  # concurrent restores: merge the existence clocks
            mine, theirs = change.local.existence, change.item.existence
            outcome = merge.compare(mine, True, theirs, True)
            if outcome in (merge.AGREE, merge.TAKE):
                clock = merge.agreed(mine, theirs) if outcome == merge.AGREE else theirs
                self.repo.note(change.kind.table, str(change.local_id), None, "seen", clock)
        values: dict[str, object] = {}
        clocks: dict[str, Clock] = {}
        for fc in change.changes:
            decided = self._field_decision(change, fc)
            if decided is None:
                continue
            value, clock = decided
            clocks[fc.name] = clock
            if value is not _UNCHANGED:
                values[fc.name] = value
        if clocks:
            changed = self.repo.update(change.kind, str(change.local_id), values, clocks=clocks)
            self.updated += bool(changed)
            self.kept += not changed and change.status != "gelijk"

    def _field_decision(
        self, change: PlannedChange, fc: FieldChange
    ) -> tuple[object, Clock] | None:
        if fc.outcome == merge.AGREE:
            return _UNCHANGED, merge.agreed(fc.local, fc.remote)
        if fc.outcome == merge.KEEP:
            return None
        choice = self._choice(change, fc.name)
        if fc.outcome == merge.TAKE:
            if choice == KEEP_MINE:
                self._record_decision(change, fc, KEEP_MINE)
                return _UNCHANGED, self.repo.own_clock(fc.remote.horizon)
            return fc.theirs, fc.remote
        choice = choice if fc.name in self._explicit(change) else fc.automatic or choice
        if choice is None:
            self._queue(change, fc)
            return None
        self._record_decision(change, fc, choice)
        clock = self.repo.own_clock(fc.remote.horizon)
        return (fc.theirs if choice == THEIRS else _UNCHANGED), clock

    def _explicit(self, change: PlannedChange) -> set[str]:
        """Fields a person chose for by name or by item (an automatic choice yields to them)."""
        item_id = change.item.id
        if item_id in self.choices:
            return {fc.name for fc in change.changes}
        return {fc.name for fc in change.changes if f"{item_id}/{fc.name}" in self.choices}

    def _existence_conflict(self, change: PlannedChange) -> None:
        fc = change.changes[0]
        choice = self._choice(change, EXISTENCE)
        if choice is None:
            self._queue(change, fc)
            return
        self._record_decision(change, fc, choice)
        deleted_there = change.existence == merge.DELETED_THERE
        if (choice == THEIRS) == deleted_there:  # the item goes
            clock = self.repo.own_clock(change.item.existence.horizon)
            if change.local is not None and change.local.alive:
                self.repo.delete(change.kind, str(change.local_id), clock=clock)
                self.deleted += 1
            else:
                seen = join(
                    change.item.existence.horizon, *(c.horizon for c in change.item.clocks.values())
                )
                self.repo.note(change.kind.table, str(change.local_id), None, "delete",
                               self.repo.own_clock(seen))  # fmt: skip
        elif deleted_there:  # kept here, against their delete
            clock = self.repo.own_clock(change.item.existence.horizon)
            self.repo.note(change.kind.table, str(change.local_id), None, "keep", clock)
            self.kept += 1
        else:  # brought back here, with their changes
            seen = join(
                change.item.existence.horizon, *(c.horizon for c in change.item.clocks.values())
            )
            self._create(change, self.repo.own_clock(seen))

    def _orphan(self, change: PlannedChange) -> None:
        """New there, under something deleted here: bring that back and add it, or not."""
        fc = change.changes[0]
        choice = self._choice(change, EXISTENCE)
        if choice is None:
            self._queue(change, fc)
            return
        if choice == KEEP_MINE:
            self._decide(change, EXISTENCE, KEEP_MINE)
            return
        self._record_decision(change, fc, THEIRS)
        self._create(change, change.item.existence)

    def _decide(self, change: PlannedChange, name: str, choice: str) -> None:
        """A refused addition or delete: recorded so it travels and does not come back."""
        item = change.item
        fc = FieldChange(
            name, "Verwijderd", merge.TAKE, None, None, None, item.existence, item.existence
        )
        self._record_decision(change, fc, choice)
        seen = join(item.existence.horizon, *(c.horizon for c in item.clocks.values()))
        action = "delete" if item.alive else "keep"
        self.repo.note(change.kind.table, str(change.local_id or item.id), None, action,
                       self.repo.own_clock(seen))  # fmt: skip
        self.kept += 1

    def _record_decision(self, change: PlannedChange, fc: FieldChange, choice: str) -> None:
        self.db["sync_decisions"].insert(
            {
                "item_table": change.kind.table,
                "item_id": str(change.local_id or change.item.id),
                "field": fc.name,
                "mine": _json(fc.mine),
                "theirs": _json(fc.theirs),
                "chosen": choice,
                "decided_by": self.user,
                "decided_at": now(),
            }
        )

    def _queue(self, change: PlannedChange, fc: FieldChange) -> None:
        if self.on_conflict != "queue":
            return
        table, item_id = change.kind.table, str(change.local_id or change.item.id)
        clock = json.dumps(fc.remote.encoded())
        duplicate = self.db.execute(
            "SELECT 1 FROM sync_conflicts WHERE item_table = ? AND item_id = ? AND field = ? "
            "AND clock = ?",
            [table, item_id, fc.name, clock],
        ).fetchone()
        if duplicate:
            return
        self.db["sync_conflicts"].insert(
            {
                "item_table": table,
                "item_id": item_id,
                "field": fc.name,
                "theirs": json.dumps(encoded_item(_with_local_id(change)), ensure_ascii=False),
                "clock": clock,
                "from_member": self.plan.bundle.member,
                "received_at": now(),
            }
        )
        self.queued += 1


def _with_local_id(change: PlannedChange) -> BundleItem:
    item = change.item
    return BundleItem(
        item.kind, str(change.local_id or item.id), item.values, item.clocks, item.existence
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Unchanged:
    """Marks a decision that keeps the value here (only its clock changes)."""


_UNCHANGED = _Unchanged()


__all__ = ["CONFLICT", "ImportResult", "apply_import", "choice_for"]
