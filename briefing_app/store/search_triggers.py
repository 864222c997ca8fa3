"""Rewriting a search trigger so that it indexes folded text (see `domain.search_text`).

Each table's insert and update triggers write a title and a body expression into the FTS5
index; the expressions differ per table and per migration (later migrations added columns).
`folded_trigger_sql` takes a trigger's SQL as SQLite stores it and wraps exactly those two
expressions in the folding function, leaving everything else as it was. A trigger that
already folds is returned unchanged.
"""

from __future__ import annotations

import re

from briefing_app.store.search import SEARCH_TEXT_FUNCTION

_INSERT = re.compile(
    r"(INSERT INTO search_index\s*\(\s*rowid\s*,\s*title\s*,\s*body\s*\)\s*VALUES\s*\(\s*"
    r"last_insert_rowid\(\)\s*,)(?P<values>.*?)(\)\s*;\s*END)",
    re.DOTALL | re.IGNORECASE,
)
_UPDATE = re.compile(
    r"(UPDATE search_index SET)(?P<values>.*?)(WHERE rowid\s*=)", re.DOTALL | re.IGNORECASE
)


def folded_trigger_sql(sql: str) -> str:
    if SEARCH_TEXT_FUNCTION in sql:
        return sql
    insert = _INSERT.search(sql)
    if insert:
        values = ", ".join(_fold(v) for v in split_top_level(insert["values"]))
        return sql[: insert.start("values")] + f" {values}" + sql[insert.end("values") :]
    update = _UPDATE.search(sql)
    if update:
        assignments = []
        for part in split_top_level(update["values"]):
            column, _, expression = part.partition("=")
            assignments.append(f"{column.strip()} = {_fold(expression)}")
        return (
            sql[: update.start("values")]
            + f" {', '.join(assignments)} "
            + sql[update.end("values") :]
        )
    raise ValueError("geen zoektrigger die Briefing kent")


def _fold(expression: str) -> str:
    return f"{SEARCH_TEXT_FUNCTION}({expression.strip()})"


def split_top_level(text: str) -> list[str]:
    """``text`` split at the commas outside parentheses and quotes."""
    parts, depth, quote, current = [], 0, "", []
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]
