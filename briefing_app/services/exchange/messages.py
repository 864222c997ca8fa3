"""What exchanging bundles says to the user, as messages (see `domain/messages.py`).

Refusals of a bundle (damaged, foreign, from another version, claiming what it may not),
failures to read or write one, and the words of a conflict over whether an item exists. The
command line prints them in Dutch, as it always did; the app shows them in its own language.
"""

from __future__ import annotations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

_t = templates("exchange")


# -- reading and writing a bundle ----------------------------------------------------------
NOT_A_BUNDLE = _t(
    "not_a_bundle",
    QT_TRANSLATE_NOOP(
        "messages", "Dit bestand is geen (volledige) Briefing-bundel. Er is niets gewijzigd."
    ),
)
CANNOT_OPEN = _t(
    "cannot_open",
    QT_TRANSLATE_NOOP(
        "messages",
        "De bundel kan niet worden geopend: het wachtwoord is onjuist, of het bestand is "
        "beschadigd of aangepast. Er is niets gewijzigd.",
    ),
)
OTHER_FORMAT = _t(
    "other_format",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze bundel is gemaakt met een andere versie van Briefing en kan hier niet worden "
        "gelezen. Er is niets gewijzigd.",
    ),
)
OTHER_VERSION = _t(
    "other_version",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze bundel is gemaakt met een andere versie van Briefing. Er is niets gewijzigd.",
    ),
)
OLDER_VERSION = _t(
    "older_version",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze bundel is gemaakt met een oudere versie van Briefing, die nog niet bijhield wie "
        "wat gezien heeft. Vraag de afzender om een nieuwe bundel. Er is niets gewijzigd.",
    ),
)
SHORT_PASSPHRASE = _t(
    "short_passphrase",
    QT_TRANSLATE_NOOP("messages", "Kies een wachtwoord van minstens {count} tekens."),
)
NOT_WRITTEN = _t(
    "not_written",
    QT_TRANSLATE_NOOP("messages", "De bundel kon niet worden geschreven: {reason}."),
)
NOT_READ = _t(
    "not_read", QT_TRANSLATE_NOOP("messages", "De bundel {path} kan niet worden gelezen: {reason}.")
)
UNKNOWN_DOSSIERS = _t(
    "unknown_dossiers",
    QT_TRANSLATE_NOOP("messages", "Onbekend dossier: {slugs}. Er is niets geschreven."),
)

# -- applying one ------------------------------------------------------------------------
UNDECIDED = _t(
    "undecided",
    QT_TRANSLATE_NOOP(
        "messages",
        "{count} conflict(en) zonder keuze; kies per item, of alles 'hun versie' "
        "(--take-theirs) of 'mijn versie' (--keep-mine). Er is niets gewijzigd.",
    ),
)
NO_BACKUP_IMPORT = _t(
    "no_backup_import", QT_TRANSLATE_NOOP("messages", "{reason} Daarom is er niets geïmporteerd.")
)
NO_BACKUP_SYNC = _t(
    "no_backup_sync", QT_TRANSLATE_NOOP("messages", "{reason} Daarom is er niets ingelezen.")
)
INVALID_ITEM = _t(
    "invalid_item",
    QT_TRANSLATE_NOOP(
        "messages", "De bundel bevat een ongeldig item ({reason}). Er is niets gewijzigd."
    ),
)
CLASHES = _t(
    "clashes",
    QT_TRANSLATE_NOOP(
        "messages", "De bundel botst met deze database ({reason}). Er is niets gewijzigd."
    ),
)
ORPHANED = _t(
    "orphaned",
    QT_TRANSLATE_NOOP(
        "messages",
        "{kind} '{title}' hoort bij iets dat hier niet meer bestaat en ook niet terug kan. "
        "Er is niets gewijzigd.",
    ),
)
NO_SUCH_CONFLICT = _t(
    "no_such_conflict", QT_TRANSLATE_NOOP("messages", "Er is geen open conflict nummer {number}.")
)

# -- a shared folder -----------------------------------------------------------------------
NO_SUCH_FOLDER = _t(
    "no_such_folder",
    QT_TRANSLATE_NOOP(
        "messages", "De map {path} bestaat niet (of is geen map). Er is niets gewijzigd."
    ),
)
UNREADABLE_FILE = _t("unreadable_file", QT_TRANSLATE_NOOP("messages", "niet te lezen ({reason})"))

# -- what a bundle may claim (validation.py) ---------------------------------------------
NEWER_SCHEMA = _t(
    "newer_schema",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze bundel komt uit een nieuwere Briefing (schemaversie {theirs}, deze versie kent "
        "er {ours}). Werk Briefing eerst bij. Er is niets gewijzigd.",
    ),
)
SAME_ITEM_TWICE = _t(
    "same_item_twice",
    QT_TRANSLATE_NOOP(
        "messages",
        "De bundel bevat hetzelfde item meer dan eens ({items}). Er is niets gewijzigd.",
    ),
)
TWO_ON_ONE = _t(
    "two_on_one",
    QT_TRANSLATE_NOOP(
        "messages",
        "Twee items in de bundel wijzen naar hetzelfde item hier (een hergebruikte code of id). "
        "Er is niets gewijzigd.",
    ),
)
WOULD_OVERWRITE = _t(
    "would_overwrite",
    QT_TRANSLATE_NOOP(
        "messages",
        "De bundel is voor {dossiers}, maar '{title}' zou een item van het dossier {slug} hier "
        "overschrijven. Er is niets gewijzigd.",
    ),
)
OTHER_DOSSIER = _t(
    "other_dossier",
    QT_TRANSLATE_NOOP(
        "messages",
        "De bundel is voor {dossiers} maar bevat een ander dossier. Er is niets gewijzigd.",
    ),
)
OUTSIDE_SCOPE = _t(
    "outside_scope",
    QT_TRANSLATE_NOOP(
        "messages",
        "Een item in de bundel hoort bij een dossier dat de bundel niet meebrengt. "
        "Er is niets gewijzigd.",
    ),
)
INVALID_CODE = _t(
    "invalid_code",
    QT_TRANSLATE_NOOP(
        "messages", "De bundel bevat een ongeldige {what}: {problem}. Er is niets gewijzigd."
    ),
)
WHAT_DOSSIER_CODE = _t("what_dossier_code", QT_TRANSLATE_NOOP("messages", "dossiercode"))
WHAT_ID = _t("what_id", QT_TRANSLATE_NOOP("messages", "id"))

# -- whether an item exists: the pseudo field of a conflict ------------------------------
DELETED_LABEL = _t("deleted_label", QT_TRANSLATE_NOOP("messages", "Verwijderd"))
EXISTS = _t("exists", QT_TRANSLATE_NOOP("messages", "bestaat"))
EXISTS_WITH_PARTS = _t(
    "exists_with_parts", QT_TRANSLATE_NOOP("messages", "bestaat (met eigen onderdelen)")
)
DELETED = _t("deleted", QT_TRANSLATE_NOOP("messages", "verwijderd"))
PARENT_DELETED = _t("parent_deleted", QT_TRANSLATE_NOOP("messages", "{what} verwijderd"))
