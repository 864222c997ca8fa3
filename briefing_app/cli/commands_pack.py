"""`briefing pack`: write one edition of a briefing pack as PDF, after the pre-export check.

`briefing pack MEETING --edition intern -o pakket.pdf` makes the pack of a meeting (its id as
`briefing meetings --json` gives it); `--dossier SLUG` (repeatable) makes one of dossiers without
a meeting. `--check` only prints the check. The PDF is written to a temporary file and renamed,
so a failed export never leaves a partial file.
"""

from __future__ import annotations

import argparse
import sys

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.domain.classification import Classification


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="maak een briefingpakket (PDF) van een overleg of van dossiers",
        description="Maak één editie van een briefingpakket als PDF.",
    )
    parser.add_argument("meeting", nargs="?", metavar="OVERLEG", help="het id van het overleg")
    parser.add_argument(
        "--dossier",
        action="append",
        default=[],
        metavar="CODE",
        help="een dossier (code), herhaalbaar; voor een pakket zonder overleg",
    )
    parser.add_argument(
        "--edition",
        "--editie",
        required=True,
        choices=[c.value for c in Classification],
        help="welke rubricering het pakket mag bevatten",
    )
    parser.add_argument("-o", "--output", metavar="BESTAND", help="het PDF-bestand om te schrijven")
    parser.add_argument(
        "--check", action="store_true", help="alleen de controle vóór export tonen; niets schrijven"
    )
    parser.add_argument(
        "--force-new-version",
        "--nieuwe-versie",
        action="store_true",
        help="ook een nieuwe versie maken als de inhoud gelijk is aan de laatste versie",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.packs.service import (
        PackError,
        PackRequest,
        prepare_pack,
        write_pack,
        write_unrecorded,
    )
    from briefing_app.store.repository import Repository

    if args.meeting and args.dossier:
        raise CliError("kies een overleg óf dossiers (--dossier), niet allebei")
    if not args.meeting and not args.dossier:
        raise CliError("geef een overleg (id) of ten minste één --dossier op")
    if not args.check and not args.output:
        raise CliError("geef met -o aan waar het pakket moet komen, bijvoorbeeld -o pakket.pdf")
    request = PackRequest(
        Classification(args.edition),
        args.meeting or None,
        tuple(args.dossier),
        force_new_version=args.force_new_version,
    )
    try:
        prepared = prepare_pack(context.db, request)
        result = None
        if not args.check and _read_only(context):
            # A read-only copy (a share, a colleague's file) can still print a pack; it just
            # cannot record it, so say that the next pack will not compare with this one.
            result = write_unrecorded(prepared, args.output)
            print(
                "briefing: let op: de database is alleen-lezen; deze export is niet vastgelegd",
                file=sys.stderr,
            )
        elif not args.check:
            result = write_pack(Repository(context.db, user=_user()), prepared, args.output)
    except PackError as exc:
        raise CliError(str(exc)) from exc
    report = prepared.check
    if args.json:
        data: dict[str, object] = {
            "check": {
                "clean": report.clean,
                "left_out": report.left_out,
                "findings": {title: list(lines) for title, lines in report.sections()},
            }
        }
        if result is not None:
            data.update(
                path=str(result.path),
                pages=result.pages,
                version=result.version,
                content_hash=result.content_hash,
                same_as=result.same_as,
            )
        print_json(data)
        return 0
    print("\n".join(report.summary_lines()))
    if result is not None:
        print(
            f"Geschreven: {result.path} ({result.pages} pagina's, versie {result.version}, "
            f"kenmerk {result.content_hash[:8]})"
        )
        if result.same_as:
            print(
                f"De inhoud is gelijk aan versie {result.same_as}: dit is versie {result.same_as} "
                "opnieuw, er is geen nieuwe versie gemaakt (--force-new-version maakt er toch een)."
            )
    return 0


def _read_only(context: Context) -> bool:
    workspace = getattr(context, "workspace", None)
    return bool(workspace is not None and workspace.read_only)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "onbekend"
