"""`briefing bundle export|import`: pass data to another delegation member as one encrypted file.

The passphrase comes from `--passphrase-file`, the environment variable `BRIEFING_PASSPHRASE`
or a prompt that does not echo; it is never taken from the command line, where other users of
the machine could read it in the process list. Import shows what would change first and applies
only what the user chose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

import sqlite_utils

from briefing_app.cli.conflict_text import conflict_lines
from briefing_app.cli.context import CliError, Context
from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.domain.formatting import format_moment
from briefing_app.services.core.changes import moment_from_date
from briefing_app.services.exchange.applying import apply_import
from briefing_app.services.exchange.bundle import export_bundle, read_bundle
from briefing_app.services.exchange.crypto import BundleError
from briefing_app.services.exchange.importing import (
    CHANGED,
    CONFLICT,
    DELETED,
    KEEP_MINE,
    MINE,
    NEW,
    THEIRS,
    ImportPlan,
    PlannedChange,
    describe_difference,
    plan_import,
    summary_counts,
)
from briefing_app.store.clocks import peer_named, peers
from briefing_app.store.errors import describe_os_error
from briefing_app.store.output_paths import refusal

PASSPHRASE_ENV = "BRIEFING_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bundle", help="versleutelde bundel maken of inlezen")
    actions = parser.add_subparsers(dest="bundle_action", metavar="ACTIE", required=True)

    export = actions.add_parser("export", help="schrijf een versleutelde bundel")
    export.add_argument(
        "--dossier", action="append", metavar="CODE", help="alleen dit dossier (herhaalbaar)"
    )
    export.add_argument(
        "--editie",
        choices=[c.value for c in Classification],
        help="alleen wat deze editie mag bevatten (voor wie niet meer mag zien)",
    )
    export.add_argument(
        "--voor",
        metavar="NAAM",
        help="alleen wat deze collega nog niet gezien heeft (naam of replica-id)",
    )
    export.add_argument(
        "--sinds", metavar="DATUM", help="alleen wat sinds deze datum (JJJJ-MM-DD) veranderde"
    )
    export.add_argument("-o", "--output", required=True, metavar="BESTAND", type=Path)
    export.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    _passphrase_option(export)
    export.set_defaults(handler=run_export)

    imp = actions.add_parser("import", help="lees een bundel in: eerst zien, dan kiezen")
    imp.add_argument("file", metavar="BESTAND", type=Path)
    _passphrase_option(imp)
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument("--take-theirs", action="store_true", help="bij conflict: hun versie")
    choice.add_argument("--keep-mine", action="store_true", help="bij conflict: mijn versie")
    imp.add_argument(
        "--weiger",
        action="append",
        metavar="ID",
        help="neem de wijziging van dit item niet over (herhaalbaar); de weigering gaat mee",
    )
    imp.add_argument("--dry-run", action="store_true", help="alleen tonen, niets wijzigen")
    imp.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    imp.set_defaults(handler=run_import)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        type=Path,
        help=f"lees het wachtwoord uit dit bestand (anders ${PASSPHRASE_ENV} of een vraag)",
    )


def passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_file:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CliError(
                "Het wachtwoordbestand kan niet worden gelezen: "
                f"{describe_os_error(exc, reading=True)}."
            ) from exc
        if not lines or not lines[0]:
            raise CliError("Het wachtwoordbestand is leeg.")
        return lines[0]
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(
            f"Geef het wachtwoord met --passphrase-file of de omgevingsvariabele {PASSPHRASE_ENV}."
        )
    first = getpass.getpass("Wachtwoord van de bundel: ")
    if confirm and getpass.getpass("Nogmaals, ter controle: ") != first:
        raise CliError("De twee wachtwoorden verschillen; er is niets geschreven.")
    return first


def run_export(args: argparse.Namespace, context: Context) -> int:
    refused = refusal(args.output, context.db_path)
    if refused:
        raise CliError(refused)
    if args.output.exists() and not args.force:
        raise CliError(f"{args.output} bestaat al; kies een andere naam of gebruik --force.")
    db = context.db
    to = _colleague(db, args.voor) if args.voor else None
    since = _since(args.sinds) if args.sinds else None
    secret = passphrase(args, confirm=True)
    read_only = context.workspace is not None and context.workspace.read_only
    try:
        result = export_bundle(
            db,
            args.output,
            secret,
            dossiers=args.dossier,
            edition=Edition.of(args.editie) if args.editie else None,
            to=to,
            since=since,
            read_only=read_only,
        )
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    edition = f", editie {args.editie}" if args.editie else ""
    print(f"Bundel geschreven: {result.path} ({result.items} items{edition}, versleuteld).")
    if not result.recorded:
        print("Let op: de database is alleen-lezen; niet vastgelegd wat er gedeeld is.")
    return 0


def _colleague(db: sqlite_utils.Database, name: str) -> str:
    peer = peer_named(db, name)
    if peer is None:
        known = ", ".join(p.member or p.replica_id for p in peers(db)) or "nog geen"
        raise CliError(
            f"Geen collega '{name}' bekend (bekend: {known}); een collega wordt bekend door "
            "een bundel van hem of haar in te lezen."
        )
    return peer.replica_id


def _since(text: str) -> str:
    try:
        return moment_from_date(dt.date.fromisoformat(text))
    except ValueError:
        raise CliError(f"Onbekende datum '{text}'; schrijf JJJJ-MM-DD.") from None


def run_import(args: argparse.Namespace, context: Context) -> int:
    db = context.db if args.dry_run else context.require_writable()
    try:
        plan = plan_import(db, read_bundle(args.file, passphrase(args, confirm=False)))
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    show_plan(plan)
    if args.dry_run or not plan.has_work:
        print("Er is niets gewijzigd." if plan.has_work else "Niets te doen: alles is al gelijk.")
        return 0
    default = THEIRS if args.take_theirs else KEEP_MINE if args.keep_mine else None
    resolutions = {} if default else _ask_conflicts(plan)
    resolutions.update(_refusals(plan, args.weiger or []))
    if not args.yes and not _confirm("Deze wijzigingen doorvoeren?"):
        print("Afgebroken; er is niets gewijzigd.")
        return 1
    try:
        result = apply_import(
            db, plan, resolutions, default_resolution=default, user=context_user()
        )
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    if result.backup:
        print(f"Eerst een reservekopie gemaakt: {result.backup.name}")
    print(
        f"Ingelezen: {result.added} nieuw, {result.updated} bijgewerkt, {result.deleted} "
        f"verwijderd, {result.kept} eigen versie(s) gehouden."
    )
    return 0


def show_plan(plan: ImportPlan) -> None:
    counts = summary_counts(plan)
    if plan.bundle.edition:
        print(
            f"Deze bundel is de editie {plan.bundle.edition}: wat daarboven staat, "
            "zit er niet in en blijft hier zoals het is."
        )
    sender = f" van {plan.bundle.member}" if plan.bundle.member else ""
    print(f"Wat deze bundel{sender} zou veranderen:")
    print("  " + ", ".join(f"{count} {status}" for status, count in counts.items()))
    for status in (NEW, CHANGED, DELETED, CONFLICT, MINE):
        for change in plan.with_status(status):
            detail = f" ({describe_difference(change)})" if change.differences else ""
            if status == DELETED:
                detail = f" (door {change.item.existence.by or 'onbekend'}, {when(change)})"
            if status == CONFLICT:
                detail = ""
            ident = f"  (id {change.local_id or change.item.id})" if status != MINE else ""
            print(f"  [{status}] {change.kind.label}: {change.title}{detail}{ident}")
            for field in change.conflicts if status == CONFLICT else ():
                print(f"    {field.label}:")
                print("\n".join(conflict_lines(change.kind.name, field, "      ")))
            for field in change.changes:
                if field.automatic:
                    side = "hun" if field.automatic == THEIRS else "mijn"
                    print(
                        f"    {field.label}: beide kanten gewijzigd; de hogere rubricering "
                        f"({side} versie) geldt, tenzij u anders kiest"
                    )


def when(change: PlannedChange) -> str:
    return format_moment(change.item.existence.at)


def _ask_conflicts(plan: ImportPlan) -> dict[str, str]:
    fields = [(change, field) for change in plan.conflicts for field in change.conflicts]
    proposed = [
        (change, field) for change in plan.changes for field in change.changes if field.automatic
    ]
    if not fields and not (proposed and sys.stdin.isatty()):
        return {}
    if not sys.stdin.isatty():
        raise CliError(
            f"{len(fields)} conflict(en): kies --take-theirs of --keep-mine. Er is niets gewijzigd."
        )
    choices = {}
    for change, field in fields:
        print(f"Conflict: {change.kind.label} '{change.title}', {field.label}")
        answer = ""
        while answer not in ("h", "m"):
            answer = input("  [h]un versie of [m]ijn versie? ").strip().lower()[:1]
        choices[f"{change.item.id}/{field.name}"] = THEIRS if answer == "h" else KEEP_MINE
    for change, field in proposed:  # the higher classification, unless the user says otherwise
        print(f"Rubricering: {change.kind.label} '{change.title}': {field.mine} / {field.theirs}")
        answer = input("  Enter: de hogere; [h]un of [m]ijn versie? ").strip().lower()[:1]
        if answer in ("h", "m"):
            choices[f"{change.item.id}/{field.name}"] = THEIRS if answer == "h" else KEEP_MINE
    return choices


def _refusals(plan: ImportPlan, wanted: list[str]) -> dict[str, str]:
    """The changes refused by id (the id as `show` and the preview name it)."""
    by_id = {c.local_id or c.item.id: c.item.id for c in plan.changes}
    by_id.update({c.item.id: c.item.id for c in plan.changes})
    unknown = [i for i in wanted if i not in by_id]
    if unknown:
        raise CliError(f"Niet in deze bundel: {', '.join(unknown)}. Er is niets gewijzigd.")
    return {by_id[i]: KEEP_MINE for i in wanted}


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise CliError("Bevestig met --yes (of gebruik --dry-run om alleen te kijken).")
    return input(f"{question} [j/N] ").strip().lower() in ("j", "ja", "y", "yes")


def context_user() -> str:
    return os.environ.get("BRIEFING_USER") or getpass.getuser() or "onbekend"
