"""`briefing sync MAP`, `conflicten`, `verwijderd` and `collegas`: a delegation exchanging.

`sync` reads every new bundle in a shared folder (USB stick, network drive), merges what
merges cleanly after a backup, queues conflicts and writes this member's own bundle there.
`conflicten` lists what waits for a decision (mine, theirs, the ancestor, word by word) and
decides one (`--kies NR --hun|--mijn`). `verwijderd` lists deleted items and brings one back
(`--terug ID`); `collegas` says whom this database has heard from and what it sent them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.commands_bundle import context_user, passphrase
from briefing_app.cli.conflict_text import conflict_lines
from briefing_app.cli.context import CliError, Context
from briefing_app.domain.formatting import format_moment


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser(
        "sync", help="wissel uit via een gedeelde map: nieuwe bundels lezen, de eigen schrijven"
    )
    sync.add_argument("folder", metavar="MAP", type=Path)
    sync.add_argument("--naam", metavar="NAAM", help="uw naam in de delegatie (eenmalig)")
    sync.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        type=Path,
        help="lees het wachtwoord van de delegatie uit dit bestand",
    )
    sync.set_defaults(handler=run_sync)

    conflicts = subparsers.add_parser("conflicten", help="open conflicten tonen en beslissen")
    conflicts.add_argument("--kies", metavar="NR", type=int, help="beslis dit conflict")
    side = conflicts.add_mutually_exclusive_group()
    side.add_argument("--hun", action="store_true", help="neem hun versie")
    side.add_argument("--mijn", action="store_true", help="houd mijn versie")
    conflicts.set_defaults(handler=run_conflicts)

    deleted = subparsers.add_parser("verwijderd", help="verwijderde items tonen en terugzetten")
    deleted.add_argument("--terug", metavar="ID", help="zet dit item (en wat ermee ging) terug")
    deleted.set_defaults(handler=run_deleted)

    colleagues = subparsers.add_parser("collegas", help="van wie deze database bundels kreeg")
    colleagues.set_defaults(handler=run_colleagues)


def run_sync(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.exchange.crypto import BundleError
    from briefing_app.services.exchange.folder import sync_folder

    db = context.require_writable()
    secret = passphrase(args, confirm=False)
    try:
        report = sync_folder(
            db, args.folder, secret, member=args.naam or context_user(), rename=bool(args.naam)
        )
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    if report.backup:
        print(f"Eerst een reservekopie gemaakt: {report.backup.name}")
    for outcome in report.read:
        r = outcome.result
        assert r is not None
        counts = (
            f"{r.added} nieuw, {r.updated} bijgewerkt, {r.deleted} verwijderd, "
            f"{r.queued} conflict(en)"
        )
        if not (r.added or r.updated or r.deleted or r.queued or r.kept):
            counts = "niets nieuws"
        print(f"Gelezen: {outcome.name} van {outcome.member or 'onbekend'}: {counts}.")
    for outcome in report.skipped:
        print(f"Overgeslagen: {outcome.name}: {outcome.note}")
    if not report.read:
        print("Geen nieuwe bundels voor u in de map.")
    print(f"Eigen bundel geschreven: {report.written} ({report.sent_items} items, versleuteld).")
    queued = report.total("queued")
    if queued:
        print(f"{queued} conflict(en) wachten op uw keuze: 'briefing conflicten'.")
    return 0


def run_conflicts(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.exchange.conflicts import queued_conflicts, resolve_conflict
    from briefing_app.services.exchange.crypto import BundleError
    from briefing_app.services.exchange.importing import KEEP_MINE, THEIRS

    if args.kies is None:
        if args.hun or args.mijn:
            raise CliError("Zeg met --kies NR welk conflict u beslist.")
        return _list_conflicts(queued_conflicts(context.db))
    if not (args.hun or args.mijn):
        raise CliError("Kies --hun (hun versie) of --mijn (mijn versie).")
    db = context.require_writable()
    try:
        done = resolve_conflict(db, args.kies, THEIRS if args.hun else KEEP_MINE, context_user())
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    if done is None:
        print(f"Conflict {args.kies} was intussen al opgelost; er is niets gewijzigd.")
    else:
        side = "hun versie" if args.hun else "uw versie"
        print(f"Conflict {args.kies} beslist: {side} van {done.field.label} ({done.title}).")
    return 0


def _list_conflicts(conflicts: list) -> int:
    if not conflicts:
        print("Geen open conflicten.")
        return 0
    for conflict in conflicts:
        change = conflict.change
        print(
            f"[{conflict.id}] {change.kind.label}: {conflict.title} — {conflict.field.label} "
            f"(van {conflict.from_member or 'onbekend'}, {format_moment(conflict.received_at)})"
        )
        for line in conflict_lines(change.kind.name, conflict.field):
            print(line)
    print("Beslis met: briefing conflicten --kies NR --hun | --mijn")
    return 0


def run_deleted(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.core.deleted import deleted_items, restore_deleted
    from briefing_app.store.repository import NotFoundError

    if args.terug:
        db = context.require_writable()
        try:
            count = restore_deleted(db, args.terug, context_user())
        except NotFoundError as exc:
            raise CliError(str(exc)) from exc
        print(
            f"Teruggezet: {count} item(s). Bij de volgende uitwisseling krijgen de anderen ze terug."
        )
        return 0
    items = deleted_items(context.db)
    if not items:
        print("Er zijn geen verwijderde items.")
    for item in items:
        print(
            f"{item.id}  {item.kind_label}: {item.title} "
            f"(verwijderd door {item.deleted_by}, {format_moment(item.deleted_at)})"
        )
    return 0


def run_colleagues(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.store.clocks import peers

    db = context.db
    row = db.execute("SELECT replica_id, member FROM replica").fetchone()
    if row:
        print(f"Deze database: {row[1] or '(geen naam)'} ({row[0]})")
    known = peers(db)
    if not known:
        print("Nog geen bundels van collega's ingelezen.")
    for peer in known:
        print(
            f"{peer.member or '(geen naam)'} ({peer.replica_id}): laatste bundel ontvangen "
            f"{format_moment(peer.received_at)}, laatst iets gestuurd "
            f"{format_moment(peer.sent_at, missing='nooit')}"
        )
    return 0
