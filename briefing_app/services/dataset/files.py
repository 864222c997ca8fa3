"""Reading a dataset folder (the format of `database/`) into plain entries, one per item.

A dataset is a folder of TOML files: `sources.toml`, `stakeholders.toml`, `meetings.toml` and
`dossiers/<slug>.toml`. This module only reads and checks the shape: which files and sections
exist, that every item is a table with an `id`, and that every key is a field of its kind. The
values themselves are checked by `build` with the same rules the store applies. Every
problem names the file and the item, so a user can find and fix it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

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
from briefing_app.store.errors import describe_os_error

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")

# Top-level files and the one array of items each holds.
TOP_FILES: dict[str, tuple[str, ItemKind]] = {
    "sources.toml": ("sources", SOURCE),
    "stakeholders.toml": ("stakeholders", STAKEHOLDER),
    "meetings.toml": ("meetings", MEETING),
}
DOSSIER_DIR = "dossiers"
# The arrays inside a dossier file and inside a meeting: section name -> kind.
DOSSIER_SECTIONS: dict[str, ItemKind] = {
    "positions": POSITION,
    "figures": FIGURE,
    "talking_points": TALKING_POINT,
    "hard_questions": HARD_QUESTION,
    "member_signals": MEMBER_SIGNAL,
    "commitments": COMMITMENT,
}
MEETING_SECTIONS: dict[str, ItemKind] = {
    "agenda_items": AGENDA_ITEM,
    "counterparts": MEETING_COUNTERPART,
    "delegates": DELEGATE,
}
# Common columns a dataset may set besides the fields; `sort_order` orders dossiers.
COMMON_KEYS = ("classification", "status")
ORDERED_TOP_KINDS = (DOSSIER,)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dataset: where (file, item) and what."""

    file: str
    item: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, {self.item}" if self.item else self.file
        return f"{where}: {self.message}"


@dataclass
class Entry:
    """One item read from a file: its kind, id and values under the store's column names."""

    kind: ItemKind
    item_id: str
    values: dict[str, object]
    file: str

    @property
    def label(self) -> str:
        return item_label(self.kind, self.item_id)


@dataclass
class Reading:
    """Everything read from a dataset folder, and what was wrong with its shape."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def of(self, kind: ItemKind) -> list[Entry]:
        return [e for e in self.entries if e.kind is kind]


def item_label(kind: ItemKind, item_id: str | None, index: int | None = None) -> str:
    if item_id:
        return f"{kind.label.lower()} '{item_id}'"
    return f"{kind.label.lower()} nr. {index}"


def read_dataset(folder: Path) -> Reading:
    """Read every file of the dataset in ``folder``; shape problems are collected, not raised."""
    reading = Reading()
    for name, (section, kind) in TOP_FILES.items():
        path = folder / name
        if path.exists():
            data = _load(path, name, reading)
            if data is not None:
                _read_top_file(data, name, section, kind, reading)
    for path in folder.glob("*.toml"):
        if path.name not in TOP_FILES:
            reading.problems.append(
                Problem(path.name, None, f"onbekend bestand (verwacht: {', '.join(TOP_FILES)})")
            )
    dossier_dir = folder / DOSSIER_DIR
    if not dossier_dir.is_dir():
        reading.problems.append(Problem(f"{DOSSIER_DIR}/", None, "map met dossiers ontbreekt"))
        return reading
    for path in sorted(dossier_dir.glob("*.toml")):
        name = f"{DOSSIER_DIR}/{path.name}"
        data = _load(path, name, reading)
        if data is not None:
            _read_dossier_file(data, name, reading)
    return reading


def _load(path: Path, name: str, reading: Reading) -> dict[str, object] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        reading.problems.append(Problem(name, None, f"geen geldige TOML: {toml_problem(exc)}"))
    except UnicodeDecodeError:
        reading.problems.append(Problem(name, None, "onleesbaar: geen UTF-8-tekst"))
    except OSError as exc:
        reading.problems.append(
            Problem(name, None, f"onleesbaar: {describe_os_error(exc, reading=True)}")
        )
    return None


# tomllib's messages (Python 3.11), most common first; anything else keeps its location only.
_TOML_PHRASES = (
    (r"^Invalid value", "ongeldige waarde (tekst tussen aanhalingstekens?)"),
    (r"^Unterminated string", "tekst zonder afsluitend aanhalingsteken"),
    (r"^Cannot declare .* twice", "deze sectie staat er twee keer"),
    (r"^Cannot overwrite a value", "deze sleutel staat er twee keer"),
    (r"^Cannot mutate immutable namespace", "deze sleutel staat er twee keer"),
    (r"^Expected '=' after a key", "na een sleutel hoort '='"),
    (r"^Invalid statement", "ongeldige regel"),
    (r"^Unclosed array", "lijst zonder afsluitend ']'"),
    (r"^Unclosed inline table", "tabel zonder afsluitend '}'"),
    (r"^Expected newline or end of document", "na een waarde hoort een nieuwe regel"),
    (r"^Illegal character '\\n'", "tekst zonder afsluitend aanhalingsteken"),
    (r"^Illegal character", "ongeldig teken"),
    (r"^Invalid date or datetime", "ongeldige datum"),
)


def toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    """A TOML syntax error in Dutch: what is wrong and where (regel, kolom)."""
    text = str(exc)
    where = ""
    found = re.search(r"\(at line (\d+), column (\d+)\)", text)
    if found:
        where = f"regel {found[1]}, kolom {found[2]}"
    elif "(at end of document)" in text:
        where = "aan het eind van het bestand"
    what = next((nl for pattern, nl in _TOML_PHRASES if re.search(pattern, text)), "opmaakfout")
    return f"{what} ({where})" if where else what


def _read_top_file(
    data: Mapping[str, object], name: str, section: str, kind: ItemKind, reading: Reading
) -> None:
    for key in data:
        if key != section:
            reading.problems.append(Problem(name, None, f"onbekende sectie '{key}'"))
    for index, raw in enumerate(_array(data.get(section, []), name, section, reading), 1):
        if kind is MEETING:
            _read_meeting(raw, name, index, reading)
        else:
            _read_item(kind, raw, name, index, reading)


def _read_meeting(raw: Mapping[str, object], name: str, index: int, reading: Reading) -> None:
    fields = {k: v for k, v in raw.items() if k not in MEETING_SECTIONS}
    meeting = _read_item(MEETING, fields, name, index, reading)
    if meeting is None:  # already reported; its parts cannot be tied to it
        return
    parent: dict[str, object] = {"meeting_id": meeting.item_id}
    for section, kind in MEETING_SECTIONS.items():
        for sub_index, sub in enumerate(_array(raw.get(section, []), name, section, reading), 1):
            _read_item(kind, sub, name, sub_index, reading, parent)


def _read_dossier_file(data: Mapping[str, object], name: str, reading: Reading) -> None:
    fields = {k: v for k, v in data.items() if k not in DOSSIER_SECTIONS}
    dossier = _read_item(DOSSIER, fields, name, 1, reading)
    if dossier is None:  # already reported; its items cannot be tied to it
        return
    parent: dict[str, object] = {"dossier_id": dossier.item_id}
    for section, kind in DOSSIER_SECTIONS.items():
        for index, raw in enumerate(_array(data.get(section, []), name, section, reading), 1):
            _read_item(kind, raw, name, index, reading, parent)


def _array(value: object, name: str, section: str, reading: Reading) -> list[Mapping[str, object]]:
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        reading.problems.append(
            Problem(name, None, f"'{section}' moet een lijst van [[{section}]]-blokken zijn")
        )
        return []
    return value


def _read_item(
    kind: ItemKind,
    raw: Mapping[str, object],
    name: str,
    index: int,
    reading: Reading,
    parent: dict[str, object] | None = None,
) -> Entry | None:
    """Turn one TOML table into an Entry; None (with a problem) when it cannot be one."""
    item_id = raw.get("id")
    label = item_label(kind, item_id if isinstance(item_id, str) else None, index)
    if not isinstance(item_id, str) or not ID_PATTERN.match(item_id):
        message = (
            "'id' ontbreekt"
            if item_id is None
            else f"ongeldig id {item_id!r} (letters, cijfers, '-', '_' en '.'; max. 80 tekens)"
        )
        reading.problems.append(Problem(name, label, message))
        return None
    values: dict[str, object] = dict(parent or {})
    for key, value in raw.items():
        if key == "id":
            continue
        column = _column_for(kind, key, parent)
        if column is None:
            reading.problems.append(Problem(name, label, _unknown_key_message(kind, key, parent)))
        else:
            values[column] = value
    entry = Entry(kind, item_id, values, name)
    reading.entries.append(entry)
    return entry


def _column_for(kind: ItemKind, key: str, parent: Mapping[str, object] | None) -> str | None:
    """The store column a dataset key fills: references are written without `_id`."""
    if key in COMMON_KEYS or (key == "sort_order" and kind in ORDERED_TOP_KINDS):
        return key
    column = f"{key}_id"
    if column in kind.field_names and kind.field(column).references:
        return None if parent and column in parent else column
    if key in kind.field_names and not kind.field(key).references:
        return key
    return None


def allowed_keys(kind: ItemKind, parent: Mapping[str, object] | None) -> list[str]:
    keys = ["id"]
    for f in kind.fields:
        if f.references:
            if not (parent and f.name in parent):
                keys.append(f.name.removesuffix("_id"))
        else:
            keys.append(f.name)
    keys.extend(COMMON_KEYS)
    if kind in ORDERED_TOP_KINDS:
        keys.append("sort_order")
    return keys


def _unknown_key_message(kind: ItemKind, key: str, parent: Mapping[str, object] | None) -> str:
    if key.endswith("_id") and key.removesuffix("_id") in allowed_keys(kind, parent):
        return f"onbekend veld '{key}' (schrijf '{key.removesuffix('_id')}')"
    if parent and f"{key}_id" in parent:
        return f"veld '{key}' hoort hier niet: het volgt uit het bestand of blok"
    return f"onbekend veld '{key}' (toegestaan: {', '.join(allowed_keys(kind, parent))})"
