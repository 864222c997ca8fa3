"""Reading a spreadsheet (CSV or .xlsx) into rows of cell values, whatever Excel made of it.

Separate from what the rows mean (see `importing`): this module only knows files, encodings,
delimiters and Excel's cell formats, and refuses what is not a readable table with a Dutch
sentence that says what to do instead.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefing_app.store.errors import describe_os_error

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5_000
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class SpreadsheetError(Exception):
    """The file is not a table Briefing can read; the message says why, in Dutch."""


def read_table(path: Path) -> list[list[object]]:
    """The cells of the first sheet (xlsx) or of the CSV file, as rows of values."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SpreadsheetError(
            f"{path.name} is in het oude Excel-formaat (.xls); sla het in Excel op als .xlsx "
            "of als CSV en lees dat in."
        )
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES:
        raise SpreadsheetError(
            f"{path.name} is geen CSV- of Excel-bestand; Briefing leest kerncijfers uit .csv "
            "(of .txt) en .xlsx."
        )
    try:
        if path.is_dir():
            raise SpreadsheetError(f"{path} is een map, geen bestand.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SpreadsheetError("Het bestand is te groot voor een lijst kerncijfers.")
        if suffix in XLSX_SUFFIXES:
            return _read_xlsx(path)
        return _read_csv(path.name, path.read_bytes())
    except OSError as exc:
        raise SpreadsheetError(
            f"{path} kan niet worden gelezen: {describe_os_error(exc, reading=True)}."
        ) from exc


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SpreadsheetError(f"{path.name} is geen leesbaar Excel-bestand ({exc}).") from exc
    try:
        sheet = book["Kerncijfers"] if "Kerncijfers" in book.sheetnames else book.worksheets[0]
        rows = zip(range(MAX_ROWS + 2), sheet.iter_rows(), strict=False)
        return [[_cell_value(c) for c in r] for _, r in rows]
    finally:
        book.close()


def _cell_value(cell: object) -> object:
    """Excel keeps 2,5% as 0.025 with a percent format; a figure in percent holds 2.5."""
    value = getattr(cell, "value", None)
    number_format = str(getattr(cell, "number_format", "") or "")
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return round(value * 100, 10)
    return value


def _read_csv(name: str, data: bytes) -> list[list[object]]:
    not_text = (
        f"{name} is geen tekstbestand (CSV); lees een CSV- of .xlsx-bestand in, "
        "bijvoorbeeld via Opslaan als > CSV in Excel."
    )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")  # Excel's "Unicode text"
    elif b"\x00" in data[:4096] or data.startswith((b"%PDF", b"PK\x03\x04")):
        raise SpreadsheetError(not_text)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Dutch Windows
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(";,\t", key=first.count) if first else ";"
    # newline=None: old Mac files end lines with a bare \r, which csv would refuse.
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    try:
        return [list(r) for r in reader]
    except csv.Error as exc:
        raise SpreadsheetError(
            f"{name} is geen geldig CSV-bestand: regel {reader.line_num} is niet te lezen "
            "(een aanhalingsteken te veel of te weinig?)."
        ) from exc
