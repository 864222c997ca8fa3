"""The user-edited content of an item: what a bundle carries, and its hash.

The content covers what a user edits (the fields, classification and status), not timestamps or
the order in a list. (The `shared_state` table of schema version 2 recorded what was last
exchanged per item; since version 3 the clocks in `revisions` (`clocks`) say that per field
and per colleague, and the table is no longer read.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from briefing_app.domain.items import ItemKind

HASHED_EXTRA = ("classification", "status")


def content_of(kind: ItemKind, row: Mapping[str, object]) -> dict[str, object]:
    """The user-edited content of ``row``: what a bundle carries and the hash covers."""
    return {name: row.get(name) for name in (*kind.field_names, *HASHED_EXTRA)}


def content_hash(kind: ItemKind, row: Mapping[str, object]) -> str:
    text = json.dumps(content_of(kind, row), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{kind.table}\n{text}".encode()).hexdigest()
