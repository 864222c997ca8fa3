"""The check before an export: what a careful adviser would want to fix first.

It lists figures without a source, without an as-of date (peildatum) or older than a threshold
(the figures of the agenda dossiers and every figure a text of the pack cites), items still in
concept, agenda dossiers without a bottom line (for the `vertrouwelijk` edition), how many items
the edition leaves out, and figure references that cannot be filled in. The user may export anyway;
the check only informs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
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
    withheld_references: tuple[str, ...] = ()
    left_out: int = 0
    stale_after_days: int = DEFAULT_STALE_DAYS
    meeting_classification: str = ""  # set when the meeting is classified above the edition

    @property
    def clean(self) -> bool:
        """True when nothing needs attention (leaving items out is what editions are for)."""
        return not (
            self.figures_without_source
            or self.figures_without_date
            or self.stale_figures
            or self.drafts
            or self.missing_bottom_lines
            or self.broken_references
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
                ("Onbekende cijferverwijzingen", self.broken_references),
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
    for label, f in _figures_shown(sel, problems):
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
                f"{title}: {item_title(table, r)}" for r in rows if r.get("status") == "draft"
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
            dict.fromkeys(f"{where}: {{fig:{key}}}" for where, key in problems.broken)
        ),
        withheld_references=tuple(
            dict.fromkeys(f"{where}: {{fig:{key}}}" for where, key in problems.withheld)
        ),
        left_out=sel.left_out,
        stale_after_days=stale_after_days,
        meeting_classification=(
            str(sel.meeting["classification"])
            if sel.meeting is not None and sel.meeting_above_edition
            else ""
        ),
    )


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
