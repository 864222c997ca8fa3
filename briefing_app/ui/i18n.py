"""The language of the interface, through Qt's translation system.

The source texts are Dutch (the users are Dutch); `resources/translations/briefing_en.qm` turns
them into English. Qt's own dialogs (buttons like OK/Cancel) use Qt's shipped translations.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing_app.domain.formatting import format_count
from briefing_app.paths import resource

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"


def translations_dir() -> str:
    return str(resource("translations"))


# Translators are global to the application: whichever `Translations` installed them, the next
# language replaces them all (else Qt's Dutch buttons would outlive a switch to English).
_INSTALLED: list[QTranslator] = []


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = DEFAULT_LANGUAGE
        self._installed = _INSTALLED

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False (and stays Dutch) when it cannot be loaded."""
        for translator in self._installed:
            with contextlib.suppress(RuntimeError):  # gone with an earlier application object
                self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if self.language == "nl" else QLocale.Language.English,
                QLocale.Country.Netherlands,
            )
        )
        ok = True
        if self.language != DEFAULT_LANGUAGE:
            ours = QTranslator(self.app)
            ok = ours.load(f"briefing_{self.language}", translations_dir())
            if ok:
                self._add(ours)
            else:
                self.language = DEFAULT_LANGUAGE
        qt = QTranslator(self.app)
        if qt.load(
            f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._add(qt)
        return ok

    def _add(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


def tr(text: str) -> str:
    """``text`` (Dutch) in the interface language. Modules import it as ``_tr``, the name
    `pyside6-lupdate -tr-function-alias tr+=_tr` extracts (see `tools/update_translations`)."""
    return QCoreApplication.translate("", text)


def language() -> str:
    """The language the interface speaks now ("nl" or "en"), as `Translations` set it."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT_LANGUAGE


def count(number: int) -> str:
    """A count with the interface language's thousands separator (`20.192`, `20,192`)."""
    return format_count(number, language())
