"""Reading a spreadsheet (CSV or .xlsx) into rows of cell values, whatever Excel made of it.

Separate from what the rows mean (see `importing`): this module only knows files, encodings,
delimiters and Excel's cell formats, and refuses what is not a readable table with a sentence
that says what to do instead (a message, see `domain/messages.py`: Dutch on the command line,
the interface language in the app).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates
from briefing_app.store.errors import describe_os_error

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5_000
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


_t = templates("spreadsheet")


OLD_EXCEL = _t(
    "old_excel",
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is in het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV "
        "en lees dat in.",
    ),
)
NOT_A_SHEET = _t(
    "not_a_sheet",
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is geen CSV- of Excel-bestand; Briefing leest kerncijfers uit .csv (of .txt) "
        "en .xlsx.",
    ),
)
IS_FOLDER = _t("is_folder", QT_TRANSLATE_NOOP("messages", "{path} is een map, geen bestand."))
TOO_BIG = _t(
    "too_big",
    QT_TRANSLATE_NOOP("messages", "Het bestand is te groot voor een lijst kerncijfers."),
)
UNREADABLE = _t(
    "unreadable", QT_TRANSLATE_NOOP("messages", "{path} kan niet worden gelezen: {reason}.")
)
NOT_EXCEL = _t(
    "not_excel",
    QT_TRANSLATE_NOOP("messages", "{name} is geen leesbaar Excel-bestand ({reason})."),
)
NOT_TEXT = _t(
    "not_text",
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is geen tekstbestand (CSV); lees een CSV- of .xlsx-bestand in, bijvoorbeeld "
        "via Opslaan als > CSV in Excel.",
    ),
)
BAD_CSV = _t(
    "bad_csv",
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} is geen geldig CSV-bestand: regel {line} is niet te lezen (een aanhalingsteken "
        "te veel of te weinig?).",
    ),
)


class SpreadsheetError(Exception):
    """The file is not a table Briefing can read; the message (a `Message`) says why."""


def read_table(path: Path) -> list[list[object]]:
    """The cells of the first sheet (xlsx) or of the CSV file, as rows of values."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SpreadsheetError(OLD_EXCEL(name=path.name))
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES:
        raise SpreadsheetError(NOT_A_SHEET(name=path.name))
    try:
        if path.is_dir():
            raise SpreadsheetError(IS_FOLDER(path=str(path)))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SpreadsheetError(TOO_BIG())
        if suffix in XLSX_SUFFIXES:
            return _read_xlsx(path)
        return _read_csv(path.name, path.read_bytes())
    except OSError as exc:
        reason = describe_os_error(exc, reading=True)
        raise SpreadsheetError(UNREADABLE(path=str(path), reason=reason)) from exc


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SpreadsheetError(NOT_EXCEL(name=path.name, reason=str(exc))) from exc
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
    not_text = NOT_TEXT(name=name)
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
        raise SpreadsheetError(BAD_CSV(name=name, line=str(reader.line_num))) from exc
