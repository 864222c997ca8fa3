"""`briefing dossiers`: every dossier with how much it holds."""

from __future__ import annotations

import argparse

from briefing_app.cli.context import Context, print_json
from briefing_app.cli.output import table
from briefing_app.services.core.catalog import list_dossiers

# Columns of the overview: table name -> Dutch header.
COUNT_COLUMNS = {
    "positions": "Standpunten",
    "figures": "Kerncijfers",
    "talking_points": "Spreekpunten",
    "hard_questions": "Vragen",
    "member_signals": "Signalen",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("dossiers", help="toon alle dossiers")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    dossiers = list_dossiers(context.db)
    if args.json:
        print_json(
            [
                {
                    "id": d.id,
                    "slug": d.slug,
                    "title": d.title,
                    "summary": d.summary,
                    "classification": d.classification,
                    "counts": {table: d.counts.get(table, 0) for table in COUNT_COLUMNS},
                }
                for d in dossiers
            ]
        )
        return 0
    if not dossiers:
        print("Geen dossiers in deze database.")
        return 0
    rows = [
        [d.slug, d.title, d.classification, *(str(d.counts.get(t, 0)) for t in COUNT_COLUMNS)]
        for d in dossiers
    ]
    print(table(["Code", "Dossier", "Rubricering", *COUNT_COLUMNS.values()], rows))
    print(f"\n{len(dossiers)} dossiers. Details: briefing show CODE")
    return 0
