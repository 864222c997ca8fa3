"""Which rows of the store go into one edition of a pack, and how many are left out.

A pack covers a meeting (its agenda dossiers, counterparts and delegation) or a list of
dossiers. Which rows, fields and figure values an edition takes is the edition policy's
(`domain.edition`) to say, as on every other surface: this module only gathers the rows and
their dossier and meeting, asks the policy, and counts what it leaves out (never shown). That a
dossier is on the agenda is known to everyone at the table; an agenda item above the edition
hides only its aim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.services.figures.book import FigureBook
from briefing_app.services.packs import messages

Row = dict[str, object]
CHILD_TABLES = ("talking_points", "figures", "positions", "hard_questions", "member_signals")
# Open commitments are printed per dossier (and those of the meeting on no dossier at its end).
_OPEN_COMMITMENTS = (
    "SELECT * FROM commitments WHERE {where} AND state = 'open' "
    "ORDER BY due_on IS NULL, due_on, sort_order, rowid"
)


class PackError(Exception):
    """A pack cannot be made or written; the message (a `Message`, see `messages.py`) says why."""


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
    figures_by_key: dict[str, Row]  # every figure whose value the edition may show, by key
    book: FigureBook  # every figure, read as the edition may show it
    left_out: int = 0
    meeting_above_edition: bool = False
    # The meeting has a delegation or counterparts, but none the edition may name: a pack then
    # must not say they are not set yet (and the check must not ask for them).
    delegates_withheld: int = 0
    counterparts_withheld: int = 0
    included: list[tuple[str, Row]] = field(default_factory=list)  # (table, row)
    meeting_commitments: list[Row] = field(default_factory=list)  # open, on no dossier

    @property
    def policy(self) -> Edition:
        return Edition.of(self.edition)


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence[object] = ()) -> list[Row]:
    return [dict(r) for r in db.query(sql, list(params))]


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
        book=FigureBook([], Edition.of(edition)),
    )
    if meeting is not None:
        # The title, date and place of the meeting frame every edition the meeting's own
        # classification allows; above it the pack gets a neutral title (see packs.assembly).
        sel.meeting = meeting
        sel.meeting_above_edition = not sel.policy.may_show("meetings", meeting)
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
            raise PackError(messages.UNKNOWN_MEETING(id=meeting_id))
        sql = """SELECT a.*, d.id AS d_id FROM agenda_items a JOIN dossiers d ON d.id = a.dossier_id
                 WHERE a.meeting_id = ? ORDER BY a.sort_order, a.rowid"""
        agenda = []
        for item in _rows(db, sql, [meeting_id]):
            dossier = _rows(db, "SELECT * FROM dossiers WHERE id = ?", [item.pop("d_id")])[0]
            agenda.append((item, dossier))
        return found[0], agenda
    if not slugs:
        raise PackError(messages.NOTHING_CHOSEN())
    agenda_d: list[tuple[Row | None, Row]] = []
    for slug in dict.fromkeys(slugs):
        found = _rows(db, "SELECT * FROM dossiers WHERE slug = ?", [slug])
        if not found:
            raise PackError(messages.UNKNOWN_DOSSIER(slug=slug))
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
        children["commitments"] = _rows(
            db, _OPEN_COMMITMENTS.format(where="dossier_id = ?"), [dossier["id"]]
        )
        policy = sel.policy
        if not policy.may_show("dossiers", dossier):
            sel.left_out += 1 + (item is not None) + sum(len(rows) for rows in children.values())
            continue
        # That a dossier is on the agenda is known to everyone at the table; the aim we set for
        # it is content, shown only when the agenda item's classification allows.
        if item is not None and not policy.may_show(
            "agenda_items", item, dossier=dossier, meeting=sel.meeting
        ):
            sel.left_out += 1
            item = None
        if item is not None:
            sel.included.append(("agenda_items", item))
        sel.included.append(("dossiers", dossier))
        sel.agenda.append((item, dossier))
        sel.left_out += sum(  # fields the edition blanks (the escalation strategy) count too
            1 for name in policy.hidden_fields("dossiers") if str(dossier.get(name) or "").strip()
        )
        kept: dict[str, list[Row]] = {}
        for table, rows in children.items():
            kept[table] = [
                r
                for r in rows
                if policy.may_show(table, r, dossier=dossier, meeting=_meeting_of(db, r))
            ]
            sel.left_out += len(rows) - len(kept[table])
            sel.included += [(table, r) for r in kept[table]]
        sel.children[str(dossier["id"])] = kept


def _meeting_of(db: sqlite_utils.Database, row: Row) -> Row | None:
    """The meeting a commitment was made in: a commitment of a closed meeting stays closed."""
    if not row.get("meeting_id"):
        return None
    found = _rows(db, "SELECT * FROM meetings WHERE id = ?", [row["meeting_id"]])
    return found[0] if found else None


def _take_people(db: sqlite_utils.Database, sel: Selection, meeting: Row | None) -> None:
    stakeholders = _rows(db, "SELECT * FROM stakeholders ORDER BY sort_order, rowid")
    sel.stakeholders = {
        str(s["id"]): s for s in stakeholders if sel.policy.may_show("stakeholders", s)
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
        everyone = {str(s["id"]): s for s in stakeholders}
        for link in links:
            person = everyone.get(str(link["stakeholder_id"]))
            shown = sel.policy.counterpart(link, person, meeting=meeting) if person else None
            if shown is None:
                sel.left_out += 1
                sel.counterparts_withheld += 1
                continue
            sel.counterparts.append(shown)
            sel.included.append(("meeting_counterparts", link))
            if str(link["stakeholder_id"]) in sel.stakeholders:
                sel.included.append(("stakeholders", person))
        delegates = _rows(
            db,
            "SELECT * FROM delegates WHERE meeting_id = ? ORDER BY sort_order, rowid",
            [meeting["id"]],
        )
        sel.delegates = [
            d for d in delegates if sel.policy.may_show("delegates", d, meeting=meeting)
        ]
        sel.delegates_withheld = len(delegates) - len(sel.delegates)
        sel.left_out += sel.delegates_withheld
        sel.included += [("delegates", d) for d in sel.delegates]
        own = _rows(
            db,
            _OPEN_COMMITMENTS.format(where="meeting_id = ? AND dossier_id IS NULL"),
            [meeting["id"]],
        )
        sel.meeting_commitments = [
            c for c in own if sel.policy.may_show("commitments", c, meeting=meeting)
        ]
        sel.left_out += len(own) - len(sel.meeting_commitments)
        sel.included += [("commitments", c) for c in sel.meeting_commitments]


def _take_lookups(db: sqlite_utils.Database, sel: Selection) -> None:
    sources = _rows(db, "SELECT * FROM sources ORDER BY sort_order, rowid")
    sel.sources = {str(s["id"]): s for s in sources if sel.policy.may_show("sources", s)}
    sql = """SELECT f.*, d.classification AS dossier_classification
             FROM figures f JOIN dossiers d ON d.id = f.dossier_id"""
    figures = _rows(db, sql)
    sel.book = FigureBook.from_rows(figures, sel.policy)
    sel.figures_by_key = {str(f["key"]): f for f in figures if not sel.book.withheld(str(f["key"]))}
