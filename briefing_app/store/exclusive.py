"""One writer, truly: holding a database alone while it is replaced (init --force, a restore).

Replacing the file under a running program loses everything that program saves afterwards:
its connection keeps writing into the old, unlinked file. So every operation that replaces the
database calls `exclusive_database`, which

1. takes the lock file `<database>.lock` that the app holds for as long as it runs (a
   `QLockFile`: first line the process id, held with `flock`); the command line cannot use Qt,
   so it creates the same file in the same format. A lock of a live process other than this one
   is a refusal that names the process; the app itself (same process) may replace its own
   database once it has closed it;
2. takes SQLite's exclusive lock (`locking_mode=EXCLUSIVE` + `BEGIN EXCLUSIVE`): in WAL mode
   every open connection holds a shared lock on the file for as long as it is open, even idle,
   so this fails while any other connection exists, in any process. The refusal names the
   processes that hold it where the system tells (Linux: `/proc/locks`).

While held, the caller works through the one exclusive connection (checkpoint, backup). Once
the new file is in place, `mark_replaced` marks the old one (`REPLACED_ID`), so a process that
was waiting for its lock is refused when it gets it instead of writing into the old file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, Phrase, templates
from briefing_app.store import cipher
from briefing_app.store.identity import REPLACED_ID

EXCLUSIVE_WAIT_S = 2.0  # a writer that is just committing finishes well within this

try:  # flock exists on every POSIX system; Windows has no advisory locks of this kind
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


_t = templates("exclusive")


HOLDER = _t("holder", QT_TRANSLATE_NOOP("messages", "{program} (proces {pid})"))
ANOTHER_PROGRAM = _t("another_program", QT_TRANSLATE_NOOP("messages", "een ander programma"))
ANOTHER_CONNECTION = _t(
    "another_connection", QT_TRANSLATE_NOOP("messages", "een andere verbinding in dit programma")
)
SOMEONE = _t("someone", QT_TRANSLATE_NOOP("messages", "een ander programma of Briefing-venster"))
IN_USE = _t(
    "in_use",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database {path} is nog in gebruik door {who}. Sluit dat eerst en probeer het "
        "opnieuw; er is niets veranderd.",
    ),
)
OPEN_IN_APP = _t(
    "open_in_app",
    QT_TRANSLATE_NOOP(
        "messages",
        "Briefing heeft deze database open in een venster ({holder}). Sluit de app eerst (of "
        "doe dit in de app zelf); er is niets veranderd.",
    ),
)
TAKING_OVER = _t(
    "taking_over",
    QT_TRANSLATE_NOOP(
        "messages",
        "Een ander Briefing-programma neemt de database op dit moment over. Er is niets "
        "veranderd; probeer het opnieuw.",
    ),
)


class DatabaseInUseError(Exception):
    """Another program (or connection) has the database open; the message says who."""


@dataclass(frozen=True)
class Holder:
    pid: int
    program: str

    def describe(self) -> Message:
        return HOLDER(program=self.program, pid=str(self.pid))  # no thousands separator


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def app_lock_holder(db_path: Path) -> Holder | None:
    """The live process, other than this one, that holds the lock file of ``db_path``.

    Held means: its process id is alive, or the file is locked with `flock` (the app keeps it
    so; that survives the reuse of a process id). A lock whose process is gone is stale.
    """
    path = lock_path(db_path)
    try:
        first = path.read_text(errors="replace").split()
        pid = int(first[0]) if first else 0
    except (OSError, ValueError):
        return None
    if pid == os.getpid():
        return None
    if os.name == "nt":  # pragma: no cover - Windows: os.kill(pid, 0) would send Ctrl+C
        return _held_on_windows(path, pid)
    if pid > 0 and _alive(pid):
        return Holder(pid, _program(pid))
    if _flocked(path):
        return Holder(pid, ANOTHER_PROGRAM())
    return None


def connection_holders(db_path: Path) -> list[Holder]:
    """Processes that hold a SQLite lock on ``db_path`` or its `-shm` (Linux; else empty)."""
    inodes = set()
    for candidate in (db_path, db_path.with_name(db_path.name + "-shm")):
        with contextlib.suppress(OSError):
            inodes.add(candidate.stat().st_ino)
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    pids = set()
    for line in lines:
        parts = line.split()
        if len(parts) > 5 and parts[1] in ("POSIX", "OFDLCK"):
            with contextlib.suppress(ValueError):
                if int(parts[5].rsplit(":", 1)[-1]) in inodes and int(parts[4]) > 0:
                    pids.add(int(parts[4]))
    return [Holder(pid, _program(pid)) for pid in sorted(pids)]


def in_use_message(db_path: Path, holders: list[Holder]) -> Message:
    mine = [h for h in holders if h.pid == os.getpid()]
    others = [h for h in holders if h.pid != os.getpid()]
    who: object
    if others:
        parts: list[str] = []
        for holder in others:
            parts += [", ", holder.describe()] if parts else [holder.describe()]
        who = Phrase(parts)
    elif mine:
        who = ANOTHER_CONNECTION()
    else:
        who = SOMEONE()
    return IN_USE(path=str(db_path), who=who)


Opener = Callable[[Path], sqlite3.Connection]


@contextlib.contextmanager
def exclusive_database(
    db_path: Path, opener: Opener | None = None
) -> Iterator[sqlite3.Connection | None]:
    """Hold ``db_path`` alone; yields the one connection to it (None: no SQLite file there).

    ``opener`` makes the connection (default: `cipher.connect`; a conversion needs SQLCipher's
    export). Raises DatabaseInUseError (nothing changed) when the app or any connection has it
    open.
    """
    with _lock_file(db_path):
        conn = _exclusive_connection(db_path, opener) if db_path.is_file() else None
        try:
            yield conn
        finally:
            if conn is not None:
                conn.close()


def leave_wal(conn: sqlite3.Connection) -> None:
    """Fold the WAL into the old file and switch it to a rollback journal, before the new file
    moves in: closing a WAL connection deletes `<name>-wal` by name, which by then would be
    the new file's. A crash after this leaves the old file whole (the next open makes it WAL
    again)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()


def mark_replaced(conn: sqlite3.Connection) -> None:
    """Mark the old file (no longer reachable by its name) as replaced, for a process that was
    waiting for its lock. No journal: `<name>-journal` is now the new file's name, and a hot
    journal there would be rolled back into the new file."""
    conn.execute("PRAGMA journal_mode = OFF").fetchone()
    conn.execute(f"PRAGMA application_id = {REPLACED_ID}")


@contextlib.contextmanager
def replacing(conn: sqlite3.Connection | None) -> Iterator[None]:
    """Around the moment the new file moves in (see `leave_wal` and `mark_replaced`)."""
    ready = False
    if conn is not None:
        try:
            leave_wal(conn)
            ready = True
        except sqlite3.DatabaseError:
            pass  # a damaged file: nobody can be waiting to write into it
    try:
        yield
    except BaseException:
        if ready:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA journal_mode = WAL").fetchone()  # type: ignore[union-attr]
        raise
    if ready:
        with contextlib.suppress(sqlite3.Error):
            mark_replaced(conn)  # type: ignore[arg-type]


def install_file(conn: sqlite3.Connection | None, new_file: Path, db_path: Path) -> None:
    """Move the complete ``new_file`` in as ``db_path`` while holding it (see `exclusive_database`).

    The old `-wal`/`-shm` go first: replayed onto the new file, an old WAL would damage it.
    """
    with replacing(conn):
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                db_path.with_name(db_path.name + suffix).unlink()
        os.replace(new_file, db_path)
        _fsync_dir(db_path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _exclusive_connection(db_path: Path, opener: Opener | None) -> sqlite3.Connection | None:
    try:
        conn = (opener or _open)(db_path)
    except cipher.CipherError:
        # Encrypted, and this process has no key: SQLite cannot even read the header, so only
        # the system can tell whether someone else has the file open.
        _refuse_other_holders(db_path)
        return None
    try:
        conn.isolation_level = None  # explicit BEGIN/COMMIT below
        conn.execute(f"PRAGMA busy_timeout = {int(EXCLUSIVE_WAIT_S * 1000)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # the lock stays: locking_mode is EXCLUSIVE
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUseError(in_use_message(db_path, connection_holders(db_path))) from exc
        raise
    except sqlite3.DatabaseError:
        conn.close()
        _refuse_other_holders(db_path)
        return None  # not a database SQLite can read


def _open(db_path: Path) -> sqlite3.Connection:
    return cipher.connect(db_path, timeout=EXCLUSIVE_WAIT_S)


def _refuse_other_holders(db_path: Path) -> None:
    others = [h for h in connection_holders(db_path) if h.pid != os.getpid()]
    if others:
        raise DatabaseInUseError(in_use_message(db_path, others))


@contextlib.contextmanager
def _lock_file(db_path: Path) -> Iterator[None]:
    holder = app_lock_holder(db_path)
    if holder is not None:
        raise DatabaseInUseError(OPEN_IN_APP(holder=holder.describe()))
    path = lock_path(db_path)
    if _owned_by_this_process(path):  # the app, replacing the database it has closed
        yield
        return
    fd = _create_lock(path)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _create_lock(path: Path) -> int:
    """Create the lock file as `QLockFile` does (exclusive create, flock, pid first)."""
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            with contextlib.suppress(OSError):
                path.unlink()  # stale: app_lock_holder found no live holder
            continue
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise DatabaseInUseError(TAKING_OVER()) from exc
        program = Path(os.path.realpath(sys.executable)).name
        try:
            os.write(fd, f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode())
        except OSError:  # a full disk: no lock file left behind
            os.close(fd)
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return fd
    raise DatabaseInUseError(TAKING_OVER())


def _owned_by_this_process(path: Path) -> bool:
    try:
        first = path.read_text(errors="replace").split()
        return bool(first) and int(first[0]) == os.getpid()
    except (OSError, ValueError):
        return False


def _held_on_windows(path: Path, pid: int) -> Holder | None:  # pragma: no cover - Windows
    """Qt keeps its lock file open without delete sharing: a file that can be removed was
    left by a program that is gone (and is removed now, as Qt itself would)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return None
    except OSError:
        return Holder(pid, ANOTHER_PROGRAM())
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    except OSError as exc:
        return exc.errno != errno.ESRCH
    return True


def _flocked(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _program(pid: int) -> str:
    """A short name for process ``pid`` (Linux: its command line), for the refusal message."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return ANOTHER_PROGRAM()
    words = [Path(w.decode(errors="replace")).name for w in raw[:3] if w]
    text = " ".join(words)[:60]
    return "".join(c for c in text if c.isprintable()) or ANOTHER_PROGRAM()
