"""Every write to the store: create, update, delete, reorder and restore, each with its history.

A write is validated, applied in one transaction and recorded in `revisions` (which item, which
field, old and new value, when, by whom), so the app can show history, undo can put things
back, and packs can say what changed. Ids are random hex strings, stable across copies, so two
databases can later be merged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_app.domain.content_change import changes_content
from briefing_app.domain.items import (
    ALL_KINDS,
    KINDS_BY_TABLE,
    ItemKind,
    default_classification_for,
    figure_shape_for,
    kind_named,
)
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template, Term
from briefing_app.domain.provenance import follows_value
from briefing_app.domain.validation import ValidationError, check_classification, clean_values
from briefing_app.store.clocks import Clock, dumped, next_counter

if TYPE_CHECKING:
    import sqlite_utils

Row = dict[str, object]


def now() -> str:
    """UTC time to the microsecond, sortable as text."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    import uuid  # at the first write, not at start-up (it loads the platform module)

    return uuid.uuid4().hex


@dataclass(frozen=True)
class Snapshot:
    """Rows taken out by a delete (the item and what cascaded with it), to put back on undo."""

    rows: tuple[tuple[str, Row], ...]


class NotFoundError(LookupError):
    """No item of that kind with that id."""


ITEM_GONE = Template(
    "repository.item_gone", QT_TRANSLATE_NOOP("messages", "{kind} {id} bestaat niet (meer)")
)
PARENT_GONE = Template(
    "repository.parent_gone",
    QT_TRANSLATE_NOOP("messages", "{kind} {id} hoort bij iets dat niet meer terug kan."),
)


class Repository:
    """Writes to one store on behalf of one user; reads of single items for the same purpose."""

    def __init__(
        self, db: sqlite_utils.Database, user: str = "onbekend", *, genesis: bool = False
    ) -> None:
        """``genesis``: writes of the default data every database starts from; they get no
        dot (`clocks`), so separately built databases agree on them."""
        self.db = db
        self.user = user or "onbekend"
        self.genesis = genesis
        self._change_set: str | None = None
        self._dot: tuple[str, int] | None = None

    # -- reading -------------------------------------------------------------------------

    def get(self, kind: ItemKind | str, item_id: str) -> Row:
        kind = _kind(kind)
        rows = list(self.db.query(f"SELECT * FROM [{kind.table}] WHERE id = ?", [item_id]))
        if not rows:
            raise NotFoundError(ITEM_GONE(kind=Term(kind.label), id=str(item_id)))
        return rows[0]

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def change_set(self) -> Iterator[str]:
        """Group several writes into one transaction and one entry of history."""
        outer = self._change_set is None
        if outer:
            self._change_set = new_id()
        try:
            from briefing_app.store.connection import (
                write_transaction,  # sqlite-utils: not at start
            )

            with write_transaction(self.db):
                yield self._change_set  # type: ignore[misc]
        finally:
            if outer:
                self._change_set = None
                self._dot = None

    def own_clock(self, context: Mapping[str, int] | None = None) -> Clock:
        """The clock of a value this change set writes here (inside `change_set`)."""
        if self.genesis:
            return Clock(None, 0, dict(context or {}), self.user)
        if self._dot is None:
            self._dot = next_counter(self.db)
        replica, counter = self._dot
        return Clock(replica, counter, dict(context or {}), self.user)

    # -- writing -------------------------------------------------------------------------

    def create(
        self,
        kind: ItemKind | str,
        values: Mapping[str, object],
        *,
        item_id: str | None = None,
        clock: Clock | None = None,
    ) -> str:
        """Add an item; ``clock``: it came from a colleague with that clock (else: made here)."""
        kind = _kind(kind)
        row = clean_values(kind, values, partial=False)
        row.setdefault("classification", default_classification_for(kind, row).value)
        if kind.name == "figure":
            row.setdefault("shape", figure_shape_for(row))
        stamp = now()
        row.update(id=item_id or new_id(), created_at=stamp, updated_at=stamp)
        with self.change_set():
            if kind.ordered and "sort_order" not in values:
                row["sort_order"] = self._next_position(kind, row)
            self.db[kind.table].insert(row)
            self._record(kind.table, str(row["id"]), "create", None, None, _dump(row), stamp, clock)
        return str(row["id"])

    def update(
        self,
        kind: ItemKind | str,
        item_id: str,
        changes: Mapping[str, object],
        *,
        clocks: Mapping[str, Clock] | None = None,
    ) -> Row:
        """Apply ``changes``; returns the old values of the fields that really changed.

        ``clocks`` (from an exchange): the clock each named field gets; a named field whose
        value stays the same still records its new clock (a row of action `seen`).
        """
        kind = _kind(kind)
        clocks = clocks or {}
        cleaned = clean_values(kind, changes, partial=True)
        with self.change_set():
            current = self.get(kind, item_id)
            cleaned.update(follows_value(kind.name, current, cleaned))
            changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
            if {"classification", "kind"} & changed.keys():
                check_classification(kind, {**current, **changed})
            stamp = now()
            if changed:
                # `updated_at` is the time of the last content change: a move leaves it alone,
                # so nothing that follows it (dots, counts, "changed since") takes a move for a
                # change.
                touched = {**changed, "updated_at": stamp} if changes_content(changed) else changed
                self.db[kind.table].update(item_id, touched)
            for name, value in changed.items():
                self._record(
                    kind.table, item_id, "update", name, current.get(name), value, stamp,
                    clocks.get(name),
                )  # fmt: skip
            for name, clock in clocks.items():
                if name not in changed:
                    value = current.get(name)
                    self._record(kind.table, item_id, "seen", name, value, value, stamp, clock)
        return {k: current.get(k) for k in changed}

    def delete(self, kind: ItemKind | str, item_id: str, *, clock: Clock | None = None) -> Snapshot:
        """Delete an item and what cascades with it; each leaves a tombstone in `revisions`
        (the row as it was, who, when). ``clock``: the item's tombstone came from a colleague."""
        kind = _kind(kind)
        with self.change_set():
            rows = self._rows_removed_with(kind, item_id)
            stamp = now()
            self.db.execute(f"DELETE FROM [{kind.table}] WHERE id = ?", [item_id])
            for table, row in rows:
                own = clock if str(row["id"]) == item_id and table == kind.table else None
                self._record(table, str(row["id"]), "delete", None, _dump(row), None, stamp, own)
        return Snapshot(tuple(rows))

    def note(self, table: str, item_id: str, field: str | None, action: str, clock: Clock) -> None:
        """Record a clock without changing a value: a merge that agreed (`seen`), a delete
        that was refused (`keep`), or the tombstone of an item never held here (`delete`)."""
        with self.change_set():
            self._record(table, item_id, action, field, None, None, now(), clock)

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what a delete took out, with the same ids: undo of a delete."""
        stamp = now()
        with self.change_set():
            for table, row in snapshot.rows:
                self.db[table].insert({**row, "updated_at": stamp})
                # `restore`, not `create`: the values are those the fields' clocks belong to.
                self._record(table, str(row["id"]), "restore", None, None, _dump(row), stamp)

    def bring_back(self, table: str, item_id: str) -> int:
        """Restore a deleted item from its tombstone, with what its delete took along (the
        items of a dossier); returns how many rows came back (0: nothing to restore from)."""
        found = self.db.execute(
            "SELECT change_set FROM revisions WHERE item_table = ? AND item_id = ? "
            "AND action = 'delete' AND old_value IS NOT NULL ORDER BY id DESC LIMIT 1",
            [table, item_id],
        ).fetchone()
        if found is None or self._exists(table, item_id):
            return 0
        deleted = {
            (str(t), str(i)): _stored(json.loads(old))
            for t, i, old in self.db.execute(
                "SELECT item_table, item_id, old_value FROM revisions WHERE change_set = ? "
                "AND action = 'delete' AND old_value IS NOT NULL ORDER BY id",
                [found[0]],
            ).fetchall()
        }
        own = KINDS_BY_TABLE[table]
        for f in own.fields:  # what the item belongs to comes back first, if it went too
            target = deleted[(table, item_id)].get(f.name)
            if (
                f.required
                and f.references
                and target
                and not self._exists(f.references, str(target))
            ):
                self.bring_back(f.references, str(target))
                if not self._exists(f.references, str(target)):
                    raise NotFoundError(PARENT_GONE(kind=Term(own.label), id=str(item_id)))
        if self._exists(table, item_id):
            return 1  # it came back with what it belongs to
        chosen = [(table, item_id)]
        for kind in ALL_KINDS:  # parents first: a child follows what it belongs to
            for (other_table, other_id), row in deleted.items():
                if other_table != kind.table or (other_table, other_id) in chosen:
                    continue
                if self._exists(other_table, other_id):
                    continue
                if any(
                    f.required and f.references and (f.references, str(row.get(f.name))) in chosen
                    for f in kind.fields
                ):
                    chosen.append((other_table, other_id))
        self.restore(Snapshot(tuple((t, deleted[(t, i)]) for t, i in chosen)))
        return len(chosen)

    def _exists(self, table: str, item_id: str) -> bool:
        sql = f"SELECT 1 FROM [{table}] WHERE id = ?"
        return self.db.execute(sql, [item_id]).fetchone() is not None

    def move(self, kind: ItemKind | str, item_id: str, new_index: int) -> int:
        """Move an ordered item to ``new_index`` among its siblings; returns its old index.

        Only the siblings between the old and the new place are read and written, so moving
        one step in a list of 100,000 items touches two rows. When positions are not strictly
        increasing there (ties from an import), the whole list is renumbered once instead.
        """
        kind = _kind(kind)
        with self.change_set():
            row = self.get(kind, item_id)
            where, params = self._sibling_filter(kind, row)
            total = int(
                self.db.execute(
                    f"SELECT count(*) FROM [{kind.table}] WHERE {where}", params
                ).fetchone()[0]
            )
            rowid = self.db.execute(
                f"SELECT rowid FROM [{kind.table}] WHERE id = ?", [item_id]
            ).fetchone()[0]
            before = (
                f"SELECT count(*) FROM [{kind.table}] WHERE {where} AND "
                "(sort_order < ? OR (sort_order = ? AND rowid < ?))"
            )
            order = row["sort_order"]
            old_index = int(self.db.execute(before, [*params, order, order, rowid]).fetchone()[0])
            new_index = max(0, min(new_index, total - 1))
            if new_index != old_index:
                self._move_within(kind, where, params, old_index, new_index)
        return old_index

    def _move_within(
        self, kind: ItemKind, where: str, params: list[object], old: int, new: int
    ) -> None:
        low, high = min(old, new), max(old, new)
        start = max(low - 1, 0)  # one neighbour on each side, to see ties at the edges
        sql = (
            f"SELECT id, sort_order FROM [{kind.table}] WHERE {where} "
            "ORDER BY sort_order, rowid LIMIT ? OFFSET ?"
        )
        rows = self.db.execute(sql, [*params, high - start + 2, start]).fetchall()
        orders = [int(o) for _, o in rows]
        if any(a >= b for a, b in pairwise(orders)):
            everything = self.db.execute(sql, [*params, -1, 0]).fetchall()
            ids = [str(i) for i, _ in everything]
            ids.insert(new, ids.pop(old))
            current = {str(i): int(o) for i, o in everything}
            slots = list(range(len(ids)))
        else:
            window = rows[low - start : high - start + 1]
            ids = [str(i) for i, _ in window]
            ids.insert(new - low, ids.pop(old - low))
            current = {str(i): int(o) for i, o in window}
            slots = [int(o) for _, o in window]  # the same positions, handed out in the new order
        for sibling, slot in zip(ids, slots, strict=True):
            if current[sibling] != slot:
                self.update(kind, sibling, {"sort_order": slot})

    def record_export(self, values: Mapping[str, object]) -> int:
        """Record a written pack in `exports` (meeting, edition, version, hash, item revisions).

        An export is not an item: it has no revisions of its own and is never edited.
        """
        row = {**values, "created_at": now(), "created_by": self.user}
        for name in ("items", "dossier_slugs"):
            if name in row and not isinstance(row[name], str):
                row[name] = json.dumps(row[name], ensure_ascii=False, sort_keys=True)
        with self.change_set():
            return int(self.db["exports"].insert(row).last_pk)

    # -- internals -----------------------------------------------------------------------

    def _sibling_filter(self, kind: ItemKind, row: Row) -> tuple[str, list[object]]:
        """The SQL condition that selects the item's siblings (itself included)."""
        if kind.parent:
            return f"[{kind.parent}] = ?", [row[kind.parent]]
        return "1 = 1", []

    def _next_position(self, kind: ItemKind, row: Row) -> int:
        if kind.parent:
            sql = f"SELECT coalesce(max(sort_order) + 1, 0) FROM [{kind.table}] WHERE [{kind.parent}] = ?"
            return int(self.db.execute(sql, [row.get(kind.parent)]).fetchone()[0])
        return int(
            self.db.execute(
                f"SELECT coalesce(max(sort_order) + 1, 0) FROM [{kind.table}]"
            ).fetchone()[0]
        )

    def _rows_removed_with(self, kind: ItemKind, item_id: str) -> list[tuple[str, Row]]:
        """The item and every row its delete cascades to, parents first (the order to restore)."""
        rows: list[tuple[str, Row]] = [(kind.table, self.get(kind, item_id))]
        for child in ALL_KINDS:
            for f in child.fields:
                if f.references == kind.table and f.required:
                    sql = f"SELECT id FROM [{child.table}] WHERE [{f.name}] = ?"
                    for (child_id,) in self.db.execute(sql, [item_id]).fetchall():
                        rows.extend(self._rows_removed_with(child, child_id))
        return rows

    def _record(
        self,
        table: str,
        item_id: str,
        action: str,
        field: str | None,
        old: object,
        new: object,
        stamp: str,
        clock: Clock | None = None,
    ) -> None:
        clock = clock or self.own_clock()
        self.db["revisions"].insert(
            {
                "item_table": table,
                "item_id": item_id,
                "action": action,
                "field": field,
                "old_value": _text(old),
                "new_value": _text(new),
                "changed_at": stamp,
                "changed_by": clock.by or self.user,
                "change_set": self._change_set,
                "replica": clock.replica,
                "counter": clock.counter,
                "context": dumped(clock.context),
            }
        )


def _kind(kind: ItemKind | str) -> ItemKind:
    return kind if isinstance(kind, ItemKind) else kind_named(kind)


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value)


def _stored(row: Mapping[str, object]) -> Row:
    """A tombstone keeps lists and mappings as JSON values; the table holds them as text."""
    return {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}


def _dump(row: Mapping[str, object]) -> str:
    return json.dumps(dict(row), ensure_ascii=False, sort_keys=True)


__all__ = ["NotFoundError", "Repository", "Snapshot", "ValidationError", "new_id", "now"]
