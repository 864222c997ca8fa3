"""`briefing demo`: write a generated database of any size, for benchmarks and scale tests.

The counts are free (`--talking-points 1000000` works, in a few minutes); the same `--seed`
gives the same database. The file named by `--out` is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.domain.items import KINDS_BY_TABLE
from briefing_app.services.dataset.demo import DemoError, DemoSpec, generate
from briefing_app.store.output_paths import refusal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="maak een database met gegenereerde gegevens (voor tests en metingen)"
    )
    parser.add_argument("--out", required=True, metavar="BESTAND", help="de nieuwe database")
    parser.add_argument("--dossiers", type=_count, default=12, metavar="N")
    parser.add_argument("--talking-points", type=_count, default=1_000, metavar="M")
    parser.add_argument("--figures", type=_count, metavar="K", help="standaard 6 per dossier")
    parser.add_argument(
        "--meetings", type=_count, metavar="L", help="standaard 1 per dossier, max. 12"
    )
    parser.add_argument("--seed", type=int, default=1, help="zelfde seed, zelfde gegevens")
    parser.add_argument(
        "--without-history",
        action="store_true",
        help="geen aanmaakrevisie per item (sneller en kleiner; de geschiedenis blijft leeg)",
    )
    parser.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is geen geheel getal") from None
    if value < 0:
        raise argparse.ArgumentTypeError("een aantal kan niet negatief zijn")
    return value


def run(args: argparse.Namespace, context: Context) -> int:
    spec = DemoSpec(
        dossiers=args.dossiers,
        talking_points=args.talking_points,
        figures=args.figures,
        meetings=args.meetings,
        seed=args.seed,
        history=not args.without_history,
    )
    out = Path(args.out).expanduser()
    refused = refusal(out, context.db_path)
    if refused:
        raise CliError(refused)
    if out.exists() and not args.force:  # the same sentence as `bundle export`
        raise CliError(f"{out} bestaat al; kies een andere naam of gebruik --force.")
    quiet = args.json or not sys.stderr.isatty()
    try:
        report = generate(
            out,
            spec,
            overwrite=args.force,
            progress=None if quiet else _show_progress,
        )
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(
            {
                "database": str(report.path),
                "counts": report.counts,
                "seconds": round(report.seconds, 2),
            }
        )
    else:
        total = sum(report.counts.values())
        seconds = f"{report.seconds:.1f}".replace(".", ",")
        print(f"{report.path}: {_number(total)} onderdelen in {seconds} s")
        for table, count in report.counts.items():
            print(f"  {_label(table):<30}{_number(count):>12}")
    return 0


def _label(table: str) -> str:
    """What the user calls a table's rows (like all output, in Dutch)."""
    kind = KINDS_BY_TABLE.get(table)
    return kind.plural if kind else table


def _number(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _show_progress(table: str, count: int) -> None:
    print(f"  {_label(table)}: {_number(count)}", file=sys.stderr, flush=True)
