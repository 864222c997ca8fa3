"""Search everywhere, for the app: ranked hits grouped by the dossier they belong to.

Ranking and filtering happen in SQLite (`store.search`, FTS5 with bm25); this module only groups
the hits by dossier (in the order of each dossier's best hit) and names kinds and dossiers the
way the app shows them, with figure references (`{fig:key}`) in titles and snippets filled in
with the figures' current values, as everywhere else in the app. With an edition set (the app's
"Bekijken als"), it finds and counts only what that edition may show (`visible.visible_hits`,
the same filter as `briefing search --editie`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import KINDS_BY_TABLE
from briefing_app.services.core.visible import visible_hits
from briefing_app.services.figures.book import FigureBook, figure_book
from briefing_app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN, Hit, count

# An edition's count is of hits the policy let through, so it reads them; up to this many.
EDITION_COUNT_LIMIT = 10_000

if TYPE_CHECKING:
    import sqlite_utils

NO_DOSSIER = "Algemeen"


@dataclass(frozen=True)
class HitGroup:
    dossier_id: str | None
    dossier_title: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class SearchFilters:
    classifications: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    changed_since: str | None = None


class FinderService:
    """Answers the search box; one instance per open database.

    ``open_reader`` opens a separate read connection to the same database: with it the app
    runs type-ahead searches on a worker thread (`for_worker`), so the window never waits on
    a query. Without it (an in-memory database) searches run where they are asked.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        open_reader: Callable[[], sqlite_utils.Database] | None = None,
    ) -> None:
        self.db = db
        self.edition: Edition | None = None  # None: everything
        self._open_reader = open_reader

    def set_edition(self, edition: Edition | None) -> None:
        self.edition = edition

    @property
    def can_work_in_background(self) -> bool:
        return self._open_reader is not None

    def for_worker(self) -> FinderService:
        """A finder on its own connection, for one worker thread (close its ``db`` after)."""
        if self._open_reader is None:
            raise RuntimeError("no separate connection for this database")
        worker = FinderService(self._open_reader())
        worker.edition = self.edition
        return worker

    def find_with_count(
        self, text: str, filters: SearchFilters | None = None, *, limit: int = 60
    ) -> tuple[list[HitGroup], int]:
        """`find` and, when the page is full, `count`: what the search box shows at once."""
        groups = self.find(text, filters, limit=limit)
        shown = sum(len(g.hits) for g in groups)
        return groups, self.count(text, filters) if shown >= limit else shown

    def find(
        self, text: str, filters: SearchFilters | None = None, *, limit: int = 60
    ) -> list[HitGroup]:
        filters = filters or SearchFilters()
        hits = self._hits(text, filters, limit)
        if any("{fig:" in h.title or "{fig:" in h.snippet for h in hits):
            book = figure_book(self.db, self.edition)
            hits = [render_hit(h, book) for h in hits]
        return self.group(hits)

    def count(self, text: str, filters: SearchFilters | None = None) -> int:
        """How many items match in all, beyond the ``limit`` that `find` shows."""
        filters = filters or SearchFilters()
        if self.edition is not None:
            return len(self._hits(text, filters, EDITION_COUNT_LIMIT))
        return count(
            self.db,
            text,
            classifications=filters.classifications,
            statuses=filters.statuses,
            changed_since=filters.changed_since,
        )

    def _hits(self, text: str, filters: SearchFilters, limit: int) -> list[Hit]:
        return visible_hits(
            self.db,
            text,
            Edition.of(self.edition),
            limit=limit,
            classifications=filters.classifications,
            statuses=filters.statuses,
            changed_since=filters.changed_since,
        )

    def group(self, hits: Sequence[Hit]) -> list[HitGroup]:
        titles = self._dossier_titles({h.dossier_id for h in hits if h.dossier_id})
        grouped: dict[str | None, list[Hit]] = {}
        for hit in hits:  # dicts keep insertion order: groups come in order of their best hit
            grouped.setdefault(hit.dossier_id, []).append(hit)
        return [
            HitGroup(dossier_id, titles.get(dossier_id or "", NO_DOSSIER), tuple(group))
            for dossier_id, group in grouped.items()
        ]

    def _dossier_titles(self, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        sql = f"SELECT id, title FROM dossiers WHERE id IN ({marks})"
        return {str(i): str(t) for i, t in self.db.execute(sql, list(ids)).fetchall()}


# A reference the snippet cut off at its start or end (`…{fig:accres_2` or `s_2025}…`).
_CUT_REFERENCE = re.compile(r"\{fig:[^}\s]*$|^[^{\s]*\}")
_MARKS = re.compile(f"[{SNIPPET_OPEN}{SNIPPET_CLOSE}]")


def render_hit(hit: Hit, book: FigureBook) -> Hit:
    """``hit`` with its title and snippet showing current figure values instead of `{fig:…}`."""

    def unmark(match: re.Match[str]) -> str:  # a match inside a reference would hide it
        return _MARKS.sub("", match.group(0))

    snippet = re.sub(r"\{fig:[^}]*\}", unmark, hit.snippet)
    snippet = _CUT_REFERENCE.sub("…", book.render(snippet).text)
    return replace(hit, title=book.render(hit.title).text, snippet=snippet)


def kind_label(table: str) -> str:
    """How the app names the kind of a hit: `Spreekpunt`, `Kerncijfer`, ..."""
    kind = KINDS_BY_TABLE.get(table)
    return kind.label if kind else table
