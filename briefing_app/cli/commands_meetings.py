"""`briefing meetings`: every meeting with its date, counterparts, agenda and delegation."""

from __future__ import annotations

import argparse

import sqlite_utils

from briefing_app.cli.context import Context, print_json
from briefing_app.cli.output import paragraph, section, table
from briefing_app.domain.formatting import format_date
from briefing_app.domain.meetings import OUTCOME_LABELS
from briefing_app.services.core.catalog import Meeting, list_meetings
from briefing_app.services.meetings.debrief import MeetingRecord, meeting_record

NO_DATE = "datum nog niet bekend"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("meetings", help="toon alle overleggen met agenda")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    meetings = list_meetings(context.db)
    if args.json:
        print_json([{**as_json(m), **record_json(context.db, m.id)} for m in meetings])
        return 0
    if not meetings:
        print("Geen overleggen in deze database.")
        return 0
    rows = [[format_date(m.date, missing=NO_DATE), m.id, m.title] for m in meetings]
    print(table(["Datum", "Id", "Overleg"], rows))
    for m in meetings:
        print(render(m))
        record = render_record(meeting_record(context.db, m.id))
        if record:
            print(record)
    return 0


def render(m: Meeting) -> str:
    out = [section(m.title), f"  Datum:        {format_date(m.date, missing=NO_DATE)}"]
    out.append(f"  Plaats:       {m.place or 'nog niet bekend'}")
    out.append(f"  Rubricering:  {m.classification}")
    if m.counterparts:
        names = ", ".join(s.name for s in m.counterparts)
        out.append(paragraph(names, 2, prefix="Gesprekspartners: "))
    if m.agenda:
        out.append("  Agenda:")
        for number, entry in enumerate(m.agenda, 1):
            out.append(f"    {number}. {entry.dossier_title} ({entry.dossier_slug})")
            if entry.aim:
                out.append(paragraph(entry.aim, 7, prefix="Doel: "))
    if m.delegates:
        out.append("  Delegatie:")
        for d in m.delegates:
            out.append(f"    - {d.name}" + (f", {d.role}" if d.role else ""))
    else:
        out.append("  Delegatie:    nog niet vastgelegd")
    if m.notes:
        out.append(paragraph(m.notes, 2, prefix="Notities: "))
    return "\n".join(out)


def as_json(m: Meeting) -> dict[str, object]:
    return {
        "id": m.id,
        "title": m.title,
        "date": m.date,
        "place": m.place,
        "notes": m.notes,
        "classification": m.classification,
        "agenda": [
            {"id": a.id, "dossier": a.dossier_slug, "title": a.dossier_title, "aim": a.aim}
            for a in m.agenda
        ],
        "counterparts": [
            {"id": s.id, "slug": s.slug, "name": s.name, "role": s.role} for s in m.counterparts
        ],
        "delegates": [{"id": d.id, "name": d.name, "role": d.role} for d in m.delegates],
    }


def render_record(record: MeetingRecord) -> str:
    out = []
    if record.outcomes:
        out.append("  Uitkomsten:")
        for o in record.outcomes:
            label = OUTCOME_LABELS.get(str(o["outcome"]), str(o["outcome"]))
            out.append(f"    - {o['dossier_title']}: {label}")
            if o.get("account"):
                out.append(paragraph(str(o["account"]), 6))
    if record.commitments:
        out.append("  Toezeggingen:")
        for c in record.commitments:
            due = f" (uiterlijk {format_date(str(c['due_on']))})" if c.get("due_on") else ""
            state = "" if c.get("state") == "open" else " [afgedaan]"
            out.append(paragraph(f"{c['party']}: {c['text']}{due}{state}", 4, prefix="- "))
    return "\n".join(out)


def record_json(db: sqlite_utils.Database, meeting_id: str) -> dict[str, object]:
    record = meeting_record(db, meeting_id)
    return {
        "outcomes": [
            {
                "id": o["id"],
                "agenda_item": o["agenda_item_id"],
                "dossier": o["dossier"],
                "outcome": o["outcome"],
                "account": o["account"],
                "their_position": o["their_position"],
                "next_steps": o["next_steps"],
                "classification": o["classification"],
            }
            for o in record.outcomes
        ],
        "commitments": [
            {
                "id": c["id"],
                "party": c["party"],
                "text": c["text"],
                "due_on": c["due_on"],
                "owner": c.get("owner") or "",
                "state": c["state"],
                "dossier": c["dossier_id"],
                "classification": c["classification"],
            }
            for c in record.commitments
        ],
        "revise": [
            {
                "id": f["id"],
                "position": f["position_id"],
                "talking_point": f["talking_point_id"],
                "text": f["item_text"],
                "reason": f["reason"],
                "state": f["state"],
            }
            for f in record.flags
        ],
    }
