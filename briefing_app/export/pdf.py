"""Render an assembled `Pack` to a PDF file or stream: the export layer's one entry point."""

from __future__ import annotations

import time
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from briefing_app.domain.pack import Pack
from briefing_app.export.document import (
    PROGRESS_SCALE,
    ExportTimeout,
    PackDocTemplate,
    PageInfo,
    Progress,
)
from briefing_app.export.fonts import FontError, register_fonts
from briefing_app.export.sections_dossier import dossier_section, sources_annex
from briefing_app.export.sections_front import changes, contents, cover, summary, whos_who
from briefing_app.export.sections_meeting import meeting_overview
from briefing_app.export.sections_since import since_section

DEFAULT_TIME_LIMIT = 300.0  # seconds; a pack that takes longer is stopped with a clear error
# A chapter (who's who, each dossier, the annex) starts on a new page, unless the page before
# it is less than a third full: then it follows there instead of leaving most of a page blank.
CHAPTER_ROOM = 2 / 3
CHAPTER_GAP = 16  # points above a chapter that follows on the same page


class ChapterBreak(CondPageBreak):
    """A new page when less than ``height`` is left; otherwise a gap that sets the chapter off
    from what precedes it on the page."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availHeight < self.height:
            return super().wrap(availWidth, availHeight)
        frame = self._doctemplateAttr("frame")
        return (0, 0) if frame is None or frame._atTop else (0, CHAPTER_GAP)


def render_pack(
    pack: Pack,
    target: str | BinaryIO,
    *,
    progress: Progress | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    copy_label: str = "",
) -> int:
    """Write ``pack`` as PDF to ``target`` (a path or binary stream); returns the page count.

    ``copy_label`` ("Exemplaar 2 · voor NAAM") marks every page of a numbered copy.
    """
    register_fonts()
    info = PageInfo(
        pack.edition, pack.title, pack.version, pack.short_hash, pack.prepared_on, copy_label
    )
    deadline = time.monotonic() + time_limit if time_limit else None
    doc = PackDocTemplate(
        target,
        info,
        title=pack.title
        if pack.title.startswith("Briefingpakket")
        else f"Briefingpakket {pack.title}",
        subject=f"Editie {pack.edition.value}, versie {pack.version}",
        progress=progress,
        deadline=deadline,
    )
    story = _story(pack, doc.width, doc.height)
    doc.set_total_steps(len(story))
    doc.multiBuild(story, maxPasses=6)
    if progress is not None:
        progress(PROGRESS_SCALE, PROGRESS_SCALE)
    return doc.page_total


def _story(pack: Pack, width: float, height: float) -> list:
    story = cover(pack, width) + contents() + changes(pack, width) + summary(pack, width, height)
    story += meeting_overview(pack, width)
    story += _chapter(since_section(pack, width), height)
    story += _chapter(whos_who(pack, width), height)
    for number, dossier in enumerate(pack.dossiers, start=1):
        story += _chapter(dossier_section(number, dossier, pack, width), height)
    story += sources_annex(pack, width)
    while story and isinstance(story[-1], PageBreak):  # no blank last page
        story.pop()
    return story


def _chapter(flowables: list[Flowable], height: float) -> list[Flowable]:
    """``flowables`` with the page break that ends them kept only when the page is fuller than
    `CHAPTER_ROOM` allows (a fresh page always has the room, so no blank page comes of it)."""
    if flowables and isinstance(flowables[-1], PageBreak):
        flowables[-1] = ChapterBreak(height * CHAPTER_ROOM)
    return flowables


__all__ = ["ExportTimeout", "FontError", "render_pack"]
