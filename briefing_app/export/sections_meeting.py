"""The meeting as a whole, as a Dutch gespreksnotitie opens: aim and key message, the order of
proceedings (agenda order, who of our delegation leads each item, time per item), who takes part
on both sides with their roles, open commitments of the meeting itself, and the meeting's notes.

What is not known yet is said so ("nog niet vastgesteld"), never left blank: a reader must see
the difference between "no lead" and "forgotten".
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefing_app.domain.pack import Pack, PackCommitment
from briefing_app.export.blocks import (
    SHORT_CELL_LIMIT,
    boxed,
    cell,
    gap,
    marks,
    paragraphs,
    source_mark,
    table,
)
from briefing_app.export.document import Heading
from briefing_app.export.paragraph import Paragraph
from briefing_app.export.styles import styles

NOT_SET = "nog niet vastgesteld"


def meeting_overview(pack: Pack, width: float) -> list[Flowable]:
    if not pack.for_meeting:
        return []
    st = styles()
    out: list[Flowable] = [Heading("Het overleg", st.h1, 0, "overleg")]
    inner: list[Flowable] = [Paragraph("DOEL VAN HET OVERLEG", st.label)]
    inner += paragraphs(pack.aim or NOT_SET)
    inner += [Paragraph("KERNBOODSCHAP VAN HET OVERLEG", st.label)]
    inner += paragraphs(pack.key_message or NOT_SET)
    out += [boxed(inner, width), gap(4)]
    out += _proceedings(pack, width)
    out += _participants(pack, width)
    if pack.commitments:
        out.append(Heading("Openstaande toezeggingen van het overleg", st.h2, 1, "overleg-tz"))
        out.append(commitments_table(pack.commitments, width))
    if pack.notes:
        out.append(Heading("Notities bij het overleg", st.h2, 1, "overleg-notities"))
        out += paragraphs(pack.notes)
    return [*out, gap(8)]  # who's who follows on the same page


def _proceedings(pack: Pack, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Heading("Verloop van het overleg", st.h2, 1, "verloop")]
    if not pack.proceedings:
        return [*out, *paragraphs("Er staan nog geen punten op de agenda.")]
    rows = []
    for item in pack.proceedings:
        when = f"{item.starts}–{item.ends}" if item.starts else ""
        length = f"{item.minutes} min." if item.minutes is not None else NOT_SET
        rows.append(
            [
                cell(f"{item.number}.", st.cell_bold),
                cell(item.title, st.cell_bold),
                cell(item.lead or NOT_SET),
                cell(" · ".join(x for x in (when, length) if x), limit=SHORT_CELL_LIMIT),
            ]
        )
    widths = [8 * mm, width - 112 * mm, 62 * mm, 42 * mm]
    return [*out, table(["", "Agendapunt", "Woordvoerder (VNG)", "Tijd"], rows, widths)]


def _participants(pack: Pack, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Heading("Deelnemers", st.h2, 1, "deelnemers")]
    out.append(Paragraph("NAMENS DE VNG", st.label))
    if pack.delegation:
        rows = [
            [cell(d.name, st.cell_bold, limit=SHORT_CELL_LIMIT), cell(d.role or "rol " + NOT_SET)]
            for d in pack.delegation
        ]
        out.append(table(["Naam", "Rol"], rows, [60 * mm, width - 60 * mm]))
    else:
        out += paragraphs(_absent("Delegatie", pack.delegation_withheld))
    out.append(Paragraph("AAN DE ANDERE KANT VAN DE TAFEL", st.label))
    if pack.counterparts:
        rows = [
            [
                cell(p.name, st.cell_bold, limit=SHORT_CELL_LIMIT),
                cell(p.role or "functie " + NOT_SET),
                cell(p.organisation),
            ]
            for p in pack.counterparts
        ]
        widths = [52 * mm, 52 * mm, width - 104 * mm]
        out.append(table(["Naam", "Functie", "Organisatie"], rows, widths))
    else:
        out += paragraphs(_absent("Gesprekspartners", pack.counterparts_withheld))
    return out


def _absent(who: str, withheld: bool) -> str:
    """Why no one is listed: set but above this edition, or not set yet."""
    return f"{who} niet in deze editie." if withheld else f"{who} {NOT_SET}."


def commitments_table(items: tuple[PackCommitment, ...], width: float) -> Flowable:
    st = styles()
    rows = [
        [
            cell(c.party, st.cell_bold, limit=SHORT_CELL_LIMIT),
            cell(c.text, st.cell, source_mark(c.source) + marks(c)),
            cell(c.due_on or "geen datum", limit=SHORT_CELL_LIMIT),
        ]
        for c in items
    ]
    return table(["Partij", "Toezegging", "Uiterlijk"], rows, [30 * mm, width - 60 * mm, 30 * mm])
