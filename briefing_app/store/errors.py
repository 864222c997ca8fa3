"""SQLite and file-system failures, phrased for the user (messages: Dutch, shown translated).

SQLite reports a full disk, a lock held by another writer, a read-only file or a damaged page
with short English texts; the app and the command line show these sentences instead. Each
says what happened and that the data from before the failed change is still there (SQLite rolls
the failed transaction back), and what to do.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, Template, templates

LOW_SPACE = 256 * 1024  # below this SQLite cannot even create its -shm and -wal files


_t = templates("store")


# The sentences, as messages (see domain/messages.py): Dutch text the app shows translated.
BUSY = _t(
    "busy",
    QT_TRANSLATE_NOOP(
        "messages",
        "Een ander programma of Briefing-venster schrijft op dit moment in deze database. "
        "Er is niets gewijzigd; probeer het over een paar seconden opnieuw.",
    ),
)()
FULL = _t(
    "full",
    QT_TRANSLATE_NOOP(
        "messages",
        "De schijf is vol: de wijziging is niet opgeslagen. De gegevens van vóór deze wijziging "
        "zijn intact. Maak ruimte vrij en probeer het opnieuw.",
    ),
)()
READ_ONLY = _t(
    "read_only",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze database is alleen-lezen (het bestand of de map mag niet worden beschreven). "
        "Er is niets gewijzigd.",
    ),
)()
CORRUPT = _t(
    "corrupt",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database is beschadigd. Er is niets overschreven; zet een reservekopie terug "
        "met 'briefing backup restore --newest' of via Bestand > Reservekopieën in de app.",
    ),
)()
IO = _t(
    "io",
    QT_TRANSLATE_NOOP(
        "messages",
        "Het bestand kon niet worden gelezen of geschreven (schijf- of netwerkfout). "
        "Een onvoltooide wijziging is teruggedraaid.",
    ),
)()
OTHER = _t("other", QT_TRANSLATE_NOOP("messages", "Databasefout: {detail}"))


def describe_sqlite_error(exc: BaseException, near: Path | None = None) -> Message:
    """One Dutch sentence for ``exc``; unknown errors keep SQLite's text for diagnosis.

    SQLite reports a disk that is full when a file is *opened* as a generic I/O error; with
    ``near`` (the database path) the free space tells the two apart.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return FULL
    if (
        name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN"))
        and near is not None
        and _no_space(near)
    ):
        return FULL
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return BUSY
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return READ_ONLY
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return CORRUPT
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return IO
    return OTHER(detail=str(exc))


def _no_space(near: Path) -> bool:
    try:
        return shutil.disk_usage(near.parent).free < LOW_SPACE
    except OSError:
        return False


def _os(id: str, dutch: str) -> Template:
    return Template(f"os_error.{id}", dutch)


_OS_REASONS = {
    errno.ENOENT: _os(
        "enoent", QT_TRANSLATE_NOOP("messages", "het bestand of de map bestaat niet")
    ),
    errno.ENOTDIR: _os(
        "enotdir", QT_TRANSLATE_NOOP("messages", "een deel van het pad is geen map")
    ),
    errno.EISDIR: _os("eisdir", QT_TRANSLATE_NOOP("messages", "dat is een map, geen bestand")),
    errno.EEXIST: _os(
        "eexist", QT_TRANSLATE_NOOP("messages", "er staat al een bestand met die naam")
    ),
    errno.ENAMETOOLONG: _os("enametoolong", QT_TRANSLATE_NOOP("messages", "de naam is te lang")),
    errno.ELOOP: _os(
        "eloop",
        QT_TRANSLATE_NOOP(
            "messages", "het pad verwijst in een kring naar zichzelf (symbolische koppelingen)"
        ),
    ),
    errno.EXDEV: _os(
        "exdev",
        QT_TRANSLATE_NOOP(
            "messages", "het bestand kan niet naar een andere schijf worden verplaatst"
        ),
    ),
    errno.EBUSY: _os(
        "ebusy", QT_TRANSLATE_NOOP("messages", "het bestand is in gebruik door een ander programma")
    ),
    errno.EIO: _os("eio", QT_TRANSLATE_NOOP("messages", "lees- of schrijffout van de schijf")),
    errno.EDQUOT: _os(
        "edquot",
        QT_TRANSLATE_NOOP(
            "messages", "het schijfquotum is op; maak ruimte vrij en probeer het opnieuw"
        ),
    ),
    errno.EFBIG: _os(
        "efbig", QT_TRANSLATE_NOOP("messages", "het bestand wordt te groot voor deze schijf")
    ),
    errno.EMFILE: _os(
        "emfile",
        QT_TRANSLATE_NOOP(
            "messages", "te veel open bestanden; sluit andere programma's en probeer het opnieuw"
        ),
    ),
    errno.ENXIO: _os("enxio", QT_TRANSLATE_NOOP("messages", "het apparaat bestaat niet (meer)")),
    errno.EINVAL: _os(
        "einval",
        QT_TRANSLATE_NOOP("messages", "die naam of plaats kan op deze schijf niet worden gebruikt"),
    ),
}
_OS_REASONS[errno.ETXTBSY] = _OS_REASONS[errno.EBUSY]
_OS_REASONS[errno.ENODEV] = _OS_REASONS[errno.ENXIO]
DISK_FULL = _os(
    "enospc",
    QT_TRANSLATE_NOOP("messages", "de schijf is vol; maak ruimte vrij en probeer het opnieuw"),
)
NO_READ_PERMISSION = _os(
    "no_read_permission", QT_TRANSLATE_NOOP("messages", "geen toestemming om {where} te lezen")
)
NO_READ_PERMISSION_HERE = _os(
    "no_read_permission_here",
    QT_TRANSLATE_NOOP("messages", "geen toestemming om dit bestand te lezen"),
)
NO_WRITE_PERMISSION = _os(
    "no_write_permission",
    QT_TRANSLATE_NOOP("messages", "geen toestemming om te schrijven in {where}"),
)
NO_WRITE_PERMISSION_HERE = _os(
    "no_write_permission_here",
    QT_TRANSLATE_NOOP("messages", "geen toestemming om te schrijven in deze map"),
)
READ_ONLY_DISK = _os(
    "erofs_at", QT_TRANSLATE_NOOP("messages", "de schijf is alleen-lezen ({where})")
)
READ_ONLY_DISK_HERE = _os("erofs", QT_TRANSLATE_NOOP("messages", "de schijf is alleen-lezen"))
NO_FILES_IN = _os(
    "no_files_in",
    QT_TRANSLATE_NOOP("messages", "in de map {folder} kunnen geen bestanden worden gemaakt"),
)
SYSTEM_ERROR = _os("other", QT_TRANSLATE_NOOP("messages", "systeemfout {code} ({detail})"))
UNKNOWN_CODE = _os("unknown_code", QT_TRANSLATE_NOOP("messages", "onbekend"))


def describe_os_error(exc: OSError, *, reading: bool = False) -> Message:
    """The reason of a file-system failure as a Dutch phrase (no capital, no full stop), so
    it fits after "kan niet worden geschreven: "; the same wording everywhere by errno. It is
    a message: the app shows it in the interface language."""
    if exc.errno == errno.ENOSPC:
        return DISK_FULL()
    if exc.errno in (errno.EACCES, errno.EPERM):
        if reading:
            return (
                NO_READ_PERMISSION(where=str(exc.filename))
                if exc.filename
                else NO_READ_PERMISSION_HERE()
            )
        return (
            NO_WRITE_PERMISSION(where=str(exc.filename))
            if exc.filename
            else NO_WRITE_PERMISSION_HERE()
        )
    if exc.errno == errno.EROFS:
        return READ_ONLY_DISK(where=str(exc.filename)) if exc.filename else READ_ONLY_DISK_HERE()
    if exc.errno == errno.ENOENT and not reading and exc.filename:
        # Writing into a folder that exists but takes no files (/proc, a removed mount):
        # "does not exist" would send the user looking for a folder that is right there.
        folder = Path(str(exc.filename)).parent
        if folder.is_dir():
            return NO_FILES_IN(folder=str(folder))
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]()
    code = errno.errorcode.get(exc.errno or 0)
    return SYSTEM_ERROR(code=code or UNKNOWN_CODE(), detail=exc.strerror or str(exc))


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and describe_sqlite_error(exc) == BUSY
