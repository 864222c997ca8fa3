"""Render a `Report` (verslag) to PDF: the packs' page frame, typography, fonts and invariance.

Participants, the outcome of each agenda item with the other side's position beside what we
expected, the commitments with their due dates, and the next steps. Every user string goes
through the escaping blocks of `blocks`.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from briefing_app.domain.classification import Classification
from briefing_app.domain.report import Report, ReportItem
from briefing_app.export.blocks import SHORT_CELL_LIMIT, boxed, cell, gap, paragraphs, table
from briefing_app.export.document import Heading, PackDocTemplate, PageInfo
from briefing_app.export.fonts import register_fonts
from briefing_app.export.styles import CLASSIFICATION_COLOURS, styles
from briefing_app.export.text import escape, label

REPORT_AUDIENCE = {
    Classification.OPENBAAR: "Openbare editie: voor de leden en de commissies; mag worden gedeeld.",
    Classification.INTERN: "Interne editie: voor het bestuur; niet delen met de andere partij.",
    Classification.VERTROUWELIJK: "Vertrouwelijke editie: uitsluitend voor de delegatie.",
}


def render_report(report: Report, target: str | BinaryIO) -> int:
    """Write ``report`` as PDF to ``target`` (a path or binary stream); returns the page count."""
    register_fonts()
    title = f"Verslag {report.title}"
    info = PageInfo(report.edition, title, 0, report.short_hash, report.prepared_on)
    doc = PackDocTemplate(
        target, info, title=title, subject=f"Verslag, editie {report.edition.value}"
    )
    doc.multiBuild(_story(report, doc.width), maxPasses=4)
    return doc.page_total


def _story(report: Report, width: float) -> list[Flowable]:
    return (
        _front(report, width)
        + _outcomes(report, width)
        + _commitments(report, width)
        + _next_steps(report)
    )


def _front(report: Report, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("VNG · VERSLAG", st.cover_kicker), gap(3)]
    out += paragraphs(report.title, st.h1)
    when = " · ".join(
        x for x in (report.meeting_date or "datum nog niet vastgesteld", report.place) if x
    )
    out += paragraphs(when, st.cover_line)
    colour = CLASSIFICATION_COLOURS[report.edition]
    edition = Paragraph(
        f'<font name="NotoSans-Bold" color="{colour.hexval().replace("0x", "#")}">'
        f"Editie {escape(report.edition.value.upper())}</font>",
        st.cover_line,
    )
    out += [gap(4 * mm), boxed([edition, *paragraphs(REPORT_AUDIENCE[report.edition], st.meta)],
                               width, edge=colour)]  # fmt: skip
    out.append(Heading("Deelnemers", st.h2, 0, "deelnemers"))
    for heading, people, withheld in (
        ("Delegatie VNG", report.delegation, report.delegation_withheld),
        ("Gesprekspartners", report.counterparts, report.counterparts_withheld),
    ):
        out.append(Paragraph(heading.upper(), st.label))
        if not people:
            absent = "Niet in deze editie." if withheld else "Niet vastgelegd."
            out += paragraphs(absent, st.meta)
            continue
        rows = [[cell(p.name, st.cell_bold, limit=SHORT_CELL_LIMIT), cell(p.role)] for p in people]
        out.append(table(["Naam", "Functie of rol"], rows, [62 * mm, width - 62 * mm]))
    return out


def _outcomes(report: Report, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Heading("Uitkomsten per agendapunt", st.h2, 0, "uitkomsten")]
    if not report.items:
        return out + paragraphs("Dit overleg had geen agenda in deze editie.", st.meta)
    for item in report.items:
        out += _item(item, width)
    return out


def _item(item: ReportItem, width: float) -> list[Flowable]:
    st = styles()
    outcome = item.outcome or "Geen uitkomst vastgelegd"
    out: list[Flowable] = [
        Heading(f"{item.number}. {item.title} — {outcome}", st.h3, 1, f"punt-{item.number}")
    ]
    if item.account:
        out += paragraphs(item.account)
    if item.expected:
        rows = [[cell("\n".join(item.expected)), cell(item.their_position or "Niet vastgelegd.")]]
        half = width / 2
        out += [
            table(["Wat wij verwachtten", "Wat de andere kant innam"], rows, [half, half]),
            gap(4),
        ]
    elif item.their_position:
        out += paragraphs(item.their_position, prefix="<b>Standpunt van de andere kant:</b> ")
    if item.next_steps:
        out += paragraphs(item.next_steps, prefix="<b>Vervolg:</b> ")
    return out


def _commitments(report: Report, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Heading("Toezeggingen", st.h2, 0, "toezeggingen")]
    if not report.commitments:
        return out + paragraphs("Er zijn in deze editie geen toezeggingen vastgelegd.", st.meta)
    rows = [
        [
            cell(c.party, st.cell_bold, limit=SHORT_CELL_LIMIT),
            [*cell(c.text), *(cell(c.dossier, st.cell_head) if c.dossier else [])],
            cell(c.due_on or "geen datum", limit=SHORT_CELL_LIMIT),
            cell(c.owner or "—", limit=SHORT_CELL_LIMIT),
            cell("afgedaan" if c.done else "open", limit=SHORT_CELL_LIMIT),
        ]
        for c in report.commitments
    ]
    widths = [32 * mm, width - 106 * mm, 26 * mm, 32 * mm, 16 * mm]
    out.append(table(["Wie", "Toezegging", "Uiterlijk", "Eigenaar", "Stand"], rows, widths))
    return out


def _next_steps(report: Report) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Heading("Vervolgstappen", st.h2, 0, "vervolg")]
    steps = [(i.title, i.next_steps) for i in report.items if i.next_steps]
    steps += [(c.party, f"{c.text} (uiterlijk {c.due_on})" if c.due_on else c.text)
              for c in report.commitments if not c.done]  # fmt: skip
    if not steps and not report.follow_ups:
        return out + paragraphs("Geen vervolgstappen vastgelegd.", st.meta)
    for who, step in steps:
        out += paragraphs(step, bullet="›", prefix=f"<b>{label(who)}:</b> ")
    if report.follow_ups:
        out.append(Paragraph("NOG UIT TE ZOEKEN", st.label))
        for question in report.follow_ups:
            out += paragraphs(question, bullet="?")
    return out
