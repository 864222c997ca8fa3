"""A meeting as meeting mode ("Aan tafel") shows it, and the find-as-you-type over it.

The content comes from the pack's own selection and assembly at the `vertrouwelijk` edition,
so the one edition policy decides what is shown and every `{fig:key}` is rendered exactly as the
pack renders it. Bottom line, BATNA and escalation are carried apart from the rest: the view
shows them only after an explicit toggle.

Find narrows the questions, figures and talking points of the whole meeting with every
keystroke: each entry keeps a folded text (lower case, no diacritics), and a query matches
when every word of it occurs there. No database access while typing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
from briefing_app.domain.pack import PackDossier
from briefing_app.services.meetings.notes import used_talking_points
from briefing_app.services.packs.assembly import assemble
from briefing_app.services.packs.selection import PackError, select

QUESTION, FIGURE, TALKING_POINT = "question", "figure", "talking_point"
ENTRY_LABELS = {QUESTION: "Lastige vraag", FIGURE: "Kerncijfer", TALKING_POINT: "Spreekpunt"}

__all__ = ["Entry", "PackError", "TableItem", "TableMeeting", "find", "fold", "load_table"]


@dataclass(frozen=True)
class TableItem:
    """One agenda item at the table: its dossier as the vertrouwelijk edition shows it."""

    agenda_item_id: str | None
    dossier: PackDossier
    minutes: int | None = None  # planned time, if the agenda says
    lead: str = ""  # who of our delegation leads the item
    figure_dates: dict[str, str] = field(default_factory=dict)  # figure id -> ISO as-of date


@dataclass(frozen=True)
class Entry:
    """Something find can land on: a hard question, a figure, a talking point."""

    kind: str
    item_index: int  # which agenda item it belongs to
    item_id: str
    text: str  # the question, the figure's label, the talking point
    detail: str  # the answer, the figure's value
    folded: str

    @property
    def label(self) -> str:
        return ENTRY_LABELS[self.kind]


@dataclass(frozen=True)
class TableMeeting:
    meeting_id: str
    title: str
    date: str  # ISO, or empty
    start_time: str
    place: str
    aim: str
    key_message: str
    items: tuple[TableItem, ...]
    entries: tuple[Entry, ...]
    used: frozenset[str]  # talking points noted as used in this meeting

    def when(self, language: str = "nl") -> str:
        """ "14 juni 2024 · 10:00 · Den Haag" (the date in ``language``)."""
        day = format_date(self.date, language=language)
        return " · ".join(x for x in (day, self.start_time, self.place) if x)

    def talking_points(self, index: int) -> list[tuple[str, str]]:
        """(id, text) of the talking points shown for agenda item ``index``, in shown order."""
        d = self.items[index].dossier
        return [
            (t.item_id, t.text) for t in (*d.key_messages, *d.talking_points, *d.reactive_lines)
        ]


def fold(text: str) -> str:
    """Lower case without diacritics: "Financiën" and "financien" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_table(db: sqlite_utils.Database, meeting_id: str) -> TableMeeting:
    """Everything meeting mode shows of a meeting; PackError (Dutch) for an unknown meeting."""
    sel = select(db, Classification.VERTROUWELIJK, meeting_id=meeting_id)
    pack, _problems = assemble(sel)
    meeting = sel.meeting or {}
    names = {str(d["id"]): str(d["name"]) for d in sel.delegates}
    items = []
    for (row, dossier_row), dossier in zip(sel.agenda, pack.dossiers, strict=True):
        row = row or {}
        figures = sel.children.get(str(dossier_row["id"]), {}).get("figures", [])
        minutes = row.get("minutes")
        items.append(
            TableItem(
                agenda_item_id=str(row["id"]) if row.get("id") else None,
                dossier=dossier,
                minutes=int(minutes) if isinstance(minutes, int | float) and minutes > 0 else None,
                lead=names.get(str(row.get("lead_delegate_id") or ""), ""),
                figure_dates={str(f["id"]): str(f.get("as_of") or "") for f in figures},
            )
        )
    return TableMeeting(
        meeting_id=meeting_id,
        title=pack.title,
        date=str(meeting.get("date") or ""),
        start_time=str(meeting.get("start_time") or ""),
        place=str(meeting.get("place") or ""),
        aim=str(meeting.get("aim") or ""),
        key_message=str(meeting.get("key_message") or ""),
        items=tuple(items),
        entries=tuple(_entries(items)),
        used=frozenset(used_talking_points(db, meeting_id)),
    )


def _entries(items: list[TableItem]) -> list[Entry]:
    out = []
    for index, item in enumerate(items):
        d = item.dossier
        for q in d.hard_questions:
            out.append(Entry(QUESTION, index, q.item_id, q.question, q.answer,
                             fold(f"{q.question} {q.answer} {d.title}")))  # fmt: skip
        for f in d.figures:
            out.append(Entry(FIGURE, index, f.item_id, f.label, f.value_text,
                             fold(f"{f.label} {f.value_text} {f.key} {f.period} {d.title}")))  # fmt: skip
        for t in (*d.key_messages, *d.talking_points, *d.reactive_lines):
            out.append(
                Entry(TALKING_POINT, index, t.item_id, t.text, "", fold(f"{t.text} {d.title}"))
            )
    return out


def find(entries: tuple[Entry, ...], query: str, limit: int = 50) -> list[Entry]:
    """Entries whose folded text holds every word of ``query``; questions first, then figures."""
    words = fold(query).split()
    if not words:
        return []
    hits = [e for e in entries if all(w in e.folded for w in words)]
    order = {QUESTION: 0, FIGURE: 1, TALKING_POINT: 2}
    hits.sort(key=lambda e: order[e.kind])  # stable: agenda order within a kind
    return hits[:limit]


def default_meeting(db: sqlite_utils.Database, today: str) -> str | None:
    """The meeting to sit down for when none is chosen: the next one from ``today`` (ISO),
    else one still without a date (planned, date not yet known), else the most recent one."""
    for sql, params in (
        ("SELECT id FROM meetings WHERE date >= ? ORDER BY date, sort_order LIMIT 1", [today]),
        ("SELECT id FROM meetings WHERE date IS NULL OR date = '' ORDER BY sort_order LIMIT 1", []),
        ("SELECT id FROM meetings ORDER BY date DESC, sort_order LIMIT 1", []),
    ):
        row = db.execute(sql, params).fetchone()
        if row:
            return str(row[0])
    return None
