"""Encrypting and decrypting a database file in place, so that a crash leaves one whole file.

The database is first checkpointed (its WAL folded in and emptied), then copied with SQLCipher's
`sqlcipher_export` into a hidden temporary file beside it, encrypted or plain as asked. The copy
gets the original's `user_version` and `application_id` (which `sqlcipher_export` leaves out),
is reopened and checked (`integrity_check`, and the same number of rows in every table), fsynced
and only then renamed over the original with `os.replace`, which is atomic: a kill at any moment
leaves either the old file or the new one, whole. The backups beside the database are converted
the same way, one by one, so no plain copy stays behind an encrypted database.

The old bytes of a plain file may remain in free blocks of the disk after the rename; only
full-disk encryption covers those (the README says so).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, message_of, templates
from briefing_app.store import cipher
from briefing_app.store.backup import backup_dir, list_backups, sidecars
from briefing_app.store.exclusive import DatabaseInUseError, exclusive_database, replacing
from briefing_app.store.filesystem import create_private_file

TEMP_SUFFIX = ".omzetten.tmp"


_t = templates("conversion")


ALREADY_ENCRYPTED = _t(
    "already_encrypted",
    QT_TRANSLATE_NOOP("messages", "De database {path} is al versleuteld; er is niets veranderd."),
)
NOT_ENCRYPTED = _t(
    "not_encrypted",
    QT_TRANSLATE_NOOP("messages", "De database {path} is niet versleuteld; er is niets veranderd."),
)
UNREADABLE = _t(
    "unreadable",
    QT_TRANSLATE_NOOP("messages", "{path} is geen leesbare database; er is niets veranderd."),
)
COPY_WRONG = _t(
    "copy_wrong",
    QT_TRANSLATE_NOOP(
        "messages",
        "De omgezette kopie van {name} klopt niet ({problem}); het origineel is niet veranderd.",
    ),
)
FAILED_DATABASE = _t(
    "failed_database",
    QT_TRANSLATE_NOOP(
        "messages", "{name} kon niet worden omgezet: {reason} Het origineel is niet veranderd."
    ),
)
FAILED_FILE = _t(
    "failed_file",
    QT_TRANSLATE_NOOP(
        "messages", "{name} kon niet worden omgezet: {reason}. Het origineel is niet veranderd."
    ),
)
TABLE_DIFFERS = _t("table_differs", QT_TRANSLATE_NOOP("messages", "de tabel {table} verschilt"))
SETTING_DIFFERS = _t("setting_differs", QT_TRANSLATE_NOOP("messages", "{pragma} verschilt"))


class ConversionError(Exception):
    """A conversion failed; the original file is unchanged. The message is Dutch."""


def convert_database(path: Path, *, encrypt: bool) -> list[Path]:
    """Encrypt (or decrypt) ``path`` and its backups with the passphrase this process holds.

    Returns the backups that were converted. Raises ConversionError, or a CipherError when the
    passphrase is missing or wrong (then nothing is changed).
    """
    if cipher.is_encrypted(path) == encrypt:
        raise ConversionError((ALREADY_ENCRYPTED if encrypt else NOT_ENCRYPTED)(path=str(path)))
    # One writer: the file is replaced, so nobody else may have it open (`exclusive`); the
    # exclusive connection itself is the source of the export.
    try:
        with exclusive_database(path, cipher.open_for_export) as conn:
            if conn is None:
                raise ConversionError(UNREADABLE(path=str(path)))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            convert_file(path, encrypt=encrypt, source=conn)
    except DatabaseInUseError as exc:
        raise ConversionError(message_of(exc)) from exc
    converted = []
    for info in list_backups(path):
        if cipher.is_encrypted(info.path) != encrypt:
            convert_file(info.path, encrypt=encrypt)
            converted.append(info.path)
    _remove_temporaries(backup_dir(path))
    return converted


def convert_file(path: Path, *, encrypt: bool, source: Any = None) -> None:
    """Replace the (checkpointed) database file ``path`` by its converted copy, atomically.

    ``source``: the exclusive SQLCipher connection that holds ``path`` (`exclusive`); without
    it (a backup nobody has open) one is opened here.
    """
    temp = path.with_name(f".{path.name}{TEMP_SUFFIX}")
    _remove_with_sidecars(temp)  # what a killed conversion left behind
    try:
        create_private_file(temp)  # private before the first page lands in it
        own = source is None
        source = source or cipher.open_for_export(path)
        try:
            _export(source, temp, encrypt)
            problem = _compare(source, temp)
        finally:
            if own:
                source.close()
        if problem:
            raise ConversionError(COPY_WRONG(name=path.name, problem=problem))
        shutil.copymode(path, temp)
        _fsync(temp)
        with replacing(None if own else source):
            for extra in sidecars(path):  # empty after the checkpoint; never replayed
                _remove_quietly(extra)
            os.replace(temp, path)
        _fsync_dir(path.parent)
    except sqlite3.Error as exc:
        from briefing_app.store.errors import describe_sqlite_error

        raise ConversionError(
            FAILED_DATABASE(name=path.name, reason=describe_sqlite_error(exc))
        ) from exc
    except OSError as exc:
        from briefing_app.store.errors import describe_os_error

        raise ConversionError(FAILED_FILE(name=path.name, reason=describe_os_error(exc))) from exc
    finally:
        _remove_with_sidecars(temp)


def _export(source: Any, temp: Path, encrypt: bool) -> None:
    key = cipher.key_pragma_value() if encrypt else ""
    source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), key))
    try:
        # The copy is a scratch file until it is verified, fsynced and renamed: no journal,
        # no sync per statement (a crash leaves a temporary file that is thrown away).
        source.execute("PRAGMA converted.journal_mode = OFF")
        source.execute("PRAGMA converted.synchronous = OFF")
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        for pragma in ("user_version", "application_id"):
            value = int(source.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            source.execute(f"PRAGMA converted.{pragma} = {value}")
    finally:
        source.execute("DETACH DATABASE converted")


def _compare(source: Any, temp: Path) -> str | None:
    """None when ``temp`` is sound and holds as many rows per table as ``source``."""
    copy = cipher.connect(temp)
    try:
        problems = [r[0] for r in copy.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            return "; ".join(problems[:3])
        tables = [
            r[0]
            for r in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            query = f'SELECT count(*) FROM "{table}"'
            if source.execute(query).fetchone()[0] != copy.execute(query).fetchone()[0]:
                return TABLE_DIFFERS(table=table)
        for pragma in ("user_version", "application_id"):
            query = f"PRAGMA {pragma}"
            if source.execute(query).fetchone()[0] != copy.execute(query).fetchone()[0]:
                return SETTING_DIFFERS(pragma=pragma)
    finally:
        copy.close()
    return None


def _remove_temporaries(folder: Path) -> None:
    if folder.is_dir():
        for entry in folder.glob(f".*{TEMP_SUFFIX}*"):
            _remove_quietly(entry)


def _remove_with_sidecars(path: Path) -> None:
    for entry in (path, *sidecars(path)):
        _remove_quietly(entry)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            _fsync(folder)
