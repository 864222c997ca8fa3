"""Which files an export may never overwrite: the open database, its SQLite side files, backups.

Every command that writes a file the user names (`bundle export -o`, `demo --out`, `pack -o`)
asks `refusal(target, database)` first. `--force` means "replace an earlier export", never
"replace my data": a PDF or bundle written over the database, its `-wal` or a backup destroys
exactly what it was made from. Paths are compared after resolving symlinks and `..`, and by
inode when the target exists, so another spelling of the same file is caught too.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.store.backup import backup_dir, sidecars

DAMAGED_MARK = ".beschadigd-"  # a damaged database moved aside (services.workspace)


def refusal(target: Path, database: Path) -> str | None:
    """A Dutch sentence when writing ``target`` would destroy ``database`` or what keeps it
    safe (its side files, lock file, backups, damaged copies kept aside); None when it may."""
    real_target = Path(os.path.realpath(target))
    real_db = Path(os.path.realpath(database))
    protected = [real_db, *sidecars(real_db), real_db.with_name(real_db.name + ".lock")]
    if real_target in protected or _same_file(target, database):
        return (
            f"{target} is de database waarin u werkt (of een bestand dat SQLite ernaast "
            "bijhoudt); dat wordt nooit overschreven, ook niet met --force. Kies een andere naam."
        )
    backups = backup_dir(real_db)
    if real_target.parent == backups or backups in real_target.parents:
        return (
            f"{target} ligt in de map met reservekopieën ({backups}); daar wordt niets anders "
            "geschreven. Kies een andere plaats."
        )
    if real_target.parent == real_db.parent and real_target.name.startswith(
        real_db.name + DAMAGED_MARK
    ):
        return f"{target} is een apart gezette beschadigde database; die blijft bewaard."
    return None


def _same_file(target: Path, database: Path) -> bool:
    try:
        return target.exists() and database.exists() and os.path.samefile(target, database)
    except OSError:
        return False
