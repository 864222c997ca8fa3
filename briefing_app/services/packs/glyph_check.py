"""The check's look for characters no bundled font can print, in everything the pack says.

Walks the assembled pack (every text, label and name it will print) and names each item and the
characters it holds that would print only as the replacement mark. Uses the export layer's font
coverage, so the check and the PDF agree on what prints. Each finding is a message (see
`domain/messages.py`), so a character without a name reads "onbekend teken" in Dutch and
"unknown character" in the English app.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, Phrase, Template
from briefing_app.domain.pack import Pack
from briefing_app.export.text import shorten

_LABEL_FIELDS = ("title", "label", "text", "question", "name")
FINDING = Template("check.glyph_finding", QT_TRANSLATE_NOOP("messages", "{where}: {characters}"))
UNKNOWN_CHARACTER = Template(
    "check.unknown_character", QT_TRANSLATE_NOOP("messages", "onbekend teken")
)


def missing_glyphs(pack: Pack) -> tuple[str, ...]:
    """`Wonen: "Tekst …": 😀 (U+1F600 GRINNING FACE)` for each item with unprintable characters."""
    from briefing_app.export.glyphs import unprintable  # ReportLab: only when making a pack

    findings: list[Message] = []

    def visit(node: object, where: str) -> None:
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            label = next((str(getattr(node, f)) for f in _LABEL_FIELDS if getattr(node, f, "")), "")
            here = f"{where}: {shorten(label, 60)}" if label and where else label or where
            strings = [v for v in vars(node).values() if isinstance(v, str)]
            bad = [ch for s in strings for ch in unprintable(s)]
            if bad:
                findings.append(FINDING(where=here, characters=_describe(dict.fromkeys(bad))))
            for value in vars(node).values():
                if not isinstance(value, str):
                    visit(value, here if getattr(node, "slug", None) else where)
        elif isinstance(node, tuple | list):
            for value in node:
                visit(value, where)

    visit(pack, "")
    return tuple(dict.fromkeys(findings))


def _describe(chars: dict[str, None]) -> Phrase:
    parts: list[object] = []
    for ch in chars:
        parts += [", "] if parts else []
        parts += [f"{ch} (U+{ord(ch):04X} ", unicodedata.name(ch, "") or UNKNOWN_CHARACTER(), ")"]
    return Phrase(parts)
