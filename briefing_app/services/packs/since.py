"""The pack's "Sinds het vorige overleg": outcomes and open commitments of earlier meetings.

Earlier meetings are those dated before this meeting (before today for a pack of dossiers or a
meeting without a date) that had one of this pack's dossiers on their agenda or sat with one of
its counterparts. From them the pack shows the outcome of each agenda item on its dossiers and
every commitment still open; a commitment past its due date is marked overdue. Every row passes
the edition policy with its dossier and meeting, and a meeting above the edition is named
neutrally, so the section says no more than the rest of the edition.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from briefing_app.domain.formatting import format_date
from briefing_app.domain.meetings import OUTCOME_LABELS
from briefing_app.domain.pack import Pack, PackSince, SinceCommitment, SinceOutcome
from briefing_app.services.packs.assembly import content_hash
from briefing_app.services.packs.selection import Row, Selection

MAX_MEETINGS = 5  # the most recent earlier meetings shown; older ones were in earlier packs


def since_previous(db: sqlite_utils.Database, sel: Selection, today: dt.date) -> PackSince:
    """What earlier meetings on these dossiers or with these counterparts left for this one."""
    dossier_ids = {str(d["id"]) for _, d in sel.agenda}
    people = {str(p["id"]) for p in sel.counterparts}
    meetings = _earlier_meetings(db, sel, today, dossier_ids, people)
    if not meetings:
        return PackSince()
    dossiers = {str(d["id"]): dict(d) for d in db.query("SELECT * FROM dossiers")}
    policy = sel.policy
    outcomes: list[SinceOutcome] = []
    commitments: list[SinceCommitment] = []
    for meeting in meetings:
        name = policy.name("meetings", meeting) or "overleg"
        date = format_date(str(meeting.get("date") or ""))
        sql = """SELECT o.*, a.dossier_id FROM agenda_outcomes o
                 JOIN agenda_items a ON a.id = o.agenda_item_id
                 WHERE o.meeting_id = ? ORDER BY a.sort_order, a.rowid"""
        for row in (dict(r) for r in db.query(sql, [meeting["id"]])):
            dossier = dossiers.get(str(row["dossier_id"]))
            if str(row["dossier_id"]) not in dossier_ids:
                continue
            if not policy.may_show("agenda_outcomes", row, dossier=dossier, meeting=meeting):
                continue
            outcomes.append(
                SinceOutcome(
                    meeting=name,
                    date=date,
                    dossier=policy.name("dossiers", dossier) or "",
                    outcome=OUTCOME_LABELS.get(str(row["outcome"]), str(row["outcome"])),
                    account=str(row.get("account") or ""),
                    their_position=str(row.get("their_position") or ""),
                    next_steps=str(row.get("next_steps") or ""),
                )
            )
        sql = """SELECT * FROM commitments WHERE meeting_id = ? AND state = 'open'
                 ORDER BY due_on IS NULL, due_on, rowid"""
        for row in (dict(r) for r in db.query(sql, [meeting["id"]])):
            dossier = dossiers.get(str(row.get("dossier_id") or ""))
            if dossier is not None and str(dossier["id"]) not in dossier_ids:
                continue
            if not policy.may_show("commitments", row, dossier=dossier, meeting=meeting):
                continue
            due = str(row.get("due_on") or "")
            commitments.append(
                SinceCommitment(
                    meeting=name,
                    date=date,
                    party=str(row["party"]),
                    text=str(row["text"]),
                    due_on=format_date(due),
                    owner=str(row.get("owner") or ""),
                    overdue=bool(due) and due < today.isoformat(),
                    dossier=(policy.name("dossiers", dossier) or "") if dossier else "",
                )
            )
    commitments.sort(key=lambda c: (not c.overdue,))
    return PackSince(tuple(outcomes), tuple(commitments))


def with_since(pack: Pack, since: PackSince) -> Pack:
    """The pack with its "Sinds het vorige overleg", the content digest counting it too."""
    pack = dataclasses.replace(pack, since=since)
    return dataclasses.replace(pack, content_hash=content_hash(pack))


def _earlier_meetings(
    db: sqlite_utils.Database,
    sel: Selection,
    today: dt.date,
    dossier_ids: set[str],
    people: set[str],
) -> list[Row]:
    this = sel.meeting or {}
    before = str(this.get("date") or "") or today.isoformat()
    if this and not this.get("date"):
        before = today.isoformat()
    marks = ", ".join("?" for _ in dossier_ids) or "NULL"
    who = ", ".join("?" for _ in people) or "NULL"
    sql = f"""SELECT * FROM meetings m WHERE m.id != ? AND m.date IS NOT NULL AND m.date < ?
              AND (EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id
                           AND a.dossier_id IN ({marks}))
                   OR EXISTS (SELECT 1 FROM meeting_counterparts c WHERE c.meeting_id = m.id
                              AND c.stakeholder_id IN ({who})))
              ORDER BY m.date DESC LIMIT {MAX_MEETINGS}"""
    params = [str(this.get("id") or ""), before, *dossier_ids, *people]
    return [dict(r) for r in db.query(sql, params)]
