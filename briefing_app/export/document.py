"""The page frame of a pack: A4, header and footer on every page, contents, bookmarks.

Built with `multiBuild`: the first pass learns on which page each heading lands and how many
pages there are; later passes print the table of contents and "pagina X van Y" with those
numbers, until both are stable. `invariant` keeps dates and ids out of the file, so the same
pack gives the same PDF. The PDF's metadata carries the title and subject set here and nothing
else: no user name, no path, no producer string. ReportLab also starts every file with a
comment naming itself (`%ReportLab Generated PDF document`), and the trailer another;
`_NeutralPDFFile` writes the same header without it (the binary marker bytes the PDF standard
recommends stay) and `_id_without_comment` the trailer's file id without its comment.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from briefing_app.domain.classification import Classification
from briefing_app.export.fonts import SANS, SANS_BOLD
from briefing_app.export.glyphs import for_canvas
from briefing_app.export.paragraph import Paragraph
from briefing_app.export.styles import (
    CLASSIFICATION_COLOURS,
    GREY,
    NAVY,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    RULE,
)
from briefing_app.export.text import escape, shorten


class _NeutralPDFFile(pdfdoc.PDFFile):  # type: ignore[misc]
    """ReportLab's output collector, with a header that names no software."""

    def __init__(self, version: tuple[int, int] = pdfdoc.PDF_VERSION_DEFAULT) -> None:
        self.strings: list[bytes] = []
        self.write = self.strings.append
        self.offset = 0
        major, minor = version
        self.add(f"%PDF-{major}.{minor}".encode("ascii") + b"\n%\223\214\213\236\n")


_reportlab_id = pdfdoc.PDFDocument.ID


def _id_without_comment(document: pdfdoc.PDFDocument) -> bytes:
    """The trailer's file id, without the comment ReportLab puts after it."""
    value: bytes = _reportlab_id(document)
    return b"\n".join(line for line in value.split(b"\n") if not line.startswith(b"%"))


# ReportLab looks both up by name when it writes a file: every PDF Briefing makes (packs,
# reports) gets them; Briefing is the only user of ReportLab in its process.
pdfdoc.PDFFile = _NeutralPDFFile
pdfdoc.PDFDocument.ID = _id_without_comment


Progress = Callable[[int, int], None]  # (done, out of), e.g. (500, 1000)
PROGRESS_SCALE = 1000


class ExportTimeout(RuntimeError):
    """The pack took longer than allowed to lay out."""


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page say."""

    edition: Classification
    meeting: str
    version: int
    short_hash: str
    prepared_on: str = ""
    copy_label: str = ""  # "Exemplaar 2 · voor Jan de Vries" on a numbered copy, else empty


def fit_width(text: str, font: str, size: float, room: float) -> str:
    """``text`` on one line of at most ``room`` points, cut with an ellipsis where needed."""
    text = shorten(text, 300)
    if stringWidth(text, font, size) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


class Heading(Paragraph):
    """A heading that becomes a table-of-contents entry and a PDF bookmark."""

    def __init__(self, text: str, style: object, level: int, key: str, toc: bool = True) -> None:
        super().__init__(escape(shorten(text, 300)), style)  # one Paragraph: keep it bounded
        self.plain_text = shorten(text, 120)
        self.toc_level = level
        self.bookmark_key = key
        self.in_toc = toc


class PackDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        target: object,
        info: PageInfo,
        *,
        title: str,
        subject: str,
        progress: Progress | None = None,
        total_steps: int = 0,
        deadline: float | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=PAGE_MARGIN_X,
            rightMargin=PAGE_MARGIN_X,
            topMargin=PAGE_MARGIN_TOP,
            bottomMargin=PAGE_MARGIN_BOTTOM,
            invariant=1,
            initialFontName=SANS,
            title=title,
            subject=subject,
            author="",
            creator="",
            producer="",
            keywords=[],
            lang="nl-NL",
        )
        self.info = info
        self.page_total = 0  # from the previous pass; 0 before the first pass ends
        self._pages_this_pass = 0
        self._progress = progress
        self._total_steps = max(total_steps, 1)
        self._steps = 0
        self._pass = 0
        self._deadline = deadline
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [PageTemplate("page", frames=[frame], onPage=self._decorate, onPageEnd=self._watermark)]
        )

    # -- multi-pass bookkeeping ---------------------------------------------------------

    def _allSatisfied(self) -> bool:
        satisfied = super()._allSatisfied()
        stable = self.page_total == self._pages_this_pass
        self.page_total = self._pages_this_pass
        self._steps = 0
        self._pass += 1
        return bool(satisfied and stable)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.bookmark_key)
            self.canv.addOutlineEntry(
                flowable.plain_text,
                flowable.bookmark_key,
                level=flowable.toc_level,
                closed=flowable.toc_level > 0,
            )
            if flowable.in_toc:
                self.notify(
                    "TOCEntry",
                    (
                        flowable.toc_level,
                        escape(flowable.plain_text),
                        self.page,
                        flowable.bookmark_key,
                    ),
                )
        self._steps += 1
        if self._progress is not None and self._steps % 25 == 0:
            self._progress(self._permille(), PROGRESS_SCALE)
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise ExportTimeout("Het opmaken van het pakket duurde te lang en is gestopt.")

    def set_total_steps(self, steps: int) -> None:
        self._total_steps = max(steps, 1)

    def _permille(self) -> int:
        """Progress that only grows: pass 1 fills half the bar, each later pass half the rest.

        How many passes the contents need is known only afterwards (usually two).
        """
        within = min(self._steps / self._total_steps, 1.0)
        done = 1 - 0.5**self._pass + 0.5 ** (self._pass + 1) * within
        return int(done * PROGRESS_SCALE)

    # -- header and footer --------------------------------------------------------------

    def _decorate(self, canvas: object, doc: PackDocTemplate) -> None:
        self._pages_this_pass = doc.page
        canvas.showOutline()  # type: ignore[attr-defined]  # the reader opens with the outline
        width, height = A4
        left, right = PAGE_MARGIN_X, width - PAGE_MARGIN_X
        info = self.info
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        top = height - 14 * mm
        colour = CLASSIFICATION_COLOURS[info.edition]
        c.setFillColor(colour)
        c.rect(left, top - 1.2 * mm, 2.2 * mm, 4.6 * mm, stroke=0, fill=1)
        c.setFont(SANS_BOLD, 8.5)
        edition = info.edition.value.upper()
        c.drawString(left + 4 * mm, top, edition)
        c.setFillColor(GREY)
        c.setFont(SANS, 8.5)
        room = right - (left + 4 * mm + stringWidth(edition, SANS_BOLD, 8.5) + 6 * mm)
        c.drawRightString(right, top, fit_width(for_canvas(info.meeting), SANS, 8.5, room))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(left, top - 3 * mm, right, top - 3 * mm)
        bottom = 13 * mm
        c.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        c.setFont(SANS, 8)
        stamp = " · ".join(
            x
            for x in (
                edition,  # the classification at the foot too: a torn-off page still says it
                f"Versie {info.version}" if info.version else "",  # a verslag has no versions
                info.prepared_on,
                f"kenmerk {info.short_hash}",
            )
            if x
        )
        c.drawString(left, bottom, stamp)
        total = self.page_total or doc.page
        c.setFillColor(NAVY)
        c.drawRightString(right, bottom, f"pagina {doc.page} van {total}")
        if info.copy_label:  # a numbered copy: "Exemplaar N · voor NAAM" under the footer
            c.setFont(SANS_BOLD, 8)
            label = fit_width(info.copy_label, SANS_BOLD, 8, right - left)
            c.drawCentredString((left + right) / 2, bottom - 4.5 * mm, label)
        c.restoreState()  # type: ignore[attr-defined]

    def _watermark(self, canvas: object, doc: PackDocTemplate) -> None:
        """A numbered copy's label, large and diagonal across the page, over the content.

        Black at low opacity, not a tint of a colour: it prints as light grey in black and
        white too, shows over shaded boxes as well as on white, and leaves the text readable.
        """
        if not self.info.copy_label:
            return
        width, height = A4
        size = 30.0
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFillGray(0.0)  # type: ignore[attr-defined]
        c.setFillAlpha(0.13)  # type: ignore[attr-defined]
        c.setFont(SANS_BOLD, size)  # type: ignore[attr-defined]
        c.translate(width / 2, height / 2)  # type: ignore[attr-defined]
        c.rotate(54)  # type: ignore[attr-defined]
        text = fit_width(self.info.copy_label, SANS_BOLD, size, height * 0.95)
        c.drawCentredString(0, -size / 3, text)  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]
