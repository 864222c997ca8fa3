"""Which files an export may never overwrite: the open database, its SQLite side files, backups.

Every command that writes a file the user names (`bundle export -o`, `demo --out`) asks
`refusal(target, database)` first (`pack -o` asks `backup.belongs_to_database` directly).
`--force` means "replace an earlier export", never "replace my data": a bundle written over the
database, its `-wal` or a backup destroys exactly what it was made from.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.store.backup import backup_dir, belongs_to_database

DAMAGED_MARK = ".beschadigd-"  # a damaged database moved aside (services.workspace)


def refusal(target: Path, database: Path) -> str | None:
    """A Dutch sentence when writing ``target`` would destroy ``database`` or what keeps it
    safe (its side files, lock file, backups, damaged copies kept aside); None when it may."""
    real_target = Path(os.path.realpath(target))
    real_db = Path(os.path.realpath(database))
    backups = backup_dir(real_db)
    if real_target == backups or backups in real_target.parents:
        return (
            f"{target} ligt in de map met reservekopieën ({backups}); daar wordt niets anders "
            "geschreven. Kies een andere plaats."
        )
    if belongs_to_database(target, database):
        return (
            f"{target} is de database waarin u werkt (of een bestand dat SQLite ernaast "
            "bijhoudt); dat wordt nooit overschreven, ook niet met --force. Kies een andere naam."
        )
    if real_target.parent == real_db.parent and real_target.name.startswith(
        real_db.name + DAMAGED_MARK
    ):
        return f"{target} is een apart gezette beschadigde database; die blijft bewaard."
    return None
