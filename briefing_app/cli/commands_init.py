"""`briefing init [--from DIR] [--force]`: build a new database from a dataset folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.paths import dataset_dir
from briefing_app.services.core.catalog import list_dossiers, list_meetings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="maak een nieuwe database uit een gegevensmap (standaard: de meegeleverde gegevens)",
    )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="MAP",
        help="gegevensmap in het formaat van database/ (standaard: de meegeleverde gegevens)",
    )
    parser.add_argument(
        "--force", action="store_true", help="vervang een bestaande database zonder te vragen"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.core.workspace import (
        WorkspaceError,
        WorkspaceExistsError,
        init_workspace,
    )

    source = Path(args.source).expanduser() if args.source else dataset_dir()
    try:
        kept = init_workspace(context.db_path, source, force=args.force)
    except WorkspaceExistsError as exc:
        raise CliError(f"{exc} Gebruik --force om haar te vervangen.") from exc
    except WorkspaceError as exc:
        raise CliError(str(exc)) from exc
    dossiers = list_dossiers(context.db)
    meetings = list_meetings(context.db)
    if args.json:
        print_json(
            {
                "database": str(context.db_path),
                "source": str(source),
                "dossiers": [d.slug for d in dossiers],
                "meetings": len(meetings),
                "previous_database_kept_as": str(kept) if kept else None,
            }
        )
    else:
        print(f"Database aangemaakt: {context.db_path}")
        print(f"Uit gegevensmap:     {source}")
        print(f"Dossiers ({len(dossiers)}):        {', '.join(d.slug for d in dossiers)}")
        print(f"Overleggen:          {len(meetings)}")
        if kept:
            print(f"De vorige database is bewaard als: {kept}")
    return 0
