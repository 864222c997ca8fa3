"""`briefing check`: is the database sound? Exit code 0 when it is, 1 when not.

It only looks: the file is opened read-only, without the start-up routine that backs it up,
migrates it or moves a damaged file aside. A damaged file or one from a newer Briefing is a
finding (exit 1), not a failure of the command (exit 2 stays for a missing file or bad usage).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.store.connection import (
    NotBriefingError,
    StoreError,
    UnreadableDatabaseError,
    connect,
)
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.filesystem import is_network_share
from briefing_app.store.identity import path_problem
from briefing_app.store.integrity import IntegrityReport, check
from briefing_app.store.migrations import NewerDatabaseError, latest_version


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="controleer de database (integriteit en schemaversie)"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    path = context.db_path
    problem = path_problem(path)
    if problem:
        raise CliError(f"{problem}.")
    if not path.exists():
        raise CliError(f"De database {path} bestaat niet.")
    if is_network_share(path):
        from briefing_app.services.core.workspace import NETWORK_WARNING

        print(f"briefing: {NETWORK_WARNING}", file=sys.stderr)
    report = inspect(path)
    if args.json:
        print_json(
            {
                "database": str(path),
                "sound": report.sound,
                "schema_version": report.schema_version,
                "latest_schema_version": report.latest_version,
                "problems": report.problems,
                "notes": report.notes,
            }
        )
    else:
        print(f"Database:      {path}")
        version = "onbekend" if report.schema_version < 0 else report.schema_version
        print(f"Schemaversie:  {version} (nieuwste: {report.latest_version})")
        if report.sound:
            print("In orde: integriteit en verwijzingen gecontroleerd.")
        for note in report.notes:
            print(f"Opmerking: {note}")
        for problem in report.problems:
            print(f"PROBLEEM: {problem}")
    return 0 if report.sound else 1


def inspect(path: Path) -> IntegrityReport:
    """The report on ``path``; a file that cannot be read at all is one problem in it."""
    unknown = IntegrityReport(-1, latest_version())
    db: sqlite_utils.Database | None = None
    try:
        db = connect(path, migrate=False, read_only=True)
        return check(db)
    except NewerDatabaseError as exc:
        unknown.problems.append(f"versie: {exc}")
    except NotBriefingError as exc:
        unknown.problems.append(f"soort: {exc}")
    except (StoreError, sqlite3.DatabaseError) as exc:
        cause = exc.__cause__ if isinstance(exc, StoreError) else exc
        damaged = isinstance(exc, UnreadableDatabaseError) or (
            isinstance(cause, sqlite3.DatabaseError)
            and not isinstance(cause, sqlite3.OperationalError)
        )
        if not damaged:  # busy, no permission, a disk error: the check could not run
            raise CliError(describe_sqlite_error(cause) if cause else str(exc)) from exc
        unknown.problems.append(
            f"integriteit: het bestand is beschadigd of geen database ({cause})"
        )
    finally:
        if db is not None:
            db.close()
    return unknown
