"""Briefing packs: prepare one edition for a meeting or dossiers, check it, write and record it.

The one entry point for the app and the command line. `prepare_pack` reads the store and returns
the assembled pack with its pre-export check; `write_pack` renders it to a temporary file beside
the target (`render_pack_file`, no database needed: the app runs it on a worker thread), then
records the export with the revision of every item and renames the file into place within one
transaction (`commit_export`). Either both happen or neither: a failed export leaves no PDF and
no record, so no version number is burnt or printed twice. A target that is the database itself,
one of its companion files or a backup is refused before anything is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
from briefing_app.domain.messages import Day, message_of
from briefing_app.domain.pack import Pack
from briefing_app.services.packs import history as pack_history
from briefing_app.services.packs import messages
from briefing_app.services.packs.assembly import assemble, mark_changes
from briefing_app.services.packs.check import DEFAULT_STALE_DAYS, PackCheck, check
from briefing_app.services.packs.glyph_check import missing_glyphs
from briefing_app.services.packs.history import ItemRecord
from briefing_app.services.packs.selection import PackError, select
from briefing_app.services.packs.since import since_previous, with_since
from briefing_app.store.backup import belongs_to_database, database_file
from briefing_app.store.errors import describe_os_error, describe_sqlite_error
from briefing_app.store.repository import Repository

Progress = Callable[[int, int], None]  # (steps done, steps in all), called from the export thread

__all__ = [
    "ExportResult",
    "MeetingChoice",
    "PackError",
    "PackRequest",
    "PreparedPack",
    "RenderedPack",
    "commit_export",
    "discard",
    "meeting_choices",
    "place_recorded",
    "prepare_pack",
    "render_pack_file",
    "write_pack",
    "write_unrecorded",
]


@dataclass(frozen=True)
class PackRequest:
    """Which pack: a meeting (its `id`) or dossier slugs, and an edition."""

    edition: Classification
    meeting_id: str | None = None
    dossier_slugs: tuple[str, ...] = ()
    # A pack whose content equals the latest version's keeps that version, unless this is set.
    force_new_version: bool = False


@dataclass(frozen=True)
class PreparedPack:
    request: PackRequest
    pack: Pack
    check: PackCheck
    items: ItemRecord
    database: Path | None = None  # the database file the pack comes from (None in memory)


@dataclass(frozen=True)
class RenderedPack:
    """A pack rendered to a temporary file beside its target: not yet in place, not recorded."""

    temp: Path
    target: Path
    pages: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    version: int
    content_hash: str
    export_id: int
    same_as: int | None = None  # the version whose content this export repeats, if any


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
    pack = with_since(pack, since_previous(db, sel, today))
    items = pack_history.item_record(db, sel)
    scope = {"meeting_id": request.meeting_id, "dossier_slugs": request.dossier_slugs}
    previous = pack_history.previous_export(db, request.edition, **scope)  # type: ignore[arg-type]
    same_as = None
    version = (int(previous["version"]) + 1) if previous else 1
    if previous and previous["content_hash"] == pack.content_hash and not request.force_new_version:
        # Nothing new to say: this is that version again, compared with the one before it, so
        # that one content never circulates under two version numbers.
        same_as = version = int(previous["version"])
        previous = pack_history.previous_export(
            db,
            request.edition,
            before_version=same_as,
            **scope,  # type: ignore[arg-type]
        )
    changes = pack_history.changes_since(previous, items, db, request.edition)
    marks = {c.item_id: c.change for c in changes.items if c.item_id in items}
    was = {
        c.item_id: c.values[0][0]
        for c in changes.items
        if c.values and items.get(c.item_id, {}).get("table") == "figures"
    }
    pack = dataclasses.replace(
        mark_changes(pack, marks, was),
        version=version,
        replaces=int(previous["version"]) if previous else None,
        same_as=same_as,
        prepared_on=format_date(today.isoformat()),
        changes=changes,
    )
    report = check(sel, problems, today=today, stale_after_days=stale_after_days)
    report = dataclasses.replace(report, missing_glyphs=missing_glyphs(pack))
    return PreparedPack(request, pack, report, items, database_file(db.conn))


def write_pack(
    repo: Repository,
    prepared: PreparedPack,
    path: Path | str,
    *,
    progress: Progress | None = None,
    time_limit: float | None = None,
) -> ExportResult:
    """Render the pack, record it and put it at ``path``, all or nothing; PackError on failure."""
    rendered = render_pack_file(prepared, path, progress=progress, time_limit=time_limit)
    return commit_export(repo, prepared, rendered)


def render_pack_file(
    prepared: PreparedPack,
    path: Path | str,
    *,
    progress: Progress | None = None,
    time_limit: float | None = None,
    copy_label: str = "",
) -> RenderedPack:
    """Render to a temporary file beside ``path``; `commit_export` or `discard` must follow.

    Touches no database, so the app runs it on a worker thread. ``copy_label`` marks every page
    of a numbered copy (see `services.packs.copies`).
    """
    from briefing_app.export.pdf import DEFAULT_TIME_LIMIT, render_pack

    target = Path(path).expanduser()
    _check_target(target, prepared.database)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        reason = describe_os_error(exc)
        raise PackError(
            messages.FOLDER_NOT_WRITABLE(path=str(target.parent), reason=reason)
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            pages = render_pack(
                prepared.pack,
                stream,
                progress=progress,
                time_limit=time_limit or DEFAULT_TIME_LIMIT,
                copy_label=copy_label,
            )
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PackError(
            messages.NOT_SAVED(path=str(target), reason=describe_os_error(exc))
        ) from exc
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, Exception) and not isinstance(exc, PackError):
            raise PackError(messages.NOT_MADE(reason=message_of(exc))) from exc
        raise
    return RenderedPack(temp, target, pages)


def commit_export(repo: Repository, prepared: PreparedPack, rendered: RenderedPack) -> ExportResult:
    """Record the export and rename the file into place in one transaction; PackError if not."""
    return place_recorded(repo, prepared, [rendered])


def place_recorded(
    repo: Repository,
    prepared: PreparedPack,
    rendered: Sequence[RenderedPack],
    also: Callable[[int], None] | None = None,
) -> ExportResult:
    """Record the export (and ``also(export_id)``, e.g. its numbered copies) and rename every
    file into place, in one transaction; PackError if not.

    A repeat of a recorded version is that version: nothing new is recorded, and ``also`` gets
    the id of that version's export. The renames happen inside the transaction, so a failed
    rename rolls the record back; should the commit itself fail after the renames, the new
    files are removed again. On any failure the temporary files are gone and the next export
    gets the same version number.
    """
    placed: list[Path] = []
    target = rendered[0].target
    try:
        for each in rendered:
            _check_target(each.target, database_file(repo.db.conn))
        with repo.change_set():
            _refuse_if_version_taken(repo, prepared)
            if prepared.pack.same_as:
                export_id = 0
                if also is not None:
                    also(recorded_export_id(repo.db, prepared))
            else:
                export_id = _record(repo, prepared, target)
                if also is not None:
                    also(export_id)
            for each in rendered:
                target = each.target
                os.replace(each.temp, each.target)
                placed.append(each.target)
    except BaseException as exc:
        for each in rendered:
            discard(each)
        for path in placed:
            path.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            reason = describe_sqlite_error(exc, prepared.database)
            raise PackError(messages.NOT_RECORDED(reason=reason)) from exc
        if isinstance(exc, OSError):
            reason = describe_os_error(exc)
            raise PackError(messages.NOT_SAVED(path=str(target), reason=reason)) from exc
        raise
    pack = prepared.pack
    first = rendered[0]
    return ExportResult(
        first.target, first.pages, pack.version, pack.content_hash, export_id, pack.same_as
    )


def recorded_export_id(db: sqlite_utils.Database, prepared: PreparedPack) -> int:
    """The id of the recorded export of the version ``prepared`` repeats (``same_as``)."""
    request = prepared.request
    row = pack_history.previous_export(
        db, request.edition, meeting_id=request.meeting_id, dossier_slugs=request.dossier_slugs
    )
    if row is None or int(row["version"]) != prepared.pack.same_as:
        raise PackError(messages.REPEATED_VERSION_GONE())
    return int(row["id"])


def write_unrecorded(prepared: PreparedPack, path: Path | str) -> ExportResult:
    """Render and put the pack at ``path`` without recording it (a read-only database).

    The export id is 0: the next pack will not compare with this one.
    """
    rendered = render_pack_file(prepared, path)
    try:
        os.replace(rendered.temp, rendered.target)
    except OSError as exc:
        discard(rendered)
        reason = describe_os_error(exc)
        raise PackError(messages.NOT_SAVED(path=str(rendered.target), reason=reason)) from exc
    pack = prepared.pack
    return ExportResult(
        rendered.target, rendered.pages, pack.version, pack.content_hash, 0, pack.same_as
    )


def discard(rendered: RenderedPack) -> None:
    """Remove the temporary file of a rendered pack that will not be committed."""
    rendered.temp.unlink(missing_ok=True)


@dataclass(frozen=True)
class MeetingChoice:
    id: str
    title: str
    date: str  # ISO, may be empty

    @property
    def label(self) -> str:
        """ "18 juni 2024 · Bestuurlijk overleg"; a `Message`, so the app shows its date in the
        interface language."""
        return (
            messages.MEETING_CHOICE(date=Day(self.date), title=self.title)
            if self.date
            else self.title
        )


def meeting_choices(db: sqlite_utils.Database) -> list[MeetingChoice]:
    """The meetings a pack can be made for, newest first."""
    rows = db.query("SELECT id, title, date FROM meetings ORDER BY date DESC, title")
    return [MeetingChoice(str(r["id"]), str(r["title"]), str(r["date"] or "")) for r in rows]


def _check_target(target: Path, database: Path | None) -> None:
    if database is not None and belongs_to_database(target, database):
        raise PackError(messages.OVER_DATABASE(path=str(target)))
    if target.is_dir():
        raise PackError(messages.IS_FOLDER(path=str(target)))
    if not target.parent.is_dir():
        raise PackError(messages.NO_FOLDER(path=str(target.parent)))


def _refuse_if_version_taken(repo: Repository, prepared: PreparedPack) -> None:
    """Another window or process may have exported this pack since it was prepared."""
    request = prepared.request
    latest = pack_history.previous_export(
        repo.db, request.edition, meeting_id=request.meeting_id, dossier_slugs=request.dossier_slugs
    )
    latest_version = int(latest["version"]) if latest else None
    expected = prepared.pack.same_as or prepared.pack.replaces
    if latest_version != expected:
        raise PackError(messages.VERSION_TAKEN(version=str(latest_version)))


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
