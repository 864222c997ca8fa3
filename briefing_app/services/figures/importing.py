"""Key figures from a spreadsheet (CSV or .xlsx): a preview with a verdict per row, then all or
nothing.

The first row names the columns (Dutch or English: `dossier`, `sleutel`, `omschrijving`,
`waarde`, `eenheid`, `periode`, `peildatum`, `toelichting`, …). A row whose `sleutel` exists
updates that figure; otherwise it becomes a new one. Values are read the Dutch way (`€ 675 mln`,
`2,5%`, `1.000,5`) unless the spreadsheet cell already holds a number. Every problem names the
row, the column and what is wrong; one problem anywhere and nothing is applied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from briefing_app.domain.formatting import (
    format_value,
)
from briefing_app.domain.items import FIGURE, STATUS_LABELS
from briefing_app.domain.messages import (
    Day,
    Message,
    Phrase,
    Term,
    message_of,
)
from briefing_app.domain.validation import ValidationError, clean_values
from briefing_app.services.figures import import_messages as texts
from briefing_app.services.figures.book import (
    FigureValue,
    format_series,
    parse_series,
    parse_years,
)
from briefing_app.services.figures.import_cells import (
    Report,
    choice_of,
    date_of,
    dossier_of,
    unit_of,
    value_of,
    year_of,
)
from briefing_app.services.figures.import_messages import (
    CHANGE,
    CHANGES,
    DOUBLE,
    IS_SERIES,
    IS_SINGLE,
    KEY_REQUIRED,
    NO_VALUE_FOR,
    ROW_PROBLEM,
    ROW_WITHOUT_YEAR,
    SERIES_YEAR,
)
from briefing_app.services.figures.spreadsheet import MAX_ROWS, SpreadsheetError, read_table
from briefing_app.store.backup import BackupError, BackupInfo, backup_before
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.repository import Repository

UNIT_LABELS = {"eur": "euro", "percent": "procent", "number": "aantal"}
COLUMNS = {
    "dossier": ("dossier", "dossiercode"),
    "key": ("sleutel", "key", "code"),
    "label": ("omschrijving", "label", "naam"),
    "value": ("waarde", "value", "bedrag"),
    "unit": ("eenheid", "unit"),
    "period": ("periode", "period"),
    "year": ("jaar", "year"),  # a row per year makes a series
    "as_of": ("peildatum", "as_of", "datum"),
    "note": ("toelichting", "note", "opmerking"),
    "source_section": ("paragraaf", "source_section"),
    "classification": ("rubricering", "classification"),
    "status": ("status",),
}
STATUSES = {label: status for status, label in STATUS_LABELS.items()} | {
    s: s for s in STATUS_LABELS
}
NEW, CHANGED, SAME = "nieuw", "gewijzigd", "ongewijzigd"


class FigureImportError(Exception):
    """The file as a whole cannot be read; the message (a `Message`) is for the user."""


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # letter and name, e.g. "C (waarde)"
    message: str

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> Message:
        """ "Rij 3, kolom D (waarde): …" as a message (the app shows it in its language)."""
        return ROW_PROBLEM(row=self.row, column=self.column, problem=self.message)


@dataclass
class RowResult:
    row: int
    key: str
    action: str = NEW
    year: str = ""  # the year of this row of a series; empty for a single value
    part_of: int | None = None  # a later year of a series: applied with the row named here
    values: dict[str, object] = field(default_factory=dict)
    figure_id: str | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # The same changes as a user reads them: Dutch labels, Dutch numbers and dates, "—" for empty.
    shown_changes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def change_text(self) -> str:
        if self.part_of is not None:
            return SERIES_YEAR(year=self.year, row=self.part_of)
        parts: list[object] = []
        for name, (old, new) in self.shown_changes.items():
            parts += ["; "] if parts else []
            parts.append(CHANGE(name=Term(name), old=old, new=new))
        return CHANGES(changes=Phrase(parts)) if parts else ""


@dataclass
class FigurePreview:
    rows: list[RowResult]

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.problems


def preview(db: sqlite_utils.Database, path: Path) -> FigurePreview:
    try:
        table = read_table(path)
    except SpreadsheetError as exc:
        raise FigureImportError(*exc.args) from exc  # keeps the message, to be translated
    if not table:
        raise FigureImportError(texts.EMPTY())
    header = _header(table[0])
    rows = []
    seen: dict[str, int] = {}
    for number, cells in _data_rows(table):
        result = _row(db, header, number, cells)
        ident = f"{result.key} {result.year}".strip()
        if ident in seen:
            column = "year" if result.year else "key"
            result.problems.append(Problem(number, _col(header, column), DOUBLE(row=seen[ident])))
        seen.setdefault(ident, number)
        rows.append(result)
    if len(rows) > MAX_ROWS:
        raise FigureImportError(texts.TOO_MANY_ROWS(count=str(MAX_ROWS)))
    _combine_series(db, header, rows)
    if not rows:
        raise FigureImportError(texts.HEADER_ONLY())
    return FigurePreview(rows)


def _data_rows(table: list[list[object]]) -> Iterator[tuple[int, list[object]]]:
    for index, cells in enumerate(table[1:], start=2):
        if any(_text(c) for c in cells):
            yield index, cells


def _header(cells: list[object]) -> dict[str, tuple[int, str]]:
    """Field name -> (column index, column label as the user sees it)."""
    header: dict[str, tuple[int, str]] = {}
    unknown = []
    for index, cell in enumerate(cells):
        name = _text(cell).lower()
        if not name:
            continue
        match = next((f for f, names in COLUMNS.items() if name in names), None)
        if match is None:
            unknown.append(_text(cell))
        else:
            header[match] = (index, f"{_letter(index)} ({_text(cell)})")
    missing = [f for f in ("dossier", "key") if f not in header]
    if missing:
        raise FigureImportError(
            texts.MISSING_COLUMNS(
                missing=", ".join(COLUMNS[f][0] for f in missing),
                expected=", ".join(names[0] for names in COLUMNS.values()),
                missing_en=", ".join(missing),  # the field names are accepted headings too
                expected_en=", ".join(COLUMNS),
            )
        )
    if unknown:
        raise FigureImportError(texts.UNKNOWN_COLUMNS(columns=", ".join(unknown)))
    return header


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _col(header: dict[str, tuple[int, str]], name: str) -> str:
    """The column as the user sees it; one the file lacks by its Dutch name (`eenheid`)."""
    if name in header:
        return header[name][1]
    return Term(COLUMNS[name][0]) if name in COLUMNS else name


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def _row(
    db: sqlite_utils.Database, header: dict[str, tuple[int, str]], number: int, cells: list[object]
) -> RowResult:
    def cell(name: str) -> object:
        index = header[name][0] if name in header else None
        return cells[index] if index is not None and index < len(cells) else None

    result = RowResult(number, _text(cell("key")))

    def problem(name: str, message: str) -> None:
        result.problems.append(Problem(number, _col(header, name), message))

    existing = list(db.query("SELECT * FROM figures WHERE key = ?", [result.key]))
    current = existing[0] if existing else None
    if not result.key:
        problem("key", KEY_REQUIRED())
    unit = unit_of(cell("unit"), current, problem)
    values: dict[str, object] = {}
    for name in ("label", "period", "note", "source_section"):
        if _text(cell(name)):
            values[name] = _text(cell(name))
    dossier_of(db, _text(cell("dossier")), values, problem)
    if unit:
        values["unit"] = unit
    result.year = year_of(cell("year"), problem)
    value_of(cell("value"), unit, values, problem)
    _fits_shape(result, current, values, problem)
    date_of(cell("as_of"), values, problem)
    choice_of(cell("status"), STATUSES, "status", values, problem)
    if _text(cell("classification")):
        values["classification"] = _text(cell("classification")).lower()
    if result.problems:
        return result
    try:
        cleaned = clean_values(FIGURE, values | {"key": result.key}, partial=current is not None)
    except ValidationError as error:
        problem(error.field, error.message)
        return result
    return _compare(db, result, cleaned, current)


def _compare(
    db: sqlite_utils.Database,
    result: RowResult,
    cleaned: dict[str, object],
    current: dict[str, object] | None,
) -> RowResult:
    result.values = cleaned
    if current is None:
        return result
    result.figure_id = str(current["id"])
    unit = str(cleaned.get("unit") or current.get("unit") or "number")
    for name, new in cleaned.items():
        old = current.get(name)
        if old == new:
            continue
        label = FIGURE.field(name).label if name in FIGURE.field_names else name
        result.changes[label] = (old, new)
        result.shown_changes[label] = (
            _shown(db, name, old, unit),
            _shown(db, name, new, unit),
        )
    result.action = CHANGED if result.changes else SAME
    return result


def _shown(db: sqlite_utils.Database, name: str, value: object, unit: str) -> str:
    """A stored value the way the app shows it."""
    if value is None or value == "":
        return "—"
    if name == "value" and isinstance(value, int | float):
        return format_value(float(value), unit)
    if name == "series":
        return format_series(parse_series(value), unit)
    if name in ("value_approx", "source_pending"):
        return texts.YES() if value else texts.NO()
    if name == "series_approx":
        return ", ".join(sorted(parse_years(value))) or "—"
    if name == "as_of":
        return Day(str(value)[:10])
    if name == "status":
        return Term(STATUS_LABELS.get(str(value), str(value)))
    if name == "unit":
        return Term(UNIT_LABELS.get(str(value), str(value)))
    if name == "dossier_id":
        found = db.execute("SELECT slug FROM dossiers WHERE id = ?", [value]).fetchone()
        return str(found[0]) if found else str(value)
    return str(value)


def _fits_shape(
    result: RowResult, current: dict[str, object] | None, values: dict[str, object], problem: Report
) -> None:
    """A single value stays one value, a series gets its years: no silent mix of the two."""
    shape = str(current.get("shape") or "single") if current else None
    if shape == "series" and not result.year and "value" in values:
        problem("value", IS_SERIES(key=result.key))
    elif shape == "single" and result.year:
        problem("year", IS_SINGLE(key=result.key))
    elif result.year and "value" not in values:
        problem("value", NO_VALUE_FOR(year=result.year))


def _combine_series(
    db: sqlite_utils.Database, header: dict[str, tuple[int, str]], rows: list[RowResult]
) -> None:
    """The rows of one series (a key with years) become one change, on the first such row:
    the years the file names replace those years; the other years stay."""
    groups: dict[str, list[RowResult]] = {}
    for row in rows:
        if row.year:
            groups.setdefault(row.key, []).append(row)
    for key, group in groups.items():
        first = group[0]
        plain = [r for r in rows if r.key == key and not r.year]
        for r in plain:
            r.problems.append(
                Problem(
                    r.row,
                    _col(header, "year"),
                    ROW_WITHOUT_YEAR(row=first.row, key=key),
                )
            )
        if any(r.problems for r in group) or plain:
            continue
        found = list(db.query("SELECT * FROM figures WHERE key = ?", [key]))
        current = found[0] if found else None
        series = parse_series(current.get("series")) if current else {}
        approx = set(parse_years(current.get("series_approx"))) if current else set()
        for r in group:
            series[r.year] = float(r.values.pop("value"))
            approx.discard(r.year)
            if r.values.pop("value_approx", 0):
                approx.add(r.year)
            if r is not first:
                r.part_of, r.values, r.changes, r.shown_changes = first.row, {}, {}, {}
        cleaned = dict(first.values)
        cleaned.update(
            shape="series",
            series=json.dumps(dict(sorted(series.items()))),
            series_approx=json.dumps(sorted(approx)) if approx else None,
        )
        first.changes, first.shown_changes = {}, {}
        _compare(db, first, cleaned, current)
        label = FIGURE.field("series").label
        if label in first.shown_changes:  # a series as a pack prints it, "ca." included
            unit = str(cleaned.get("unit") or (current or {}).get("unit") or "number")
            before = FigureValue.from_row(current) if current else None
            first.shown_changes[label] = (
                before.display if before and before.is_series else "—",
                format_series(dict(sorted(series.items())), unit, frozenset(approx)),
            )
        for r in group[1:]:
            r.action = first.action
            r.shown_changes = {}


def apply(
    db: sqlite_utils.Database, result: FigurePreview, *, user: str = "onbekend"
) -> BackupInfo | None:
    """Apply a preview without problems in one transaction, after a backup."""
    if not result.ok:
        raise FigureImportError(texts.HAS_PROBLEMS(count=len(result.problems)))
    try:
        backup = backup_before(db.conn, "import")
    except BackupError as exc:
        raise FigureImportError(texts.NO_BACKUP(reason=message_of(exc))) from exc
    repo = Repository(db, user=user)
    try:
        with repo.change_set():
            for row in result.rows:
                if row.part_of is not None:  # applied with the first row of its series
                    continue
                if row.action == NEW:
                    repo.create(FIGURE, row.values)
                elif row.action == CHANGED and row.figure_id:
                    repo.update(FIGURE, row.figure_id, row.values)
    except sqlite3.Error as exc:  # a full disk, another writer: nothing was applied
        raise FigureImportError(texts.NOT_APPLIED(reason=describe_sqlite_error(exc))) from exc
    return backup
