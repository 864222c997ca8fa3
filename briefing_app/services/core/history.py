"""The history of one item: its versions, who made them and when, and what changed.

The store records one revision row per changed field, grouped by change set (one user action).
Versions are rebuilt backwards from the item as it is now, undoing one change set at a time with
the recorded old values; this works for items created by the app and for items that came with
the default dataset alike. Restoring an earlier version is an ordinary update, so it becomes a new
version itself and nothing is ever lost. What counts as a version is a content change
(`domain.content_change`); a change set that only moved the item is listed apart, as a move.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_app.domain.authors import who
from briefing_app.domain.content_change import NOT_CONTENT, is_move
from briefing_app.domain.items import ItemKind, kind_named

if TYPE_CHECKING:
    import sqlite_utils

Row = dict[str, object]

_WORD = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Version:
    """The item as it stood after one change set."""

    number: int  # 1 is the oldest known version
    change_set: str
    changed_at: str
    changed_by: str
    action: str  # create, update or delete
    fields: tuple[str, ...]  # the fields this change set touched
    values: Row


@dataclass(frozen=True)
class Move:
    """A change set that only moved the item in its list ("verplaatst"): no new version."""

    changed_at: str
    changed_by: str


@dataclass(frozen=True)
class FieldDiff:
    """One field that differs between two versions, as runs of kept, removed and added text."""

    field: str
    label: str
    runs: tuple[tuple[str, str], ...]  # ("=", text) | ("-", text) | ("+", text)


class HistoryService:
    """Versions of items, rebuilt from the `revisions` table."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def versions(self, kind: str, item_id: str) -> list[Version]:
        """Every version of the item, oldest first; empty when the item does not exist."""
        item_kind = kind_named(kind)
        current = self._current(item_kind, item_id)
        if current is None:
            return []
        groups = self._change_sets(item_kind, item_id)
        versions: list[Version] = []
        values = dict(current)
        for change_set, rows in reversed(groups):
            touched = tuple(
                dict.fromkeys(
                    str(r["field"]) for r in rows if r["field"] and r["field"] not in NOT_CONTENT
                )
            )
            action = "create" if any(r["action"] == "create" for r in rows) else "update"
            if touched or action == "create":
                versions.append(
                    Version(
                        0,
                        change_set,
                        str(rows[-1]["changed_at"]),
                        who(rows[-1]["changed_by"]),
                        action,
                        touched,
                        dict(values),
                    )
                )
            if action == "create":
                break
            for r in reversed(rows):
                if r["field"]:
                    values[str(r["field"])] = _value(item_kind, str(r["field"]), r["old_value"])
        if not versions or versions[-1].action != "create":
            versions.append(
                Version(0, "", str(current.get("created_at", "")), "", "create", (), values)
            )
        versions.reverse()
        return [
            Version(n, v.change_set, v.changed_at, v.changed_by, v.action, v.fields, v.values)
            for n, v in enumerate(versions, start=1)
        ]

    def moves(self, kind: str, item_id: str) -> list[Move]:
        """When the item was moved in its list (by itself or by a neighbour's move), oldest first."""
        return [
            Move(str(rows[-1]["changed_at"]), who(rows[-1]["changed_by"]))
            for _, rows in self._change_sets(kind_named(kind), item_id)
            if not any(r["action"] != "update" for r in rows) and is_move(r["field"] for r in rows)
        ]

    def changes_to_restore(self, kind: str, item_id: str, version: Version) -> Row:
        """The field values that bring the item back to ``version`` (only those that differ)."""
        item_kind = kind_named(kind)
        current = self._current(item_kind, item_id) or {}
        editable = (*item_kind.field_names, "classification", "status")
        return {
            name: version.values.get(name)
            for name in editable
            if name in version.values and version.values.get(name) != current.get(name)
        }

    # -- internals -----------------------------------------------------------------------

    def _current(self, kind: ItemKind, item_id: str) -> Row | None:
        rows = list(self.db.query(f"SELECT * FROM [{kind.table}] WHERE id = ?", [item_id]))
        return dict(rows[0]) if rows else None

    def _change_sets(self, kind: ItemKind, item_id: str) -> list[tuple[str, list[Row]]]:
        # `seen` and `keep` rows only record an exchange's clocks: no value changed in them.
        sql = (
            "SELECT * FROM revisions WHERE item_table = ? AND item_id = ? "
            "AND action NOT IN ('seen', 'keep') ORDER BY id"
        )
        groups: dict[str, list[Row]] = {}
        for row in self.db.query(sql, [kind.table, item_id]):
            groups.setdefault(str(row["change_set"]), []).append(dict(row))
        return list(groups.items())


def diff_versions(kind: str, older: Row, newer: Row) -> list[FieldDiff]:
    """What changed from ``older`` to ``newer``, field by field, word by word."""
    item_kind = kind_named(kind)
    labels = {f.name: f.label for f in item_kind.fields}
    labels.update(classification="Rubricering", status="Status")
    diffs = []
    for name, label in labels.items():
        before, after = _shown(older.get(name)), _shown(newer.get(name))
        if before != after:
            diffs.append(FieldDiff(name, label, _word_runs(before, after)))
    return diffs


def _word_runs(before: str, after: str) -> tuple[tuple[str, str], ...]:
    import difflib  # only when a change is shown word by word, not at start-up

    a, b = _WORD.findall(before), _WORD.findall(after)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("=", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                runs.append(("-", "".join(a[i1:i2])))
            if j2 > j1:
                runs.append(("+", "".join(b[j1:j2])))
    return tuple(runs)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _value(kind: ItemKind, name: str, stored: object) -> object:
    """A revision stores text; give back the column's own type."""
    if stored is None:
        return None
    try:
        field_kind = kind.field(name).kind
    except KeyError:
        field_kind = "int" if name == "sort_order" else "text"
    if field_kind == "float":
        return float(json.loads(str(stored)))
    if field_kind == "int":
        return int(json.loads(str(stored)))
    return stored


def word_diff(kind: str, name: str, older: object, newer: object) -> tuple[tuple[str, str], ...]:
    """One field from ``older`` to ``newer`` as runs of kept, removed and added words (for a
    merge conflict: each side's change against the common ancestor)."""
    for diff in diff_versions(kind, {name: older}, {name: newer}):
        if diff.field == name:
            return diff.runs
    return (("=", _shown(newer)),)
