"""The bundled Noto fonts, registered once with ReportLab so every pack embeds them.

ReportLab's built-in Helvetica is neither embedded nor able to show ł or ő, so a pack uses only
these TrueType files (subset and embedded by ReportLab). Serif for reading, sans for structure.
"""

from __future__ import annotations

import threading

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template
from briefing_app.paths import fonts_dir

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic": "NotoSans-BoldItalic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    "NotoSansMath": "NotoSansMath-Regular.ttf",
    "NotoSansSymbols2": "NotoSansSymbols2-Regular.ttf",
}
# Fonts for the symbols the text fonts lack, tried in this order (see export.glyphs).
FALLBACK_FONTS = ("NotoSansMath", "NotoSansSymbols2")
_lock = threading.Lock()
_registered = False


class FontError(RuntimeError):
    """A bundled font file is missing or unreadable (the message is a `Message`)."""


FONT_MISSING = Template(
    "export.font_missing",
    QT_TRANSLATE_NOOP("messages", "Het lettertype {file} ontbreekt of is onleesbaar"),
)


def register_fonts() -> None:
    """Register the fonts and their families (so <b> and <i> map to real faces); idempotent."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        for name, file_name in _FILES.items():
            path = fonts_dir() / file_name
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise FontError(FONT_MISSING(file=file_name)) from exc
        # Serif has no bold italic among the bundled files: bold stands in for it.
        for family, faces in {
            SANS: (SANS, SANS_BOLD, SANS_ITALIC, "NotoSans-BoldItalic"),
            SERIF: (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD),
        }.items():
            for (bold, italic), face in zip(((0, 0), (1, 0), (0, 1), (1, 1)), faces, strict=True):
                addMapping(family, bold, italic, face)
        _registered = True
