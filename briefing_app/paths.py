"""Where things live: bundled resources, the default dataset, and the user's database.

Resolved in one place so that a checkout, an installed package and a PyInstaller bundle all
find `resources/` and `database/`. A built package (a wheel installed with pip or pipx, and the
PyInstaller bundle) carries both inside itself, in `briefing_app/bundled/` (copied there by
setup.py and build.spec), found through `importlib.resources`; a checkout and an editable
install use the repository's top-level folders. The user's database defaults to the platform's
data folder; `--db PATH` and the environment variable `BRIEFING_DB` override it.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_dir

from briefing_app import APP_NAME, ORGANIZATION

DB_ENV = "BRIEFING_DB"
DB_FILE_NAME = "briefing.db"
BUNDLED = "bundled"  # the folder inside the package; keep in step with setup.py and build.spec


@cache
def _root() -> Path:
    """The folder that holds `resources/` and `database/`."""
    packaged = Path(str(files("briefing_app").joinpath(BUNDLED)))
    if packaged.is_dir():  # a wheel or a PyInstaller bundle
        return packaged
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "database").is_dir():
        return checkout
    return packaged  # neither: let the error name the place a package should hold them


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
