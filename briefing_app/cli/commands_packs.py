"""`briefing packs log`: which packs were exported, and who received which numbered copy."""

from __future__ import annotations

import argparse

from briefing_app.cli.context import Context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("packs", help="het logboek van geëxporteerde pakketten")
    actions = parser.add_subparsers(dest="packs_action", metavar="ACTIE", required=True)
    log = actions.add_parser(
        "log", help="toon de exports, nieuwste eerst, met de genummerde exemplaren en ontvangers"
    )
    log.add_argument("--limit", type=int, default=50, metavar="N", help="hoeveel exports (50)")
    log.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    log.set_defaults(handler=run_log)


def run_log(args: argparse.Namespace, context: Context) -> int:
    from briefing_app.services.packs.copies import export_log

    entries = export_log(context.db, limit=max(1, args.limit))
    if args.json:
        print_json(
            [
                {
                    "export_id": e.export_id,
                    "created_at": e.created_at,
                    "created_by": e.created_by,
                    "edition": e.edition,
                    "version": e.version,
                    "content_hash": e.short_hash,
                    "scope": e.scope,
                    "file_name": e.file_name,
                    "copies": [
                        {"number": c.number, "recipient": c.recipient, "file_name": c.file_name}
                        for c in e.copies
                    ],
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        print("Er zijn nog geen pakketten geëxporteerd.")
        return 0
    for e in entries:
        print(
            f"{e.date_label}  {e.scope} · {e.edition} · versie {e.version} · kenmerk "
            f"{e.short_hash} · door {e.created_by}"
        )
        if not e.copies:
            print(f"    {e.file_name} (niet genummerd)")
        for c in e.copies:
            print(f"    Exemplaar {c.number} · voor {c.recipient}  ({c.file_name})")
    return 0
