"""Building a database from a dataset folder, all or nothing.

`build_database` reads the TOML files of a dataset (see `files` and
`database/README.md`), checks every item with the rules the store itself applies (fields,
values, unique ids, slugs and figure keys, references to sources, stakeholders, dossiers and
meetings, and `{fig:key}` references in texts), and only then writes them through the
`Repository`, so the first entry of every item's history exists. It builds into a temporary
file next to the target and renames it into place only when everything succeeded: a dataset
with errors is refused with the file, the item and what is wrong, and leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_app.domain.authors import DATASET_USER
from briefing_app.domain.items import (
    AGENDA_ITEM,
    COMMITMENT,
    DELEGATE,
    DOSSIER,
    FIGURE,
    HARD_QUESTION,
    MEETING,
    MEETING_COUNTERPART,
    MEMBER_SIGNAL,
    POSITION,
    SOURCE,
    STAKEHOLDER,
    TALKING_POINT,
    ItemKind,
)
from briefing_app.domain.references import referenced_keys
from briefing_app.domain.validation import ValidationError, clean_values
from briefing_app.services.dataset.files import Entry, Problem, Reading, read_dataset
from briefing_app.services.figures.book import FigureBook, FigureValue, parse_series
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

MAX_LISTED_PROBLEMS = 3

# The order of writing: everything an item refers to exists before the item.
BUILD_ORDER: tuple[ItemKind, ...] = (
    SOURCE,
    STAKEHOLDER,
    DOSSIER,
    MEETING,
    DELEGATE,  # before the agenda, whose items name the delegate who leads them
    AGENDA_ITEM,
    MEETING_COUNTERPART,
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    COMMITMENT,
)
# Columns that must be unique within their kind, besides the id.
UNIQUE_COLUMNS = {DOSSIER: "slug", STAKEHOLDER: "slug", FIGURE: "key"}


class DatasetError(Exception):
    """A dataset that cannot be built; ``problems`` lists every file, item and reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        shown = "; ".join(str(p) for p in self.problems[:MAX_LISTED_PROBLEMS])
        rest = len(self.problems) - MAX_LISTED_PROBLEMS
        super().__init__(shown + (f" (en nog {rest} andere problemen)" if rest > 0 else ""))


def check_dataset(folder: Path) -> Reading:
    """Read and check the dataset in ``folder``; the result lists every problem found."""
    if not folder.is_dir():
        return Reading(problems=[Problem(str(folder), None, "deze map bestaat niet")])
    reading = read_dataset(folder)
    _check_ids(reading)
    _check_values(reading)
    _check_unique(reading)
    _check_references(reading)
    _check_figure_references(reading)
    return reading


def build_database(
    dataset_dir: Path,
    target: Path,
    *,
    user: str = DATASET_USER,
    install: Callable[[Path], None] | None = None,
) -> None:
    """Build the dataset in ``dataset_dir`` into a new database at ``target`` (replacing it).

    ``install`` moves the complete file in (the caller then holds the database alone, see
    `store.exclusive`); by default it simply replaces ``target``.
    """
    reading = check_dataset(dataset_dir)
    if reading.problems:
        raise DatasetError(reading.problems)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".bouwen", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        os.chmod(temp, 0o600)  # confidential like the database it becomes
        _write(reading, temp, user)
        if install is not None:
            install(temp)
        else:
            _remove_sidecars(target)  # a stale WAL of the old file must not be applied
            os.replace(temp, target)
            _fsync_dir(target.parent)  # the rename itself survives a power cut
    finally:
        for path in (temp, *_sidecars(temp)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _write(reading: Reading, path: Path, user: str) -> None:
    db = connect(path, new=True)  # the empty file mkstemp just made for it
    try:
        repo = Repository(db, user=user, genesis=True)
        problems: list[Problem] = []
        with repo.change_set():
            for entry in _in_build_order(reading):
                try:
                    repo.create(entry.kind, entry.values, item_id=entry.item_id)
                except (ValidationError, sqlite3.IntegrityError) as exc:
                    problems.append(Problem(entry.file, entry.label, str(exc)))
            if problems:
                raise DatasetError(problems)  # rolls the whole build back
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def _in_build_order(reading: Reading) -> list[Entry]:
    ordered: list[Entry] = []
    for kind in BUILD_ORDER:
        entries = reading.of(kind)
        if kind is DOSSIER:
            entries.sort(key=lambda e: (_sort_key(e.values.get("sort_order")), e.file))
        ordered.extend(entries)
    return ordered


def _sort_key(value: object) -> float:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else float("inf")


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # not every platform can open a folder (Windows); the rename still holds
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _remove_sidecars(path: Path) -> None:
    for sidecar in _sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()


# -- checks --------------------------------------------------------------------------------


def _check_ids(reading: Reading) -> None:
    """Ids are unique across the whole dataset, so a reference can never be ambiguous."""
    seen: dict[str, Entry] = {}
    for entry in reading.entries:
        first = seen.setdefault(entry.item_id, entry)
        if first is not entry:
            reading.problems.append(
                Problem(entry.file, entry.label, f"id komt al voor in {first.file} ({first.label})")
            )


def _check_values(reading: Reading) -> None:
    for entry in reading.entries:
        try:
            entry.values = clean_values(entry.kind, entry.values, partial=False)
        except ValidationError as exc:
            reading.problems.append(Problem(entry.file, entry.label, _field_message(entry, exc)))


def _field_message(entry: Entry, exc: ValidationError) -> str:
    name = exc.field.removesuffix("_id") if exc.field.endswith("_id") else exc.field
    return f"veld '{name}': {exc.message}"


def _check_unique(reading: Reading) -> None:
    for kind, column in UNIQUE_COLUMNS.items():
        seen: dict[object, Entry] = {}
        for entry in reading.of(kind):
            value = entry.values.get(column)
            first = seen.setdefault(value, entry)
            if value is not None and first is not entry:
                reading.problems.append(
                    Problem(
                        entry.file,
                        entry.label,
                        f"{column} '{value}' komt al voor bij {first.label} in {first.file}",
                    )
                )


def _check_references(reading: Reading) -> None:
    ids_by_table = {
        kind.table: {e.item_id for e in reading.of(kind)}
        for kind in (SOURCE, STAKEHOLDER, DOSSIER, MEETING)
    }
    for entry in reading.entries:
        for f in entry.kind.fields:
            target = entry.values.get(f.name)
            if not f.references or target is None:
                continue
            if target not in ids_by_table.get(f.references, set()):
                noun = _KIND_BY_TABLE[f.references].label.lower()
                reading.problems.append(
                    Problem(
                        entry.file,
                        entry.label,
                        f"veld '{f.name.removesuffix('_id')}' verwijst naar onbekende {noun} '{target}'",
                    )
                )


_KIND_BY_TABLE = {k.table: k for k in (SOURCE, STAKEHOLDER, DOSSIER, MEETING)}


def _check_figure_references(reading: Reading) -> None:
    # Only keys and years matter here; a figure with a bad value is reported elsewhere and
    # must not make every text that cites it look broken too.
    book = FigureBook(
        FigureValue(str(e.values["key"]), None, "number", _lenient_series(e.values.get("series")))
        for e in reading.of(FIGURE)
        if e.values.get("key")
    )
    for entry in reading.entries:
        for f in entry.kind.fields:
            text = entry.values.get(f.name)
            if f.kind != "text" or not isinstance(text, str):
                continue
            for key in referenced_keys(text):
                if key not in book:
                    reading.problems.append(
                        Problem(
                            entry.file,
                            entry.label,
                            f"veld '{f.name}' verwijst naar onbekend kerncijfer {{fig:{key}}}",
                        )
                    )


def _lenient_series(raw: object) -> dict[str, float]:
    try:
        return parse_series(raw)
    except (ValueError, TypeError):
        return {}
