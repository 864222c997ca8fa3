"""Replacing the user's database on purpose: `briefing init` (and `init --force`).

The new database is built from a dataset folder into a temporary file beside the old one and
moved in while Briefing holds the database alone (`store.exclusive`: the app's lock file and
SQLite's exclusive lock), so a running app or any other connection makes it refuse, naming who
has it open. The file it replaces is kept first: as a verified backup, or, when it is no
readable Briefing database, as a private copy of its bytes (`<name>.vervangen-<time>`, 0600,
removed again when the copy fails, e.g. on a full disk).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, message_of, templates
from briefing_app.paths import dataset_dir
from briefing_app.services.core.workspace import WorkspaceError, WorkspaceExistsError
from briefing_app.store.backup import BackupError, create_backup
from briefing_app.store.errors import describe_os_error, describe_sqlite_error
from briefing_app.store.exclusive import DatabaseInUseError, exclusive_database, install_file
from briefing_app.store.identity import identity_problem, path_problem

_t = templates("replacing")


A_FOLDER = _t("a_folder", QT_TRANSLATE_NOOP("messages", "{path} is een map, geen databasebestand."))
EXISTS = _t("exists", QT_TRANSLATE_NOOP("messages", "De database {path} bestaat al."))
SENTENCE = _t("sentence", QT_TRANSLATE_NOOP("messages", "{problem}."))
DATA_UNUSABLE = _t(
    "data_unusable",
    QT_TRANSLATE_NOOP("messages", "De gegevens in {source} zijn niet bruikbaar: {reason}"),
)
CANNOT_CREATE = _t(
    "cannot_create",
    QT_TRANSLATE_NOOP(
        "messages", "De database {path} kan niet worden aangemaakt: {reason} Er is niets veranderd."
    ),
)
NOT_KEPT = _t(
    "not_kept",
    QT_TRANSLATE_NOOP(
        "messages",
        "De bestaande database {path} kon niet worden bewaard ({reason}); er is niets veranderd.",
    ),
)


def init_workspace(path: Path, source: Path | None = None, *, force: bool = False) -> Path | None:
    """Build a new database at ``path`` from a dataset folder (default: the bundled one).

    An existing file is kept unless ``force`` is set; then it is first backed up, and the
    return value says where (None when there was nothing to replace). Replacing holds the
    database alone (`store.exclusive`): refused while the app or any connection has it open.
    A dataset with errors is refused with the file, the item and what is wrong, and leaves
    nothing behind.
    """
    from briefing_app.services.dataset.build import DatasetError, build_database, check_dataset

    source = source or dataset_dir()
    if path.is_dir():
        raise WorkspaceError(A_FOLDER(path=str(path)))
    if path.exists() and not force:
        raise WorkspaceExistsError(EXISTS(path=str(path)))
    problem = path_problem(path)
    if problem:
        raise WorkspaceError(SENTENCE(problem=problem))
    problems = check_dataset(source).problems
    if problems:
        raise WorkspaceError(
            DATA_UNUSABLE(source=str(source), reason=message_of(DatasetError(problems)))
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with exclusive_database(path) as conn:
            kept = _keep_replaced(path, conn) if path.exists() else None
            build_database(source, path, install=lambda temp: install_file(conn, temp, path))
    except DatabaseInUseError as exc:
        raise WorkspaceError(message_of(exc)) from exc
    except DatasetError as exc:
        raise WorkspaceError(DATA_UNUSABLE(source=str(source), reason=message_of(exc))) from exc
    except (OSError, sqlite3.Error) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else describe_sqlite_error(exc)
        raise WorkspaceError(CANNOT_CREATE(path=str(path), reason=reason)) from exc
    return kept


def _keep_replaced(path: Path, conn: sqlite3.Connection | None) -> Path:
    """Keep the database that is about to be replaced: a backup, or a private copy of the bytes.

    A copy that fails half-way (a full disk) is removed: it would be plain confidential text
    beside the database, and the message says nothing changed.
    """
    try:
        return create_backup(path, "import", source=conn).path
    except BackupError as exc:
        if conn is not None and verify_would_pass(conn):
            raise WorkspaceError(NOT_KEPT(path=str(path), reason=message_of(exc))) from exc
    # Not a readable Briefing database (damaged, or another kind of file): keep its bytes.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.vervangen-{stamp}")
    try:
        private_copy(path, kept)
    except OSError as exc:
        raise WorkspaceError(NOT_KEPT(path=str(path), reason=describe_os_error(exc))) from exc
    return kept


def verify_would_pass(conn: sqlite3.Connection) -> bool:
    """True when the file behind ``conn`` is a sound Briefing database (so a failed backup of
    it is a real failure, not a sign that it is damaged)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)] and identity_problem(conn, new=False) is None
    except sqlite3.DatabaseError:
        return False


def private_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` readable by the owner only; on any failure
    nothing is left behind."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as reader, os.fdopen(fd, "wb", closefd=False) as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    os.close(fd)
