"""SQLite and file-system failures, phrased for the user in Dutch.

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

LOW_SPACE = 256 * 1024  # below this SQLite cannot even create its -shm and -wal files

BUSY = (
    "Een ander programma of Briefing-venster schrijft op dit moment in deze database. "
    "Er is niets gewijzigd; probeer het over een paar seconden opnieuw."
)
FULL = (
    "De schijf is vol: de wijziging is niet opgeslagen. De gegevens van vóór deze wijziging "
    "zijn intact. Maak ruimte vrij en probeer het opnieuw."
)
READ_ONLY = (
    "Deze database is alleen-lezen (het bestand of de map mag niet worden beschreven). "
    "Er is niets gewijzigd."
)
CORRUPT = (
    "De database is beschadigd. Er is niets overschreven; zet een reservekopie terug "
    "met 'briefing backup restore --newest' of via Bestand > Reservekopieën in de app."
)
IO = (
    "Het bestand kon niet worden gelezen of geschreven (schijf- of netwerkfout). "
    "Een onvoltooide wijziging is teruggedraaid."
)


def describe_sqlite_error(exc: BaseException, near: Path | None = None) -> str:
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
    return f"Databasefout: {exc}"


def _no_space(near: Path) -> bool:
    try:
        return shutil.disk_usage(near.parent).free < LOW_SPACE
    except OSError:
        return False


_OS_REASONS = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "dat is een map, geen bestand",
    errno.EEXIST: "er staat al een bestand met die naam",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "het pad verwijst in een kring naar zichzelf (symbolische koppelingen)",
    errno.EXDEV: "het bestand kan niet naar een andere schijf worden verplaatst",
    errno.EBUSY: "het bestand is in gebruik door een ander programma",
    errno.ETXTBSY: "het bestand is in gebruik door een ander programma",
    errno.EIO: "lees- of schrijffout van de schijf",
    errno.EDQUOT: "het schijfquotum is op; maak ruimte vrij en probeer het opnieuw",
    errno.EFBIG: "het bestand wordt te groot voor deze schijf",
    errno.EMFILE: "te veel open bestanden; sluit andere programma's en probeer het opnieuw",
    errno.ENXIO: "het apparaat bestaat niet (meer)",
    errno.ENODEV: "het apparaat bestaat niet (meer)",
    errno.EINVAL: "die naam of plaats kan op deze schijf niet worden gebruikt",
}


def describe_os_error(exc: OSError, *, reading: bool = False) -> str:
    """The reason of a file-system failure as a Dutch phrase (no capital, no full stop), so
    it fits after "kan niet worden geschreven: "; the same wording everywhere by errno."""
    if exc.errno == errno.ENOSPC:
        return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    if exc.errno in (errno.EACCES, errno.EPERM):
        where = exc.filename or ("dit bestand" if reading else "deze map")
        return (
            f"geen toestemming om {where} te lezen"
            if reading
            else (f"geen toestemming om te schrijven in {where}")
        )
    if exc.errno == errno.EROFS:
        return (
            f"de schijf is alleen-lezen ({exc.filename})"
            if exc.filename
            else ("de schijf is alleen-lezen")
        )
    if exc.errno == errno.ENOENT and not reading and exc.filename:
        # Writing into a folder that exists but takes no files (/proc, a removed mount):
        # "does not exist" would send the user looking for a folder that is right there.
        folder = Path(str(exc.filename)).parent
        if folder.is_dir():
            return f"in de map {folder} kunnen geen bestanden worden gemaakt"
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    code = errno.errorcode.get(exc.errno or 0, "onbekend")
    return f"systeemfout {code} ({exc.strerror or exc})"


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and describe_sqlite_error(exc) == BUSY
