"""What the pre-export check says, as messages (see `domain/messages.py`).

The check (`check.py`) reports its findings with these templates, so that the command line
prints them in Dutch and the app shows them in its own language. A new kind of finding adds
its heading here (and its line templates, when a line holds more than the user's own words).
"""

from __future__ import annotations

from briefing_app.domain.classification import Classification
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, templates

_t = templates("check")


# Headings, in the order a user should read them (`PackCheck.sections`).
MEETING_LEVEL = _t("meeting_level", QT_TRANSLATE_NOOP("messages", "Rubricering van het overleg"))
MEETING_GAPS = _t("meeting_gaps", QT_TRANSLATE_NOOP("messages", "Het overleg mist"))
BROKEN = _t("broken", QT_TRANSLATE_NOOP("messages", "Onbekende cijferverwijzingen"))
MALFORMED = _t(
    "malformed", QT_TRANSLATE_NOOP("messages", "Onjuiste cijferverwijzingen (niet ingevuld)")
)
PENDING_SOURCES = _t(
    "pending_sources",
    QT_TRANSLATE_NOOP("messages", "Gewijzigde cijfers zonder bron voor de nieuwe waarde"),
)
STALE_QUOTES = _t(
    "stale_quotes",
    QT_TRANSLATE_NOOP(
        "messages", "Toelichtingen die een getal citeren dat het cijfer niet meer heeft"
    ),
)
MISSING_GLYPHS = _t(
    "missing_glyphs", QT_TRANSLATE_NOOP("messages", "Tekens die het lettertype niet kan afdrukken")
)
SUMMARY_DRAFTS = _t(
    "summary_drafts", QT_TRANSLATE_NOOP("messages", "Concept-onderdelen in de samenvatting")
)
WITHHELD = _t(
    "withheld",
    QT_TRANSLATE_NOOP(
        "messages", "Cijfers die niet in deze editie mogen (verwijzing onleesbaar gemaakt)"
    ),
)
NO_SOURCE = _t("no_source", QT_TRANSLATE_NOOP("messages", "Kerncijfers zonder bron"))
NO_DATE = _t("no_date", QT_TRANSLATE_NOOP("messages", "Kerncijfers zonder peildatum"))
STALE = _t("stale", QT_TRANSLATE_NOOP("messages", "Kerncijfers ouder dan {days} dagen"))
DRAFTS = _t("drafts", QT_TRANSLATE_NOOP("messages", "Onderdelen nog in concept"))
NO_BOTTOM_LINE = _t(
    "no_bottom_line", QT_TRANSLATE_NOOP("messages", "Agendadossiers zonder ondergrens")
)

# Lines.
MEETING_ABOVE = _t(
    "meeting_above",
    QT_TRANSLATE_NOOP(
        "messages",
        "Het overleg zelf is gerubriceerd als {level}; titel, datum en plaats zijn weggelaten; "
        "het pakket heet naar zijn dossiers",
    ),
)
GAP_DATE = _t("gap.date", QT_TRANSLATE_NOOP("messages", "geen datum"))
GAP_START = _t("gap.start_time", QT_TRANSLATE_NOOP("messages", "geen aanvangstijd"))
GAP_PLACE = _t("gap.place", QT_TRANSLATE_NOOP("messages", "geen plaats"))
GAP_AIM = _t("gap.aim", QT_TRANSLATE_NOOP("messages", "geen doel van het overleg"))
GAP_DELEGATION = _t(
    "gap.delegation", QT_TRANSLATE_NOOP("messages", "geen delegatie (wie spreekt namens de VNG)")
)
GAP_ROLE = _t("gap.role", QT_TRANSLATE_NOOP("messages", "geen rol voor {name}"))
GAP_COUNTERPARTS = _t(
    "gap.counterparts",
    QT_TRANSLATE_NOOP("messages", "geen gesprekspartners (met wie is het overleg)"),
)
GAP_FUNCTION = _t("gap.function", QT_TRANSLATE_NOOP("messages", "geen functie voor {name}"))
BROKEN_LINE = _t(
    "broken.line", QT_TRANSLATE_NOOP("messages", "{where}: cijfer '{key}' bestaat niet")
)
WITHHELD_LINE = _t(
    "withheld.line",
    QT_TRANSLATE_NOOP("messages", "{where}: cijfer '{key}' staat boven deze editie"),
)
PENDING_LINE = _t("pending.line", QT_TRANSLATE_NOOP("messages", "{label} (nu {value})"))
STALE_QUOTE_LINE = _t(
    "stale_quote.line",
    QT_TRANSLATE_NOOP("messages", "{label}: citeert {written}, het cijfer is nu {value}"),
)
IN = _t("in", QT_TRANSLATE_NOOP("messages", "{where}: {title}"))  # an item in its dossier
TITLE = _t("title", QT_TRANSLATE_NOOP("messages", "{title}"))  # an item's title, maybe marked
STALE_LINE = _t("stale.line", QT_TRANSLATE_NOOP("messages", "{label} ({date})"))
CITED_IN = _t("cited_in", QT_TRANSLATE_NOOP("messages", "{where}: {title} (genoemd in de tekst)"))
CITED = _t("cited", QT_TRANSLATE_NOOP("messages", "{title} (genoemd in de tekst)"))

# The summary.
SUMMARY_TITLE = {
    Classification.OPENBAAR: _t(
        "summary.openbaar", QT_TRANSLATE_NOOP("messages", "Controle vóór export (openbare editie):")
    ),
    Classification.INTERN: _t(
        "summary.intern", QT_TRANSLATE_NOOP("messages", "Controle vóór export (interne editie):")
    ),
    Classification.VERTROUWELIJK: _t(
        "summary.vertrouwelijk",
        QT_TRANSLATE_NOOP("messages", "Controle vóór export (vertrouwelijke editie):"),
    ),
}
SUMMARY_HEADING = _t("summary.heading", QT_TRANSLATE_NOOP("messages", "- {title}: {count}"))
SUMMARY_ITEM = _t("summary.item", QT_TRANSLATE_NOOP("messages", "    · {item}"))
SUMMARY_LEFT_OUT = _t(
    "summary.left_out",
    QT_TRANSLATE_NOOP("messages", "- Onderdelen die deze editie weglaat: {count}"),
)
SUMMARY_CLEAN = _t("summary.clean", QT_TRANSLATE_NOOP("messages", "Geen aandachtspunten."))
