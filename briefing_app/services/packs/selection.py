"""Which rows of the store go into one edition of a pack, and how many are left out.

A pack covers a meeting (its agenda dossiers, counterparts and delegation) or a list of
dossiers. An edition takes only rows at or below its classification; a row whose dossier is
left out is left out with it; an agenda item above the edition hides only its aim; a bottom line
or BATNA, and a dossier's escalation strategy, appear only in the `vertrouwelijk` edition
whatever their own classification says. Everything left out is counted, never shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.items import CONFIDENTIAL_POSITION_KINDS

Row = dict[str, object]
CHILD_TABLES = ("talking_points", "figures", "positions", "hard_questions")


class PackError(Exception):
    """A pack cannot be made or written; the message says why, in Dutch."""


@dataclass
class Selection:
    """The rows one edition may show, grouped as the pack needs them."""

    edition: Classification
    meeting: Row | None
    agenda: list[tuple[Row | None, Row]]  # (agenda item or None, dossier), in agenda order
    children: dict[str, dict[str, list[Row]]]  # dossier id -> table -> rows, in order
    counterparts: list[Row]  # stakeholder rows
    delegates: list[Row]
    stakeholders: dict[str, Row]  # every stakeholder the edition may name, by id
    sources: dict[str, Row]  # every source the edition may cite, by id
    figures_by_key: dict[str, Row]  # every figure the edition may show, by key
    withheld_keys: set[str]  # keys of figures that exist but are above the edition
    left_out: int = 0
    meeting_above_edition: bool = False
    included: list[tuple[str, Row]] = field(default_factory=list)  # (table, row)


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence[object] = ()) -> list[Row]:
    return [dict(r) for r in db.query(sql, list(params))]


def allowed(edition: Classification, table: str, row: Row) -> bool:
    if not edition.allows(str(row["classification"])):
        return False
    if table == "positions" and row.get("kind") in CONFIDENTIAL_POSITION_KINDS:
        return edition is Classification.VERTROUWELIJK
    return True


def select(
    db: sqlite_utils.Database,
    edition: Classification,
    *,
    meeting_id: str | None = None,
    dossier_slugs: Sequence[str] = (),
) -> Selection:
    """Gather the rows of the pack; raises PackError for an unknown meeting or dossier."""
    meeting, agenda_rows = _meeting_and_agenda(db, meeting_id, dossier_slugs)
    sel = Selection(
        edition=edition,
        meeting=None,
        agenda=[],
        children={},
        counterparts=[],
        delegates=[],
        stakeholders={},
        sources={},
        figures_by_key={},
        withheld_keys=set(),
    )
    if meeting is not None:
        # The title, date and place of the meeting frame every edition the meeting's own
        # classification allows; above it the pack gets a neutral title (see packs.assembly).
        sel.meeting = meeting
        sel.meeting_above_edition = not allowed(edition, "meetings", meeting)
        if not sel.meeting_above_edition:
            sel.included.append(("meetings", meeting))
    _take_agenda(db, sel, agenda_rows)
    _take_people(db, sel, meeting)
    _take_lookups(db, sel)
    return sel


def _meeting_and_agenda(
    db: sqlite_utils.Database, meeting_id: str | None, slugs: Sequence[str]
) -> tuple[Row | None, list[tuple[Row | None, Row]]]:
    if meeting_id is not None:
        found = _rows(db, "SELECT * FROM meetings WHERE id = ?", [meeting_id])
        if not found:
            raise PackError(f"Onbekend overleg: {meeting_id} (zie 'briefing meetings').")
        sql = """SELECT a.*, d.id AS d_id FROM agenda_items a JOIN dossiers d ON d.id = a.dossier_id
                 WHERE a.meeting_id = ? ORDER BY a.sort_order, a.rowid"""
        agenda = []
        for item in _rows(db, sql, [meeting_id]):
            dossier = _rows(db, "SELECT * FROM dossiers WHERE id = ?", [item.pop("d_id")])[0]
            agenda.append((item, dossier))
        return found[0], agenda
    if not slugs:
        raise PackError("Kies een overleg of ten minste één dossier.")
    agenda_d: list[tuple[Row | None, Row]] = []
    for slug in dict.fromkeys(slugs):
        found = _rows(db, "SELECT * FROM dossiers WHERE slug = ?", [slug])
        if not found:
            raise PackError(f"Onbekend dossier: {slug} (zie 'briefing dossiers').")
        agenda_d.append((None, found[0]))
    return None, agenda_d


def _take_agenda(
    db: sqlite_utils.Database, sel: Selection, agenda: list[tuple[Row | None, Row]]
) -> None:
    for item, dossier in agenda:
        children = {
            table: _rows(
                db,
                f"SELECT * FROM [{table}] WHERE dossier_id = ? ORDER BY sort_order, rowid",
                [dossier["id"]],
            )
            for table in CHILD_TABLES
        }
        if not allowed(sel.edition, "dossiers", dossier):
            sel.left_out += 1 + (item is not None) + sum(len(rows) for rows in children.values())
            continue
        # That a dossier is on the agenda is known to everyone at the table; the aim we set for
        # it is content, shown only when the agenda item's classification allows.
        if item is not None and not allowed(sel.edition, "agenda_items", item):
            sel.left_out += 1
            item = None
        if item is not None:
            sel.included.append(("agenda_items", item))
        sel.included.append(("dossiers", dossier))
        sel.agenda.append((item, dossier))
        if (
            sel.edition is not Classification.VERTROUWELIJK
            and str(dossier.get("escalation") or "").strip()
        ):
            sel.left_out += 1  # the escalation strategy: vertrouwelijk only, like the BATNA
        kept: dict[str, list[Row]] = {}
        for table, rows in children.items():
            kept[table] = [r for r in rows if allowed(sel.edition, table, r)]
            sel.left_out += len(rows) - len(kept[table])
            sel.included += [(table, r) for r in kept[table]]
        sel.children[str(dossier["id"])] = kept


def _take_people(db: sqlite_utils.Database, sel: Selection, meeting: Row | None) -> None:
    stakeholders = _rows(db, "SELECT * FROM stakeholders ORDER BY sort_order, rowid")
    sel.stakeholders = {
        str(s["id"]): s for s in stakeholders if allowed(sel.edition, "stakeholders", s)
    }
    if meeting is None:
        # A pack of dossiers names whoever its positions name.
        named = {
            str(p["stakeholder_id"])
            for rows in sel.children.values()
            for p in rows["positions"]
            if p.get("stakeholder_id")
        }
        sel.counterparts = [
            s for s in stakeholders if s["id"] in named and s["id"] in sel.stakeholders
        ]
        sel.included += [("stakeholders", s) for s in sel.counterparts]
    else:
        links = _rows(
            db,
            "SELECT * FROM meeting_counterparts WHERE meeting_id = ? ORDER BY sort_order, rowid",
            [meeting["id"]],
        )
        for link in links:
            person = sel.stakeholders.get(str(link["stakeholder_id"]))
            if person is None or not allowed(sel.edition, "meeting_counterparts", link):
                sel.left_out += 1
                continue
            sel.counterparts.append(person)
            sel.included += [("meeting_counterparts", link), ("stakeholders", person)]
        delegates = _rows(
            db,
            "SELECT * FROM delegates WHERE meeting_id = ? ORDER BY sort_order, rowid",
            [meeting["id"]],
        )
        sel.delegates = [d for d in delegates if allowed(sel.edition, "delegates", d)]
        sel.left_out += len(delegates) - len(sel.delegates)
        sel.included += [("delegates", d) for d in sel.delegates]


def _take_lookups(db: sqlite_utils.Database, sel: Selection) -> None:
    sources = _rows(db, "SELECT * FROM sources ORDER BY sort_order, rowid")
    sel.sources = {str(s["id"]): s for s in sources if allowed(sel.edition, "sources", s)}
    sql = """SELECT f.*, d.classification AS dossier_classification
             FROM figures f JOIN dossiers d ON d.id = f.dossier_id"""
    for figure in _rows(db, sql):
        dossier_level = str(figure.pop("dossier_classification"))
        if allowed(sel.edition, "figures", figure) and sel.edition.allows(dossier_level):
            sel.figures_by_key[str(figure["key"])] = figure
        else:
            sel.withheld_keys.add(str(figure["key"]))
