"""The user's settings, kept by QSettings: name, language, window geometry, last dossier and
the last section tab of each dossier.

A thin typed wrapper so that no other module spells a settings key; tests give it their own
QSettings file.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

DEFAULT_LOCK_MINUTES = 10


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    @property
    def user_name(self) -> str:
        value = self.store.value("user/name", "")
        return str(value) if value else _login_name()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.store.setValue("user/name", value.strip())

    @property
    def language(self) -> str:
        value = str(self.store.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    @property
    def last_dossier(self) -> str | None:
        value = self.store.value("ui/last_dossier")
        return str(value) if value else None

    @last_dossier.setter
    def last_dossier(self, value: str | None) -> None:
        self.store.setValue("ui/last_dossier", value or "")

    def last_tab(self, dossier_id: str) -> str | None:
        """The section tab the user last had open in this dossier ("overview", "figure", ...)."""
        value = self.store.value(f"ui/last_tab/{dossier_id}")
        return str(value) if value else None

    def set_last_tab(self, dossier_id: str, tab: str) -> None:
        self.store.setValue(f"ui/last_tab/{dossier_id}", tab)

    @property
    def changed_since(self) -> str | None:
        """A date (YYYY-MM-DD) the user chose for "changed since"; None means the default."""
        value = self.store.value("ui/changed_since")
        return str(value) if value else None

    @changed_since.setter
    def changed_since(self, value: str | None) -> None:
        self.store.setValue("ui/changed_since", value or "")

    @property
    def sync_folder(self) -> str:
        """The delegation's shared folder, as last chosen for a sync."""
        value = self.store.value("sync/folder", "")
        return str(value) if value else ""

    @sync_folder.setter
    def sync_folder(self, value: str) -> None:
        self.store.setValue("sync/folder", value)

    @property
    def lock_minutes(self) -> int:
        """Minutes without use after which an encrypted database locks (0: never)."""
        try:
            return max(0, int(self.store.value("security/lock_minutes", DEFAULT_LOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self.store.setValue("security/lock_minutes", int(value))

    def geometry(self) -> QByteArray | None:
        value = self.store.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self.store.value("ui/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("ui/geometry", geometry)
        self.store.setValue("ui/state", state)

    def sync(self) -> None:
        self.store.sync()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "onbekend"
