"""Which characters the pack's fonts can print, and what happens to the others.

The text fonts (Noto Sans and Noto Serif) lack symbols policy texts use: ≤ ≥ ≈ ≠ ∞, arrows, ✓.
Those are printed in a bundled fallback font (Noto Sans Math, Noto Sans Symbols 2). A character
no bundled font has (an emoji, a script without a font here) would print as nothing, so a reader
could not see that text is missing: it prints as the visible replacement mark instead, and the
pre-export check names the item and the character (`unprintable`).
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from briefing_app.export.fonts import FALLBACK_FONTS, SANS, register_fonts

REPLACEMENT = "\ufffd"  # "�": in the text fonts themselves, so it always prints
_lock = threading.Lock()


@cache
def _coverage() -> tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]:
    """The code points of the text font, and of each fallback font in order."""
    with _lock:
        register_fonts()
        from reportlab.pdfbase import pdfmetrics

        def cmap(name: str) -> frozenset[int]:
            return frozenset(pdfmetrics.getFont(name).face.charToGlyph)

        return cmap(SANS), tuple((name, cmap(name)) for name in FALLBACK_FONTS)


def _plain(ch: str) -> bool:
    """Characters that never need a glyph of their own: controls and line breaks."""
    return ch in "\n\t" or unicodedata.category(ch) in ("Cc", "Cf")


def font_for(ch: str) -> str | None:
    """The fallback font that prints ``ch``; None when the text font does, or no font does."""
    main, fallbacks = _coverage()
    if ord(ch) in main or _plain(ch):
        return None
    return next((name for name, points in fallbacks if ord(ch) in points), None)


def printable(ch: str) -> bool:
    main, fallbacks = _coverage()
    return ord(ch) in main or _plain(ch) or any(ord(ch) in points for _, points in fallbacks)


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` no bundled font can print, each once, in order."""
    main, _ = _coverage()
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in main and not printable(ch)))


def markup(escaped: str) -> str:
    """Escaped Paragraph text with each symbol in the font that has it, and each character no
    font has replaced by the visible mark."""
    main, _ = _coverage()
    if all(ord(ch) in main or ch in "\n\t" for ch in escaped):
        return escaped  # the usual case: nothing to do
    out = []
    for ch in escaped:
        if ord(ch) in main or _plain(ch):
            out.append(ch)
        elif (name := font_for(ch)) is not None:
            out.append(f'<font name="{name}">{ch}</font>')
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def for_canvas(text: str) -> str:
    """Text drawn in one font (page header, chart labels): what no font has reads as the mark;
    a symbol only a fallback font has too, since one string cannot switch fonts."""
    main, _ = _coverage()
    return "".join(ch if ord(ch) in main or _plain(ch) else REPLACEMENT for ch in text)
