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

from briefing_app.domain.messages import Term
from briefing_app.domain.validation import code_problem
from briefing_app.services.exchange import messages
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.store.migrations import latest_version

if TYPE_CHECKING:
    from briefing_app.services.exchange.importing import ImportPlan
    from briefing_app.services.exchange.payload import Bundle

NATURAL_KEYS = {"dossiers": "slug", "stakeholders": "slug", "figures": "key"}


class BundleContentError(BundleError):
    """The bundle claims something it may not; the message (a `Message`) is one sentence."""


def check_bundle(bundle: Bundle) -> None:
    if bundle.schema_version > latest_version():
        theirs, ours = str(bundle.schema_version), str(latest_version())
        raise BundleContentError(messages.NEWER_SCHEMA(theirs=theirs, ours=ours))
    for slug in bundle.dossiers or ():
        _code(messages.WHAT_DOSSIER_CODE(), slug)
    seen: Counter[tuple[str, str]] = Counter()
    keys: Counter[tuple[str, str]] = Counter()
    for item in bundle.items:
        _code(messages.WHAT_ID(), item.id)
        seen[(item.kind, item.id)] += 1
        values = item.values or {}  # a deleted item (tombstone) carries no values
        key = NATURAL_KEYS.get(item.item_kind.table)
        if key and key in values:
            _code(Term(item.item_kind.field(key).label.lower()), values[key])
            keys[(item.kind, str(values[key]))] += 1
        for f in item.item_kind.fields:
            if f.references and values.get(f.name) is not None:
                _code(Term(f.label.lower()), values[f.name])
    twice = [f"{kind} {ident}" for (kind, ident), n in [*seen.items(), *keys.items()] if n > 1]
    if twice:
        raise BundleContentError(messages.SAME_ITEM_TWICE(items=", ".join(sorted(twice)[:3])))
    _check_scope(bundle)


def check_plan(db: sqlite_utils.Database, plan: ImportPlan) -> None:
    """Every local row the plan would change belongs to a dossier the bundle carries; no two
    bundle items map to one local row."""
    targets = Counter(
        (c.item.kind, str(c.local_id)) for c in plan.changes if c.local_id is not None
    )
    doubled = [ident for (_, ident), n in targets.items() if n > 1]
    if doubled:
        raise BundleContentError(messages.TWO_ON_ONE())
    allowed = set(plan.bundle.dossiers or ())
    if not allowed:
        return
    for change in plan.changes:
        if change.local_id is None:
            continue
        slug = _local_dossier_slug(db, change.item.item_kind.table, str(change.local_id))
        if slug is not None and slug not in allowed:
            dossiers = ", ".join(sorted(allowed))
            raise BundleContentError(
                messages.WOULD_OVERWRITE(dossiers=dossiers, title=change.title, slug=slug)
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
                dossiers = ", ".join(sorted(allowed))
                raise BundleContentError(messages.OTHER_DOSSIER(dossiers=dossiers))
            dossier_ids.add(item.id)
    for item in bundle.items:
        owner = (item.values or {}).get("dossier_id")
        if owner is not None and owner not in dossier_ids:
            raise BundleContentError(messages.OUTSIDE_SCOPE())


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
        raise BundleContentError(messages.INVALID_CODE(what=what, problem=problem))
