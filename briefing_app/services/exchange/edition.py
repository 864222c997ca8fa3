"""A bundle for one edition: only what that edition may show, for a colleague who may not see more.

The edition policy (`domain.edition`) decides, as for packs and `show`: an item goes in when the
policy allows it with its dossier and meeting; a field the edition blanks (a dossier's
escalation strategy) is left out of the item, not sent empty; so is a reference to something
above the edition (a source, a counterpart), which would otherwise name it by its id.

Why importing such a bundle cannot harm what the receiver holds above the edition: a bundle
carries no deletions, so the items left out stay as they are; and the importer treats a field
an item does not carry as not sent (it keeps its own value), so a left-out escalation or
citation never overwrites the receiver's. `{fig:key}` references in texts travel as written
(never as values): the receiver fills them in from its own figures.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import ALL_KINDS
from briefing_app.store.parents import parents_of

Rows = dict[str, dict[str, dict[str, object]]]  # table -> id -> row


def keep_for_edition(db: sqlite_utils.Database, rows: Rows, edition: Edition) -> Rows:
    """``rows`` as the edition may share them: items filtered, hidden fields and references
    to items above the edition taken out of each row."""
    verdicts: dict[tuple[str, str], bool] = {}

    def allowed(table: str, item_id: object) -> bool:
        key = (table, str(item_id))
        if key not in verdicts:
            row = rows.get(table, {}).get(str(item_id)) or _row(db, table, item_id)
            verdicts[key] = row is not None and _may_show(db, edition, table, row)
        return verdicts[key]

    kept: Rows = {kind.table: {} for kind in ALL_KINDS}
    for kind in ALL_KINDS:
        hidden = edition.hidden_fields(kind.table)
        for item_id, row in rows.get(kind.table, {}).items():
            if not allowed(kind.table, item_id):
                continue
            out = {name: value for name, value in row.items() if name not in hidden}
            for f in kind.fields:
                target = out.get(f.name)
                if f.references and target and not allowed(f.references, target):
                    del out[f.name]
            kept[kind.table][item_id] = out
    return kept


def _may_show(
    db: sqlite_utils.Database,
    edition: Edition,
    table: str,
    row: Mapping[str, object],
) -> bool:
    return edition.may_show(table, row, **parents_of(db, table, row))


def _row(db: sqlite_utils.Database, table: str, item_id: object) -> dict[str, object] | None:
    if not item_id:
        return None
    found = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
    return dict(found[0]) if found else None
