"""What a Briefing database is: the file kinds we open, SQLite's application id, a known schema.

A Briefing database carries `APPLICATION_ID` in its header (`PRAGMA application_id`, set by a
migration, so databases made by earlier versions get it at their next writable open) and the
sqlite-utils record of Briefing's migrations. A database of an earlier version carries no
application id yet but does carry that record; it is accepted. Anything else that SQLite can
read (an empty, zero-byte file; another program's database) is refused and never initialised:
writing Briefing's schema into it would hide the user's real data behind an empty Briefing.

Only regular files are opened: a device (`/dev/null`) or a symbolic link that leads out of
the database's folder is refused before SQLite touches it (SQLite would create
`/dev/null-journal` beside the target).

`REPLACED_ID` marks the old file of a database that was replaced (`init --force`, a restore)
while a process was waiting to open it: such a late opener sees the mark and is refused
instead of writing into a file that is no longer the database.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, templates

APPLICATION_ID = 0x42524647  # "BRFG"
REPLACED_ID = 0x42525850  # "BRXP": the old, replaced file of a database
MIGRATION_SET = "briefing"
# Tables every complete Briefing database holds, at any schema version.
REQUIRED_TABLES = frozenset(
    {
        "_sqlite_migrations",
        "dossiers",
        "positions",
        "figures",
        "talking_points",
        "revisions",
        "search_rows",
        "search_index",
    }
)


_t = templates("identity")


REPLACED_MESSAGE = _t(
    "replaced",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database is zojuist vervangen door een ander Briefing-programma (terugzetten of "
        "opnieuw aanmaken). Er is niets gewijzigd; open haar opnieuw.",
    ),
)()
LINK_OUTSIDE = _t(
    "link_outside",
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is een koppeling naar {target}, buiten de map van de database; Briefing opent "
        "alleen een databasebestand in die map zelf",
    ),
)
A_FOLDER = _t("a_folder", QT_TRANSLATE_NOOP("messages", "{path} is een map, geen databasebestand"))
NOT_A_FILE = _t(
    "not_a_file",
    QT_TRANSLATE_NOOP("messages", "{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat)"),
)
FOREIGN_ID = _t(
    "foreign_id",
    QT_TRANSLATE_NOOP(
        "messages", "het is een database van een ander programma (onbekende application_id)"
    ),
)
EMPTY = _t("empty", QT_TRANSLATE_NOOP("messages", "het bestand is leeg"))
FOREIGN_TABLES = _t(
    "foreign_tables",
    QT_TRANSLATE_NOOP(
        "messages", "het is een database van een ander programma (geen Briefing-tabellen)"
    ),
)
INCOMPLETE = _t(
    "incomplete",
    QT_TRANSLATE_NOOP("messages", "onvolledig: de tabel(len) {tables} ontbreken"),
)


def path_problem(path: Path) -> Message | None:
    """Why ``path`` may not be opened as a database file (in Dutch), or None when it may.

    A path that does not exist yet is fine (a new database); a link is followed only when it
    stays in the database's folder.
    """
    if path.is_symlink():
        target = path.resolve()
        if target.parent != path.parent.resolve():
            return LINK_OUTSIDE(path=str(path), target=str(target))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return None  # SQLite says it better when it tries
    if stat.S_ISDIR(mode):
        return A_FOLDER(path=str(path))
    if not stat.S_ISREG(mode):
        return NOT_A_FILE(path=str(path))
    return None


def identity_problem(conn: sqlite3.Connection, *, new: bool) -> Message | None:
    """Why the database behind ``conn`` is not a Briefing database, or None when it is.

    ``new``: the file was just created for Briefing (it may be empty). Raises
    sqlite3.DatabaseError when the file cannot be read at all.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return None
    if app_id == REPLACED_ID:
        return REPLACED_MESSAGE
    if app_id != 0:
        return FOREIGN_ID()
    tables = _tables(conn)
    if not tables:
        return None if new else EMPTY()
    if _has_briefing_migrations(conn, tables):
        return None  # made by an earlier Briefing, before the application id was set
    return FOREIGN_TABLES()


def completeness_problem(conn: sqlite3.Connection) -> Message | None:
    """`identity_problem` for an existing file, plus: are Briefing's tables all there?"""
    problem = identity_problem(conn, new=False)
    if problem:
        return problem
    missing = sorted(REQUIRED_TABLES - _tables(conn))
    if missing:
        return INCOMPLETE(tables=", ".join(missing))
    return None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_briefing_migrations(conn: sqlite3.Connection, tables: set[str]) -> bool:
    if "_sqlite_migrations" not in tables:
        return False
    found = conn.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()
    return bool(found and found[0])
