"""Terminal output shared by the commands: aligned tables, wrapped paragraphs, highlights.

Human output should read well in a terminal of any width; scripts use `--json` instead, so
nothing here needs to be machine-readable. Highlighting uses ANSI bold only on a real terminal.

Text from the data (a received bundle, a title someone typed) never steers the terminal:
`TerminalSafe` wraps stdout and stderr for the whole command and writes every control
character (ESC, BEL, C1, bidi overrides) as a visible escape such as `\x1b`; only the bold
on/off of `highlight` passes, and only on a terminal. A table cell is one line (`one_line`).
`--json` writes to the stream underneath (`raw`): JSON escapes control characters itself and
must stay byte-exact.
"""

from __future__ import annotations

import io
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from briefing_app.domain.items import STATUS_LABELS
from briefing_app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN

MIN_WIDTH, MAX_WIDTH = 60, 110
BOLD_ON, BOLD_OFF = "\x1b[1m", "\x1b[0m"

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates that reorder what a terminal shows.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BOLD = re.compile(re.escape(BOLD_ON) + "|" + re.escape(BOLD_OFF))


def escape_controls(text: str) -> str:
    """``text`` with every control character written as a visible escape (`\x1b`, `\u202e`)."""
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """A table cell or list row: line breaks become spaces, controls are escaped."""
    return escape_controls(" ".join(text.splitlines()) if "\n" in text or "\r" in text else text)


class TerminalSafe(io.TextIOBase):
    """A text stream that escapes control characters before they reach ``stream``."""

    def __init__(self, stream: TextIO, *, allow_bold: bool) -> None:
        self.raw = stream
        self._allow_bold = allow_bold

    def write(self, text: str) -> int:
        if self._allow_bold:
            parts = _BOLD.split(text)
            marks = _BOLD.findall(text)
            safe = escape_controls(parts[0]) + "".join(
                mark + escape_controls(part) for mark, part in zip(marks, parts[1:], strict=True)
            )
        else:
            safe = escape_controls(text)
        self.raw.write(safe)
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


def raw(stream: TextIO) -> TextIO:
    """The stream under a `TerminalSafe` (for JSON), or ``stream`` itself."""
    return stream.raw if isinstance(stream, TerminalSafe) else stream  # type: ignore[return-value]


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
    cells = [list(headers), *[[one_line(c) for c in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append(" " * indent + "  ".join(padded).rstrip())
    lines.insert(1, " " * indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def highlight(marked: str) -> str:
    """Matches (between the search markers) in bold on a terminal, plain elsewhere; the text
    between the markers has its control characters escaped."""
    on, off = (BOLD_ON, BOLD_OFF) if sys.stdout.isatty() else ("", "")
    parts = []
    for chunk in _MARKERS.split(marked):
        if chunk == SNIPPET_OPEN:
            parts.append(on)
        elif chunk == SNIPPET_CLOSE:
            parts.append(off)
        else:
            parts.append(escape_controls(chunk))
    return "".join(parts)


_MARKERS = re.compile(f"({re.escape(SNIPPET_OPEN)}|{re.escape(SNIPPET_CLOSE)})")


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
