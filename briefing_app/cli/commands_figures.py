"""`briefing figures import FILE [--apply]`: key figures from a CSV or Excel file.

Without `--apply` it only shows, row by row, what would be added or changed and every problem
(row, column, what is wrong). With `--apply` it changes the database only when no row has a
problem: all or nothing, after a backup.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing_app.cli.commands_bundle import context_user
from briefing_app.cli.context import CliError, Context
from briefing_app.domain.formatting import format_value
from briefing_app.services.figures.importing import (
    CHANGED,
    NEW,
    SAME,
    FigureImportError,
    FigurePreview,
    apply,
    preview,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("figures", help="kerncijfers inlezen uit CSV of Excel")
    actions = parser.add_subparsers(dest="figures_action", metavar="ACTIE", required=True)
    imp = actions.add_parser("import", help="toon wat een CSV- of .xlsx-bestand zou wijzigen")
    imp.add_argument("file", metavar="BESTAND", type=Path)
    imp.add_argument("--apply", action="store_true", help="voer de wijzigingen ook door")
    imp.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, context: Context) -> int:
    db = context.require_writable() if args.apply else context.db
    try:
        result = preview(db, args.file)
    except FigureImportError as exc:
        raise CliError(str(exc)) from exc
    show(result)
    if result.problems:
        print(f"{len(result.problems)} probleem/problemen: er is niets ingelezen.")
        return 1
    if not args.apply:
        print("Nog niets gewijzigd; voer door met --apply.")
        return 0
    try:
        backup = apply(db, result, user=context_user())
    except FigureImportError as exc:
        raise CliError(str(exc)) from exc
    if backup:
        print(f"Eerst een reservekopie gemaakt: {backup.name}")
    counts = {a: sum(r.action == a for r in result.rows) for a in (NEW, CHANGED)}
    print(f"Ingelezen: {counts[NEW]} nieuw, {counts[CHANGED]} gewijzigd.")
    return 0


def show(result: FigurePreview) -> None:
    for row in result.rows:
        if row.problems:
            for problem in row.problems:
                print(f"  FOUT  {problem}")
            continue
        unit = str(row.values.get("unit") or "number")
        if row.action == NEW:
            value = format_value(row.values.get("value"), unit)  # type: ignore[arg-type]
            print(f"  nieuw       rij {row.row}: {row.key} = {value}")
        elif row.action == CHANGED:
            print(f"  gewijzigd   rij {row.row}: {row.key} ({row.change_text()})")
        elif row.action == SAME:
            print(f"  ongewijzigd rij {row.row}: {row.key}")
