"""ReportLab's `Paragraph`, remembering its line breaks for the widths it was last broken at.

A pack is laid out twice (the contents and "pagina X van Y" need the page numbers of the first
pass), and within a pass a frame may ask a paragraph for its size more than once; ReportLab
breaks the lines afresh every time, which was the largest part of an export's time. The breaks
depend only on the widths and the paragraph's own fragments, so for the same widths the same
result is reused; the PDF stays byte for byte the same (tests/test_pack_speed_machinery.py).
Every Paragraph of a pack comes from here.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _ReportLabParagraph


class Paragraph(_ReportLabParagraph):
    _broken: tuple[tuple[float, ...], object, Any] | None = None  # (widths, frags, lines)

    def breakLines(self, width: Any) -> Any:
        widths = tuple(width) if isinstance(width, list | tuple) else (width,)
        cached = self._broken
        if cached is not None and cached[0] == widths and cached[1] is self.frags:
            return cached[2]
        lines = super().breakLines(width)
        self._broken = (widths, self.frags, lines)
        return lines
