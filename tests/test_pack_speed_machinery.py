"""Line breaks are remembered per width (export/paragraph.py): faster, and the same PDF.

A pack is laid out in two passes and a frame may ask a paragraph its size more than once;
reusing the breaks for the same widths must not change a byte of the output.
"""

from __future__ import annotations

import io

from reportlab.platypus import Paragraph as ReportLabParagraph

from briefing_app.domain.classification import Classification
from briefing_app.export import paragraph
from briefing_app.export.pdf import render_pack
from briefing_app.services.packs.service import PackRequest, prepare_pack


def _pack(db):
    meeting = db.execute("SELECT id FROM meetings ORDER BY date LIMIT 1").fetchone()[0]
    request = PackRequest(Classification.VERTROUWELIJK, meeting_id=str(meeting))
    return prepare_pack(db, request).pack


def _render(pack):
    out = io.BytesIO()
    render_pack(pack, out)
    return out.getvalue()


def _counting(monkeypatch):
    calls = []
    original = ReportLabParagraph.breakLines

    def counted(self, width):
        calls.append(1)
        return original(self, width)

    monkeypatch.setattr(ReportLabParagraph, "breakLines", counted)
    return calls


def test_remembered_line_breaks_give_the_same_pdf_with_fewer_breaks(default_db, monkeypatch):
    pack = _pack(default_db)
    calls = _counting(monkeypatch)
    remembered = _render(pack)
    with_memory = len(calls)
    monkeypatch.setattr(paragraph.Paragraph, "breakLines", ReportLabParagraph.breakLines)
    calls.clear()
    afresh = _render(pack)
    assert remembered == afresh
    assert with_memory < len(calls) * 0.7  # the second pass reuses most of the first
