"""Pack export: `briefing pack` for a meeting of 200+ pages, against ReportLab alone.

Briefing's side is what the command runs after start-up: `prepare_pack` (read the store,
assemble the edition, the pre-export check, what changed) and `write_pack` (render with the
page header and footer, contents and bookmarks, fsync, rename, record the export). The floor
is ReportLab building the same flowables (the pack's own story, made fresh for each build) on
the same A4 frame with ReportLab's documented table-of-contents recipe: a plain
`BaseDocTemplate` whose `afterFlowable` notifies the contents, laid out by `multiBuild` until
the contents settle. So both do the same layout passes of the same flowables; what the ratio
shows is everything Briefing adds around ReportLab. Pages per second are Briefing's.

A second row sets the pace against plain ReportLab text: paragraphs of plain sentences in
ReportLab's own sample style, laid out once by `SimpleDocTemplate` (about 270 pages a second
where the pack's target was set at 40): Briefing's time per page may be at most 270/40 times
that of plain text.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate

from bench.datasets import CACHE, scratch_copy
from bench.stats import Result, median
from briefing_app.domain.classification import Classification
from briefing_app.export import pdf
from briefing_app.export.fonts import register_fonts
from briefing_app.export.styles import PAGE_MARGIN_BOTTOM, PAGE_MARGIN_TOP, PAGE_MARGIN_X
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

TARGET = 1.5
PACE_TARGET = 270 / 40  # time per page against plain text: 40 pages/s where plain text does 270
PLAIN_SENTENCE = (
    "De gemeenten vragen een structureel toereikend gemeentefonds, zodat taken en middelen "
    "weer in evenwicht komen en de uitvoering in het sociaal domein niet verder onder druk komt. "
)


class _PlainDoc(BaseDocTemplate):
    """ReportLab's own table-of-contents recipe, nothing of Briefing's page decoration."""

    def __init__(self, target: io.BytesIO) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=PAGE_MARGIN_X,
            rightMargin=PAGE_MARGIN_X,
            topMargin=PAGE_MARGIN_TOP,
            bottomMargin=PAGE_MARGIN_BOTTOM,
            invariant=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", frames=[frame])])

    def afterFlowable(self, flowable: object) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None and getattr(flowable, "in_toc", False):
            self.notify("TOCEntry", (level, flowable.plain_text, self.page))  # type: ignore[attr-defined]


def _floor(pack: object) -> tuple[float, int]:
    started = time.perf_counter()
    doc = _PlainDoc(io.BytesIO())
    doc.multiBuild(pdf._story(pack, doc.width, doc.height), maxPasses=6)  # type: ignore[arg-type]
    return time.perf_counter() - started, doc.page


def plain_text_pace(paragraphs: int = 1400) -> tuple[float, int]:
    """Pages per second of plain ReportLab text (one pass), and how many pages it made."""
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(PLAIN_SENTENCE * 4, style) for _ in range(paragraphs)]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    started = time.perf_counter()
    doc.build(story)
    return doc.page / (time.perf_counter() - started), doc.page


def _meeting(db: object) -> str:
    return str(db.execute("SELECT id FROM meetings ORDER BY sort_order LIMIT 1").fetchone()[0])  # type: ignore[attr-defined]


def run(db_path: Path, rounds: int) -> list[Result]:
    copy = scratch_copy(db_path, "export.db")
    db = connect(copy)
    repo = Repository(db, user="Meting")
    request = PackRequest(Classification.VERTROUWELIJK, meeting_id=_meeting(db))
    out = CACHE / "scratch" / "pack.pdf"
    register_fonts()
    write_pack(repo, prepare_pack(db, request), out)  # warm-up: fonts, caches, a first export
    app_s, floor_s, plain_pace, pages = [], [], [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        result = write_pack(repo, prepare_pack(db, request), out)
        app_s.append(time.perf_counter() - started)
        pages = result.pages
        seconds, floor_pages = _floor(prepare_pack(db, request).pack)
        floor_s.append(seconds)
        plain_pace.append(plain_text_pace()[0])
    db.close()
    app, floor, plain = median(app_s), median(floor_s), median(plain_pace)
    if pages < 200:
        raise RuntimeError(f"the benchmark pack has {pages} pages; it should have 200 or more")
    return [
        Result(
            f"pack export, meeting of {pages} pages",
            f"{app:.1f} s ({pages / app:.0f} pages/s)",
            f"ReportLab alone {floor:.1f} s ({floor_pages} pages)",
            app / floor,
            TARGET,
            f"vertrouwelijk edition, median of {rounds}",
        ),
        Result(
            f"pack export pace, meeting of {pages} pages",
            f"{pages / app:.0f} pages/s",
            f"plain ReportLab text {plain:.0f} pages/s",
            plain / (pages / app),
            PACE_TARGET,
            "time per page against plain text; the target is 40 pages/s where plain text "
            "runs at 270",
        ),
    ]
