"""The body of a pack: one section per agenda dossier, and the annex of sources."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from briefing_app.domain.pack import Pack, PackDossier, PackSource, PackText
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
from briefing_app.export.sections_figures import figures
from briefing_app.export.sections_positions import positions
from briefing_app.export.sections_signals import signals_and_commitments
from briefing_app.export.styles import styles


def dossier_section(number: int, dossier: PackDossier, pack: Pack, width: float) -> list[Flowable]:
    st = styles()
    key = f"dossier-{number}"
    out: list[Flowable] = [Heading(f"{number}. {dossier.title}", st.h1, 0, key)]
    if dossier.aim:
        out.append(
            boxed([Paragraph("DOEL VAN DIT AGENDAPUNT", st.label), *paragraphs(dossier.aim)], width)
        )
        out.append(gap(4))
    if dossier.summary:
        out += paragraphs(dossier.summary)
    out += _texts("Kernboodschappen", dossier.key_messages, f"{key}-kern", "•")
    out += _texts("Spreekpunten", dossier.talking_points, f"{key}-spreek", "–")
    out += _texts("Reactieve lijnen", dossier.reactive_lines, f"{key}-reactief", "–")
    out += figures(dossier, width, key)
    out += positions(dossier, width, key)
    out += _questions(dossier, key)
    out += signals_and_commitments(dossier, width, key)
    if dossier.escalation:
        out.append(Heading("Escalatiestrategie", st.h2, 1, f"{key}-escalatie"))
        out += paragraphs(dossier.escalation)
    out += _sources(dossier, pack)
    out.append(PageBreak())
    return out


def _texts(title: str, texts: tuple[PackText, ...], key: str, bullet: str) -> list[Flowable]:
    if not texts:
        return []
    st = styles()
    out: list[Flowable] = [Heading(title, st.h2, 1, key)]
    for item in texts:
        out += paragraphs(item.text, bullet=bullet, suffix=source_mark(item.source) + marks(item))
    return out


def _questions(dossier: PackDossier, key: str) -> list[Flowable]:
    if not dossier.hard_questions:
        return []
    st = styles()
    out: list[Flowable] = [Heading("Lastige vragen", st.h2, 1, f"{key}-vragen")]
    for number, q in enumerate(dossier.hard_questions, start=1):
        out += paragraphs(q.question, st.h3, prefix=f"V{number}.&nbsp;", suffix=marks(q))
        answer = q.answer or "(nog geen antwoord)"
        out += paragraphs(answer, st.bullet_cont, suffix=source_mark(q.source))
    return out


def _sources(dossier: PackDossier, pack: Pack) -> list[Flowable]:
    by_number = {s.number: s for s in pack.sources}
    cited = [by_number[n] for n in dossier.sources if n in by_number]
    if not cited:
        return []
    st = styles()
    out: list[Flowable] = [Paragraph("BRONNEN", st.label)]
    for source in cited:
        out += paragraphs(_source_line(source), st.meta, prefix=f"[{source.number}]&nbsp;")
    return out


def _source_line(source: PackSource) -> str:
    return ", ".join(
        x for x in (source.title, source.publisher, source.issued_on, source.reference) if x
    )


def sources_annex(pack: Pack, width: float) -> list[Flowable]:
    if not pack.sources:
        return []
    st = styles()
    rows = [
        [
            cell(f"[{s.number}]", st.cell_bold),
            cell(s.title, st.cell_bold) + (cell(s.reference, st.meta) if s.reference else []),
            cell(s.kind, limit=SHORT_CELL_LIMIT),
            cell(s.issued_on, limit=SHORT_CELL_LIMIT),
            cell(s.publisher, limit=SHORT_CELL_LIMIT),
        ]
        for s in pack.sources
    ]
    widths = [10 * mm, width - 102 * mm, 30 * mm, 26 * mm, 36 * mm]
    return [
        Heading("Bijlage: bronnen", st.h1, 0, "bronnen"),
        table(["", "Titel en vindplaats", "Soort", "Datum", "Uitgever"], rows, widths),
    ]


__all__ = ["dossier_section", "sources_annex"]
