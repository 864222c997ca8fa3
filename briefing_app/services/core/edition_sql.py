"""The edition policy as SQL conditions, for lists that page in SQL (the app's "Bekijken als").

The rule itself lives in `domain.edition`; this module only translates it, from the policy's own
answers (`visible_levels`, `is_full`, `CONFIDENTIAL_POSITION_KINDS`), so a list of 100,000 items
can be counted and paged for an edition without reading every row. The rows that come back are
checked against the policy once more (`Edition.may_show`) before they are shown.
"""

from __future__ import annotations

from briefing_app.domain.edition import CONFIDENTIAL_POSITION_KINDS, Edition
from briefing_app.domain.items import ItemKind

# Columns that tie an item to a parent the policy also looks at.
PARENT_TABLES = {"dossier_id": "dossiers", "meeting_id": "meetings"}


def condition(edition: Edition, kind: ItemKind) -> tuple[str, list[object]]:
    """A WHERE condition (unqualified columns of ``kind.table``) for what the edition shows."""
    levels = list(edition.visible_levels())
    marks = ", ".join("?" for _ in levels)
    clauses, params = [f"classification IN ({marks})"], list(levels)
    if kind.table == "positions" and not edition.is_full:
        clauses.append(f"kind NOT IN ({', '.join('?' for _ in CONFIDENTIAL_POSITION_KINDS)})")
        params += list(CONFIDENTIAL_POSITION_KINDS)
    for column, table in PARENT_TABLES.items():
        if column in kind.field_names:
            clauses.append(
                f"({column} IS NULL OR {column} IN "
                f"(SELECT id FROM [{table}] WHERE classification IN ({marks})))"
            )
            params += levels
    return " AND ".join(clauses), params
