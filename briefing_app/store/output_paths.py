"""Which files an export may never overwrite: the open database, its SQLite side files, backups.

Every command that writes a file the user names (`bundle export -o`, `demo --out`) asks
`refusal(target, database)` first (`pack -o` asks `backup.belongs_to_database` directly).
`--force` means "replace an earlier export", never "replace my data": a bundle written over the
database, its `-wal` or a backup destroys exactly what it was made from.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from briefing_app.store.backup import backup_dir, belongs_to_database

DAMAGED_MARK = ".beschadigd-"  # a damaged database moved aside (services.workspace)

IN_BACKUPS = Template(
    "output_paths.in_backups",
    QT_TRANSLATE_NOOP(
        "messages",
        "{target} ligt in de map met reservekopieën ({backups}); daar wordt niets anders "
        "geschreven. Kies een andere plaats.",
    ),
)
THE_DATABASE = Template(
    "output_paths.the_database",
    QT_TRANSLATE_NOOP(
        "messages",
        "{target} is de database waarin u werkt (of een bestand dat SQLite ernaast bijhoudt); "
        "dat wordt nooit overschreven, ook niet met --force. Kies een andere naam.",
    ),
)
SET_ASIDE = Template(
    "output_paths.set_aside",
    QT_TRANSLATE_NOOP(
        "messages", "{target} is een apart gezette beschadigde database; die blijft bewaard."
    ),
)


def refusal(target: Path, database: Path) -> Message | None:
    """A sentence (a message) when writing ``target`` would destroy ``database`` or what keeps it
    safe (its side files, lock file, backups, damaged copies kept aside); None when it may."""
    real_target = Path(os.path.realpath(target))
    real_db = Path(os.path.realpath(database))
    backups = backup_dir(real_db)
    if real_target == backups or backups in real_target.parents:
        return IN_BACKUPS(target=str(target), backups=str(backups))
    if belongs_to_database(target, database):
        return THE_DATABASE(target=str(target))
    if real_target.parent == real_db.parent and real_target.name.startswith(
        real_db.name + DAMAGED_MARK
    ):
        return SET_ASIDE(target=str(target))
    return None
