"""Reading the store through an edition: the rows the edition policy needs, and search hits
it may show.

The policy (`domain.edition`) is pure; it decides from a row and the dossier and meeting the row
belongs to. This module fetches those parents, so the command line's search and the app's
search (and the "Bekijken als" view) ask the policy the same question about every hit. A hit
that only matched in a field the edition blanks (a dossier's escalation strategy) is dropped,
and its snippet is rebuilt from the fields the edition shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import KINDS_BY_TABLE
from briefing_app.domain.search_text import words
from briefing_app.store import search as store_search
from briefing_app.store.parents import parents_of
from briefing_app.store.search import Hit

if TYPE_CHECKING:
    import sqlite_utils

Row = Mapping[str, object]


def row_of(db: sqlite_utils.Database, table: str, item_id: object) -> Row | None:
    if table not in KINDS_BY_TABLE or item_id in (None, ""):
        return None
    found = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [item_id]))
    return dict(found[0]) if found else None


def may_show_row(db: sqlite_utils.Database, edition: Edition, table: str, row: Row) -> bool:
    """The policy's verdict on a stored row, with its dossier and meeting looked up."""
    return edition.may_show(table, row, **parents_of(db, table, row))


def visible_hits(
    db: sqlite_utils.Database,
    text: str,
    edition: Edition,
    *,
    limit: int,
    statuses: Sequence[str] = (),
    classifications: Sequence[str] = (),
    changed_since: str | None = None,
) -> list[Hit]:
    """Up to ``limit`` ranked hits the edition may show (all of them for the full view)."""
    levels = [c for c in (classifications or edition.visible_levels()) if edition.allows_level(c)]
    if not levels:
        return []
    asked = limit
    while True:
        hits = store_search.search(
            db,
            text,
            limit=asked,
            classifications=levels,
            statuses=statuses,
            changed_since=changed_since,
        )
        kept = hits if edition.is_full else _shown(db, text, edition, hits)
        # Hits the edition drops make room for the next ones; ask again until enough or none.
        if len(kept) >= limit or len(hits) < asked:
            return kept[:limit]
        asked *= 4


def _shown(db: sqlite_utils.Database, text: str, edition: Edition, hits: list[Hit]) -> list[Hit]:
    out = []
    for hit in hits:
        row = row_of(db, hit.kind, hit.item_id)
        if row is None or not may_show_row(db, edition, hit.kind, row):
            continue
        hidden = edition.hidden_fields(hit.kind)
        if hidden:
            rebuilt = _without_hidden(text, edition, hit, row, hidden)
            if rebuilt is None:
                continue
            hit = rebuilt
        out.append(hit)
    return out


def _without_hidden(
    text: str, edition: Edition, hit: Hit, row: Row, hidden: frozenset[str]
) -> Hit | None:
    """The hit as far as the shown fields carry it; None when only hidden text matched."""
    kind = KINDS_BY_TABLE[hit.kind]
    shown = edition.shown(hit.kind, row)
    fields = [f.name for f in kind.fields if f.searchable and f.name not in hidden]
    words = _words(" ".join(str(shown.get(n) or "") for n in fields))
    asked = _words(text or "")
    if not asked:
        return None
    *whole, last = asked
    if not all(w in words for w in whole) or not any(w.startswith(last) for w in words):
        return None
    return replace(hit, snippet=_snippet(" ".join(str(shown.get(n) or "") for n in fields), last))


_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # as `domain.search_text` splits words


def _snippet(text: str, word: str, width: int = 120) -> str:
    """About ``width`` characters of ``text`` around the first word starting with ``word``."""
    found = next(
        (
            m.start()
            for m in _WORD.finditer(text)
            if (_words(m.group()) or [""])[0].startswith(word)
        ),
        0,
    )
    start = max(0, found - width // 3)
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _words(text: str) -> list[str]:
    """Words as the search index sees them (one folding for index and query)."""
    return words(text)
