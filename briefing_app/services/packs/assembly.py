"""Turn the selected rows of an edition into a `Pack`: figures filled in, sources numbered.

Figure references are filled in by the selection's `FigureBook`, read for the edition: the
edition policy decides whether a cited figure's value may be printed, and a reference to one it
may not prints a neutral mark instead, so a number cannot leak into an open edition through a
talking point. Unknown keys are marked and reported by the check.

A meeting classified above the edition gives the pack a neutral title made from its dossiers,
without the meeting's date and place. Fields the policy blanks (a dossier's escalation
strategy) are left empty.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

from briefing_app.domain.edition import CONFIDENTIAL_POSITION_KINDS
from briefing_app.domain.formatting import format_date
from briefing_app.domain.items import KINDS_BY_TABLE, POSITION_KIND_LABELS
from briefing_app.domain.pack import (
    UNKNOWN_VALUE,
    Delegate,
    Pack,
    PackAgendaItem,
    PackCommitment,
    PackDossier,
    PackFigure,
    PackPerson,
    PackPosition,
    PackQuestion,
    PackSignal,
    PackSource,
    PackText,
    SourceRef,
)
from briefing_app.domain.provenance import has_quote
from briefing_app.domain.references import malformed_references, referenced_keys
from briefing_app.services.figures.book import FigureValue
from briefing_app.services.packs.selection import Row, Selection


@dataclass
class Problems:
    """What the assembly noticed on the way, for the pre-export check."""

    broken: list[tuple[str, str]] = field(default_factory=list)  # (where, key)
    withheld: list[tuple[str, str]] = field(default_factory=list)
    cited: dict[str, str] = field(default_factory=dict)  # figure key -> where it is first cited
    malformed: list[tuple[str, str]] = field(default_factory=list)  # (where, `{fig:a b}`)


class _Builder:
    def __init__(self, sel: Selection) -> None:
        self.sel = sel
        self.problems = Problems()
        self.source_numbers: dict[str, int] = {}
        self.book = sel.book

    # -- text and sources ---------------------------------------------------------------

    def fill(self, text: object, where: str) -> str:
        rendered = self.book.render(str(text or ""))
        self.problems.broken += [(where, key) for key in rendered.broken]
        self.problems.withheld += [(where, key) for key in rendered.withheld]
        self.problems.malformed += [(where, span) for span in malformed_references(str(text or ""))]
        for key in referenced_keys(str(text or "")):
            figure = self.book.figure_of(key)
            if figure is not None and figure.key in self.sel.figures_by_key:
                self.problems.cited.setdefault(figure.key, where)
        return rendered.text

    def source(self, row: Row) -> SourceRef | None:
        source_id = row.get("source_id")
        if not source_id or str(source_id) not in self.sel.sources:
            return None
        number = self.source_numbers.setdefault(str(source_id), len(self.source_numbers) + 1)
        return SourceRef(number, str(row.get("source_section") or ""))

    # -- items ----------------------------------------------------------------------------

    def texts(self, rows: list[Row], kind: str, dossier: str) -> tuple[PackText, ...]:
        return tuple(
            PackText(
                self.fill(r["text"], dossier),
                self.source(r),
                r["status"] == "draft",
                item_id=str(r["id"]),
            )
            for r in rows
            if r["kind"] == kind
        )

    def figure(self, row: Row, dossier: str) -> PackFigure:
        value = FigureValue.from_row(row)
        pending = bool(row.get("source_pending"))
        # The citation belongs to the value it was given for: none on a changed value.
        ref = None if pending else self.source(row)
        source_row = self.sel.sources.get(str(row.get("source_id") or ""))
        source_title = str(source_row["title"]) if source_row else ""
        note = self.fill(row.get("note"), dossier)
        quote_from = ""
        if source_row and has_quote(note):
            when = format_date(source_row.get("issued_on"))  # type: ignore[arg-type]
            quote_from = ", ".join(x for x in (source_title, when) if x)
        return PackFigure(
            key=str(row["key"]),
            label=self.fill(row["label"], dossier),
            value_text=self.book.display(str(row["key"])) or UNKNOWN_VALUE,
            unit=str(row["unit"]),
            period=str(row.get("period") or ""),
            as_of=format_date(row.get("as_of")),  # type: ignore[arg-type]
            note=note,
            source=ref,
            source_title=source_title if ref else "",
            series=tuple(value.years.items()),
            approx_years=tuple(sorted(value.approx_years & value.years.keys())),
            source_pending=pending,
            quote_from=quote_from,
            draft=row["status"] == "draft",
            item_id=str(row["id"]),
        )

    def position(self, row: Row, dossier: str) -> PackPosition:
        person = self.sel.stakeholders.get(str(row.get("stakeholder_id") or ""))
        return PackPosition(
            party=str(row["party"]),
            kind=str(row["kind"]),
            kind_label=POSITION_KIND_LABELS.get(str(row["kind"]), str(row["kind"])),
            text=self.fill(row["text"], dossier),
            stakeholder=str(person["name"]) if person else "",
            our_answer=self.fill(row.get("our_answer"), dossier),
            agreed_on=format_date(row.get("agreed_on")),  # type: ignore[arg-type]
            source=self.source(row),
            draft=row["status"] == "draft",
            item_id=str(row["id"]),
        )

    def dossier(self, item: Row | None, row: Row) -> PackDossier:
        title = str(row["title"])
        kids = self.sel.children[str(row["id"])]
        key_messages = self.texts(kids["talking_points"], "key_message", title)
        talking = self.texts(kids["talking_points"], "talking_point", title)
        reactive = self.texts(kids["talking_points"], "reactive_line", title)
        figures = tuple(self.figure(f, title) for f in kids["figures"])
        positions = [self.position(p, title) for p in kids["positions"]]
        questions = tuple(
            PackQuestion(
                self.fill(q["question"], title),
                self.fill(q.get("answer"), title),
                self.source(q),
                q["status"] == "draft",
                item_id=str(q["id"]),
            )
            for q in kids["hard_questions"]
        )
        signals = tuple(
            PackSignal(
                self.fill(s["text"], title),
                str(s.get("origin") or ""),
                format_date(s.get("received_on")),  # type: ignore[arg-type]
                self.source(s),
                s["status"] == "draft",
                item_id=str(s["id"]),
            )
            for s in kids["member_signals"]
        )
        commitments = self.commitments(kids["commitments"], title)
        cited = [
            ref.number
            for ref in (
                *(t.source for t in (*key_messages, *talking, *reactive)),
                *(f.source for f in figures),
                *(p.source for p in positions),
                *(q.source for q in questions),
                *(s.source for s in signals),
                *(c.source for c in commitments),
            )
            if ref is not None
        ]
        return PackDossier(
            slug=str(row["slug"]),
            title=title,
            aim=self.fill(item.get("aim"), title) if item else "",
            summary=self.fill(row.get("summary"), title),
            key_messages=key_messages,
            talking_points=talking,
            reactive_lines=reactive,
            figures=figures,
            ours=tuple(p for p in positions if p.kind in ("opening", "target")),
            theirs=tuple(p for p in positions if p.kind == "expected"),
            intentions=tuple(p for p in positions if p.kind == "intention"),
            agreed=tuple(p for p in positions if p.kind == "agreed"),
            bottom_lines=tuple(p for p in positions if p.kind in CONFIDENTIAL_POSITION_KINDS),
            hard_questions=questions,
            member_signals=signals,
            commitments=commitments,
            escalation=(
                self.fill(row.get("escalation"), title)
                if self.sel.policy.may_show_field("dossiers", "escalation")
                else ""
            ),
            sources=tuple(sorted(set(cited))),
        )

    def commitments(self, rows: list[Row], where: str) -> tuple[PackCommitment, ...]:
        return tuple(
            PackCommitment(
                str(c.get("party") or ""),
                self.fill(c["text"], where),
                format_date(c.get("due_on")),  # type: ignore[arg-type]
                self.source(c),
                c["status"] == "draft",
                item_id=str(c["id"]),
            )
            for c in rows
        )

    def proceedings(self) -> tuple[PackAgendaItem, ...]:
        """The order of proceedings: agenda order, who leads each item, and for how long."""
        leads = {
            str(d["id"]): ", ".join(x for x in (str(d["name"]), str(d.get("role") or "")) if x)
            for d in self.sel.delegates
        }
        clock = _minutes_of(self.sel.meeting.get("start_time") if self.sel.meeting else None)
        out = []
        for number, (item, dossier) in enumerate(self.sel.agenda, start=1):
            minutes = item.get("minutes") if item else None
            starts = ends = ""
            if clock is not None and isinstance(minutes, int):
                starts, clock = _clock(clock), clock + minutes
                ends = _clock(clock)
            else:
                clock = None  # once a length is unknown, later start times are too
            lead = leads.get(str(item.get("lead_delegate_id") or "")) if item else None
            out.append(
                PackAgendaItem(
                    number,
                    str(dossier["title"]),
                    lead or "",
                    minutes if isinstance(minutes, int) else None,
                    starts,
                    ends,
                )
            )
        return tuple(out)

    def person(self, row: Row, dossiers: tuple[PackDossier, ...]) -> PackPerson:
        expected = tuple(
            (d.title, p.text, p.draft)
            for d in dossiers
            for p in d.theirs
            if p.stakeholder == row["name"]
        )
        return PackPerson(
            name=str(row["name"]),
            role=str(row.get("role") or ""),
            organisation=str(row.get("organisation") or ""),
            interests=self.fill(row.get("interests"), str(row["name"])),
            expected=expected,
        )

    def sources(self) -> tuple[PackSource, ...]:
        out = []
        for source_id, number in sorted(self.source_numbers.items(), key=lambda kv: kv[1]):
            s = self.sel.sources[source_id]
            self.sel.included.append(("sources", s))
            out.append(
                PackSource(
                    number=number,
                    title=str(s["title"]),
                    kind=str(s.get("kind") or ""),
                    issued_on=format_date(s.get("issued_on")),  # type: ignore[arg-type]
                    publisher=str(s.get("publisher") or ""),
                    reference=str(s.get("reference") or ""),
                )
            )
        return tuple(out)


def assemble(sel: Selection, title_if_no_meeting: str = "") -> tuple[Pack, Problems]:
    """The pack's content (version, changes and date are filled in when it is exported)."""
    builder = _Builder(sel)
    dossiers = tuple(builder.dossier(item, row) for item, row in sel.agenda)
    # A meeting above the edition frames nothing: its title, date and place stay out.
    meeting = None if sel.meeting_above_edition else sel.meeting
    title = str(meeting["title"]) if meeting else title_if_no_meeting or _dossier_title(dossiers)
    pack = Pack(
        title=title,
        edition=sel.edition,
        for_meeting=meeting is not None,
        meeting_date=format_date(meeting.get("date")) if meeting else "",  # type: ignore[arg-type]
        start_time=str(meeting.get("start_time") or "") if meeting else "",
        place=str(meeting.get("place") or "") if meeting else "",
        aim=builder.fill(meeting.get("aim"), "Overleg") if meeting else "",
        key_message=builder.fill(meeting.get("key_message"), "Overleg") if meeting else "",
        notes=builder.fill(meeting.get("notes"), "Overleg") if meeting else "",
        proceedings=builder.proceedings() if meeting else (),
        commitments=builder.commitments(sel.meeting_commitments, "Overleg"),
        delegation=tuple(Delegate(str(d["name"]), str(d.get("role") or "")) for d in sel.delegates),
        counterparts=tuple(builder.person(s, dossiers) for s in sel.counterparts),
        delegation_withheld=bool(sel.delegates_withheld),
        counterparts_withheld=bool(sel.counterparts_withheld),
        dossiers=dossiers,
        sources=builder.sources(),
        left_out=sel.left_out,
    )
    return dataclasses.replace(pack, content_hash=content_hash(pack)), builder.problems


def _minutes_of(hhmm: object) -> int | None:
    try:
        hours, minutes = str(hhmm).split(":")
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return None


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _dossier_title(dossiers: tuple[PackDossier, ...]) -> str:
    titles = [d.title for d in dossiers]
    if len(titles) == 1:
        return f"Dossier {titles[0]}"
    return "Dossiers " + ", ".join(titles) if titles else "Briefingpakket"


def content_hash(pack: Pack) -> str:
    """A digest of what the pack says, independent of its version, date and change list.

    Only what the edition shows counts: how many items it leaves out is not printed, so adding
    or editing a hidden item leaves the digest of an open edition as it was.
    """
    content = dataclasses.asdict(
        dataclasses.replace(
            pack,
            version=0,
            replaces=None,
            same_as=None,
            prepared_on="",
            content_hash="",
            left_out=0,
        )
    )
    content.pop("changes", None)
    for flag in ("delegation_withheld", "counterparts_withheld"):  # unset: digests as before
        if not content.get(flag):
            content.pop(flag, None)
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def item_title(table: str, row: Row) -> str:
    kind = KINDS_BY_TABLE[table]
    text = " ".join(str(row.get(kind.title_field) or "").split())
    return text if len(text) <= 140 else text[:139] + "…"


def mark_changes(
    pack: Pack, marks: dict[str, str], previous_values: dict[str, str] | None = None
) -> Pack:
    """The pack with each new or changed element tagged, so a reader sees it where it stands;
    a figure whose value changed also says what it was (``previous_values``: item id -> text)."""
    if not marks:
        return pack
    was = previous_values or {}

    def tag(items: tuple) -> tuple:  # type: ignore[type-arg]
        out = []
        for i in items:
            if i.item_id in marks:
                i = dataclasses.replace(i, change=marks[i.item_id])
            if i.item_id in was and hasattr(i, "previous_value"):
                i = dataclasses.replace(i, previous_value=was[i.item_id])
            out.append(i)
        return tuple(out)

    dossiers = tuple(
        dataclasses.replace(
            d,
            key_messages=tag(d.key_messages),
            talking_points=tag(d.talking_points),
            reactive_lines=tag(d.reactive_lines),
            figures=tag(d.figures),
            ours=tag(d.ours),
            theirs=tag(d.theirs),
            intentions=tag(d.intentions),
            agreed=tag(d.agreed),
            bottom_lines=tag(d.bottom_lines),
            hard_questions=tag(d.hard_questions),
            member_signals=tag(d.member_signals),
            commitments=tag(d.commitments),
        )
        for d in pack.dossiers
    )
    return dataclasses.replace(pack, dossiers=dossiers, commitments=tag(pack.commitments))
