"""`briefing report MEETING --edition E -o verslag.pdf`: the verslag of a meeting as PDF.

Made from the debrief (outcomes, commitments, next steps) in the edition for the members
(`openbaar`) or for the board (`intern`); the same edition policy as the packs decides what
it shows. Written to a temporary file and renamed, so a failure leaves no partial file.
"""

from __future__ import annotations

import argparse

from briefing_app.cli.context import CliError, Context
from briefing_app.domain.report import REPORT_EDITIONS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="maak het verslag (PDF) van een overleg",
        description="Maak het verslag van een overleg als PDF, in een editie voor de leden "
        "(openbaar) of het bestuur (intern).",
    )
    parser.add_argument("meeting", metavar="OVERLEG", help="het id van het overleg")
    parser.add_argument(
        "--edition",
        "--editie",
        required=True,
        choices=[c.value for c in REPORT_EDITIONS],
        help="welke rubricering het verslag mag bevatten",
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="BESTAND", help="het PDF-bestand om te schrijven"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.domain.classification import Classification
    from briefing_app.services.meetings.report import ReportError, prepare_report, write_report

    db = context.db
    try:
        report = prepare_report(db, args.meeting, Classification(args.edition))
        pages = write_report(db, report, args.output)
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    noun = "pagina" if pages == 1 else "pagina's"
    print(f"Verslag ({args.edition}) geschreven naar {args.output}: {pages} {noun}.")
    return 0
