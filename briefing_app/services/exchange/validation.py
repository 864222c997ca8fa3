"""What a received bundle may claim, checked before anything in it is compared or applied.

A bundle is sealed, but sealing proves only who knew the passphrase, not that the content is
sane: a colleague's newer Briefing, a bug or a crafted file can carry a schema this version
does not know, ids that are not ids, the same item twice, or an item that claims the id of a
local item of *another* dossier (or reuses another dossier's code) and so would overwrite its
fields. Each is refused here with one Dutch sentence, before the database is touched.

Two steps: `check_bundle` on the bundle alone (schema version, ids and codes, duplicates,
items outside the dossiers the bundle says it carries), `check_plan` once the bundle's items
have been matched to local ones (every local row changed belongs to a dossier the bundle
carries, and no two bundle items land on the same local row).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import sqlite_utils

from briefing_app.domain.validation import code_problem
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.store.migrations import latest_version

if TYPE_CHECKING:
    from briefing_app.services.exchange.importing import ImportPlan
    from briefing_app.services.exchange.payload import Bundle

NOTHING_CHANGED = "Er is niets gewijzigd."
NATURAL_KEYS = {"dossiers": "slug", "stakeholders": "slug", "figures": "key"}


class BundleContentError(BundleError):
    """The bundle claims something it may not; the message is one Dutch sentence."""


def check_bundle(bundle: Bundle) -> None:
    if bundle.schema_version > latest_version():
        raise BundleContentError(
            f"Deze bundel komt uit een nieuwere Briefing (schemaversie {bundle.schema_version}, "
            f"deze versie kent er {latest_version()}). Werk Briefing eerst bij. {NOTHING_CHANGED}"
        )
    for slug in bundle.dossiers or ():
        _code("dossiercode", slug)
    seen: Counter[tuple[str, str]] = Counter()
    keys: Counter[tuple[str, str]] = Counter()
    for item in bundle.items:
        _code("id", item.id)
        seen[(item.kind, item.id)] += 1
        values = item.values or {}  # a deleted item (tombstone) carries no values
        key = NATURAL_KEYS.get(item.item_kind.table)
        if key and key in values:
            _code(item.item_kind.field(key).label.lower(), values[key])
            keys[(item.kind, str(values[key]))] += 1
        for f in item.item_kind.fields:
            if f.references and values.get(f.name) is not None:
                _code(f.label.lower(), values[f.name])
    twice = [f"{kind} {ident}" for (kind, ident), n in [*seen.items(), *keys.items()] if n > 1]
    if twice:
        raise BundleContentError(
            f"De bundel bevat hetzelfde item meer dan eens ({', '.join(sorted(twice)[:3])}). "
            f"{NOTHING_CHANGED}"
        )
    _check_scope(bundle)


def check_plan(db: sqlite_utils.Database, plan: ImportPlan) -> None:
    """Every local row the plan would change belongs to a dossier the bundle carries; no two
    bundle items map to one local row."""
    targets = Counter(
        (c.item.kind, str(c.local_id)) for c in plan.changes if c.local_id is not None
    )
    doubled = [ident for (_, ident), n in targets.items() if n > 1]
    if doubled:
        raise BundleContentError(
            "Twee items in de bundel wijzen naar hetzelfde item hier (een hergebruikte code "
            f"of id). {NOTHING_CHANGED}"
        )
    allowed = set(plan.bundle.dossiers or ())
    if not allowed:
        return
    for change in plan.changes:
        if change.local_id is None:
            continue
        slug = _local_dossier_slug(db, change.item.item_kind.table, str(change.local_id))
        if slug is not None and slug not in allowed:
            raise BundleContentError(
                f"De bundel is voor {', '.join(sorted(allowed))}, maar '{change.title}' zou een "
                f"item van het dossier {slug} hier overschrijven. {NOTHING_CHANGED}"
            )


def _check_scope(bundle: Bundle) -> None:
    """Items of a bundle that names its dossiers belong to those dossiers."""
    if not bundle.dossiers:
        return
    allowed = set(bundle.dossiers)
    dossier_ids = set()
    for item in bundle.items:
        if item.item_kind.table == "dossiers":
            if (item.values or {}).get("slug") not in allowed:
                raise BundleContentError(
                    f"De bundel is voor {', '.join(sorted(allowed))} maar bevat een ander "
                    f"dossier. {NOTHING_CHANGED}"
                )
            dossier_ids.add(item.id)
    for item in bundle.items:
        owner = (item.values or {}).get("dossier_id")
        if owner is not None and owner not in dossier_ids:
            raise BundleContentError(
                f"Een item in de bundel hoort bij een dossier dat de bundel niet meebrengt. "
                f"{NOTHING_CHANGED}"
            )


def _local_dossier_slug(db: sqlite_utils.Database, table: str, local_id: str) -> str | None:
    if table == "dossiers":
        row = db.execute("SELECT slug FROM dossiers WHERE id = ?", [local_id]).fetchone()
        return None if row is None else str(row[0])
    columns = {c.name for c in db[table].columns}
    if "dossier_id" not in columns:
        return None
    row = db.execute(
        f"SELECT d.slug FROM [{table}] t JOIN dossiers d ON d.id = t.dossier_id WHERE t.id = ?",
        [local_id],
    ).fetchone()
    return None if row is None else str(row[0])


def _code(what: str, value: object) -> None:
    problem = code_problem(value)
    if problem:
        raise BundleContentError(
            f"De bundel bevat een ongeldige {what}: {problem}. {NOTHING_CHANGED}"
        )
