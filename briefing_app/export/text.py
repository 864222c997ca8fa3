"""User text made safe for ReportLab: escaped, cut into paragraphs of bounded length.

ReportLab's Paragraph parses a small XML language; raw user text would lose `<words>`, raise on
`a<b`, or open a file for `<img src=...>`. Everything a user typed goes through `escape` here.
A Paragraph also costs about quadratic time in its length, so long texts are cut into chunks at
line breaks, sentence ends or spaces (or, for one endless word, anywhere) before they are laid
out; ReportLab's `splitLongWords` then breaks words wider than a column. Amounts typed by a user
(`€ 675 mln`) get the same non-breaking spaces as formatted ones, so no line ends in `€`.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

CHUNK = 1500  # characters per Paragraph: fast to lay out, still a natural paragraph length
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_AMOUNT_GAP = re.compile(
    r"(?<=€)[ \t]+(?=[-+]?\d)|(?<=\d)[ \t]+(?=(?:mln|mld|mrd|miljoen|miljard)\b)"
)


def clean(text: str | None) -> str:
    """Plain text without the control characters a PDF cannot show."""
    return _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")


def escape(text: str | None) -> str:
    """Text for inside a Paragraph: `<`, `>`, `&` and quotes printed literally; symbols the text
    font lacks in the fallback font, characters no font has as a visible mark (`glyphs`)."""
    from briefing_app.export.glyphs import markup

    return markup(_xml_escape(_AMOUNT_GAP.sub("\u00a0", clean(text)), {'"': "&quot;"}))


def chunks(text: str | None, size: int = CHUNK) -> list[str]:
    """Split ``text`` into pieces of at most ``size`` characters, at the most natural breaks."""
    pieces: list[str] = []
    for block in re.split(r"\n\s*\n|\n", clean(text)):
        block = block.strip()
        while len(block) > size:
            cut = _cut_point(block, size)
            pieces.append(block[:cut].rstrip())
            block = block[cut:].lstrip()
        if block:
            pieces.append(block)
    return pieces


def _cut_point(text: str, size: int) -> int:
    window = text[:size]
    for pattern in (r"[.!?;:]\s", r"\s"):
        matches = list(re.finditer(pattern, window))
        if matches and matches[-1].end() > size // 3:
            return matches[-1].end()
    return size


def shorten(text: str | None, limit: int) -> str:
    """A one-line version of ``text`` of at most ``limit`` characters, for lists and tables."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


LABEL_LIMIT = 200


def label(text: str | None, limit: int = LABEL_LIMIT) -> str:
    """A short user string (a name, a section) escaped for use inside markup we build.

    Cut to ``limit`` characters: such labels go into one Paragraph with their text, so an
    endless name must not make that Paragraph endless too.
    """
    return escape(shorten(text, limit))
