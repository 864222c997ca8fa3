"""Terminal output shared by the commands: aligned tables, wrapped paragraphs, highlights.

Human output should read well in a terminal of any width; scripts use `--json` instead, so
nothing here needs to be machine-readable. Highlighting uses ANSI bold only on a real terminal.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Sequence

from briefing_app.domain.items import STATUS_LABELS
from briefing_app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN

MIN_WIDTH, MAX_WIDTH = 60, 110


def width() -> int:
    columns = shutil.get_terminal_size((100, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


def paragraph(text: str, indent: int = 2, *, prefix: str = "") -> str:
    """``text`` wrapped to the terminal, indented; ``prefix`` starts the first line."""
    lead = " " * indent
    return textwrap.fill(
        " ".join(text.split()),
        width=width(),
        initial_indent=lead + prefix,
        subsequent_indent=lead + " " * len(prefix),
        break_on_hyphens=False,
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, indent: int = 0) -> str:
    """Columns aligned to their widest cell; the last column is not padded."""
    cells = [list(headers), *[list(r) for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append(" " * indent + "  ".join(padded).rstrip())
    lines.insert(1, " " * indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def highlight(marked: str) -> str:
    """Matches (between the search markers) in bold on a terminal, plain elsewhere."""
    bold = sys.stdout.isatty()
    return marked.replace(SNIPPET_OPEN, "\x1b[1m" if bold else "").replace(
        SNIPPET_CLOSE, "\x1b[0m" if bold else ""
    )


def tag(classification: str, status: str | None = None) -> str:
    """`[vertrouwelijk · definitief]`: how an item is classified and how far along it is."""
    parts = [classification]
    if status:
        parts.append(STATUS_LABELS.get(status, status))
    return "[" + " · ".join(parts) + "]"


def heading(text: str) -> str:
    return f"\n{text}\n{'=' * len(text)}" if text else ""


def section(text: str) -> str:
    return f"\n{text}\n{'-' * len(text)}"
