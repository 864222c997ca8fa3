"""Text as search sees it: the same folding for what is indexed and for what is asked.

Characters that do not show (a soft hyphen in `subsidie\u00adregeling`, zero-width spaces and
joiners, bidi marks, embeddings and isolates, a byte-order mark: Unicode's format characters)
and private-use characters would split a word in two or glue a hidden character to it, so
text that looks the same would not be found. `fold` removes them; the search index stores
folded text (a SQL function over every indexed column, see `store.search`) and every query is
folded before it is split into words. Case and diacritics are folded by SQLite's tokenizer
(`unicode61 remove_diacritics 2`); `words` does the same in Python, for snippets and the
edition filter.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode's format characters (category Cf, Unicode 14) and the private-use areas (Co).
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; '_' separates, as in FTS5


def fold(text: str | None) -> str:
    """``text`` without invisible (format) and private-use characters."""
    return _INVISIBLE.sub("", text) if text else ""


def normal_word(word: str) -> str:
    """A word as the index compares it: case and diacritics folded away."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain.casefold()


def words(text: str | None) -> list[str]:
    """The words of ``text`` as the search index sees them."""
    return [normal_word(w) for w in _WORD.findall(fold(text))]
