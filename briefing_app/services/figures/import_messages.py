"""What reading a file of key figures says, as messages (see `domain/messages.py`): about a row
(its problems, what it changes and the words for that, "ja", "nee") and about the file as a whole.

The command line prints them in Dutch; the app shows them in its own language.
"""

from __future__ import annotations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

_t = templates("figure_import")


# What a row of the file gets said about it (see domain/messages.py).
ROW_PROBLEM = _t(
    "row_problem", QT_TRANSLATE_NOOP("messages", "Rij {row}, kolom {column}: {problem}")
)
SERIES_YEAR = _t(
    "series_year", QT_TRANSLATE_NOOP("messages", "jaar {year} van de reeks, zie rij {row}")
)
CHANGE = _t("change", QT_TRANSLATE_NOOP("messages", "{name}: {old} -> {new}"))
CHANGES = _t("changes", QT_TRANSLATE_NOOP("messages", "{changes}"))
DOUBLE = _t("double", QT_TRANSLATE_NOOP("messages", "dubbel: staat ook op rij {row}"))
KEY_REQUIRED = _t("key_required", QT_TRANSLATE_NOOP("messages", "de sleutel is verplicht"))
IS_SERIES = _t(
    "is_series",
    QT_TRANSLATE_NOOP(
        "messages",
        "kerncijfer '{key}' is een reeks per jaar; geef per jaar een rij met de kolom jaar "
        "(één waarde zonder jaar past er niet in)",
    ),
)
IS_SINGLE = _t(
    "is_single",
    QT_TRANSLATE_NOOP(
        "messages",
        "kerncijfer '{key}' is één waarde, geen reeks per jaar; laat de kolom jaar leeg (of "
        "maak er in de app eerst een reeks van)",
    ),
)
NO_VALUE_FOR = _t("no_value_for", QT_TRANSLATE_NOOP("messages", "geen waarde voor {year}"))
ROW_WITHOUT_YEAR = _t(
    "row_without_year",
    QT_TRANSLATE_NOOP(
        "messages",
        "rij zonder jaar, terwijl rij {row} een jaar van '{key}' geeft; geef elke rij van een "
        "reeks een jaar",
    ),
)
# The file as a whole.
EMPTY = _t("empty", QT_TRANSLATE_NOOP("messages", "Het bestand is leeg."))
TOO_MANY_ROWS = _t(
    "too_many_rows", QT_TRANSLATE_NOOP("messages", "Meer dan {count} rijen; splits het bestand.")
)
HEADER_ONLY = _t(
    "header_only",
    QT_TRANSLATE_NOOP("messages", "Het bestand heeft alleen een kopregel en geen kerncijfers."),
)
# The columns are named as the file may name them: the Dutch headings in Dutch, the English
# ones (also accepted) in English; the English translation uses {missing_en} and {expected_en}.
MISSING_COLUMNS = _t(
    "missing_columns",
    QT_TRANSLATE_NOOP(
        "messages",
        "De eerste rij mist de kolom(men) {missing}. Verwachte kolommen: {expected}",
    ),
)
UNKNOWN_COLUMNS = _t(
    "unknown_columns",
    QT_TRANSLATE_NOOP("messages", "Onbekende kolom(men) in de eerste rij: {columns}."),
)
HAS_PROBLEMS = _t(
    "has_problems",
    QT_TRANSLATE_NOOP(
        "messages", "{count} probleem/problemen in het bestand; er is niets ingelezen."
    ),
)
NO_BACKUP = _t("no_backup", QT_TRANSLATE_NOOP("messages", "{reason} Daarom is er niets ingelezen."))
NOT_APPLIED = _t("not_applied", QT_TRANSLATE_NOOP("messages", "{reason} Er is niets ingelezen."))
YES = _t("yes", QT_TRANSLATE_NOOP("messages", "ja"))
NO = _t("no", QT_TRANSLATE_NOOP("messages", "nee"))

# What one cell may not hold (import_cells); the value in quotes is the cell as the file has it.
UNIT_REQUIRED = _t(
    "unit_required",
    QT_TRANSLATE_NOOP(
        "messages", "de eenheid is verplicht voor een nieuw kerncijfer (euro, procent of aantal)"
    ),
)
UNKNOWN_UNIT = _t(
    "unknown_unit",
    QT_TRANSLATE_NOOP("messages", "onbekende eenheid {unit}; kies euro, procent of aantal"),
)
DOSSIER_REQUIRED = _t("dossier_required", QT_TRANSLATE_NOOP("messages", "het dossier is verplicht"))
UNKNOWN_DOSSIER = _t("unknown_dossier", QT_TRANSLATE_NOOP("messages", "onbekend dossier {slug}"))
NOT_A_NUMBER = _t("not_a_number", QT_TRANSLATE_NOOP("messages", "geen getal"))
SCIENTIFIC = _t(
    "scientific",
    QT_TRANSLATE_NOOP(
        "messages",
        "{text} is wetenschappelijke notatie; schrijf het getal voluit, bijvoorbeeld 1.500.000 "
        "of € 1,5 mln",
    ),
)
TOO_LARGE = _t(
    "too_large",
    QT_TRANSLATE_NOOP(
        "messages", "het getal is onwaarschijnlijk groot (meer dan 1 biljard); klopt het?"
    ),
)
NOT_A_YEAR = _t(
    "not_a_year",
    QT_TRANSLATE_NOOP("messages", "{text} is geen jaartal (schrijf bijvoorbeeld 2026)"),
)
NOT_A_DATE = _t(
    "not_a_date",
    QT_TRANSLATE_NOOP("messages", "{text} is geen datum (schrijf 15-06-2024 of 2024-06-15)"),
)
UNKNOWN_CHOICE = _t(
    "unknown_choice", QT_TRANSLATE_NOOP("messages", "onbekende waarde {text}; kies {choices}")
)
OR = _t("or", QT_TRANSLATE_NOOP("messages", "of"))  # between the choices: "concept of definitief"
