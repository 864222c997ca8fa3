"""What counts as a content change: the one rule every surface that marks changes follows.

The store records a revision per changed field. Some fields change as a side effect of
something that is not a change of what an item says: `sort_order` when an item or its
neighbour is moved, the time stamps. A revision of only such fields is not a content change
anywhere: not in a pack's change section or its NIEUW/GEWIJZIGD labels, not for the app's dots,
bold type, navigator counts or "changed since" filter (the store does not move `updated_at` for
it), and history lists it as a move ("verplaatst"), apart from the versions.
"""

from __future__ import annotations

from collections.abc import Iterable

# Fields whose change alone is no change of content.
NOT_CONTENT: frozenset[str] = frozenset({"sort_order", "updated_at", "created_at"})
# Of those, the one a move writes: history shows it as "verplaatst".
ORDER_FIELD = "sort_order"
MOVED = "verplaatst"


def is_content_field(field: str | None) -> bool:
    """A revision of this field is a content change (None: a create or delete, always one)."""
    return field is None or field not in NOT_CONTENT


def changes_content(fields: Iterable[str]) -> bool:
    """True when an update of these fields changes what the item says."""
    return any(is_content_field(f) for f in fields)


def is_move(fields: Iterable[str | None]) -> bool:
    """True for a change set that only reordered the item."""
    names = set(fields)
    return ORDER_FIELD in names and not changes_content(n for n in names if n is not None)
