"""Importing a bundle: first a plan of what it would change, then the user's choices applied.

Each item of the bundle is matched to a local item by id, or (for dossiers, stakeholders and
figures, whose codes are unique) by that code, so two databases built separately from the same
dataset still line up. Its status then follows from three hashes: the local content, the
bundle's content and the content last shared (`shared_state`):

- new: not here yet; added.
- changed: only they changed it since we last shared it; their version is taken.
- only changed here: we changed it, they did not; ours is kept.
- conflict: both changed it (or it was never shared and differs); the user chooses.

Before two databases ever exchanged an item, the content it was created with counts as shared
when both sides were created with the same content (two databases built from the same dataset):
an item one side never touched is then not a conflict.
- same: nothing to do.

Applying is one transaction through `Repository` (validated, with history), after a backup. A
bundle that would break a rule (a bad value, a duplicate code) is refused as a whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.items import ALL_KINDS, ItemKind
from briefing_app.domain.validation import ValidationError
from briefing_app.services.exchange.bundle import Bundle, BundleItem
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.services.exchange.validation import check_bundle, check_plan
from briefing_app.store.backup import BackupError, BackupInfo, backup_before
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.repository import Repository, now
from briefing_app.store.shared_state import (
    content_hash,
    content_of,
    origin_hash,
    record_shared,
    shared_hashes,
)

NEW, CHANGED, MINE, CONFLICT, SAME = (
    "nieuw",
    "gewijzigd",
    "alleen hier gewijzigd",
    "conflict",
    "gelijk",
)
THEIRS, KEEP_MINE = "theirs", "mine"
NATURAL_KEYS = {"dossiers": "slug", "stakeholders": "slug", "figures": "key"}
TITLE_LENGTH = 70


@dataclass(frozen=True)
class PlannedChange:
    item: BundleItem
    status: str
    local_id: str | None
    title: str
    fields: tuple[str, ...] = ()  # labels of the fields that differ
    differences: tuple[tuple[str, object, object], ...] = ()  # (label, mine, theirs)

    @property
    def kind(self) -> ItemKind:
        return self.item.item_kind


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
        return any(c.status in (NEW, CHANGED, CONFLICT) for c in self.changes)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    kept: int
    backup: BackupInfo | None


def plan_import(db: sqlite_utils.Database, bundle: Bundle) -> ImportPlan:
    check_bundle(bundle)  # schema, ids, codes, scope: refused before anything is compared
    shared = shared_hashes(db)
    plan = ImportPlan(bundle, [])
    for item in bundle.items:
        local = _local_match(db, item)
        if local is not None and str(local["id"]) != item.id:
            plan.id_map[item.id] = str(local["id"])
    for item in bundle.items:
        plan.changes.append(_classify(db, item, plan.id_map, shared))
    check_plan(db, plan)
    return plan


def _local_match(db: sqlite_utils.Database, item: BundleItem) -> dict[str, object] | None:
    table = item.item_kind.table
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item.id]))
    key = NATURAL_KEYS.get(table)
    if not rows and key and item.values.get(key):
        rows = list(db.query(f"SELECT * FROM [{table}] WHERE [{key}] = ?", [item.values[key]]))
    return rows[0] if rows else None


def _classify(
    db: sqlite_utils.Database,
    item: BundleItem,
    id_map: Mapping[str, str],
    shared: Mapping[tuple[str, str], str],
) -> PlannedChange:
    kind = item.item_kind
    theirs = _remapped(kind, item.values, id_map)
    title = _title(kind, theirs)
    local_id = id_map.get(item.id, item.id)
    rows = list(db.query(f"SELECT * FROM [{kind.table}] WHERE id = ?", [local_id]))
    if not rows:
        return PlannedChange(item, NEW, None, title)
    mine = content_of(kind, rows[0])
    # A field the bundle does not carry (left out for an edition) is not theirs to change.
    theirs = {**mine, **theirs}
    if content_hash(kind, mine) == content_hash(kind, theirs):
        return PlannedChange(item, SAME, local_id, title)
    differences = tuple(
        (_label(kind, name), mine[name], theirs[name])
        for name in mine
        if _comparable(mine[name]) != _comparable(theirs[name])
    )
    differing = tuple(label for label, _, _ in differences)
    base = shared.get((kind.table, local_id))
    if base is None and item.origin and origin_hash(db, kind, local_id) == item.origin:
        base = item.origin  # never exchanged, but created alike on both sides
    if base == content_hash(kind, mine):
        status = CHANGED
    elif base == content_hash(kind, theirs):
        status = MINE
    else:
        status = CONFLICT
    return PlannedChange(item, status, local_id, title, differing, differences)


def _comparable(value: object) -> object:
    return "" if value is None else value


def _label(kind: ItemKind, name: str) -> str:
    if name in kind.field_names:
        return kind.field(name).label
    return {"classification": "Rubricering", "status": "Status"}.get(name, name)


def _title(kind: ItemKind, values: Mapping[str, object]) -> str:
    text = " ".join(str(values.get(kind.title_field) or "").split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"


def _remapped(
    kind: ItemKind, values: Mapping[str, object], id_map: Mapping[str, str]
) -> dict[str, object]:
    # Only the fields the bundle carries: a field left out (for an edition) keeps ours.
    out = {name: values.get(name) for name in content_of(kind, {}) if name in values}
    for f in kind.fields:
        if f.references and out.get(f.name):
            out[f.name] = id_map.get(str(out[f.name]), out[f.name])
    return out


def apply_import(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    resolutions: Mapping[str, str] | None = None,
    *,
    default_resolution: str | None = None,
    user: str = "onbekend",
) -> ImportResult:
    """Apply ``plan``; each conflict needs a resolution (by bundle item id, or the default)."""
    resolutions = dict(resolutions or {})
    undecided = [
        c for c in plan.conflicts if resolutions.get(c.item.id, default_resolution) is None
    ]
    if undecided:
        raise BundleError(
            f"{len(undecided)} conflict(en) zonder keuze; kies per item, of alles "
            "'hun versie' (--take-theirs) of 'mijn versie' (--keep-mine). Er is niets gewijzigd."
        )
    try:
        backup = backup_before(db.conn, "import")
    except BackupError as exc:
        raise BundleError(f"{exc} Daarom is er niets geïmporteerd.") from exc
    repo = Repository(db, user=user)
    added = updated = kept = 0
    order = {kind.name: index for index, kind in enumerate(ALL_KINDS)}
    try:
        with repo.change_set():
            creating = {c.item.id for c in plan.changes if c.status == NEW}
            for change in sorted(plan.changes, key=lambda c: order[c.item.kind]):
                values = _checked_references(db, change, plan.id_map, creating)
                take = change.status in (NEW, CHANGED) or (
                    change.status == CONFLICT
                    and resolutions.get(change.item.id, default_resolution) == THEIRS
                )
                if not take:
                    kept += change.status in (MINE, CONFLICT)
                elif change.status == NEW:
                    present = {k: v for k, v in values.items() if v is not None}
                    repo.create(change.kind, present, item_id=change.item.id)
                    added += 1
                else:
                    repo.update(change.kind, str(change.local_id), values)
                    updated += 1
            record_shared(db, _shared_entries(plan), now())
    except ValidationError as exc:
        raise BundleError(
            f"De bundel bevat een ongeldig item ({exc}). Er is niets gewijzigd."
        ) from exc
    except sqlite3.IntegrityError as exc:
        raise BundleError(
            f"De bundel botst met deze database ({exc}). Er is niets gewijzigd."
        ) from exc
    except sqlite3.Error as exc:
        raise BundleError(describe_sqlite_error(exc)) from exc
    return ImportResult(added, updated, kept, backup)


def _checked_references(
    db: sqlite_utils.Database,
    change: PlannedChange,
    id_map: Mapping[str, str],
    creating: set[str],
) -> dict[str, object]:
    values = _remapped(change.kind, change.item.values, id_map)
    for f in change.kind.fields:
        target = values.get(f.name)
        if not f.references or not target or target in creating:
            continue
        exists = db.execute(f"SELECT 1 FROM [{f.references}] WHERE id = ?", [target]).fetchone()
        if exists:
            continue
        if f.required:
            raise BundleError(
                f"{change.kind.label} '{change.title}' verwijst naar iets dat niet in de bundel "
                "en niet in deze database staat. Er is niets gewijzigd."
            )
        values[f.name] = None  # an optional citation of something absent here: left empty
    return values


def _shared_entries(plan: ImportPlan) -> list[tuple[str, str, str]]:
    """Every item of the bundle now counts as seen: its content is the new shared base."""
    return [
        (
            c.kind.table,
            c.local_id or c.item.id,
            content_hash(c.kind, _remapped(c.kind, c.item.values, plan.id_map)),
        )
        for c in plan.changes
    ]


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
        status: len(plan.with_status(status)) for status in (NEW, CHANGED, CONFLICT, MINE, SAME)
    }
