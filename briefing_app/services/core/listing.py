"""Rows for the app's lists: paged, filtered and sorted in SQL, never in Python.

The app's item models are passive adapters; this module is where their rows come from. A query
names one kind of item, the dossier or meeting it belongs to, filters (kind, classification,
status, changed since) and an order; `count`, `page` and `index_of` answer it with LIMIT windows,
so a dossier with 100,000 talking points opens as fast as one with ten. Texts that cite figures
come back rendered with the figures' current values beside their source text.

With an edition set (`set_edition`, the app's "Bekijken als"), every list shows only what the
edition policy (`domain.edition`) lets that edition show: items, fields, figure values in texts
and the names of what is above it, as the edition's pack would.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing_app.domain.edition import Edition
from briefing_app.domain.items import KINDS_BY_TABLE, ItemKind, kind_named
from briefing_app.domain.references import REFERENCE
from briefing_app.services.core import edition_sql
from briefing_app.services.figures.book import FigureBook, FigureValue, figure_book

if TYPE_CHECKING:
    import sqlite_utils

Row = dict[str, object]

# Columns that carry figure references and are shown rendered.
RENDERED_FIELDS = ("text", "answer", "question", "our_answer", "summary", "aim", "note")
_MANAGED = ("classification", "status", "sort_order", "updated_at", "created_at")


@dataclass(frozen=True)
class ListQuery:
    """Which rows a list shows: one kind, one parent, filters and an order."""

    kind: str
    parent_id: str | None = None
    # The field `parent_id` matches when it is not the kind's own parent: commitments belong to
    # a meeting and a dossier at once, and are listed under either.
    parent_field: str | None = None
    kinds: tuple[str, ...] = ()  # values of the item's own `kind` field (e.g. key_message)
    parties: tuple[str, ...] = ()
    states: tuple[str, ...] = ()  # a commitment's state: open or done
    classifications: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    changed_since: str | None = None  # only rows changed at or after this moment
    order_by: str = "sort_order"
    descending: bool = False

    def with_order(self, column: str, descending: bool = False) -> ListQuery:
        return replace(self, order_by=column, descending=descending)

    @property
    def manual_order(self) -> bool:
        """True when the list shows the user's own order, so dragging may change it."""
        return self.order_by == "sort_order" and not self.descending


class ListingService:
    """Read-only queries behind the app's lists and navigator."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.edition: Edition | None = None  # None: everything, as the user edits it

    def set_edition(self, edition: Edition | None) -> None:
        """Show every list as ``edition`` would (None: everything)."""
        self.edition = edition

    # -- item lists ------------------------------------------------------------------------

    def count(self, query: ListQuery) -> int:
        where, params = self._where(query)
        sql = f"SELECT count(*) FROM [{_kind(query).table}] WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def page(
        self, query: ListQuery, offset: int, limit: int, *, marked_since: str | None = None
    ) -> list[Row]:
        """Rows ``offset`` .. ``offset + limit`` in the query's order, each with display extras.

        ``marked_since`` sets `changed` on rows changed at or after that moment.
        """
        kind = _kind(query)
        where, params = self._where(query)
        sql = (
            f"SELECT t.*, t.rowid AS _rowid FROM [{kind.table}] AS t WHERE {where} "
            f"ORDER BY {self._order(query)} LIMIT ? OFFSET ?"
        )
        rows = [dict(r) for r in self.db.query(sql, [*params, limit, offset])]
        return self._decorate(kind, rows, marked_since)

    def row(self, kind: str, item_id: str, *, marked_since: str | None = None) -> Row | None:
        item_kind = kind_named(kind)
        rows = [
            dict(r)
            for r in self.db.query(f"SELECT * FROM [{item_kind.table}] WHERE id = ?", [item_id])
        ]
        decorated = self._decorate(item_kind, rows, marked_since)
        return decorated[0] if decorated else None

    def index_of(self, query: ListQuery, item_id: str) -> int | None:
        """Where ``item_id`` stands in the query's order (None when the filters hide it)."""
        kind = _kind(query)
        where, params = self._where(query)
        column = self._order_column(query)
        sql = f"SELECT t.[{column}], t.rowid FROM [{kind.table}] AS t WHERE {where} AND t.id = ?"
        found = self.db.execute(sql, [*params, item_id]).fetchone()
        if found is None:
            return None
        value, rowid = found
        if value is None:  # NULLs sort first; counting around them is not worth the clauses
            return self._index_by_numbering(query, item_id)
        # Count the rows before it: with an index on the order this reads no table rows.
        less = ">" if query.descending else "<"
        sql = (
            f"SELECT count(*) FROM [{kind.table}] AS t WHERE {where} AND "
            f"(t.[{column}] {less} ? OR t.[{column}] IS NULL AND {int(not query.descending)} "
            f"OR (t.[{column}] = ? AND t.rowid {less} ?))"
        )
        return int(self.db.execute(sql, [*params, value, value, rowid]).fetchone()[0])

    def _index_by_numbering(self, query: ListQuery, item_id: str) -> int | None:
        kind = _kind(query)
        where, params = self._where(query)
        sql = (
            f"SELECT position FROM (SELECT id, row_number() OVER (ORDER BY {self._order(query)}) - 1"
            f" AS position FROM [{kind.table}] AS t WHERE {where}) WHERE id = ?"
        )
        found = self.db.execute(sql, [*params, item_id]).fetchone()
        return None if found is None else int(found[0])

    # -- navigator and pickers -------------------------------------------------------------

    def dossiers(self) -> list[Row]:
        rows = self._all("SELECT id, slug, title, classification, updated_at FROM dossiers")
        return self._shown("dossiers", rows)

    def meetings(self) -> list[Row]:
        sql = (
            "SELECT id, title, date, place, updated_at, classification FROM meetings "
            "ORDER BY date IS NULL, date, sort_order, rowid"
        )
        return self._shown("meetings", [dict(r) for r in self.db.query(sql)])

    def stakeholders(self) -> list[Row]:
        sql = "SELECT id, slug, name, role, organisation, kind, classification FROM stakeholders"
        return self._shown("stakeholders", self._all(sql))

    def stakeholder_meetings(self, stakeholder_id: str) -> list[Row]:
        """The meetings a counterpart attends, soonest date first (undated last)."""
        sql = (
            "SELECT m.id, m.title, m.date, m.place, m.classification FROM meeting_counterparts AS c "
            "JOIN meetings AS m ON m.id = c.meeting_id WHERE c.stakeholder_id = ? "
            "GROUP BY m.id ORDER BY m.date IS NULL, m.date, m.sort_order, m.rowid"
        )
        return self._shown("meetings", [dict(r) for r in self.db.query(sql, [stakeholder_id])])

    def stakeholder_positions(self, stakeholder_id: str) -> list[Row]:
        """The positions held by a counterpart, per dossier in the dossiers' order."""
        sql = (
            "SELECT p.*, d.title AS dossier_title, d.classification AS dossier_classification "
            "FROM positions AS p JOIN dossiers AS d ON d.id = p.dossier_id "
            "WHERE p.stakeholder_id = ? ORDER BY d.sort_order, d.rowid, p.sort_order, p.rowid"
        )
        rows = [dict(r) for r in self.db.query(sql, [stakeholder_id])]
        if self.edition is not None:
            edition = self.edition
            rows = [
                r
                for r in rows
                if edition.may_show(
                    "positions", r, dossier={"classification": r["dossier_classification"]}
                )
            ]
        return self._decorate(kind_named("position"), rows, None)

    def delegates(self, meeting_id: str) -> list[Row]:
        """Our delegation at one meeting, in its order: who may lead an agenda item."""
        sql = (
            "SELECT id, name, role, classification FROM delegates WHERE meeting_id = ? "
            "ORDER BY sort_order, rowid"
        )
        return self._shown("delegates", [dict(r) for r in self.db.query(sql, [meeting_id])])

    def sources(self) -> list[Row]:
        rows = self._all("SELECT id, title, kind, issued_on, classification FROM sources")
        return self._shown("sources", rows)

    def figure_keys(self) -> list[Row]:
        """Every reference a text may make (`key`, and `key.YEAR` for a series), with the
        figure's label and current value, for completion and rendering. For an edition, a
        figure above it keeps its key (texts cite it) but reads as withheld, without its label."""
        book = figure_book(self.db, self.edition)
        labels = {str(k): str(v) for k, v in self.db.execute("SELECT key, label FROM figures")}
        out = []
        for ref in book.references():
            figure = book.figure_of(ref)
            label = "" if book.withheld(ref) or figure is None else labels.get(figure.key, "")
            out.append({"key": ref, "label": label, "display": book.display(ref) or ""})
        return out

    def figure_values(self) -> dict[str, str]:
        """Reference -> its value as a pack prints it; what `{fig:...}` renders to. The same
        `FigureBook` as the command line and the packs, so all faces show the same number."""
        book = figure_book(self.db, self.edition)
        return {ref: book.display(ref) or "" for ref in book.references()}

    def dossier_changes(self, since: str) -> dict[str, int]:
        """Per dossier, how many of its items changed content at or after ``since`` (the same
        `updated_at` the rows' marks compare; a move does not touch it), as the edition shows."""
        counts: dict[str, int] = {}
        for table in ("positions", "figures", "talking_points", "hard_questions", "member_signals"):
            # `+dossier_id`: without it SQLite reads every row through the dossier index to
            # save a sort; with it, it uses the `updated_at` index and reads only the changed
            # rows (0.1 ms instead of 0.9 s at 100,000 talking points, measured in bench/).
            where, params = "updated_at >= ?", [since]
            if self.edition is not None:
                clause, values = edition_sql.condition(self.edition, KINDS_BY_TABLE[table])
                where, params = f"{where} AND {clause}", [*params, *values]
            sql = f"SELECT dossier_id, count(*) FROM [{table}] WHERE {where} GROUP BY +dossier_id"
            for dossier_id, n in self.db.execute(sql, params).fetchall():
                counts[dossier_id] = counts.get(dossier_id, 0) + int(n)
        return counts

    # -- internals ---------------------------------------------------------------------------

    def _add_reference_titles(self, kind: ItemKind, rows: list[Row]) -> None:
        """For each field that points at another item, that item's title as `<field>_title`."""
        for f in kind.fields:
            if not f.references or f.name == kind.parent or not rows:
                continue
            ids = sorted({str(r[f.name]) for r in rows if r.get(f.name)})
            titles: dict[str, str] = {}
            if ids:
                sql = f"SELECT * FROM [{f.references}] WHERE id IN ({', '.join('?' for _ in ids)})"
                edition = self.edition or Edition.of(None)
                titles = {
                    str(r["id"]): edition.name(f.references, r) or ""
                    for r in self.db.query(sql, ids)
                }
            for r in rows:
                r[f"{f.name}_title"] = titles.get(str(r.get(f.name)), "")

    def _all(self, sql: str) -> list[Row]:
        return [dict(r) for r in self.db.query(sql + " ORDER BY sort_order, rowid")]

    def _shown(self, table: str, rows: list[Row]) -> list[Row]:
        """The rows of a picker or the navigator that the edition shows (all without one)."""
        if self.edition is None:
            return rows
        return [self.edition.shown(table, r) for r in rows if self.edition.may_show(table, r)]

    def _where(self, query: ListQuery) -> tuple[str, list[object]]:
        kind = _kind(query)
        clauses, params = ["1 = 1"], []
        parent = query.parent_field or kind.parent
        if parent and query.parent_id is not None:
            clauses.append(f"[{parent}] = ?")
            params.append(query.parent_id)
        for column, values in (
            ("kind", query.kinds),
            ("party", query.parties),
            ("state", query.states),
            ("classification", query.classifications),
            ("status", query.statuses),
        ):
            if values:
                clauses.append(f"[{column}] IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if query.changed_since:
            clauses.append("updated_at >= ?")
            params.append(query.changed_since)
        if self.edition is not None:
            clause, values = edition_sql.condition(self.edition, kind)
            clauses.append(clause)
            params.extend(values)
        return " AND ".join(clauses), params

    def _order_column(self, query: ListQuery) -> str:
        allowed = set(_kind(query).field_names) | set(_MANAGED)
        return query.order_by if query.order_by in allowed else "sort_order"

    def _order(self, query: ListQuery) -> str:
        column = self._order_column(query)
        direction = "DESC" if query.descending else "ASC"
        # The rowid breaks ties so that paging never shows a row twice or skips one.
        return f"t.[{column}] {direction}, t.rowid {direction}"

    def _decorate(self, kind: ItemKind, rows: list[Row], marked_since: str | None) -> list[Row]:
        book: FigureBook | None = None
        if self.edition is not None:  # the SQL narrowed already; the policy has the last word
            edition = self.edition
            rows = [edition.shown(kind.table, r) for r in rows if edition.may_show(kind.table, r)]
        self._add_reference_titles(kind, rows)
        for row in rows:
            row.pop("_rowid", None)
            row["changed"] = bool(marked_since and str(row.get("updated_at", "")) >= marked_since)
            if kind.name == "figure":
                row["display_value"] = _figure_display(row)
            for name in RENDERED_FIELDS:
                text = row.get(name)
                if isinstance(text, str) and REFERENCE.search(text):
                    if book is None:
                        book = figure_book(self.db, self.edition)
                    rendered = book.render(text)
                    row[f"{name}_rendered"] = rendered.text
                    row[f"{name}_broken"] = rendered.broken
        return rows


def _figure_display(row: Row) -> str | None:
    """The value as a pack prints it (a series by its years); None when it is not known yet, so
    that the app can say so in the language of its interface."""
    figure = FigureValue.from_row(row)
    if (figure.value is None and not figure.is_series) or (figure.is_series and not figure.series):
        return None
    return figure.display


def _kind(query: ListQuery) -> ItemKind:
    return kind_named(query.kind)
