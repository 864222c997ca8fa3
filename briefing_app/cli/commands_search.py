"""`briefing search TEXT`: ranked hits over every text of every item; any text is a query."""

from __future__ import annotations

import argparse

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.cli.output import highlight, paragraph
from briefing_app.domain.classification import Classification
from briefing_app.services.core.catalog import search
from briefing_app.store.search import SearchTooSlow


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="zoek in alle teksten van alle items")
    parser.add_argument(
        "text", nargs="*", metavar="TEKST", help="waarnaar je zoekt (elke tekst mag, ook -korting)"
    )
    parser.add_argument(
        "--limit", type=int, default=50, metavar="N", help="hoogstens N resultaten (50)"
    )
    parser.add_argument(
        "--editie",
        choices=[c.value for c in Classification],
        help="zoek alleen in wat deze editie mag bevatten (standaard: alles)",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run, free_text="text")


def run(args: argparse.Namespace, context: Context) -> int:
    text = " ".join(args.text)
    if not text.strip():
        raise CliError("geef een zoektekst, bijvoorbeeld: briefing search opschalingskorting")
    try:
        hits = search(context.db, text, limit=max(1, args.limit), up_to=args.editie)
    except SearchTooSlow as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "kind_label": h.kind_label,
                    "dossier": h.dossier,
                    "id": h.id,
                    "title": h.title,
                    "snippet": h.snippet,
                    "classification": h.classification,
                    "status": h.status,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(f"Niets gevonden voor: {text}")
        return 0
    kind_width = max(len(h.kind_label) for h in hits)
    dossier_width = max(len(h.dossier or "-") for h in hits)
    for h in hits:
        print(
            f"{h.kind_label:<{kind_width}}  {h.dossier or '-':<{dossier_width}}  {h.id}"
            f"  [{h.classification}]"
        )
        print(highlight(paragraph(h.marked_snippet, 4)))
    print(f"\n{len(hits)} resultaten voor: {text}")
    return 0
