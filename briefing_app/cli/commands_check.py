"""`briefing check`: is the database sound? Exit code 0 when it is, 1 when not."""

from __future__ import annotations

import argparse

from briefing_app.cli.context import Context, print_json
from briefing_app.store.integrity import check


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="controleer de database (integriteit en schemaversie)"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    report = check(context.db)
    if args.json:
        print_json(
            {
                "database": str(context.db_path),
                "sound": report.sound,
                "schema_version": report.schema_version,
                "latest_schema_version": report.latest_version,
                "problems": report.problems,
            }
        )
    else:
        print(f"Database:      {context.db_path}")
        print(f"Schemaversie:  {report.schema_version} (nieuwste: {report.latest_version})")
        if report.sound:
            print("In orde: integriteit en verwijzingen gecontroleerd.")
        for problem in report.problems:
            print(f"PROBLEEM: {problem}")
    return 0 if report.sound else 1
