"""The sentences of opening a database (`workspace`), as messages (see domain/messages.py):
Dutch text for the command line that the app shows in the language of its interface."""

from __future__ import annotations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

_t = templates("workspace")


# What the start says, as messages (see domain/messages.py); the app shows them translated.
NETWORK_WARNING = _t(
    "network_share",
    QT_TRANSLATE_NOOP(
        "messages",
        "Let op: de database staat op een netwerkschijf. SQLite kan daar niet betrouwbaar "
        "vergrendelen; werk er nooit met twee mensen tegelijk in en bewaar hem liever op de "
        "eigen schijf.",
    ),
)()
READ_ONLY_NOTICE = _t(
    "read_only",
    QT_TRANSLATE_NOOP(
        "messages", "Alleen-lezen: {reason}. Wijzigingen kunnen niet worden opgeslagen."
    ),
)
A_FOLDER = _t(
    "a_folder",
    QT_TRANSLATE_NOOP(
        "messages",
        "{path} is een map, geen databasebestand; geef een bestand op, bijvoorbeeld {example}.",
    ),
)
SENTENCE = _t("sentence", QT_TRANSLATE_NOOP("messages", "{problem}."))
DOES_NOT_EXIST = _t("missing", QT_TRANSLATE_NOOP("messages", "De database {path} bestaat niet."))
OLDER_READ_ONLY = _t(
    "older_read_only",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze database heeft een oudere opbouw en kan alleen-lezen niet worden bijgewerkt; "
        "niet alles werkt.",
    ),
)
BROKEN_LINKS = _t(
    "broken_links",
    QT_TRANSLATE_NOOP(
        "messages",
        "{count} verwijzing(en) in de database wijzen naar iets dat niet meer bestaat; "
        "'briefing check' noemt ze.",
    ),
)
INDEX_DAMAGED = _t(
    "index_damaged",
    QT_TRANSLATE_NOOP(
        "messages",
        "De zoekindex is beschadigd ({problem}); zoeken kan fouten geven. De gegevens zelf "
        "zijn in orde. Herstel de index met 'briefing check --repair' (er wordt eerst een "
        "reservekopie gemaakt).",
    ),
)
SET_ASIDE_AS = _t(
    "set_aside_as",
    QT_TRANSLATE_NOOP(
        "messages",
        "Het beschadigde bestand is niet overschreven maar apart gezet als {moved_to}.",
    ),
)
FILE_UNCHANGED = _t(
    "file_unchanged", QT_TRANSLATE_NOOP("messages", "Het bestand is niet gewijzigd.")
)
NEWEST_BACKUP = _t(
    "newest_backup",
    QT_TRANSLATE_NOOP(
        "messages",
        "De nieuwste goede reservekopie is van {time} ({reason}); zet die terug met "
        "'briefing backup restore --newest' of in de app onder Bestand → Reservekopieën.",
    ),
)
NO_GOOD_BACKUP = _t(
    "no_good_backup", QT_TRANSLATE_NOOP("messages", "Er is geen goede reservekopie.")
)
DAMAGED = _t(
    "damaged",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database {path} is beschadigd en kan niet veilig worden gebruikt ({detail}). "
        "{where} {offer}",
    ),
)
NEWEST_BACKUP_FOREIGN = _t(
    "newest_backup_foreign",
    QT_TRANSLATE_NOOP(
        "messages",
        "De nieuwste goede reservekopie is van {time} ({reason}); zet die terug met "
        "'briefing backup restore --newest' (het bestand wordt dan apart gezet) of in de app "
        "onder Bestand → Reservekopieën.",
    ),
)
NO_BACKUP_FOREIGN = _t(
    "no_backup_foreign",
    QT_TRANSLATE_NOOP(
        "messages",
        "Er is geen goede reservekopie. Wie bewust opnieuw wil beginnen met de "
        "standaardgegevens, gebruikt 'briefing init --force' (het bestand wordt eerst bewaard).",
    ),
)
NOT_BRIEFING = _t(
    "not_briefing",
    QT_TRANSLATE_NOOP("messages", "{path}: {detail} Het bestand is niet gewijzigd. {offer}"),
)
KEPT_ASIDE = _t(
    "kept_aside",
    QT_TRANSLATE_NOOP("messages", " Het beschadigde bestand staat apart als {path}."),
)
MISSING_WITH_BACKUP = _t(
    "missing_with_backup",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database {path} ontbreekt, maar er zijn reservekopieën van.{kept} De nieuwste "
        "goede is van {time}; zet die terug met 'briefing backup restore --newest', of begin "
        "bewust opnieuw met de standaardgegevens met 'briefing init --force'.",
    ),
)
MISSING_SET_ASIDE = _t(
    "missing_set_aside",
    QT_TRANSLATE_NOOP(
        "messages",
        "De database {path} ontbreekt.{kept} Er is geen goede reservekopie. Begin bewust "
        "opnieuw met de standaardgegevens met 'briefing init --force', of laat het apart "
        "gezette bestand eerst herstellen.",
    ),
)
NOT_SET_ASIDE = _t(
    "not_set_aside",
    QT_TRANSLATE_NOOP(
        "messages",
        "De beschadigde database {path} kon niet apart worden gezet; er is niets teruggezet. "
        "Controleer of de map beschreven mag worden.",
    ),
)
NO_BACKUP_MADE = _t(
    "no_backup_made",
    QT_TRANSLATE_NOOP("messages", "Er kon geen reservekopie worden gemaakt: {reason}"),
)
DATASET_UNUSABLE = _t(
    "dataset_unusable",
    QT_TRANSLATE_NOOP("messages", "De standaardgegevens zijn onbruikbaar: {reason}"),
)
CANNOT_CREATE = _t(
    "cannot_create",
    QT_TRANSLATE_NOOP("messages", "De database {path} kan niet worden aangemaakt: {reason}."),
)
