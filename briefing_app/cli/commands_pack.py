"""`briefing pack`: write one edition of a briefing pack as PDF, after the pre-export check.

`briefing pack MEETING --edition intern -o pakket.pdf` makes the pack of a meeting (its id as
`briefing meetings --json` gives it); `--dossier SLUG` (repeatable) makes one of dossiers without
a meeting. `--check` only prints the check. The PDF is written to a temporary file and renamed,
so a failed export never leaves a partial file. A `vertrouwelijk` edition (and an `intern` one
given `--recipients`) becomes one numbered copy per recipient: `--recipients "A;B;C"`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.domain.classification import Classification
from briefing_app.domain.copies import may_number, must_number

if TYPE_CHECKING:
    from briefing_app.services.packs.copies import WrittenCopies
    from briefing_app.services.packs.service import PreparedPack


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
    parser.add_argument(
        "--recipients",
        "--ontvangers",
        metavar="NAMEN",
        help='één genummerd exemplaar per ontvanger, gescheiden door ";" (verplicht voor de '
        "vertrouwelijke editie, mogelijk voor de interne, nooit voor de openbare)",
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
    if args.recipients is not None and not may_number(request.edition):
        raise CliError(_copies_error(request.edition, []))
    copies = None
    try:
        prepared = prepare_pack(context.db, request)
        result = None
        if not args.check and (args.recipients is not None or must_number(request.edition)):
            copies = _numbered(args, prepared, context)
            result = copies.export
        elif not args.check and _read_only(context):
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
        if copies is not None:
            data["copies"] = [
                {"number": c.number, "recipient": c.recipient, "path": str(path)}
                for c, path in copies.files
            ]
        print_json(data)
        return 0
    print("\n".join(report.summary_lines()))
    if copies is not None:
        export = copies.export
        print(f"Versie {export.version}, kenmerk {export.content_hash[:8]}, genummerd:")
        for copy, path in copies.files:
            print(f"  {copy.label}: {path}")
        if export.same_as:
            print(
                f"De inhoud is gelijk aan versie {export.same_as}: dit zijn exemplaren van versie "
                f"{export.same_as}, genummerd verder na de eerdere."
            )
    elif result is not None:
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


def _numbered(args: argparse.Namespace, prepared: PreparedPack, context: Context) -> WrittenCopies:
    """One numbered copy per recipient, written and logged (the rule: `domain.copies`)."""
    from briefing_app.domain.copies import CopiesError, numbered_copies, parse_recipients
    from briefing_app.services.packs.copies import first_copy_number, write_copies
    from briefing_app.store.repository import Repository

    names = parse_recipients(args.recipients or "")
    delegation = [d.name for d in prepared.pack.delegation]
    try:
        first = first_copy_number(context.db, prepared)
        copies = numbered_copies(prepared.request.edition, names, first=first)
    except CopiesError as exc:
        raise CliError(_copies_error(prepared.request.edition, delegation, exc)) from exc
    if _read_only(context):
        raise CliError(
            "Genummerde exemplaren worden vastgelegd in het exportlogboek, en deze database is "
            "alleen-lezen; er is niets geschreven."
        )
    return write_copies(Repository(context.db, user=_user()), prepared, args.output, copies)


def _copies_error(
    edition: Classification, delegation: list[str], exc: Exception | None = None
) -> str:
    if exc is None:
        return "De openbare editie wordt nooit op naam gezet; laat --recipients weg."
    hint = f' Bijvoorbeeld: --recipients "{";".join(delegation)}"' if delegation else ""
    return f'{exc} Gebruik --recipients "NAAM;NAAM".{hint}'


def _read_only(context: Context) -> bool:
    workspace = getattr(context, "workspace", None)
    return bool(workspace is not None and workspace.read_only)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "onbekend"
