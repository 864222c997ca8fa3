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
from briefing_app.domain.messages import Day, Message, Term
from briefing_app.domain.provenance import stale_quotes
from briefing_app.domain.references import marked
from briefing_app.services.packs import check_messages as say
from briefing_app.services.packs.assembly import Problems, item_title
from briefing_app.services.packs.selection import Row, Selection

DEFAULT_STALE_DAYS = 365


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
        """(heading, lines) for each finding, in the order a user should read them: messages
        (Dutch as text; the app translates them) and the user's own words."""
        meeting = (
            (say.MEETING_ABOVE(level=Term(self.meeting_classification)),)
            if self.meeting_classification
            else ()
        )
        return [
            (title, lines)
            for title, lines in (
                (say.MEETING_LEVEL(), meeting),
                (say.MEETING_GAPS(), self.meeting_gaps),
                (say.BROKEN(), self.broken_references),
                (say.MALFORMED(), self.malformed_references),
                (say.PENDING_SOURCES(), self.pending_sources),
                (say.STALE_QUOTES(), self.stale_quotes),
                (say.MISSING_GLYPHS(), self.missing_glyphs),
                (say.SUMMARY_DRAFTS(), self.summary_drafts),
                (say.WITHHELD(), self.withheld_references),
                (say.NO_SOURCE(), self.figures_without_source),
                (say.NO_DATE(), self.figures_without_date),
                (say.STALE(days=self.stale_after_days), self.stale_figures),
                (say.DRAFTS(), self.drafts),
                (say.NO_BOTTOM_LINE(), self.missing_bottom_lines),
            )
            if lines
        ]

    def summary_lines(self) -> list[Message]:
        lines = [say.SUMMARY_TITLE[self.edition]()]
        for title, items in self.sections():
            lines.append(say.SUMMARY_HEADING(title=title, count=len(items)))
            lines += [say.SUMMARY_ITEM(item=item) for item in items]
        lines.append(say.SUMMARY_LEFT_OUT(count=self.left_out))
        if self.clean:
            lines.append(say.SUMMARY_CLEAN())
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
            stale.append(say.STALE_LINE(label=label, date=Day(str(f["as_of"])[:10])))
    for _item, dossier in sel.agenda:
        kids = sel.children[str(dossier["id"])]
        title = str(dossier["title"])
        for table, rows in kids.items():
            drafts += [
                say.IN(where=title, title=_title(sel, table, r))
                for r in rows
                if r.get("status") == "draft"
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
            dict.fromkeys(say.BROKEN_LINE(where=where, key=key) for where, key in problems.broken)
        ),
        malformed_references=malformed_lines(problems),
        withheld_references=tuple(
            dict.fromkeys(
                say.WITHHELD_LINE(where=where, key=key) for where, key in problems.withheld
            )
        ),
        meeting_gaps=meeting_gaps(sel),
        pending_sources=tuple(
            say.PENDING_LINE(label=label, value=sel.book.display(str(f["key"])))
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


def _title(sel: Selection, table: str, row: Row) -> Message:
    """An item's title as the pack prints it: figure references filled in, never raw (an
    unknown one's mark in the language of the interface)."""
    return say.TITLE(title=marked(sel.book.render(item_title(table, row)).text))


def meeting_gaps(sel: Selection) -> tuple[str, ...]:
    """What a gespreksnotitie needs of its meeting and does not have (only for a meeting pack)."""
    meeting = sel.meeting
    if meeting is None or sel.meeting_above_edition:
        return ()
    gaps = [
        gap()
        for field, gap in (
            ("date", say.GAP_DATE),
            ("start_time", say.GAP_START),
            ("place", say.GAP_PLACE),
            ("aim", say.GAP_AIM),
        )
        if not str(meeting.get(field) or "").strip()
    ]
    if not sel.delegates and not sel.delegates_withheld:
        gaps.append(say.GAP_DELEGATION())
    gaps += [say.GAP_ROLE(name=d["name"]) for d in sel.delegates if not str(d.get("role") or "")]
    if not sel.counterparts and not sel.counterparts_withheld:
        gaps.append(say.GAP_COUNTERPARTS())
    gaps += [
        say.GAP_FUNCTION(name=p["name"]) for p in sel.counterparts if not str(p.get("role") or "")
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
            out.append(say.STALE_QUOTE_LINE(label=label, written=written, value=figure.display))
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
            say.IN(where=dossier["title"], title=_title(sel, table, r))
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
            title = item_title("figures", f)
            label = say.CITED_IN(where=where, title=title) if where else say.CITED(title=title)
            shown[key] = (label, f)
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
