"""Briefing packs: prepare one edition for a meeting or dossiers, check it, write and record it.

The one entry point for the app and the command line. `prepare_pack` reads the store and returns
the assembled pack with its pre-export check; `write_pack` renders it to a temporary file beside
the target, renames it into place (so no half-written PDF is ever left), and records the export
with the revision of every item it contains.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
from briefing_app.domain.pack import CHANGE_REMOVED, Pack
from briefing_app.services import pack_history
from briefing_app.services.pack_assembly import assemble, mark_changes
from briefing_app.services.pack_check import DEFAULT_STALE_DAYS, PackCheck, check
from briefing_app.services.pack_history import ItemRecord
from briefing_app.services.pack_selection import PackError, select
from briefing_app.store.errors import describe_os_error
from briefing_app.store.repository import Repository

Progress = Callable[[int, int], None]  # (steps done, steps in all), called from the export thread

__all__ = [
    "ExportResult",
    "MeetingChoice",
    "PackError",
    "PackRequest",
    "PreparedPack",
    "meeting_choices",
    "prepare_pack",
    "record_export",
    "render_file",
    "write_pack",
]


@dataclass(frozen=True)
class PackRequest:
    """Which pack: a meeting (its `id`) or dossier slugs, and an edition."""

    edition: Classification
    meeting_id: str | None = None
    dossier_slugs: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreparedPack:
    request: PackRequest
    pack: Pack
    check: PackCheck
    items: ItemRecord


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    version: int
    content_hash: str
    export_id: int


def prepare_pack(
    db: sqlite_utils.Database,
    request: PackRequest,
    *,
    today: dt.date | None = None,
    stale_after_days: int = DEFAULT_STALE_DAYS,
) -> PreparedPack:
    """Assemble the pack as it would be exported now, with its version and change list."""
    today = today or dt.date.today()
    sel = select(
        db, request.edition, meeting_id=request.meeting_id, dossier_slugs=request.dossier_slugs
    )
    pack, problems = assemble(sel)
    items = pack_history.item_record(db, sel)
    previous = pack_history.previous_export(
        db, request.edition, meeting_id=request.meeting_id, dossier_slugs=request.dossier_slugs
    )
    changes = pack_history.changes_since(previous, items)
    marks = {c.item_id: c.change for c in changes.items if c.change != CHANGE_REMOVED}
    pack = dataclasses.replace(
        mark_changes(pack, marks),
        version=(int(previous["version"]) + 1) if previous else 1,
        replaces=int(previous["version"]) if previous else None,
        prepared_on=format_date(today.isoformat()),
        changes=changes,
    )
    report = check(sel, problems, today=today, stale_after_days=stale_after_days)
    return PreparedPack(request, pack, report, items)


def write_pack(
    repo: Repository,
    prepared: PreparedPack,
    path: Path | str,
    *,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> ExportResult:
    """Render the pack to ``path`` atomically and record the export; PackError on failure."""
    target, pages = render_file(prepared, path, progress=progress, time_limit=time_limit)
    return record_export(repo, prepared, target, pages)


def render_file(
    prepared: PreparedPack,
    path: Path | str,
    *,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> tuple[Path, int]:
    """Render to a temporary file beside ``path``, then rename it into place.

    Touches no database, so the app runs it on a worker thread; returns (path, page count).
    """
    from briefing_app.export.pdf import DEFAULT_TIME_LIMIT, render_pack

    target = Path(path).expanduser()
    _check_target(target)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise PackError(
            f"Kan niet schrijven in de map {target.parent}: {describe_os_error(exc)}."
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            pages = render_pack(
                prepared.pack,
                stream,
                progress=progress,
                time_limit=time_limit or DEFAULT_TIME_LIMIT,
            )
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PackError(
            f"Het pakket kan niet worden opgeslagen als {target}: {describe_os_error(exc)}."
        ) from exc
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, Exception) and not isinstance(exc, PackError):
            raise PackError(f"Het pakket kon niet worden gemaakt: {exc}") from exc
        raise
    return target, pages


def record_export(
    repo: Repository, prepared: PreparedPack, target: Path, pages: int
) -> ExportResult:
    """Record a written pack, so the next one can say what changed since."""
    export_id = _record(repo, prepared, target)
    return ExportResult(target, pages, prepared.pack.version, prepared.pack.content_hash, export_id)


@dataclass(frozen=True)
class MeetingChoice:
    id: str
    title: str
    date: str  # ISO, may be empty

    @property
    def label(self) -> str:
        return f"{format_date(self.date)} · {self.title}" if self.date else self.title


def meeting_choices(db: sqlite_utils.Database) -> list[MeetingChoice]:
    """The meetings a pack can be made for, newest first."""
    rows = db.query("SELECT id, title, date FROM meetings ORDER BY date DESC, title")
    return [MeetingChoice(str(r["id"]), str(r["title"]), str(r["date"] or "")) for r in rows]


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise PackError(f"{target} is een map; geef een bestandsnaam op, bijvoorbeeld pakket.pdf.")
    if not target.parent.is_dir():
        raise PackError(f"De map {target.parent} bestaat niet.")


def _record(repo: Repository, prepared: PreparedPack, target: Path) -> int:
    request = prepared.request
    slugs: Sequence[str] = request.dossier_slugs
    return repo.record_export(
        {
            "meeting_id": request.meeting_id,
            "dossier_slugs": pack_history.scope_key(slugs) if request.meeting_id is None else "[]",
            "edition": request.edition.value,
            "version": prepared.pack.version,
            "content_hash": prepared.pack.content_hash,
            "file_name": target.name,
            "items": json.dumps(prepared.items, ensure_ascii=False, sort_keys=True),
        }
    )
