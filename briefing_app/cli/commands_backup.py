"""`briefing backup list|create|restore`: the verified backups beside the database.

These commands do not open the database through the start-up checks: they must also work when
the database is damaged or missing, which is exactly when a user needs them.
"""

from __future__ import annotations

import argparse

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.services.core.workspace import WorkspaceError, newest_good_backup, restore
from briefing_app.store.backup import (
    BackupError,
    BackupInfo,
    backup_dir,
    create_backup,
    find_backup,
    list_backups,
    verify,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="reservekopieën: tonen, maken, terugzetten")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTIE", required=True)

    listing = actions.add_parser("list", help="toon de reservekopieën, nieuwste eerst")
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    listing.set_defaults(handler=run_list)

    create = actions.add_parser("create", help="maak nu een reservekopie")
    create.set_defaults(handler=run_create)

    restore = actions.add_parser(
        "restore", help="zet een reservekopie terug (de huidige stand wordt eerst bewaard)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", metavar="NAAM", help="naam uit 'briefing backup list'")
    which.add_argument("--newest", action="store_true", help="de nieuwste goede reservekopie")
    restore.set_defaults(handler=run_restore)


def _as_json(info: BackupInfo, problem: str | None) -> dict[str, object]:
    return {
        "name": info.name,
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "path": str(info.path),
        "sound": problem is None,
        "problem": problem,
    }


def run_list(args: argparse.Namespace, context: Context) -> int:
    backups = list_backups(context.db_path)
    # Each is checked again now: a copy can be damaged on disk after it was made.
    problems = {b.path: verify(b.path) for b in backups}
    if args.json:
        print_json([_as_json(b, problems[b.path]) for b in backups])
        return 0
    if not backups:
        print(f"Nog geen reservekopieën in {backup_dir(context.db_path)}.")
        return 0
    print(f"Reservekopieën in {backup_dir(context.db_path)} (nieuwste eerst):")
    name_width = max(len(b.name) for b in backups)  # "-start" and "-handmatig" differ
    for info in backups:
        size = f"{info.size / 1024:,.0f} kB".replace(",", ".")
        name = f"{info.name:<{name_width}}"
        print(f"  {name}  {info.local_time_label}  {info.reason_label:<42} {size}")
        if problems[info.path]:
            print(f"    BESCHADIGD, niet terug te zetten: {problems[info.path]}")
    return 0


def run_create(args: argparse.Namespace, context: Context) -> int:
    if not context.db_path.exists():
        raise CliError(f"De database {context.db_path} bestaat niet.")
    try:
        info = create_backup(context.db_path, "handmatig")
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"Reservekopie gemaakt en gecontroleerd: {info.path}")
    return 0


def run_restore(args: argparse.Namespace, context: Context) -> int:
    try:
        info = newest_good_backup(context.db_path) if args.newest else None
        if args.newest and info is None:
            raise CliError("Er is geen goede reservekopie om terug te zetten.")
        info = info or find_backup(context.db_path, args.name)
        done = restore(context.db_path, info)
    except (BackupError, WorkspaceError) as exc:
        raise CliError(str(exc)) from exc
    if done.moved_to is not None:
        print(f"De beschadigde database is apart gezet als {done.moved_to}.")
    if done.saved is not None:
        print(f"De stand van vóór het terugzetten is bewaard als {done.saved.name}.")
    print(f"Teruggezet: {info.name} ({info.local_time_label}, {info.reason_label}).")
    return 0
