"""Opening the one SQLite file a user works in, with the settings every connection needs.

WAL lets a reader (the app's views, a pack export) run beside the writer; foreign keys keep
items tied to existing dossiers; `synchronous=FULL` makes a committed change survive power loss.
A busy timeout makes a second writer wait briefly instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, message_of, templates
from briefing_app.store import cipher
from briefing_app.store.errors import describe_sqlite_error
from briefing_app.store.identity import identity_problem, path_problem
from briefing_app.store.migrations import MIGRATIONS, check_not_newer
from briefing_app.store.search import register_functions
from briefing_app.store.wal_copy import WalCopyError, memory_copy

BUSY_TIMEOUT_MS = 5_000


_t = templates("connection")


# What opening can say, as messages (see domain/messages.py); the app shows them translated.
CANNOT_OPEN = _t(
    "cannot_open", QT_TRANSLATE_NOOP("messages", "De database kan niet worden geopend. {reason}")
)
NOT_READABLE = _t(
    "not_readable",
    QT_TRANSLATE_NOOP("messages", "Dit bestand is geen leesbare Briefing-database: {detail}"),
)
UNUSABLE_PATH = _t(
    "unusable_path",
    QT_TRANSLATE_NOOP("messages", "De database kan niet worden geopend: {problem}."),
)
NOT_BRIEFING = _t(
    "not_briefing", QT_TRANSLATE_NOOP("messages", "Dit is geen Briefing-database: {problem}.")
)
MIGRATION_BACKUP_FAILED = _t(
    "migration_backup_failed",
    QT_TRANSLATE_NOOP(
        "messages",
        "Briefing moet de database bijwerken, maar maakt eerst een reservekopie en dat lukte "
        "niet: {reason} Er is niets gewijzigd.",
    ),
)
CANNOT_OPEN_AT = _t(
    "cannot_open_at",
    QT_TRANSLATE_NOOP("messages", "De database {path} kan niet worden geopend: {detail}"),
)
ENCRYPTED_WAL_READ_ONLY = _t(
    "encrypted_wal_read_only",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze versleutelde database heeft nog wijzigingen in haar -wal-bestand en staat in een "
        "map die niet mag worden beschreven; zo kan ze niet betrouwbaar worden gelezen. "
        "Kopieer de map naar een plek waar u mag schrijven en open haar daar.",
    ),
)
NOT_READ_ONLY = _t(
    "not_read_only",
    QT_TRANSLATE_NOOP("messages", "De database kan niet alleen-lezen worden geopend: {reason}."),
)


class StoreError(Exception):
    """A problem with the database file, phrased for the user."""


class UnreadableDatabaseError(StoreError):
    """The file is not a SQLite database or SQLite finds it damaged."""


class NotBriefingError(StoreError):
    """A file SQLite can read that is not a Briefing database (empty, another program's)."""


class UnusablePathError(StoreError):
    """The path is no regular file in the database's folder (a device, a link out of it)."""


def connect(
    path: Path | str, *, migrate: bool = True, read_only: bool = False, new: bool = False
) -> sqlite_utils.Database:
    """Open ``path`` (``":memory:"`` for tests), configure it and bring its schema up to date.

    Only a Briefing database is opened (see `identity`): an existing empty or foreign file is
    refused, unless ``new`` says the caller just created it empty for Briefing.
    """
    in_memory = str(path) == ":memory:"
    if not in_memory:
        refuse_unusable_path(Path(path))
    new = new or in_memory or not Path(path).exists()
    conn = _raw_connection(path, read_only)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        _configure(db, read_only, new=new)
        check_not_newer(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError):
            near = None if str(path) == ":memory:" else Path(path)
            reason = describe_sqlite_error(exc, near)
            raise StoreError(CANNOT_OPEN(reason=reason)) from exc
        raise UnreadableDatabaseError(NOT_READABLE(detail=str(exc))) from exc
    except BaseException:
        conn.close()
        raise
    if migrate and not read_only:
        migrate_with_backup(db, path)
    return db


def refuse_unusable_path(path: Path) -> None:
    problem = path_problem(path)
    if problem:
        raise UnusablePathError(UNUSABLE_PATH(problem=problem))


def refuse_foreign_file(conn: sqlite3.Connection, *, new: bool) -> None:
    """Raise NotBriefingError unless ``conn`` is a Briefing database (or a new, empty file)."""
    problem = identity_problem(conn, new=new)
    if problem:
        raise NotBriefingError(NOT_BRIEFING(problem=problem))


def migrate_with_backup(db: sqlite_utils.Database, path: Path | str) -> None:
    """Apply pending migrations; a database that already holds data is backed up first."""
    if str(path) != ":memory:" and MIGRATIONS.pending(db) and MIGRATIONS.applied(db):
        from briefing_app.store.backup import BackupError, create_backup

        try:
            create_backup(Path(path), "migratie")
        except BackupError as exc:
            db.close()
            raise StoreError(MIGRATION_BACKUP_FAILED(reason=message_of(exc))) from exc
    MIGRATIONS.apply(db)


def _raw_connection(path: Path | str, read_only: bool) -> sqlite3.Connection:
    try:
        if str(path) == ":memory:":
            return sqlite3.connect(":memory:", check_same_thread=False)
        if read_only:
            return _read_only_connection(Path(path))
        return cipher.connect(path)
    except sqlite3.Error as exc:
        raise StoreError(CANNOT_OPEN_AT(path=str(path), detail=str(exc))) from exc


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """Read-only, also in a folder nobody may write in.

    A WAL database needs its `-shm` file even to be read; in a read-only folder SQLite cannot
    create it. Without committed changes in a `-wal` the file alone is the whole database and
    is opened as immutable; with them, a private copy in memory holds the file and its WAL
    (`wal_copy`), so no committed change is ever missed.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = cipher.connect(uri, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return cipher.connect(uri + "&immutable=1", uri=True)
    if cipher.is_encrypted(path):
        raise StoreError(ENCRYPTED_WAL_READ_ONLY())
    try:
        return memory_copy(path)
    except WalCopyError as exc:
        raise StoreError(NOT_READ_ONLY(reason=message_of(exc))) from exc


def _configure(db: sqlite_utils.Database, read_only: bool, *, new: bool) -> None:
    """Settings for every connection; the first statement that reads shows a damaged file.

    What the file is gets checked before anything is written to it (even WAL mode is a write).
    """
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Sorting and temporary indexes in memory: SQLite's temp files would put database pages
    # (confidential text) in the system's temp folder.
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA foreign_keys = ON")
    register_functions(db.conn)  # the search index triggers fold text with it
    refuse_foreign_file(db.conn, new=new)
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that takes the write lock at its start (``BEGIN IMMEDIATE``).

    A deferred transaction that reads first and writes later fails at once when another process
    committed in between; taking the lock up front makes a second writer wait (busy timeout)
    and then fail cleanly before it changed anything. Nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    try:
        db.conn.commit()
    except BaseException:
        # A commit can fail (a full disk): leave no half-open transaction behind.
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
