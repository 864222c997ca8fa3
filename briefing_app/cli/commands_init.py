"""`briefing init [--from DIR] [--force] [--encrypt]`: build a new database from a dataset folder.

With `--encrypt` the new database is written encrypted from its first page on (never a plain
copy first); the passphrase comes from `--passphrase-file`, $BRIEFING_DB_PASSPHRASE or a prompt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.cli.passphrases import add_file_option, database_passphrase
from briefing_app.paths import dataset_dir
from briefing_app.services.core.catalog import list_dossiers, list_meetings
from briefing_app.store import cipher


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
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="versleutel de nieuwe database met een wachtwoord (niet te herstellen als u het "
        "vergeet)",
    )
    add_file_option(parser)
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.core.replacing import init_workspace
    from briefing_app.services.core.workspace import WorkspaceError, WorkspaceExistsError

    source = Path(args.source).expanduser() if args.source else dataset_dir()
    _choose_encryption(args)
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
                "encrypted": cipher.is_encrypted(context.db_path),
            }
        )
    else:
        print(f"Database aangemaakt: {context.db_path}")
        print(f"Uit gegevensmap:     {source}")
        print(f"Dossiers ({len(dossiers)}):        {', '.join(d.slug for d in dossiers)}")
        print(f"Overleggen:          {len(meetings)}")
        if cipher.is_encrypted(context.db_path):
            print("Versleuteld:         ja (bewaar het wachtwoord goed)")
        if kept:
            print(f"De vorige database is bewaard als: {kept}")
    return 0


def _choose_encryption(args: argparse.Namespace) -> None:
    """A new database is encrypted exactly when --encrypt is given (the process holds the key)."""
    from briefing_app.services.core.encryption import check_new_passphrase

    cipher.forget()
    if not args.encrypt:
        return
    print(f"briefing: {cipher.NOT_RECOVERABLE}", file=sys.stderr)
    secret = database_passphrase(args, confirm=True)
    problem = check_new_passphrase(secret)
    if problem:
        raise CliError(f"{problem} Er is niets aangemaakt.")
    cipher.unlock(secret, encrypt_new=True)
