"""The check before an export: what a careful adviser would want to fix first.

It lists figures without a source, without an as-of date (peildatum) or older than a threshold
(the figures of the agenda dossiers and every figure a text of the pack cites), items still in
concept, agenda dossiers without a bottom line (for the `vertrouwelijk` edition), how many items
the edition leaves out, figure references that cannot be filled in, and malformed ones
(`{fig:a b}`) that the pack would print as written. The user may export anyway;
the check only informs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
from briefing_app.domain.provenance import stale_quotes
from briefing_app.services.packs.assembly import Problems, item_title
from briefing_app.services.packs.selection import Row, Selection

DEFAULT_STALE_DAYS = 365
EDITION_ADJECTIVE = {
    Classification.OPENBAAR: "openbare",
    Classification.INTERN: "interne",
    Classification.VERTROUWELIJK: "vertrouwelijke",
}


@dataclass(frozen=True)
class PackCheck:
    edition: Classification
    figures_without_source: tuple[str, ...] = ()
    figures_without_date: tuple[str, ...] = ()
    stale_figures: tuple[str, ...] = ()
    drafts: tuple[str, ...] = ()
    missing_bottom_lines: tuple[str, ...] = ()
    broken_references: tuple[str, ...] = ()
    malformed_references: tuple[str, ...] = ()
    withheld_references: tuple[str, ...] = ()
    left_out: int = 0
    stale_after_days: int = DEFAULT_STALE_DAYS
    meeting_classification: str = ""  # set when the meeting is classified above the edition
    meeting_gaps: tuple[str, ...] = ()  # no date, place, delegation, roles or counterparts
    pending_sources: tuple[str, ...] = ()  # changed values without a source for them
    stale_quotes: tuple[str, ...] = ()  # notes quoting a number the figure no longer has
    summary_drafts: tuple[str, ...] = ()  # concept items the one-page summary prints
    missing_glyphs: tuple[str, ...] = ()  # characters the pack's fonts cannot print

    @property
    def clean(self) -> bool:
        """True when nothing needs attention (leaving items out is what editions are for)."""
        return not (
            self.meeting_gaps
            or self.pending_sources
            or self.stale_quotes
            or self.summary_drafts
            or self.missing_glyphs
            or self.figures_without_source
            or self.figures_without_date
            or self.stale_figures
            or self.drafts
            or self.missing_bottom_lines
            or self.broken_references
            or self.malformed_references
            or self.withheld_references
            or self.meeting_classification
        )

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        """(heading, lines) for each finding, in Dutch, in the order a user should read them."""
        meeting = (
            (
                f"Het overleg zelf is gerubriceerd als {self.meeting_classification}; "
                "titel, datum en plaats zijn weggelaten; het pakket heet naar zijn dossiers",
            )
            if self.meeting_classification
            else ()
        )
        return [
            (title, lines)
            for title, lines in (
                ("Rubricering van het overleg", meeting),
                ("Het overleg mist", self.meeting_gaps),
                ("Onbekende cijferverwijzingen", self.broken_references),
                ("Onjuiste cijferverwijzingen (niet ingevuld)", self.malformed_references),
                ("Gewijzigde cijfers zonder bron voor de nieuwe waarde", self.pending_sources),
                (
                    "Toelichtingen die een getal citeren dat het cijfer niet meer heeft",
                    self.stale_quotes,
                ),
                ("Tekens die het lettertype niet kan afdrukken", self.missing_glyphs),
                ("Concept-onderdelen in de samenvatting", self.summary_drafts),
                (
                    "Cijfers die niet in deze editie mogen (verwijzing onleesbaar gemaakt)",
                    self.withheld_references,
                ),
                ("Kerncijfers zonder bron", self.figures_without_source),
                ("Kerncijfers zonder peildatum", self.figures_without_date),
                (f"Kerncijfers ouder dan {self.stale_after_days} dagen", self.stale_figures),
                ("Onderdelen nog in concept", self.drafts),
                ("Agendadossiers zonder ondergrens", self.missing_bottom_lines),
            )
            if lines
        ]

    def summary_lines(self) -> list[str]:
        lines = [f"Controle vóór export ({EDITION_ADJECTIVE[self.edition]} editie):"]
        for title, items in self.sections():
            lines.append(f"- {title}: {len(items)}")
            lines += [f"    · {item}" for item in items]
        lines.append(f"- Onderdelen die deze editie weglaat: {self.left_out}")
        if self.clean:
            lines.append("Geen aandachtspunten.")
        return lines


def check(
    sel: Selection,
    problems: Problems,
    *,
    today: dt.date,
    stale_after_days: int = DEFAULT_STALE_DAYS,
) -> PackCheck:
    reference = _reference_date(sel, today)
    limit = reference - dt.timedelta(days=stale_after_days)
    no_source, no_date, stale, drafts, no_bottom = [], [], [], [], []
    shown = _figures_shown(sel, problems)
    for label, f in shown:
        if not f.get("source_id") or str(f["source_id"]) not in sel.sources:
            no_source.append(label)
        as_of = _date(f.get("as_of"))
        if as_of is None:
            no_date.append(label)
        elif as_of < limit:
            stale.append(f"{label} ({format_date(str(f['as_of']))})")
    for _item, dossier in sel.agenda:
        kids = sel.children[str(dossier["id"])]
        title = str(dossier["title"])
        for table, rows in kids.items():
            drafts += [
                f"{title}: {_title(sel, table, r)}" for r in rows if r.get("status") == "draft"
            ]
        if sel.edition is Classification.VERTROUWELIJK and not any(
            p["kind"] == "bottom_line" for p in kids["positions"]
        ):
            no_bottom.append(title)
    return PackCheck(
        edition=sel.edition,
        figures_without_source=tuple(no_source),
        figures_without_date=tuple(no_date),
        stale_figures=tuple(stale),
        drafts=tuple(drafts),
        missing_bottom_lines=tuple(no_bottom),
        broken_references=tuple(
            dict.fromkeys(f"{where}: cijfer '{key}' bestaat niet" for where, key in problems.broken)
        ),
        malformed_references=malformed_lines(problems),
        withheld_references=tuple(
            dict.fromkeys(
                f"{where}: cijfer '{key}' staat boven deze editie"
                for where, key in problems.withheld
            )
        ),
        meeting_gaps=meeting_gaps(sel),
        pending_sources=tuple(
            f"{label} (nu {sel.book.display(str(f['key']))})"
            for label, f in shown
            if f.get("source_pending")
        ),
        stale_quotes=tuple(_stale_quotes(sel, shown)),
        summary_drafts=tuple(_summary_drafts(sel)),
        left_out=sel.left_out,
        stale_after_days=stale_after_days,
        meeting_classification=(
            str(sel.meeting["classification"])
            if sel.meeting is not None and sel.meeting_above_edition
            else ""
        ),
    )


def _title(sel: Selection, table: str, row: Row) -> str:
    """An item's title as the pack prints it: figure references filled in, never raw."""
    return sel.book.render(item_title(table, row)).text


def meeting_gaps(sel: Selection) -> tuple[str, ...]:
    """What a gespreksnotitie needs of its meeting and does not have (only for a meeting pack)."""
    meeting = sel.meeting
    if meeting is None or sel.meeting_above_edition:
        return ()
    gaps = [
        text
        for field, text in (
            ("date", "geen datum"),
            ("start_time", "geen aanvangstijd"),
            ("place", "geen plaats"),
            ("aim", "geen doel van het overleg"),
        )
        if not str(meeting.get(field) or "").strip()
    ]
    if not sel.delegates:
        gaps.append("geen delegatie (wie spreekt namens de VNG)")
    gaps += [f"geen rol voor {d['name']}" for d in sel.delegates if not str(d.get("role") or "")]
    if not sel.counterparts:
        gaps.append("geen gesprekspartners (met wie is het overleg)")
    gaps += [
        f"geen functie voor {p['name']}" for p in sel.counterparts if not str(p.get("role") or "")
    ]
    return tuple(gaps)


def _stale_quotes(sel: Selection, shown: list[tuple[str, Row]]) -> list[str]:
    out = []
    for label, f in shown:
        figure = sel.book.figure_of(str(f["key"]))
        if figure is None:
            continue
        values = list(figure.years.values()) if figure.is_series else [figure.value or 0.0]
        for written in stale_quotes(str(f.get("note") or ""), values):
            out.append(f"{label}: citeert {written}, het cijfer is nu {figure.display}")
    return out


def _summary_drafts(sel: Selection) -> list[str]:
    """Concept items the summary prints: key messages, our ask and the bottom line."""
    out = []
    for _item, dossier in sel.agenda:
        kids = sel.children[str(dossier["id"])]
        rows = [("talking_points", r) for r in kids["talking_points"] if r["kind"] == "key_message"]
        rows += [
            ("positions", r)
            for r in kids["positions"]
            if r["kind"] in ("opening", "target", "bottom_line")
        ]
        out += [
            f"{dossier['title']}: {_title(sel, table, r)}"
            for table, r in rows
            if r.get("status") == "draft"
        ]
    return out


def malformed_lines(problems: Problems) -> tuple[str, ...]:
    """Each text that opens a figure reference it does not finish (`{fig:a b}`), once: the pack
    prints it as written, so the user must mend it."""
    return tuple(dict.fromkeys(f"{where}: {span}" for where, span in problems.malformed))


def _figures_shown(sel: Selection, problems: Problems) -> list[tuple[str, Row]]:
    """(label, row) of every figure the pack shows: in its dossiers' tables or cited in a text."""
    shown: dict[str, tuple[str, Row]] = {}
    for _item, dossier in sel.agenda:
        for f in sel.children[str(dossier["id"])]["figures"]:
            shown[str(f["key"])] = (f"{dossier['title']}: {item_title('figures', f)}", f)
    for key, where in problems.cited.items():
        f = sel.figures_by_key[key]
        if key not in shown:
            label = f"{where}: {item_title('figures', f)} (genoemd in de tekst)"
            shown[key] = (label.lstrip(": "), f)
    return list(shown.values())


def _reference_date(sel: Selection, today: dt.date) -> dt.date:
    """Figures must be current on the day of the meeting, or today for a pack without one."""
    if sel.meeting is not None:
        meeting_day = _date(sel.meeting.get("date"))
        if meeting_day is not None:
            return meeting_day
    return today


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
