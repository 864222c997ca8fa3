"""A conflict as text for the terminal: mine, theirs and the common ancestor, word by word.

Shared by `bundle import` (before applying) and `conflicten` (the queue a sync left). Removed
words are shown as `[-woord-]`, added words as `{+woord+}`, as `git diff --word-diff` does.
"""

from __future__ import annotations

from briefing_app.services.core.history import word_diff
from briefing_app.services.exchange.importing import EXISTENCE, FieldChange
from briefing_app.services.exchange.merge import comparable

WIDTH = 200


def shown(value: object) -> str:
    text = " ".join(str("" if value is None else value).split())
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        return "(leeg)"
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def marked(runs: tuple[tuple[str, str], ...]) -> str:
    """Changed words marked; long stretches (kept or removed) shortened around the changes."""
    parts = []
    for op, text in runs:
        text = _shortened(text, 6 if op == "=" else 12)
        if op != "=" and text.strip():  # spaces stay outside the marks
            lead, core = text[: len(text) - len(text.lstrip())], text.strip()
            tail = text[len(text.rstrip()) :]
            text = lead + (f"[-{core}-]" if op == "-" else f"{{+{core}+}}") + tail
        parts.append(text)
    return " ".join("".join(parts).split())


def _shortened(text: str, keep: int) -> str:
    words = text.split(" ")
    if len(words) <= 2 * keep + 1:
        return text
    return " ".join([*words[:keep], "…", *words[-keep:]])


def conflict_lines(kind: str, change: FieldChange, indent: str = "    ") -> list[str]:
    """The lines that show one conflicting field."""
    if change.name == EXISTENCE:
        return [
            f"{indent}hier:  {change.mine}",
            f"{indent}daar:  {change.theirs}",
        ]
    lines = [
        f"{indent}gemeenschappelijk: {shown(change.ancestor)}",
        f"{indent}mijn versie:       {shown(change.mine)}",
        f"{indent}hun versie:        {shown(change.theirs)}",
    ]
    if comparable(change.ancestor) != "":
        mine = marked(word_diff(kind, change.name, change.ancestor, change.mine))
        theirs = marked(word_diff(kind, change.name, change.ancestor, change.theirs))
        lines += [f"{indent}ik veranderde:     {mine}", f"{indent}zij veranderden:   {theirs}"]
    return lines
