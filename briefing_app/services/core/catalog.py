"""Reading the store for people: dossiers with all their sections, meetings, stakeholders, search.

The app, the command line and the packs all show the same things, so they read them here, as
plain frozen dataclasses without Qt or SQL. Texts come with their `{fig:key}` references filled
in (through `FigureBook`) and the keys that could not be resolved, so every face can mark a
broken reference instead of dropping it. Every reader takes an optional ``up_to``
classification: an edition of a pack asks only for what it may contain.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.items import (
    COMMITMENT,
    DOSSIER,
    FIGURE,
    HARD_QUESTION,
    KINDS_BY_TABLE,
    MEMBER_SIGNAL,
    POSITION,
    POSITION_KIND_LABELS,
    TALKING_POINT,
    TALKING_POINT_KIND_LABELS,
    ItemKind,
)
from briefing_app.domain.references import Rendered
from briefing_app.services.core.records import (
    AgendaEntry,
    Citation,
    Delegate,
    Dossier,
    DossierView,
    Figure,
    Item,
    Meeting,
    SearchResult,
    Stakeholder,
)
from briefing_app.services.figures.book import FigureBook, parse_series
from briefing_app.store import search as store_search

Row = Mapping[str, object]
Level = Classification | str | None

# The sections of a dossier, in the order a briefing reads them.
DOSSIER_SECTIONS: tuple[ItemKind, ...] = (
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    COMMITMENT,
)


class UnknownDossierError(LookupError):
    """No dossier with that slug or id; the message lists the ones that exist."""


class UnknownMeetingError(LookupError):
    """No meeting with that id (or not in the edition asked for)."""


# -- figures -------------------------------------------------------------------------------


def figure_book(db: sqlite_utils.Database) -> FigureBook:
    """Every figure of the database, to render `{fig:key}` references with."""
    return FigureBook.from_rows(db.query("SELECT key, value, unit, series FROM figures"))


def render_text(db: sqlite_utils.Database, text: str) -> Rendered:
    """One text with its references filled in (for a single text; reuse `figure_book` for many)."""
    return figure_book(db).render(text)


# -- dossiers ------------------------------------------------------------------------------


def list_dossiers(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Dossier]:
    """All dossiers in their order, with how many items each section holds."""
    counts: dict[str, dict[str, int]] = {}
    for kind in DOSSIER_SECTIONS:
        where, params = _level_clause(up_to)
        sql = f"SELECT dossier_id, count(*) FROM [{kind.table}] WHERE {where} GROUP BY dossier_id"
        for dossier_id, number in db.execute(sql, params).fetchall():
            counts.setdefault(dossier_id, {})[kind.table] = number
    return [_dossier(row, counts.get(str(row["id"]), {})) for row in _rows(db, DOSSIER, up_to)]


def dossier_view(db: sqlite_utils.Database, slug_or_id: str, *, up_to: Level = None) -> DossierView:
    """A dossier by slug (or id) with all its sections; UnknownDossierError when there is none."""
    rows = list(
        db.query("SELECT * FROM dossiers WHERE slug = ? OR id = ?", [slug_or_id, slug_or_id])
    )
    if not rows or not _allowed(rows[0], up_to):
        known = ", ".join(d.slug for d in list_dossiers(db, up_to=up_to)) or "geen"
        raise UnknownDossierError(f"onbekend dossier '{slug_or_id}' (bekende dossiers: {known})")
    row = rows[0]
    book = figure_book(db)
    citations = _citations(db)
    stakeholders = {s.id: s.name for s in list_stakeholders(db, up_to=up_to)}
    parent = {"dossier_id": row["id"]}

    def items(kind: ItemKind) -> tuple[Item, ...]:
        return tuple(
            _item(kind, r, book, citations, stakeholders) for r in _rows(db, kind, up_to, parent)
        )

    return DossierView(
        dossier=_dossier(row, {}),
        positions=items(POSITION),
        figures=tuple(_figure(r, book, citations) for r in _rows(db, FIGURE, up_to, parent)),
        talking_points=items(TALKING_POINT),
        hard_questions=items(HARD_QUESTION),
        member_signals=items(MEMBER_SIGNAL),
        commitments=items(COMMITMENT),
    )


# -- meetings and stakeholders -------------------------------------------------------------


def list_stakeholders(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Stakeholder]:
    return [_stakeholder(r) for r in _rows(db, KINDS_BY_TABLE["stakeholders"], up_to)]


def list_meetings(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Meeting]:
    """Meetings by date (those without a date last), each with agenda, counterparts, delegation."""
    where, params = _level_clause(up_to)
    rows = db.query(
        f"SELECT * FROM meetings WHERE {where} ORDER BY date IS NULL, date, sort_order, rowid",
        params,
    )
    stakeholders = {s.id: s for s in list_stakeholders(db, up_to=up_to)}
    return [_meeting(db, row, up_to, stakeholders) for row in rows]


def meeting(db: sqlite_utils.Database, meeting_id: str, *, up_to: Level = None) -> Meeting:
    for m in list_meetings(db, up_to=up_to):
        if m.id == meeting_id:
            return m
    raise UnknownMeetingError(f"onbekend overleg '{meeting_id}'")


def _meeting(
    db: sqlite_utils.Database, row: Row, up_to: Level, stakeholders: Mapping[str, Stakeholder]
) -> Meeting:
    parent = {"meeting_id": row["id"]}
    agenda_sql = (
        "SELECT a.*, d.slug, d.title AS dossier_title FROM agenda_items a "
        "JOIN dossiers d ON d.id = a.dossier_id WHERE a.meeting_id = ? ORDER BY a.sort_order, a.rowid"
    )
    agenda = tuple(
        AgendaEntry(
            str(a["id"]),
            str(a["dossier_id"]),
            str(a["slug"]),
            str(a["dossier_title"]),
            str(a["aim"] or ""),
            str(a["classification"]),
        )
        for a in db.query(agenda_sql, [row["id"]])
        if _allowed(a, up_to)
    )
    counterparts = tuple(
        stakeholders[str(c["stakeholder_id"])]
        for c in _rows(db, KINDS_BY_TABLE["meeting_counterparts"], up_to, parent)
        if str(c["stakeholder_id"]) in stakeholders
    )
    delegates = tuple(
        Delegate(str(d["id"]), str(d["name"]), str(d["role"] or ""), str(d["classification"]))
        for d in _rows(db, KINDS_BY_TABLE["delegates"], up_to, parent)
    )
    return Meeting(
        id=str(row["id"]),
        title=str(row["title"]),
        date=_text_or_none(row["date"]),
        place=str(row["place"] or ""),
        notes=str(row["notes"] or ""),
        classification=str(row["classification"]),
        agenda=agenda,
        counterparts=counterparts,
        delegates=delegates,
    )


# -- search --------------------------------------------------------------------------------


def search(
    db: sqlite_utils.Database, text: str, *, limit: int = 50, up_to: Level = None
) -> list[SearchResult]:
    """Ranked hits over every text of every item; any input is a valid query."""
    levels = [c.value for c in Classification if _level(up_to) is None or _level(up_to).allows(c)]
    slugs = {str(r["id"]): str(r["slug"]) for r in db.query("SELECT id, slug FROM dossiers")}
    book = figure_book(db)
    results = []
    for hit in store_search.search(db, text, limit=limit, classifications=levels):
        kind = KINDS_BY_TABLE.get(hit.kind)
        results.append(
            SearchResult(
                kind=kind.name if kind else hit.kind,
                kind_label=kind.label if kind else hit.kind,
                id=hit.item_id,
                dossier=slugs.get(hit.dossier_id or ""),
                title=book.render(hit.title).text,
                snippet=_plain(_render_snippet(hit.snippet, book)),
                marked_snippet=_render_snippet(hit.snippet, book),
                classification=hit.classification,
                status=hit.status,
            )
        )
    return results


def _plain(snippet: str) -> str:
    return snippet.replace(store_search.SNIPPET_OPEN, "").replace(store_search.SNIPPET_CLOSE, "")


def _render_snippet(snippet: str, book: FigureBook) -> str:
    """Fill in references in a marked snippet; a match inside a reference loses its marks."""
    unmarked = _REFERENCE_WITH_MARKS.sub(lambda m: _plain(m.group(0)), snippet)
    return book.render(unmarked).text


_REFERENCE_WITH_MARKS = re.compile(r"\{fig:[^{}\s]*\}")


# -- internals -----------------------------------------------------------------------------


def _level(up_to: Level) -> Classification | None:
    return None if up_to is None else Classification(up_to)


def _allowed(row: Row, up_to: Level) -> bool:
    level = _level(up_to)
    return level is None or level.allows(str(row["classification"]))


def _level_clause(up_to: Level) -> tuple[str, list[object]]:
    level = _level(up_to)
    if level is None:
        return "1", []
    allowed = [c.value for c in Classification if level.allows(c)]
    return f"classification IN ({', '.join('?' for _ in allowed)})", list(allowed)


def _rows(
    db: sqlite_utils.Database, kind: ItemKind, up_to: Level, parent: Row | None = None
) -> list[Row]:
    where, params = _level_clause(up_to)
    for column, value in (parent or {}).items():
        where += f" AND [{column}] = ?"
        params.append(value)
    sql = f"SELECT * FROM [{kind.table}] WHERE {where} ORDER BY sort_order, rowid"
    return list(db.query(sql, params))


def _citations(db: sqlite_utils.Database) -> dict[str, str]:
    return {str(r["id"]): str(r["title"]) for r in db.query("SELECT id, title FROM sources")}


def _citation(row: Row, sources: Mapping[str, str]) -> Citation:
    source_id = _text_or_none(row.get("source_id"))
    return Citation(source_id, sources.get(source_id or ""), str(row.get("source_section") or ""))


def _text_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _dossier(row: Row, counts: Mapping[str, int]) -> Dossier:
    return Dossier(
        id=str(row["id"]),
        slug=str(row["slug"]),
        title=str(row["title"]),
        summary=str(row["summary"] or ""),
        escalation=str(row["escalation"] or ""),
        classification=str(row["classification"]),
        status=str(row["status"]),
        counts=dict(counts),
    )


def _item(
    kind: ItemKind,
    row: Row,
    book: FigureBook,
    sources: Mapping[str, str],
    stakeholders: Mapping[str, str],
) -> Item:
    texts = {
        f.name: book.render(str(row.get(f.name) or ""))
        for f in kind.fields
        if f.kind == "text" and not f.references and not f.choices and f.searchable
    }
    labels = POSITION_KIND_LABELS if kind is POSITION else TALKING_POINT_KIND_LABELS
    return Item(
        kind=kind,
        id=str(row["id"]),
        row=dict(row),
        texts=texts,
        citation=_citation(row, sources),
        kind_label=labels.get(str(row.get("kind")), "")
        if kind in (POSITION, TALKING_POINT)
        else "",
        stakeholder=stakeholders.get(str(row.get("stakeholder_id") or "")),
    )


def _figure(row: Row, book: FigureBook, sources: Mapping[str, str]) -> Figure:
    key = str(row["key"])
    value = row.get("value")
    return Figure(
        id=str(row["id"]),
        key=key,
        label=str(row["label"]),
        value=None if value is None else float(value),  # type: ignore[arg-type]
        unit=str(row["unit"]),
        period=str(row["period"] or ""),
        series=parse_series(row.get("series")),
        as_of=_text_or_none(row.get("as_of")),
        note=str(row["note"] or ""),
        citation=_citation(row, sources),
        classification=str(row["classification"]),
        status=str(row["status"]),
        display=book.display(key) or "onbekend",
    )


def _stakeholder(row: Row) -> Stakeholder:
    return Stakeholder(
        id=str(row["id"]),
        slug=str(row["slug"]),
        name=str(row["name"]),
        role=str(row["role"] or ""),
        organisation=str(row["organisation"] or ""),
        kind=str(row["kind"] or ""),
        interests=str(row["interests"] or ""),
        classification=str(row["classification"]),
    )


__all__ = [
    "AgendaEntry",
    "Citation",
    "Delegate",
    "Dossier",
    "DossierView",
    "Figure",
    "Item",
    "Meeting",
    "SearchResult",
    "Stakeholder",
    "UnknownDossierError",
    "UnknownMeetingError",
    "dossier_view",
    "figure_book",
    "list_dossiers",
    "list_meetings",
    "list_stakeholders",
    "meeting",
    "render_text",
    "search",
]
