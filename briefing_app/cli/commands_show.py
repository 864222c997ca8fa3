"""`briefing show DOSSIER`: one dossier with all its sections, figures filled in.

Human output follows the order a delegation member reads a briefing: summary, positions, key
figures, key messages and talking points, hard questions, member signals, commitments. A text
that cites a figure shows the figure's current value; a reference to a missing figure is
marked in the text and listed under it.
"""

from __future__ import annotations

import argparse

from briefing_app.cli.context import CliError, Context, print_json
from briefing_app.cli.output import heading, paragraph, section, tag
from briefing_app.domain.classification import Classification
from briefing_app.domain.provenance import PENDING_TEXT
from briefing_app.services.core.catalog import (
    DossierView,
    Figure,
    Item,
    UnknownDossierError,
    dossier_view,
)

PARTY_LABELS = {"ours": "wij", "theirs": "zij", "agreed": "samen"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("show", help="toon één dossier met alles wat erin staat")
    parser.add_argument("dossier", metavar="DOSSIER", help="de code van het dossier, bv. wonen")
    parser.add_argument(
        "--editie",
        choices=[c.value for c in Classification],
        help="toon alleen wat in deze editie mag (standaard: alles)",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON, voor scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    try:
        view = dossier_view(context.db, args.dossier, up_to=args.editie)
    except UnknownDossierError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(as_json(view))
    else:
        print(render(view))
    return 0


# -- human output --------------------------------------------------------------------------


def render(view: DossierView) -> str:
    d = view.dossier
    out = [heading(d.title).lstrip("\n"), f"{d.slug} {tag(d.classification)}"]
    if d.summary:
        out += [section("Samenvatting"), paragraph(d.summary)]
    if d.escalation:
        out += [section("Escalatiestrategie (plan B)"), paragraph(d.escalation)]
    out += [section("Standpunten"), *_items(view.positions, _position, "standpunten")]
    out += [section("Kerncijfers"), *_figures(view.figures)]
    out += [
        section("Kernboodschappen en spreekpunten"),
        *_items(view.talking_points, _talking_point, "spreekpunten"),
    ]
    out += [section("Lastige vragen"), *_items(view.hard_questions, _question, "lastige vragen")]
    out += [section("Ledensignalen"), *_items(view.member_signals, _signal, "ledensignalen")]
    out += [section("Toezeggingen"), *_items(view.commitments, _commitment, "toezeggingen")]
    if view.broken:
        out.append(f"\nLet op: verwijzingen naar onbekende kerncijfers: {', '.join(view.broken)}")
    return "\n".join(out)


def _items(items, describe, noun: str) -> list[str]:  # type: ignore[no-untyped-def]
    if not items:
        return [f"  (geen {noun} vastgelegd)"]
    lines: list[str] = []
    for item in items:
        lines.extend(describe(item))
        if item.broken:
            lines.append(paragraph(f"! onbekend kerncijfer: {', '.join(item.broken)}", 4))
        if str(item.citation):
            lines.append(paragraph(f"Bron: {item.citation}", 4))
        lines.append("")
    return lines[:-1]


def _position(item: Item) -> list[str]:
    who = item.stakeholder or PARTY_LABELS.get(str(item.row["party"]), "")
    label = (
        item.kind_label if who.lower() == item.kind_label.lower() else f"{item.kind_label} ({who})"
    )
    lines = [f"  {label} {tag(item.classification, item.status)}"]
    lines.append(paragraph(item.text("text"), 4))
    if item.text("our_answer"):
        lines.append(paragraph(item.text("our_answer"), 4, prefix="Ons antwoord: "))
    return lines


def _talking_point(item: Item) -> list[str]:
    return [
        f"  {item.kind_label} {tag(item.classification, item.status)}",
        paragraph(item.text("text"), 4),
    ]


def _question(item: Item) -> list[str]:
    answer = item.text("answer") or "(nog geen antwoord)"
    return [
        f"  {tag(item.classification, item.status)}",
        paragraph(item.text("question"), 4, prefix="V: "),
        paragraph(answer, 4, prefix="A: "),
    ]


def _signal(item: Item) -> list[str]:
    lines = [paragraph(item.text("text"), 2, prefix="- ")]
    if item.text("origin"):
        lines.append(paragraph(f"Herkomst: {item.text('origin')}", 4))
    return lines


def _commitment(item: Item) -> list[str]:
    state = "afgerond" if item.row.get("state") == "done" else "open"
    return [
        f"  {item.text('party')} ({state}) {tag(item.classification, item.status)}",
        paragraph(item.text("text"), 4),
    ]


def _figures(figures: tuple[Figure, ...]) -> list[str]:
    if not figures:
        return ["  (geen kerncijfers vastgelegd)"]
    lines: list[str] = []
    for f in figures:
        lines.append(f"  {f.label} {tag(f.classification, f.status)}")
        lines.append(f"    {f.display}" + (f" · {f.period}" if f.period else ""))
        lines.append(f"    Sleutel: {{fig:{f.key}}}")
        if f.note:
            lines.append(paragraph(f.note, 4))
        # A changed value keeps no citation of the old one (domain/provenance.py).
        if f.source_pending:
            lines.append(paragraph(f"Bron: {PENDING_TEXT}", 4))
        elif str(f.citation):
            lines.append(paragraph(f"Bron: {f.citation}", 4))
        lines.append("")
    return lines[:-1]


# -- JSON ----------------------------------------------------------------------------------


def as_json(view: DossierView) -> dict[str, object]:
    d = view.dossier
    return {
        "id": d.id,
        "slug": d.slug,
        "title": d.title,
        "summary": d.summary,
        "escalation": d.escalation,
        "classification": d.classification,
        "positions": [_item_json(i) for i in view.positions],
        "figures": [_figure_json(f) for f in view.figures],
        "talking_points": [_item_json(i) for i in view.talking_points],
        "hard_questions": [_item_json(i) for i in view.hard_questions],
        "member_signals": [_item_json(i) for i in view.member_signals],
        "commitments": [_item_json(i) for i in view.commitments],
        "broken_references": list(view.broken),
    }


def _item_json(item: Item) -> dict[str, object]:
    data: dict[str, object] = {"id": item.id}
    for f in item.kind.fields:
        if f.name == "dossier_id":
            continue
        data[f.name] = item.row.get(f.name)
    if item.kind_label:
        data["kind_label"] = item.kind_label
    if item.stakeholder:
        data["stakeholder"] = item.stakeholder
    data["rendered"] = {name: r.text for name, r in item.texts.items() if r.text}
    data["source"] = item.citation.source_title
    data["classification"] = item.classification
    data["status"] = item.status
    data["broken_references"] = list(item.broken)
    return data


def _figure_json(f: Figure) -> dict[str, object]:
    return {
        "id": f.id,
        "key": f.key,
        "label": f.label,
        "value": f.value,
        "unit": f.unit,
        "period": f.period,
        "series": dict(f.series),
        "as_of": f.as_of,
        "display": f.display,
        "note": f.note,
        "source_id": None if f.source_pending else f.citation.source_id,
        "source": None if f.source_pending else f.citation.source_title,
        "source_section": None if f.source_pending else f.citation.section,
        "source_pending": f.source_pending,
        "classification": f.classification,
        "status": f.status,
    }
