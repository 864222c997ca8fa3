"""`briefing check`: is the database sound? Exit code 0 when it is, 1 when not.

It only looks (unless `--repair`): the file is opened read-only, without the start-up routine
that backs it up, migrates it or moves a damaged file aside; the `-wal`/`-shm` files a
read-only look creates are removed again. A damaged file or one from a newer Briefing is a
finding (exit 1), not a failure of the command (exit 2 stays for a missing file or bad usage).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.store import cipher
from briefing_app.store.backup import sidecars
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
    parser.add_argument(
        "--repair",
        action="store_true",
        help="herstel een beschadigde zoekindex uit de items (na een reservekopie)",
    )
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
    if args.repair:
        run_repair(path)
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


def run_repair(path: Path) -> None:
    from briefing_app.services.core.repair import RepairError, repair_search_index

    try:
        done = repair_search_index(path)
    except RepairError as exc:
        raise CliError(str(exc)) from exc
    if done.problem is None:
        print("De zoekindex is in orde; er is niets hersteld.", file=sys.stderr)
        return
    assert done.backup is not None
    print(
        f"De zoekindex was beschadigd ({done.problem}). Eerst bewaard als reservekopie "
        f"{done.backup.name}; daarna opnieuw opgebouwd uit {done.rows} items.",
        file=sys.stderr,
    )


def inspect(path: Path) -> IntegrityReport:
    """The report on ``path``; a file that cannot be read at all is one problem in it.

    It only looks: the `-wal`/`-shm` files that a read-only connection to a WAL database
    creates are removed again when they were not there before and hold nothing.
    """
    before = {p for p in sidecars(path) if p.exists()}
    try:
        return _inspect(path)
    finally:
        tidy_sidecars(path, before)


def tidy_sidecars(path: Path, before: set[Path]) -> None:
    """Remove the empty `-wal` and its `-shm` that only our look created.

    A plain open and close does it the way SQLite itself does (the last connection to close
    folds in the WAL and deletes both): never while another connection still uses them.
    """
    wal, shm, _ = sidecars(path)
    created = {wal, shm} - before
    if not created or (wal.exists() and wal.stat().st_size > 0):
        return
    try:
        conn = cipher.connect(path, timeout=0.2)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, cipher.CipherError):
        return


def _inspect(path: Path) -> IntegrityReport:
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
