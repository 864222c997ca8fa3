"""The positions of a dossier, each under the label of what it is.

What we ask (openingsbod, inzet), what the other side is expected to say (with our answer),
what the other side intends (voornemen: explicitly not yet agreed), what was agreed (afspraak,
with its date and source), and in the confidential edition our bottom line and BATNA. The kinds
never share a heading, so an intention cannot be read as an agreement.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from briefing_app.domain.classification import Classification
from briefing_app.domain.pack import PackDossier, PackPosition
from briefing_app.export.blocks import boxed, gap, marks, paragraphs, source_mark
from briefing_app.export.document import Heading
from briefing_app.export.paragraph import Paragraph
from briefing_app.export.styles import CLASSIFICATION_COLOURS, styles
from briefing_app.export.text import escape, label

NOT_AGREED = "VOORNEMENS VAN DE ANDERE KANT — NOG GEEN AFSPRAAK"


def positions(dossier: PackDossier, width: float, key: str) -> list[Flowable]:
    groups = (dossier.ours, dossier.theirs, dossier.intentions, dossier.agreed)
    if not (any(groups) or dossier.bottom_lines):
        return []
    st = styles()
    out: list[Flowable] = [Heading("Standpunten", st.h2, 1, f"{key}-standpunten")]
    if dossier.ours:
        out.append(Paragraph("ONZE INZET", st.label))
        for p in dossier.ours:
            out += _labelled(p, "›")
    if dossier.theirs:
        out.append(Paragraph("VERWACHT VAN DE ANDERE KANT, MET ONS ANTWOORD", st.label))
        for p in dossier.theirs:
            who = f"<b>{label(p.stakeholder)}:</b> " if p.stakeholder else ""
            out += paragraphs(
                p.text, bullet="‹", prefix=who, suffix=source_mark(p.source) + marks(p)
            )
            if p.our_answer:
                out += paragraphs(p.our_answer, st.bullet_cont, prefix="<b>Ons antwoord:</b> ")
    if dossier.intentions:
        out.append(Paragraph(NOT_AGREED, st.label))
        for p in dossier.intentions:
            out += _labelled(p, "‹")
    if dossier.agreed:
        out.append(Paragraph("AFSPRAKEN", st.label))
        for p in dossier.agreed:
            out += paragraphs(
                p.text, bullet="=", prefix=_agreement(p), suffix=source_mark(p.source) + marks(p)
            )
    if dossier.bottom_lines:
        red = CLASSIFICATION_COLOURS[Classification.VERTROUWELIJK]
        inner: list[Flowable] = [Paragraph("VERTROUWELIJK — ONDERGRENS EN BATNA", st.label)]
        for p in dossier.bottom_lines:
            inner += paragraphs(
                p.text,
                prefix=f"<b>{label(p.kind_label)}:</b> ",
                suffix=source_mark(p.source) + marks(p),
            )
        out += [gap(6), boxed(inner, width, edge=red)]
    return out


def _labelled(p: PackPosition, bullet: str) -> list[Flowable]:
    return paragraphs(
        p.text,
        bullet=bullet,
        prefix=f"<b>{label(p.kind_label)}:</b> ",
        suffix=source_mark(p.source) + marks(p),
    )


def _agreement(p: PackPosition) -> str:
    """`Afspraak van 12 juni 2024:`; without a date the pack says that it is missing."""
    when = f"van {escape(p.agreed_on)}" if p.agreed_on else "(datum niet vastgelegd)"
    return f"<b>Afspraak {when}:</b> "
