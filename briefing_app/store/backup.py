"""Backups of the user's database: made with SQLite's online backup API, verified, rotated.

A backup is a complete, self-contained copy (rollback-journal mode, no `-wal` beside it) in the
folder `<database>.backups/` next to the database. It is written under a temporary name,
reopened and checked with `PRAGMA integrity_check`, fsynced, and only then renamed to its final
name, so a half-written or damaged copy never appears in the list. Rotation keeps the newest
`KEEP_RECENT` and, of the older ones, the newest of each ISO week.

A restore first backs up the current state, then replaces the database atomically
(`os.replace`) after removing the old `-wal`/`-shm`, which would otherwise be replayed onto the
restored file and damage it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template, message_of, templates
from briefing_app.store import cipher
from briefing_app.store.exclusive import (
    DatabaseInUseError,
    app_lock_holder,
    exclusive_database,
    install_file,
)
from briefing_app.store.filesystem import create_private_file, read_only_reason
from briefing_app.store.identity import completeness_problem, path_problem
from briefing_app.store.search_health import NotChecked, index_problem

KEEP_RECENT = 10
PRIVATE = 0o600  # backups and restored databases: only the owner may read them
STALE_TEMP_S = 3600  # a backup in progress in another process is younger than this
SUFFIX = ".db"


def _reason(id: str, dutch: str) -> Template:
    return Template(f"backup.reason.{id}", dutch)


# Why a backup was made (the name's last part), as the user reads it (see domain/messages.py).
REASONS = {
    "start": _reason("start", QT_TRANSLATE_NOOP("messages", "bij het starten")),
    "migratie": _reason("migratie", QT_TRANSLATE_NOOP("messages", "voor een schema-update")),
    "import": _reason("import", QT_TRANSLATE_NOOP("messages", "voor een import")),
    "handmatig": _reason("handmatig", QT_TRANSLATE_NOOP("messages", "handmatig")),
    "herstel": _reason(
        "herstel", QT_TRANSLATE_NOOP("messages", "voor het terugzetten van een reservekopie")
    ),
    "reparatie": _reason(
        "reparatie", QT_TRANSLATE_NOOP("messages", "voor het herstellen van de zoekindex")
    ),
}
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z]+)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


_t = templates("backup")


NO_SUCH_BACKUP = _t(
    "no_such", QT_TRANSLATE_NOOP("messages", "Er is geen reservekopie met de naam {name!r}.")
)
REFUSED = _t(
    "refused",
    QT_TRANSLATE_NOOP(
        "messages",
        "Er wordt geen reservekopie gemaakt: {reason}. Briefing schrijft niets naast een "
        "database die alleen-lezen is of geen gewoon bestand in haar map.",
    ),
)
NOT_SOUND_AFTER_WRITING = _t(
    "not_sound_after_writing",
    QT_TRANSLATE_NOOP("messages", "De reservekopie is na het schrijven niet in orde ({problem})."),
)
NOT_MADE = _t(
    "not_made", QT_TRANSLATE_NOOP("messages", "De reservekopie kon niet worden gemaakt: {reason}")
)
OPEN_IN_APP = _t(
    "open_in_app",
    QT_TRANSLATE_NOOP(
        "messages",
        "Briefing heeft deze database open in een venster ({holder}). Importeer via het menu "
        "van de app, of sluit de app eerst.",
    ),
)
UNREADABLE = _t("unreadable", QT_TRANSLATE_NOOP("messages", "onleesbaar: {detail}"))
DAMAGED_BACKUP = _t(
    "damaged",
    QT_TRANSLATE_NOOP(
        "messages",
        "De reservekopie {name} is beschadigd en wordt niet teruggezet ({problem}). Er is "
        "niets veranderd; kies een andere uit 'briefing backup list'.",
    ),
)
RESTORE_FAILED = _t(
    "restore_failed", QT_TRANSLATE_NOOP("messages", "Terugzetten is mislukt: {reason}")
)


class BackupError(Exception):
    """A backup could not be made, read or restored; the message (a `Message`) says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # UTC
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def reason_label(self) -> str:
        """Why it was made, as a message (Dutch text; the app shows it translated)."""
        reason = REASONS.get(self.reason)
        return reason() if reason is not None else self.reason

    @property
    def local_time_label(self) -> str:
        return self.created_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def sidecars(db_path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside a database: WAL, shared memory, rollback journal."""
    return tuple(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal"))  # type: ignore[return-value]


def belongs_to_database(path: Path, db_path: Path) -> bool:
    """True when writing ``path`` would overwrite the database, a companion file or a backup.

    Compares resolved paths (symbolic links, `..`) and, for files that exist, their identity
    (hard links), so an export's output can never land on the user's data.
    """
    db = db_path.expanduser().resolve()
    target = path.expanduser().resolve()
    folder = backup_dir(db)
    if target == folder or folder in target.parents:
        return True
    for own in (db, *sidecars(db), db.with_name(db.name + ".lock")):
        if target == own:
            return True
        with contextlib.suppress(OSError):
            if own.exists() and target.exists() and os.path.samefile(own, target):
                return True
    return False


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The verified backups of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        stamp = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(BackupInfo(entry, stamp, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def find_backup(db_path: Path, name: str) -> BackupInfo:
    for info in list_backups(db_path):
        if name in (info.name, info.path.stem, str(info.path)):
            return info
    raise BackupError(NO_SUCH_BACKUP(name=name))


def create_backup(
    db_path: Path,
    reason: str = "handmatig",
    *,
    source: sqlite3.Connection | None = None,
    check_index: bool = True,
) -> BackupInfo:
    """Copy ``db_path`` (through ``source`` when given: it sees uncommitted-to-disk WAL content
    of that connection) into the backups folder, verify the copy and rotate. Raises BackupError."""
    refused = path_problem(db_path) or read_only_reason(db_path)
    if refused:
        raise BackupError(REFUSED(reason=refused))
    folder = backup_dir(db_path)
    stamp = dt.datetime.now(dt.UTC)
    final = folder / f"{stamp.strftime(_STAMP)}-{reason}{SUFFIX}"
    temp = folder / f".{final.name}.tmp"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)  # the copies are as confidential as the original
        create_private_file(temp)
        _copy(db_path, temp, source)
        problem = verify(temp, check_index=check_index)
        if problem:
            raise BackupError(NOT_SOUND_AFTER_WRITING(problem=problem))
        _fsync(temp)
        os.replace(temp, final)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise BackupError(NOT_MADE(reason=_describe(exc, temp))) from exc
    except OSError as exc:
        raise BackupError(NOT_MADE(reason=_os_reason(exc))) from exc
    finally:
        _remove_quietly(temp)
        for extra in sidecars(temp):
            _remove_quietly(extra)
    rotate(db_path)
    return BackupInfo(final, stamp, reason, final.stat().st_size)


def database_file(db: sqlite3.Connection) -> Path | None:
    """The file behind connection ``db``; None for an in-memory database."""
    for _, name, file_name in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file_name:
            return Path(file_name)
    return None


def backup_before(db: sqlite3.Connection, reason: str) -> BackupInfo | None:
    """The backup made before an import or another large change (None in memory).

    An import rewrites much of what a running app shows: while the app of another process has
    the database open (its lock file, see `exclusive`), it is refused here, before anything
    changed; the app itself imports through its own menu.
    """
    path = database_file(db)
    if path is None:
        return None
    holder = app_lock_holder(path)
    if holder is not None:
        raise BackupError(OPEN_IN_APP(holder=holder.describe()))
    return create_backup(path, reason)


def _copy(db_path: Path, target: Path, source: sqlite3.Connection | None) -> None:
    own = source is None
    # An encrypted database makes an encrypted copy, keyed like the original.
    src = source or cipher.connect(_ro_uri(db_path), uri=True)
    dst = cipher.connect(target, encrypt_new=cipher.is_encrypted(db_path))
    try:
        src.backup(dst)
        # One self-contained file: a copy in WAL mode would need its -wal beside it.
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
        if own:
            src.close()


def verify(path: Path, *, check_index: bool = True) -> str | None:
    """None when ``path`` is a sound, complete Briefing database, otherwise what is wrong.

    Sound: SQLite's integrity check and the search index's own check pass (a damaged index
    passes `integrity_check`, and every backup after it would carry the damage). Complete:
    Briefing's application id (or the migrations record of an earlier version) and all its
    tables; an empty file never is. The reason never points back at the backups themselves.
    """
    try:
        # Read-write, not immutable: FTS5's check is an INSERT that writes nothing, and SQLite
        # refuses it on a read-only connection. A backup has no WAL, so nothing is created.
        conn = cipher.connect(path, timeout=2)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            problem = completeness_problem(conn)
            if not problem and check_index and not [r for r in rows if r[0] != "ok"]:
                problem = _index_problem(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return UNREADABLE(detail=str(exc))
    except cipher.CipherError as exc:
        return UNREADABLE(detail=message_of(exc))
    messages = [r[0] for r in rows if r[0] != "ok"]
    if messages:
        return "; ".join(messages[:3])
    return problem


def _index_problem(conn: sqlite3.Connection) -> str | None:
    try:
        return index_problem(conn)
    except NotChecked:
        return None  # too large to copy from a read-only folder: integrity_check passed


def rotate(db_path: Path, keep_recent: int = KEEP_RECENT) -> list[Path]:
    """Delete backups beyond the newest ``keep_recent``, keeping one per ISO week of the rest.

    Also removes what a backup killed half-way left behind (hidden `.tmp` files an hour old).
    """
    _remove_stale_temporaries(backup_dir(db_path))
    removed = []
    weeks_seen: set[tuple[int, int]] = set()
    for index, info in enumerate(list_backups(db_path)):
        if index < keep_recent:
            continue
        week = info.created_at.isocalendar()[:2]
        if week in weeks_seen:
            _remove_quietly(info.path)
            removed.append(info.path)
        else:
            weeks_seen.add(week)
    return removed


def _remove_stale_temporaries(folder: Path, age_s: float = STALE_TEMP_S) -> None:
    if not folder.is_dir():
        return
    now = time.time()
    for entry in folder.glob(".*.tmp*"):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > age_s:
                entry.unlink()


def restore_backup(
    db_path: Path, backup: BackupInfo, *, backup_current: bool = True
) -> BackupInfo | None:
    """Put ``backup`` in place of ``db_path``, holding the database alone (`exclusive`).

    Refused (nothing changed) while the app or any other connection has the database open.
    Returns the backup made of the current state first (None when there was nothing to save).
    """
    problem = verify(backup.path)
    if problem:
        raise BackupError(DAMAGED_BACKUP(name=backup.name, problem=problem))
    temp = db_path.with_name(f".{db_path.name}.herstel.tmp")
    try:
        with exclusive_database(db_path) as conn:
            saved = None
            if backup_current and db_path.exists():
                saved = create_backup(db_path, "herstel", source=conn)
            create_private_file(temp)
            _copy(backup.path, temp, None)
            # Keep the owner's stricter or looser choice; a database that was moved aside (or
            # deleted) leaves no mode to copy, and then it is private like a new one.
            if db_path.exists():
                shutil.copymode(db_path, temp)
            else:
                os.chmod(temp, PRIVATE)
            _fsync(temp)
            install_file(conn, temp, db_path)
    except DatabaseInUseError as exc:
        raise BackupError(message_of(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(RESTORE_FAILED(reason=_describe(exc, temp))) from exc
    except OSError as exc:
        raise BackupError(RESTORE_FAILED(reason=_os_reason(exc))) from exc
    finally:
        _remove_quietly(temp)
        for extra in sidecars(temp):
            _remove_quietly(extra)
    return saved


def _ro_uri(path: Path, immutable: bool = False) -> str:
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _describe(exc: sqlite3.Error, near: Path) -> str:
    """Why SQLite failed while writing ``near``; a full disk (which SQLite may report as an
    I/O error) is said as such, in the words of a failed file operation."""
    from briefing_app.store.errors import DISK_FULL, FULL, describe_sqlite_error

    reason = describe_sqlite_error(exc, near)
    return DISK_FULL() if reason == FULL else reason


def _os_reason(exc: OSError) -> str:
    from briefing_app.store.errors import describe_os_error

    return describe_os_error(exc)
