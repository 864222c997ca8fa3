"""Opening the user's database: first start, checks at every start, backups and recovery.

Both faces (the app and the command line) call `start_workspace`. It creates the database from
the default dataset on first start, refuses a database from a newer Briefing, checks integrity
(`quick_check`) and references, opens a file or folder that may not be written read-only (and
says so), warns about network shares, makes the daily backup and brings the schema up to date (after a backup). A damaged database is never
overwritten: it is moved aside, kept, and the newest good backup is offered. Every way a file
can be wrong becomes a `WorkspaceError` with a sentence a user understands.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from briefing_app.domain.messages import message_of
from briefing_app.paths import dataset_dir
from briefing_app.services.core.workspace_messages import (
    A_FOLDER,
    BROKEN_LINKS,
    CANNOT_CREATE,
    DAMAGED,
    DATASET_UNUSABLE,
    DOES_NOT_EXIST,
    FILE_UNCHANGED,
    INDEX_DAMAGED,
    KEPT_ASIDE,
    MISSING_SET_ASIDE,
    MISSING_WITH_BACKUP,
    NETWORK_WARNING,
    NEWEST_BACKUP,
    NEWEST_BACKUP_FOREIGN,
    NO_BACKUP_FOREIGN,
    NO_BACKUP_MADE,
    NO_GOOD_BACKUP,
    NOT_BRIEFING,
    NOT_SET_ASIDE,
    OLDER_READ_ONLY,
    READ_ONLY_NOTICE,
    SENTENCE,
    SET_ASIDE_AS,
)
from briefing_app.store import cipher
from briefing_app.store.backup import (
    BackupError,
    BackupInfo,
    create_backup,
    list_backups,
    restore_backup,
    sidecars,
    verify,
)
from briefing_app.store.connection import (
    NotBriefingError,
    StoreError,
    UnreadableDatabaseError,
    connect,
    migrate_with_backup,
)
from briefing_app.store.errors import describe_os_error, is_busy
from briefing_app.store.filesystem import is_network_share, read_only_reason
from briefing_app.store.identity import identity_problem, path_problem
from briefing_app.store.migrations import MIGRATIONS, NewerDatabaseError
from briefing_app.store.search_health import NotChecked, index_problem

START_INDEX_BUDGET_S = 0.3  # the search index check at start; larger indexes: check/backup


class WorkspaceError(Exception):
    """The database cannot be used; the message says why and what to do."""


class CorruptDatabaseError(WorkspaceError):
    """The database is damaged. It was moved to ``moved_to`` (None: it could not be moved)."""

    def __init__(self, message: str, moved_to: Path | None, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


class MissingDatabaseError(WorkspaceError):
    """The database is gone but backups of it exist: restore one rather than start afresh."""

    def __init__(self, message: str, backup: BackupInfo) -> None:
        super().__init__(message)
        self.backup = backup


@dataclass
class Workspace:
    """An opened database and what the user should know about it."""

    db: sqlite_utils.Database
    path: Path
    read_only_reason: str | None = None  # a message
    warnings: list[str] = field(default_factory=list)  # messages
    start_backup: BackupInfo | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def read_only_message(self) -> str:
        return READ_ONLY_NOTICE(reason=self.read_only_reason)


class PassphraseError(WorkspaceError):
    """The database is encrypted and the passphrase is missing (``needed``) or wrong."""

    def __init__(self, message: str, *, needed: bool) -> None:
        super().__init__(message)
        self.needed = needed


class WorkspaceExistsError(WorkspaceError):
    """A new database was asked for where a file already exists."""


def start_workspace(path: Path, *, create: bool = True, daily_backup: bool = True) -> Workspace:
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(A_FOLDER(path=str(path), example=str(path / "briefing.db")))
    problem = path_problem(path)
    if problem:
        raise WorkspaceError(SENTENCE(problem=problem))
    warnings: list[str] = [NETWORK_WARNING] if is_network_share(path) else []
    if not path.exists():
        _refuse_silent_fresh_start(path)
        if not create:
            raise WorkspaceError(DOES_NOT_EXIST(path=str(path)))
        _create_default(path)
    reason = read_only_reason(path)
    db = _open_checked(path, reason is not None, warnings)
    workspace = Workspace(db, path, reason, warnings)
    if reason is None:
        workspace.start_backup = _daily_backup(path, warnings) if daily_backup else None
        try:
            migrate_with_backup(db, path)
        except StoreError as exc:
            raise WorkspaceError(message_of(exc)) from exc
    elif MIGRATIONS.pending(db):
        warnings.append(OLDER_READ_ONLY())
    return workspace


def _open_checked(path: Path, read_only: bool, warnings: list[str]) -> sqlite_utils.Database:
    try:
        db = connect(path, migrate=False, read_only=read_only)
    except NewerDatabaseError as exc:
        raise WorkspaceError(message_of(exc)) from exc
    except cipher.CipherError as exc:  # never "damaged": the file stays exactly as it is
        needed = isinstance(exc, cipher.PassphraseNeededError)
        raise PassphraseError(message_of(exc), needed=needed) from exc
    except UnreadableDatabaseError as exc:
        raise _set_aside(path, message_of(exc.__cause__ or exc), read_only) from exc
    except NotBriefingError as exc:
        raise _not_briefing(path, message_of(exc)) from exc
    except StoreError as exc:
        raise WorkspaceError(message_of(exc)) from exc
    try:
        # quick_check reads every page (damaged pages, a truncated file) but skips the slow
        # index-against-table comparison: seconds on a large file at every start. The full
        # integrity_check runs on the daily backup copy and in `briefing check`.
        problems = [r[0] for r in db.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        broken_links = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        problems, broken_links = [str(exc)], []
    if problems:
        db.close()
        raise _set_aside(path, "; ".join(problems[:3]), read_only)
    if broken_links:
        warnings.append(BROKEN_LINKS(count=len(broken_links)))
    index_warning = search_index_warning(db)
    if index_warning:
        warnings.append(index_warning)
    return db


def search_index_warning(
    db: sqlite_utils.Database, budget_s: float = START_INDEX_BUDGET_S
) -> str | None:
    """The start-up check of the search index, within ``budget_s`` (callable from a worker).

    A large index is not checked in full at start (`briefing check` and the daily backup's
    verification do that); a damage found is said plainly with the way to repair it.
    """
    try:
        problem = index_problem(db.conn, budget_s=budget_s, copy=False)
    except NotChecked:
        return None
    if problem is None:
        return None
    return INDEX_DAMAGED(problem=problem)


def _set_aside(path: Path, detail: str, read_only: bool) -> CorruptDatabaseError:
    """Move the damaged file (and its WAL) aside, never overwrite it; offer the newest backup."""
    backup = newest_good_backup(path)
    moved_to = None if read_only else move_aside(path)
    where = SET_ASIDE_AS(moved_to=str(moved_to)) if moved_to else FILE_UNCHANGED()
    offer = (
        NEWEST_BACKUP(time=backup.local_time_label, reason=backup.reason_label)
        if backup
        else NO_GOOD_BACKUP()
    )
    message = DAMAGED(path=str(path), detail=detail, where=where, offer=offer)
    return CorruptDatabaseError(message, moved_to, backup)


def _not_briefing(path: Path, detail: str) -> CorruptDatabaseError:
    """An empty or foreign file: left exactly as it is (it may be another program's), never
    initialised; the newest good backup is offered."""
    backup = newest_good_backup(path)
    offer = (
        NEWEST_BACKUP_FOREIGN(time=backup.local_time_label, reason=backup.reason_label)
        if backup
        else NO_BACKUP_FOREIGN()
    )
    return CorruptDatabaseError(
        NOT_BRIEFING(path=str(path), detail=detail, offer=offer), None, backup
    )


def set_aside_files(path: Path) -> list[Path]:
    """Damaged databases of ``path`` that were moved aside (`<name>.beschadigd-<time>`)."""
    found = path.parent.glob(glob.escape(path.name) + ".beschadigd-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm", "-journal")))


def move_aside(path: Path) -> Path | None:
    """Rename a damaged database (and its WAL) to `<name>.beschadigd-<time>`; None on failure."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    moved_to = path.with_name(f"{path.name}.beschadigd-{stamp}")
    try:
        for extra, target in zip(sidecars(path), sidecars(moved_to), strict=True):
            if extra.exists():
                os.replace(extra, target)
        os.replace(path, moved_to)
    except OSError:
        return None
    return moved_to


def damage(path: Path) -> str | None:
    """What is wrong with the file ``path`` (None: a Briefing database that passes quick_check)."""
    try:
        conn = cipher.connect(path, timeout=2)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            foreign = identity_problem(conn, new=False)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            return None  # in use, not damaged: restore_backup refuses it with its own reason
        return str(exc)
    except cipher.CipherError:
        return None  # encrypted and not unlocked: not known to be damaged, so kept as it is
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:3]) if problems else foreign


def _refuse_silent_fresh_start(path: Path) -> None:
    """A missing database is made afresh only when nothing says it was there: neither a backup
    nor a damaged file moved aside may be silently replaced by the default data."""
    backup = newest_good_backup(path)
    aside = set_aside_files(path)
    kept = KEPT_ASIDE(path=str(aside[-1])) if aside else ""
    if backup is not None:
        raise MissingDatabaseError(
            MISSING_WITH_BACKUP(path=str(path), kept=kept, time=backup.local_time_label), backup
        )
    if aside:
        raise WorkspaceError(MISSING_SET_ASIDE(path=str(path), kept=kept))


def newest_good_backup(path: Path) -> BackupInfo | None:
    for info in list_backups(path):
        if verify(info.path) is None:
            return info
    return None


@dataclass(frozen=True)
class Restored:
    """What a restore did besides putting the backup in place."""

    saved: BackupInfo | None  # a backup of the (sound) state before the restore
    moved_to: Path | None  # where a damaged database was set aside


def recover(path: Path, backup: BackupInfo) -> BackupInfo | None:
    """Restore ``backup`` over ``path`` (after backing up the current state when it is sound)."""
    return restore(path, backup).saved


def restore(path: Path, backup: BackupInfo) -> Restored:
    """Restore ``backup`` over ``path``. A sound current database is backed up first; a damaged
    one cannot be, so it is moved aside (kept, never overwritten) and the backup put in its
    place: exactly the case in which a user needs a restore."""
    problem = path_problem(path)
    if problem:
        raise WorkspaceError(SENTENCE(problem=problem))
    moved_to = None
    if path.is_file() and damage(path) is not None:
        moved_to = move_aside(path)
        if moved_to is None:
            raise WorkspaceError(NOT_SET_ASIDE(path=str(path)))
    try:
        saved = restore_backup(path, backup, backup_current=path.exists())
    except BackupError as exc:
        raise WorkspaceError(message_of(exc)) from exc
    _renew_exchange_identity(path)
    return Restored(saved, moved_to)


def _renew_exchange_identity(path: Path) -> None:
    """A restored database exchanges under a new replica id (see `clocks.renew_identity`)."""
    import sqlite3

    from briefing_app.store.clocks import renew_identity
    from briefing_app.store.connection import write_transaction

    try:
        db = connect(path, migrate=False)
    except StoreError:
        return  # it opens (and is checked) at the next start; nothing exchanged before then
    try:
        with write_transaction(db):
            if db["replica"].exists():
                renew_identity(db)
    except sqlite3.Error:
        pass  # a backup from before the exchange clocks: it gets its identity on first need
    finally:
        db.close()


def daily_backup(path: Path) -> BackupInfo | None:
    """The start backup, at most one a day (None: there is one of today already).

    Raises BackupError. The app calls this on a worker thread after its window is shown, so a
    large database does not delay the start; the command line calls it through
    `start_workspace`.
    """
    existing = list_backups(path)
    today = dt.datetime.now(dt.UTC).date()
    if existing and existing[0].created_at.date() == today:
        return None
    return create_backup(path, "start")


def _daily_backup(path: Path, warnings: list[str]) -> BackupInfo | None:
    """A failed start backup is a warning, not a reason to stop working."""
    try:
        return daily_backup(path)
    except BackupError as exc:
        warnings.append(NO_BACKUP_MADE(reason=message_of(exc)))
        return None


def _create_default(path: Path) -> None:
    from briefing_app.services.dataset.build import DatasetError, build_database

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        build_database(dataset_dir(), path)
    except DatasetError as exc:
        raise WorkspaceError(DATASET_UNUSABLE(reason=message_of(exc))) from exc
    except OSError as exc:
        raise WorkspaceError(CANNOT_CREATE(path=str(path), reason=describe_os_error(exc))) from exc
