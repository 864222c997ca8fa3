"""Briefing: the offline store and briefing packs of the VNG negotiating delegation.

The package is layered (see DESIGN.md): ``domain`` holds plain data and rules, ``store`` the
SQLite file, ``export`` the PDF rendering, ``services`` the use cases, and ``ui`` the Qt faces.
``__version__`` is read from the installed package's metadata when first asked for:
`importlib.metadata` costs the app's start-up tens of milliseconds it does not need.
"""

from __future__ import annotations

APP_NAME = "Briefing"
ORGANIZATION = "VNG"
_FALLBACK_VERSION = "0.1.0"  # a checkout or a frozen bundle without metadata


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("briefing")
    except PackageNotFoundError:
        found = _FALLBACK_VERSION
    globals()["__version__"] = found
    return found
