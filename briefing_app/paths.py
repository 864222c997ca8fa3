"""Where things live: bundled resources, the default dataset, and the user's database.

Resolved in one place so that a checkout, an installed package and a PyInstaller bundle all
find `resources/` and `database/`. The user's database defaults to the platform's data folder;
`--db PATH` and the environment variable `BRIEFING_DB` override it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from briefing_app import APP_NAME, ORGANIZATION

DB_ENV = "BRIEFING_DB"
DB_FILE_NAME = "briefing.db"


def _root() -> Path:
    """The folder that holds `resources/` and `database/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller unpacks data files here
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def dataset_dir() -> Path:
    """The default dataset shipped with the app (readable text files)."""
    return _root() / "database"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANIZATION))


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: ``explicit`` (from --db), else $BRIEFING_DB, else the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / DB_FILE_NAME
