"""Numbered, personal copies of one pack version, and the log of who received which copy.

`write_copies` renders one PDF per recipient (every page marked "Exemplaar N · voor NAAM",
see `export.document`), then, in one transaction, records the export once (its version and
item revisions, like any export), records each copy with its number and recipient, and renames
every file into place. Either all copies are there and logged, or none is: a failure removes
the files already placed and rolls the record back, so a version number is never burnt.
Which editions are numbered is decided in `domain.copies`; the openbaar edition never is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from briefing_app.domain.copies import NumberedCopy
from briefing_app.domain.messages import Day
from briefing_app.services.packs.messages import EXPORTED_AT, NO_RECIPIENTS
from briefing_app.services.packs.selection import PackError
from briefing_app.services.packs.service import (
    ExportResult,
    PreparedPack,
    Progress,
    RenderedPack,
    discard,
    place_recorded,
    recorded_export_id,
    render_pack_file,
)
from briefing_app.store.repository import Repository


@dataclass(frozen=True)
class WrittenCopies:
    export: ExportResult  # the recorded export; its path is the first copy
    files: tuple[tuple[NumberedCopy, Path], ...]


@dataclass(frozen=True)
class LoggedCopy:
    number: int
    recipient: str
    file_name: str


@dataclass(frozen=True)
class LoggedExport:
    export_id: int
    created_at: str  # ISO, UTC
    created_by: str
    edition: str
    version: int
    short_hash: str
    scope: str  # the meeting's title, or the dossier codes
    file_name: str
    copies: tuple[LoggedCopy, ...]

    @property
    def date_label(self) -> str:
        return EXPORTED_AT(date=Day(self.created_at[:10]), time=self.created_at[11:16])


def write_copies(
    repo: Repository,
    prepared: PreparedPack,
    target: Path | str,
    copies: Sequence[NumberedCopy],
    *,
    progress: Progress | None = None,
) -> WrittenCopies:
    """One numbered PDF per copy beside ``target``, recorded and logged; PackError on failure."""
    rendered = render_copies(prepared, target, copies, progress=progress)
    return commit_copies(repo, prepared, copies, rendered)


def render_copies(
    prepared: PreparedPack,
    target: Path | str,
    copies: Sequence[NumberedCopy],
    *,
    progress: Progress | None = None,
) -> list[RenderedPack]:
    """Render every copy to a temporary file; touches no database (the app's worker thread)."""
    if not copies:
        raise PackError(NO_RECIPIENTS())
    target = Path(target).expanduser()
    rendered: list[RenderedPack] = []
    try:
        for index, copy in enumerate(copies):
            rendered.append(
                render_pack_file(
                    prepared,
                    copy.file_for(target),
                    progress=_share(progress, index, len(copies)),
                    copy_label=copy.label,
                )
            )
    except BaseException:
        for done in rendered:
            discard(done)
        raise
    return rendered


def commit_copies(
    repo: Repository,
    prepared: PreparedPack,
    copies: Sequence[NumberedCopy],
    rendered: Sequence[RenderedPack],
) -> WrittenCopies:
    """Record the export and its copies and put every file in place, all or nothing."""
    rows = [
        {"copy_number": c.number, "recipient": c.recipient, "file_name": r.target.name}
        for c, r in zip(copies, rendered, strict=True)
    ]
    result = place_recorded(repo, prepared, rendered, lambda export_id: _log(repo, export_id, rows))
    return WrittenCopies(
        result, tuple((c, r.target) for c, r in zip(copies, rendered, strict=True))
    )


def first_copy_number(db: sqlite_utils.Database, prepared: PreparedPack) -> int:
    """1 for a new version; for a repeat of a recorded version (``same_as``), the number after
    the copies of that version already handed out, so no number is given twice."""
    if not prepared.pack.same_as:
        return 1
    export_id = recorded_export_id(db, prepared)
    row = db.execute(
        "SELECT max(copy_number) FROM export_copies WHERE export_id = ?", [export_id]
    ).fetchone()
    return int(row[0] or 0) + 1


def _log(repo: Repository, export_id: int, rows: list[dict[str, object]]) -> None:
    repo.db["export_copies"].insert_all([{**row, "export_id": export_id} for row in rows])


def _share(progress: Progress | None, index: int, count: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(index * total + done, count * total)


def export_log(db: sqlite_utils.Database, limit: int = 200) -> list[LoggedExport]:
    """The newest exports first, each with its numbered copies (none for a plain export)."""
    exports = list(
        db.query(
            """SELECT e.id, e.created_at, e.created_by, e.edition, e.version, e.content_hash,
                      e.file_name, e.dossier_slugs, m.title AS meeting_title
               FROM exports e LEFT JOIN meetings m ON m.id = e.meeting_id
               ORDER BY e.id DESC LIMIT ?""",
            [limit],
        )
    )
    copies: dict[int, list[LoggedCopy]] = {}
    if exports:
        ids = [int(e["id"]) for e in exports]
        marks = ",".join("?" * len(ids))
        for row in db.query(
            f"SELECT export_id, copy_number, recipient, file_name FROM export_copies "
            f"WHERE export_id IN ({marks}) ORDER BY export_id, copy_number",
            ids,
        ):
            copies.setdefault(int(row["export_id"]), []).append(
                LoggedCopy(int(row["copy_number"]), str(row["recipient"]), str(row["file_name"]))
            )
    return [
        LoggedExport(
            export_id=int(e["id"]),
            created_at=str(e["created_at"]),
            created_by=str(e["created_by"]),
            edition=str(e["edition"]),
            version=int(e["version"]),
            short_hash=str(e["content_hash"])[:8],
            scope=str(e["meeting_title"] or ", ".join(json.loads(e["dossier_slugs"] or "[]"))),
            file_name=str(e["file_name"]),
            copies=tuple(copies.get(int(e["id"]), ())),
        )
        for e in exports
    ]
