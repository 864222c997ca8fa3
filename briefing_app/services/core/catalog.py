"""Reading the store for people: dossiers with all their sections, meetings, stakeholders, search.

The app, the command line and the packs all show the same things, so they read them here, as
plain frozen dataclasses without Qt or SQL. Texts come with their `{fig:key}` references filled
in (through `FigureBook`) and the keys that could not be resolved, so every face can mark a
broken reference instead of dropping it. Every reader takes an optional ``up_to`` edition and
then asks the edition policy (`domain.edition`) about every row, field, figure value and name,
exactly as the packs do; without one it reads everything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
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
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
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
from briefing_app.services.core.visible import visible_hits
from briefing_app.services.figures.book import FigureBook, figure_book, parse_series
from briefing_app.store import search as store_search

if TYPE_CHECKING:
    import sqlite_utils

Row = Mapping[str, object]
Level = Edition | Classification | str | None

# The sections of a dossier, in the order a briefing reads them.
DOSSIER_SECTIONS: tuple[ItemKind, ...] = (
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    COMMITMENT,
)


UNKNOWN_DOSSIER = Template(
    "catalog.unknown_dossier",
    QT_TRANSLATE_NOOP("messages", "onbekend dossier '{slug}' (bekende dossiers: {known})"),
)
NO_DOSSIERS = Template("catalog.no_dossiers", QT_TRANSLATE_NOOP("messages", "geen"))
UNKNOWN_MEETING = Template(
    "catalog.unknown_meeting", QT_TRANSLATE_NOOP("messages", "onbekend overleg '{id}'")
)


class UnknownDossierError(LookupError):
    """No dossier with that slug or id; the message lists the ones that exist."""


class UnknownMeetingError(LookupError):
    """No meeting with that id (or not in the edition asked for)."""


# -- figures -------------------------------------------------------------------------------


def render_text(db: sqlite_utils.Database, text: str) -> Rendered:
    """One text with its references filled in (for a single text; reuse `figure_book` for many)."""
    return figure_book(db).render(text)


# -- dossiers ------------------------------------------------------------------------------


def list_dossiers(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Dossier]:
    """All dossiers in their order, with how many items each section holds (for an edition:
    how many it shows)."""
    edition = Edition.of(up_to)
    counts: dict[str, dict[str, int]] = {}
    for kind in DOSSIER_SECTIONS:
        # Grouped by what the policy looks at, so the policy decides without reading every row.
        kind_column = "kind" if kind is POSITION else "NULL"
        sql = (
            f"SELECT dossier_id, classification, {kind_column} AS kind, count(*) "
            f"FROM [{kind.table}] GROUP BY dossier_id, classification, {kind_column}"
        )
        for dossier_id, level, item_kind, number in db.execute(sql).fetchall():
            if edition.may_show(kind.table, {"classification": level, "kind": item_kind}):
                per_dossier = counts.setdefault(dossier_id, {})
                per_dossier[kind.table] = per_dossier.get(kind.table, 0) + number
    return [
        _dossier(edition.shown("dossiers", row), counts.get(str(row["id"]), {}))
        for row in _rows(db, DOSSIER)
        if edition.may_show("dossiers", row)
    ]


def dossier_view(db: sqlite_utils.Database, slug_or_id: str, *, up_to: Level = None) -> DossierView:
    """A dossier by slug (or id) with all its sections; UnknownDossierError when there is none."""
    edition = Edition.of(up_to)
    rows = list(
        db.query("SELECT * FROM dossiers WHERE slug = ? OR id = ?", [slug_or_id, slug_or_id])
    )
    if not rows or not edition.may_show("dossiers", rows[0]):
        known = ", ".join(d.slug for d in list_dossiers(db, up_to=up_to)) or NO_DOSSIERS()
        raise UnknownDossierError(UNKNOWN_DOSSIER(slug=slug_or_id, known=known))
    row = rows[0]
    book = figure_book(db, edition)
    citations = _citations(db, edition)
    stakeholders = {
        str(s["id"]): edition.name("stakeholders", s) or ""
        for s in db.query("SELECT * FROM stakeholders")
    }
    meetings = {str(m["id"]): m for m in db.query("SELECT * FROM meetings")}
    parent = {"dossier_id": row["id"]}

    def shown(kind: ItemKind) -> list[Row]:
        return [
            r
            for r in _rows(db, kind, parent)
            if edition.may_show(
                kind.table, r, dossier=row, meeting=meetings.get(str(r.get("meeting_id")))
            )
        ]

    def items(kind: ItemKind) -> tuple[Item, ...]:
        return tuple(_item(kind, r, book, citations, stakeholders) for r in shown(kind))

    return DossierView(
        dossier=_dossier(edition.shown("dossiers", row), {}),
        positions=items(POSITION),
        figures=tuple(_figure(r, book, citations) for r in shown(FIGURE)),
        talking_points=items(TALKING_POINT),
        hard_questions=items(HARD_QUESTION),
        member_signals=items(MEMBER_SIGNAL),
        commitments=items(COMMITMENT),
    )


# -- meetings and stakeholders -------------------------------------------------------------


def list_stakeholders(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Stakeholder]:
    edition = Edition.of(up_to)
    rows = _rows(db, KINDS_BY_TABLE["stakeholders"])
    return [_stakeholder(r) for r in rows if edition.may_show("stakeholders", r)]


def list_meetings(db: sqlite_utils.Database, *, up_to: Level = None) -> list[Meeting]:
    """Meetings by date (those without a date last), each with agenda, counterparts, delegation."""
    edition = Edition.of(up_to)
    rows = db.query("SELECT * FROM meetings ORDER BY date IS NULL, date, sort_order, rowid")
    stakeholders = {s.id: s for s in list_stakeholders(db, up_to=edition)}
    return [
        _meeting(db, row, edition, stakeholders)
        for row in rows
        if edition.may_show("meetings", row)
    ]


def meeting(db: sqlite_utils.Database, meeting_id: str, *, up_to: Level = None) -> Meeting:
    for m in list_meetings(db, up_to=up_to):
        if m.id == meeting_id:
            return m
    raise UnknownMeetingError(UNKNOWN_MEETING(id=meeting_id))


def _meeting(
    db: sqlite_utils.Database, row: Row, edition: Edition, stakeholders: Mapping[str, Stakeholder]
) -> Meeting:
    parent = {"meeting_id": row["id"]}
    agenda_sql = (
        "SELECT a.*, d.slug, d.title AS dossier_title, d.classification AS dossier_classification "
        "FROM agenda_items a JOIN dossiers d ON d.id = a.dossier_id "
        "WHERE a.meeting_id = ? ORDER BY a.sort_order, a.rowid"
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
        if edition.may_show(
            "agenda_items",
            a,
            meeting=row,
            dossier={"classification": a["dossier_classification"]},
        )
    )
    counterparts = tuple(
        stakeholders[str(c["stakeholder_id"])]
        for c in _rows(db, KINDS_BY_TABLE["meeting_counterparts"], parent)
        if str(c["stakeholder_id"]) in stakeholders
        and edition.may_show("meeting_counterparts", c, meeting=row)
    )
    delegates = tuple(
        Delegate(str(d["id"]), str(d["name"]), str(d["role"] or ""), str(d["classification"]))
        for d in _rows(db, KINDS_BY_TABLE["delegates"], parent)
        if edition.may_show("delegates", d, meeting=row)
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
    """Ranked hits over every text of every item; any input is a valid query. For an edition,
    only what the edition may show, with figure values it may not show withheld."""
    edition = Edition.of(up_to)
    slugs = {str(r["id"]): str(r["slug"]) for r in db.query("SELECT id, slug FROM dossiers")}
    book = figure_book(db, edition)
    results = []
    for hit in visible_hits(db, text, edition, limit=limit):
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


def _rows(db: sqlite_utils.Database, kind: ItemKind, parent: Row | None = None) -> list[Row]:
    where, params = "1", []
    for column, value in (parent or {}).items():
        where += f" AND [{column}] = ?"
        params.append(value)
    sql = f"SELECT * FROM [{kind.table}] WHERE {where} ORDER BY sort_order, rowid"
    return list(db.query(sql, params))


def _citations(db: sqlite_utils.Database, edition: Edition) -> dict[str, str]:
    """Source titles by id; a source above the edition is named neutrally."""
    return {
        str(r["id"]): edition.name("sources", r) or ""
        for r in db.query("SELECT id, title, classification FROM sources")
    }


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
        source_pending=bool(row.get("source_pending")),
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
