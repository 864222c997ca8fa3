"""Opening the user's database: creating it from the default dataset on first start.

Both faces (the app and the command line) call `open_workspace`; it turns every way a file can
be wrong into a `WorkspaceError` with a sentence a user understands.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from briefing_app.paths import dataset_dir
from briefing_app.store.connection import StoreError, connect
from briefing_app.store.migrations import NewerDatabaseError


class WorkspaceError(Exception):
    """The database cannot be used; the message says why and what to do."""


def open_workspace(path: Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open ``path``; when it does not exist yet and ``create`` is set, build the default data."""
    if not path.exists():
        if not create:
            raise WorkspaceError(f"De database {path} bestaat niet.")
        _create_default(path)
    try:
        return connect(path)
    except (StoreError, NewerDatabaseError) as exc:
        raise WorkspaceError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"De database {path} is onleesbaar of beschadigd: {exc}") from exc


def _create_default(path: Path) -> None:
    from briefing_app.services.dataset import DatasetError, build_database

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        build_database(dataset_dir(), path)
    except DatasetError as exc:
        raise WorkspaceError(f"De standaardgegevens zijn onbruikbaar: {exc}") from exc
    except OSError as exc:
        raise WorkspaceError(
            f"De database {path} kan niet worden aangemaakt: {exc.strerror}"
        ) from exc
