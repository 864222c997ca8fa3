"""`briefing notes MEETING`: the notes taken at the table, in the order they were taken."""

from __future__ import annotations

import argparse

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.cli.output import paragraph, tag
from briefing_app.domain.classification import Classification
from briefing_app.domain.meetings import note_line


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("notes", help="toon de notities aan tafel van een overleg")
    parser.add_argument("meeting", metavar="OVERLEG", help="het id van het overleg")
    parser.add_argument(
        "--edition",
        "--editie",
        choices=[c.value for c in Classification],
        help="toon alleen wat deze editie mag bevatten",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.meetings.notes import list_notes

    db = context.db
    if not db.execute("SELECT 1 FROM meetings WHERE id = ?", [args.meeting]).fetchone():
        raise CliError(f"onbekend overleg '{args.meeting}' (zie 'briefing meetings')")
    edition = Classification(args.edition) if args.edition else None
    notes = list_notes(db, args.meeting, edition=edition)
    if args.json:
        print_json([
            {
                "id": n.id,
                "type": n.note_type,
                "text": n.text,
                "party": n.party,
                "due_on": n.due_on,
                "noted_at": n.noted_at,
                "agenda_item": n.agenda_item_id,
                "talking_point": n.talking_point_id,
                "commitment": n.commitment_id,
                "classification": n.classification,
            }
            for n in notes
        ])  # fmt: skip
        return 0
    if not notes:
        print("Nog geen notities bij dit overleg.")
        return 0
    for n in notes:
        time = n.noted_at[11:16] if len(n.noted_at) >= 16 else n.noted_at
        line = note_line(n.note_type, n.text, n.party, n.due_on)
        print(paragraph(f"{line} {tag(n.classification)}", 2, prefix=f"{time}  "))
    return 0
