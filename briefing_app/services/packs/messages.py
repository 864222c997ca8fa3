"""Why a pack is not made or written, as messages (see `domain/messages.py`).

The command line prints them in Dutch, as it always did; the app shows them in its own language.
The pre-export check has its own (`check_messages.py`).
"""

from __future__ import annotations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

_t = templates("packs")


UNKNOWN_MEETING = _t(
    "unknown_meeting",
    QT_TRANSLATE_NOOP("messages", "Onbekend overleg: {id} (zie 'briefing meetings')."),
)
UNKNOWN_DOSSIER = _t(
    "unknown_dossier",
    QT_TRANSLATE_NOOP("messages", "Onbekend dossier: {slug} (zie 'briefing dossiers')."),
)
NOTHING_CHOSEN = _t(
    "nothing_chosen", QT_TRANSLATE_NOOP("messages", "Kies een overleg of ten minste één dossier.")
)
NO_RECIPIENTS = _t(
    "no_recipients",
    QT_TRANSLATE_NOOP("messages", "Er zijn geen ontvangers opgegeven; er is niets geschreven."),
)
FOLDER_NOT_WRITABLE = _t(
    "folder_not_writable",
    QT_TRANSLATE_NOOP("messages", "Kan niet schrijven in de map {path}: {reason}."),
)
NOT_SAVED = _t(
    "not_saved",
    QT_TRANSLATE_NOOP("messages", "Het pakket kan niet worden opgeslagen als {path}: {reason}."),
)
NOT_MADE = _t(
    "not_made", QT_TRANSLATE_NOOP("messages", "Het pakket kon niet worden gemaakt: {reason}")
)
NOT_RECORDED = _t(
    "not_recorded", QT_TRANSLATE_NOOP("messages", "Het pakket is niet opgeslagen. {reason}")
)
REPEATED_VERSION_GONE = _t(
    "repeated_version_gone",
    QT_TRANSLATE_NOOP(
        "messages",
        "De versie die dit pakket herhaalt, is niet meer vastgelegd; maak het opnieuw aan.",
    ),
)
OVER_DATABASE = _t(
    "over_database",
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is de database van Briefing of een bestand dat erbij hoort "
        "(reservekopie, logbestand); kies een andere naam, bijvoorbeeld pakket.pdf.",
    ),
)
IS_FOLDER = _t(
    "is_folder",
    QT_TRANSLATE_NOOP(
        "messages", "{path} is een map; geef een bestandsnaam op, bijvoorbeeld pakket.pdf."
    ),
)
NO_FOLDER = _t("no_folder", QT_TRANSLATE_NOOP("messages", "De map {path} bestaat niet."))
VERSION_TAKEN = _t(
    "version_taken",
    QT_TRANSLATE_NOOP(
        "messages",
        "Intussen is versie {version} van dit pakket al geëxporteerd; het pakket is niet "
        "opgeslagen. Maak het opnieuw aan.",
    ),
)
MEETING_CHOICE = _t("meeting_choice", QT_TRANSLATE_NOOP("messages", "{date} · {title}"))
EXPORTED_AT = _t("exported_at", QT_TRANSLATE_NOOP("messages", "{date} {time}"))
