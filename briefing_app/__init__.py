"""Briefing: the offline store and briefing packs of the VNG negotiating delegation.

The package is layered (see DESIGN.md): ``domain`` holds plain data and rules, ``store`` the
SQLite file, ``export`` the PDF rendering, ``services`` the use cases, and ``ui`` the Qt faces.
"""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Briefing"
ORGANIZATION = "VNG"

try:
    __version__ = version("briefing")
except PackageNotFoundError:  # running from a checkout or a frozen bundle without metadata
    __version__ = "0.1.0"
