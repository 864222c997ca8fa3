"""What members signal and what is still owed, per dossier: member signals with where they come
from (and their source), and the open commitments of both sides with their due dates."""

from __future__ import annotations

from reportlab.platypus import Flowable

from briefing_app.domain.pack import PackDossier
from briefing_app.export.blocks import marks, paragraphs, source_mark
from briefing_app.export.document import Heading
from briefing_app.export.sections_meeting import commitments_table
from briefing_app.export.styles import styles
from briefing_app.export.text import label


def signals_and_commitments(dossier: PackDossier, width: float, key: str) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if dossier.member_signals:
        out.append(Heading("Ledensignalen", st.h2, 1, f"{key}-signalen"))
        for s in dossier.member_signals:
            where = ", ".join(x for x in (s.origin, s.received_on) if x)
            suffix = (f" <i>({label(where)})</i>" if where else "") + source_mark(s.source)
            out += paragraphs(s.text, bullet="•", suffix=suffix + marks(s))
    if dossier.commitments:
        out.append(Heading("Openstaande toezeggingen", st.h2, 1, f"{key}-toezeggingen"))
        out.append(commitments_table(dossier.commitments, width))
    return out
