"""The snippet of a search hit: a few words around the best match, the matches marked.

FTS5's own `snippet()` scores every position of the text against every query phrase: on a
long, repetitive text its cost grows with the number of query words (20 words against one
talking point of 15,000 characters took 23 s). This does the same job in one pass over at most
`SCAN_CHARS` characters of each column: find the words that match (folded as the index folds
them, the last one as a prefix while typing), then take the window of `WINDOW` words around
the match that covers most different query words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from briefing_app.domain.search_text import fold, normal_word

OPEN, CLOSE = "\x02", "\x03"  # the same markers as store.search
WINDOW = 16
BEFORE = 3  # words shown before the first match of the window
SCAN_CHARS = 2_000_000
MAX_CANDIDATES = 200
ELLIPSIS = "…"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def make_snippet(columns: Sequence[str], asked: Sequence[str], *, prefix_last: bool) -> str:
    """The best window over ``columns`` (title first) with the query words marked."""
    if not asked:
        return ""
    whole = set(asked[:-1]) if prefix_last else set(asked)
    last = asked[-1] if prefix_last else None
    best: tuple[int, int, str, list[re.Match[str]], list[str | None]] | None = None
    for column in columns:
        text = fold(column)[:SCAN_CHARS]
        tokens = list(_WORD.finditer(text))
        found = [_matched(t.group(), whole, last) for t in tokens]
        score, start = _best_window(found)
        if best is None or score > best[0]:
            best = (score, start, text, tokens, found)
    assert best is not None
    score, start, text, tokens, found = best
    if not tokens:
        return ""
    return _render(text, tokens, found, start)


_normal = functools.lru_cache(maxsize=65_536)(normal_word)  # long texts repeat their words


def _matched(token: str, whole: set[str], last: str | None) -> str | None:
    word = _normal(token)
    if word in whole or (last is not None and word.startswith(last)):
        return word
    return None


def _best_window(found: list[str | None]) -> tuple[int, int]:
    """(how many different query words, first token) of the best window."""
    best_score, best_start = 0, 0
    candidates = [i for i, word in enumerate(found) if word is not None][:MAX_CANDIDATES]
    for i in candidates:
        start = max(0, i - BEFORE)
        score = len({w for w in found[start : start + WINDOW] if w is not None})
        if score > best_score:
            best_score, best_start = score, start
    return best_score, best_start


def _render(text: str, tokens: list[re.Match[str]], found: list[str | None], start: int) -> str:
    end = min(len(tokens), start + WINDOW)
    parts = [ELLIPSIS] if start > 0 else []
    # At the start or end of the text the window keeps what precedes the first word or
    # follows the last (a closing `}` or full stop), as FTS5's snippet() does.
    position = tokens[start].start() if start > 0 else 0
    for index in range(start, end):
        token = tokens[index]
        parts.append(text[position : token.start()])
        word = token.group()
        parts.append(f"{OPEN}{word}{CLOSE}" if found[index] is not None else word)
        position = token.end()
    if end < len(tokens):
        parts.append(ELLIPSIS)
    else:
        parts.append(text[position:])
    return "".join(parts)
