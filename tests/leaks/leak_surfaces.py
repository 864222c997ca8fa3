"""The registry of surfaces the leak test runs: every face that shows content for an edition.

A surface renders everything it can show of the leak dataset for one edition as one text (its
output, its JSON, a PDF's text, outline and metadata, ...) and says which markers it is meant to
show (`shows`): those at or below the edition must all be there, and no marker above it may be.
To add a surface (meeting mode, a verslag, notes), register one function:

    @surface("verslag", shows=lambda m: m.table in {"meetings", "agenda_items"})
    def verslag(data: LeakData, edition: str, tmp: Path) -> str:
        return render_my_surface_as_text(...)
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from leak_dataset import LeakData, Marker

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.domain.items import KINDS_BY_TABLE

Render = Callable[[LeakData, str, Path], str]


@dataclass(frozen=True)
class Surface:
    name: str
    render: Render
    shows: Callable[[Marker], bool]
    slow: bool = False  # left out of the property-based runs


SURFACES: dict[str, Surface] = {}


def surface(
    name: str, *, shows: Callable[[Marker], bool], slow: bool = False
) -> Callable[[Render], Render]:
    def register(render: Render) -> Render:
        SURFACES[name] = Surface(name, render, shows, slow)
        return render

    return register


def cli(data: LeakData, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        main(["--db", str(data.path), *args])
    return out.getvalue() + err.getvalue()


# -- what each surface is meant to show ------------------------------------------------------

DOSSIER_TABLES = {
    "dossiers",
    "positions",
    "figures",
    "talking_points",
    "hard_questions",
    "member_signals",
    "commitments",
}
# Fields `show` prints in its text form (its JSON carries every field of every item).
SHOW_TEXT = {
    ("dossiers", "title"),
    ("dossiers", "slug"),
    ("dossiers", "summary"),
    ("dossiers", "escalation"),
    ("sources", "title"),
    ("stakeholders", "name"),
    ("figures", "value"),
    *(
        (t, f)
        for t in ("positions", "figures", "talking_points", "hard_questions")
        for f in (
            "text",
            "our_answer",
            "label",
            "period",
            "note",
            "question",
            "answer",
            "source_section",
        )
    ),
    ("member_signals", "text"),
    ("member_signals", "origin"),
    ("member_signals", "source_section"),
    ("commitments", "party"),
    ("commitments", "text"),
    ("commitments", "source_section"),
}


# What the search index holds besides the searchable fields, and what it does not hold.
SEARCH_EXTRA = {("dossiers", "slug"), ("figures", "key")}
NOT_INDEXED = {("commitments", "owner")}  # searchable in items.py, not in the index's triggers


def _searchable(marker: Marker) -> bool:
    kind = KINDS_BY_TABLE.get(marker.table)
    pair = (marker.table, marker.field)
    if kind is None or marker.field == "value" or pair in NOT_INDEXED:
        return False
    if pair in SEARCH_EXTRA:
        return True
    try:
        return kind.field(marker.field).searchable and marker.field != "slug"
    except KeyError:
        return False


# -- the command line ------------------------------------------------------------------------


def _show(data: LeakData, edition: str, *extra: str) -> str:
    # A refusal repeats the code the user typed ("onbekend dossier 'x'"): that is no leak.
    return "\n".join(
        cli(data, "show", slug, "--editie", edition, *extra).replace(f"'{slug}'", "'?'")
        for slug in data.dossier_slugs
    )


@surface("show", shows=lambda m: (m.table, m.field) in SHOW_TEXT)
def show_text(data: LeakData, edition: str, tmp: Path) -> str:
    return _show(data, edition)


@surface(
    "show --json",
    shows=lambda m: m.table in DOSSIER_TABLES
    or (m.table, m.field) in {("stakeholders", "name"), ("sources", "title")},
)
def show_json(data: LeakData, edition: str, tmp: Path) -> str:
    return _show(data, edition, "--json")


def _search(data: LeakData, edition: str, *extra: str) -> str:
    # The text output repeats the query ("Niets gevonden voor: x"): that is no leak.
    return "\n".join(
        cli(data, "search", m.text, "--editie", edition, "--limit", "5", *extra).replace(
            f"voor: {m.text}", "voor: ?"
        )
        for m in data.markers
        if m.field != "value"
    )


@surface("search", shows=_searchable)
def search_text(data: LeakData, edition: str, tmp: Path) -> str:
    return _search(data, edition)


@surface("search --json", shows=_searchable)
def search_json(data: LeakData, edition: str, tmp: Path) -> str:
    return _search(data, edition, "--json")


@surface("bundle export", shows=lambda m: m.field != "value")
def bundle(data: LeakData, edition: str, tmp: Path) -> str:
    from briefing_app.services.exchange.bundle import encode, read_bundle

    secret = tmp / "pw.txt"
    secret.write_text("lektest wachtwoord\n")
    target = tmp / f"{edition}.briefing"
    cli(
        data,
        "bundle",
        "export",
        "--editie",
        edition,
        "-o",
        str(target),
        "--force",
        "--passphrase-file",
        str(secret),
    )
    return encode(read_bundle(target, "lektest wachtwoord")).decode("utf-8")


# -- packs -------------------------------------------------------------------------------------

PACK_FIELDS = {
    ("dossiers", "title"),
    ("dossiers", "summary"),
    ("dossiers", "escalation"),
    ("figures", "value"),
    ("figures", "label"),
    ("figures", "note"),
    ("figures", "period"),
    ("talking_points", "text"),
    ("positions", "text"),
    ("positions", "our_answer"),
    ("hard_questions", "question"),
    ("hard_questions", "answer"),
    ("sources", "title"),
    ("sources", "publisher"),
    ("sources", "reference"),
    ("stakeholders", "name"),
}
MEETING_PACK_FIELDS = PACK_FIELDS | {
    ("meetings", "title"),
    ("meetings", "place"),
    ("agenda_items", "aim"),
    ("delegates", "name"),
    ("delegates", "role"),
    ("stakeholders", "role"),
    ("stakeholders", "organisation"),
    ("stakeholders", "interests"),
}


def pdf_everything(path: Path) -> str:
    """A PDF's text, its outline (bookmarks) and its metadata, as one text."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    parts = [page.extract_text() or "" for page in reader.pages]

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                parts.append(str(item.title))

    walk(reader.outline)
    parts += [str(v) for v in (reader.metadata or {}).values()]
    # Text extraction may break a line inside a marker's neighbourhood; markers have no spaces.
    return re.sub(r"[ \t]+", " ", "\n".join(parts))


def _pack(data: LeakData, edition: str, tmp: Path, *target: str) -> str:
    out = tmp / f"pack-{edition}-{len(list(tmp.iterdir()))}.pdf"
    # A vertrouwelijk pack is one numbered copy per recipient (domain.copies): read copy 1.
    numbered = ["--recipients", "Lezer Lek"] if edition == "vertrouwelijk" else []
    cli(data, "pack", *target, "--edition", edition, "-o", str(out), *numbered)
    if numbered:
        out = out.with_name(f"{out.stem}-exemplaar-01-lezer-lek.pdf")
    return pdf_everything(out)


@surface("meeting packs", shows=lambda m: (m.table, m.field) in MEETING_PACK_FIELDS, slow=True)
def meeting_packs(data: LeakData, edition: str, tmp: Path) -> str:
    return "\n".join(_pack(data, edition, tmp, meeting) for meeting in data.meeting_ids)


@surface("dossier pack", shows=lambda m: (m.table, m.field) in PACK_FIELDS, slow=True)
def dossier_pack(data: LeakData, edition: str, tmp: Path) -> str:
    slugs = [a for slug in data.dossier_slugs for a in ("--dossier", slug)]
    return _pack(data, edition, tmp, *slugs)


# -- meetings: notes at the table and the verslag ------------------------------------------


@surface("notes", shows=lambda m: (m.table, m.field) in {("meeting_notes", "text")})
def notes(data: LeakData, edition: str, tmp: Path) -> str:
    return "\n".join(
        cli(data, "notes", meeting, "--editie", edition, *extra)
        for meeting in data.meeting_ids
        for extra in ((), ("--json",))
    )


@surface("verslag", shows=lambda m: False, slow=True)  # nothing above: the leak half only
def verslag(data: LeakData, edition: str, tmp: Path) -> str:
    from briefing_app.services.meetings.report import REPORT_EDITIONS

    if Classification(edition) not in REPORT_EDITIONS:
        return ""
    parts = []
    for n, meeting in enumerate(data.meeting_ids):
        out = tmp / f"verslag-{edition}-{n}.pdf"
        parts.append(cli(data, "report", meeting, "--editie", edition, "-o", str(out)))
        if out.exists():
            parts.append(pdf_everything(out))
    return "\n".join(parts)


# -- the app's "Bekijken als" ----------------------------------------------------------------


@surface(
    "app: Bekijken als",
    shows=lambda m: (
        m.table
        in DOSSIER_TABLES | {"sources", "stakeholders", "meetings", "agenda_items", "delegates"}
        and m.field != "slug"
    )
    or (m.table, m.field) == ("dossiers", "slug"),
)
def app_view_as(data: LeakData, edition: str, tmp: Path) -> str:
    """What the app's lists, navigator and search show with the edition chosen (the services
    behind every view of the window; `tests/ui/test_ui_view_as.py` drives the window itself)."""
    from briefing_app.services.core.finder import FinderService
    from briefing_app.services.core.listing import ListingService, ListQuery
    from briefing_app.store.connection import connect

    db = connect(data.path, migrate=False, read_only=True)
    try:
        listing = ListingService(db)
        listing.set_edition(Edition.of(Classification(edition)))
        finder = FinderService(db)
        finder.set_edition(listing.edition)
        parts: list[object] = [listing.dossiers(), listing.meetings(), listing.stakeholders()]
        parts += [listing.sources(), listing.figure_keys()]
        for dossier in listing.dossiers():
            parts.append(listing.row("dossier", str(dossier["id"])))
            for kind in ("position", "figure", "talking_point", "hard_question", "member_signal"):
                parts.append(listing.page(ListQuery(kind, str(dossier["id"])), 0, 500))
            commitments = ListQuery("commitment", str(dossier["id"]), parent_field="dossier_id")
            parts.append(listing.page(commitments, 0, 500))
        for meeting in listing.meetings():
            parts.append(listing.row("meeting", str(meeting["id"])))
            for kind in ("agenda_item", "delegate", "meeting_counterpart"):
                parts.append(listing.page(ListQuery(kind, str(meeting["id"])), 0, 500))
        for person in listing.stakeholders():
            parts.append(listing.stakeholder_positions(str(person["id"])))
            parts.append(listing.stakeholder_meetings(str(person["id"])))
            parts.append(listing.row("stakeholder", str(person["id"])))
        for marker in data.markers:
            if marker.field != "value":
                parts.append([(g.dossier_title, g.hits) for g in finder.find(marker.text, limit=5)])
        return json.dumps(parts, ensure_ascii=False, default=str)
    finally:
        db.close()
