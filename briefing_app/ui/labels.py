"""Translated names for what the domain defines in Dutch: kinds, fields, choices and levels.

`domain/items.py` names everything once, in Dutch. The app shows those names through Qt's
translation system; the `QT_TRANSLATE_NOOP` table below is how `pyside6-lupdate` finds them
(they are not literals inside `tr()` calls), and `label()` translates at the moment of display.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing_app.domain.items import (
    POSITION_KIND_LABELS,
    STATUS_LABELS,
    TALKING_POINT_KIND_LABELS,
    ItemKind,
)

CONTEXT = "Labels"

# Every Dutch label the domain defines, so that lupdate extracts it into the .ts files.
_EXTRACTED = (
    QT_TRANSLATE_NOOP("Labels", "Dossier"),
    QT_TRANSLATE_NOOP("Labels", "Dossiers"),
    QT_TRANSLATE_NOOP("Labels", "Bron"),
    QT_TRANSLATE_NOOP("Labels", "Bronnen"),
    QT_TRANSLATE_NOOP("Labels", "Gesprekspartner"),
    QT_TRANSLATE_NOOP("Labels", "Gesprekspartners"),
    QT_TRANSLATE_NOOP("Labels", "Standpunt"),
    QT_TRANSLATE_NOOP("Labels", "Standpunten"),
    QT_TRANSLATE_NOOP("Labels", "Kerncijfer"),
    QT_TRANSLATE_NOOP("Labels", "Kerncijfers"),
    QT_TRANSLATE_NOOP("Labels", "Spreekpunt"),
    QT_TRANSLATE_NOOP("Labels", "Spreekpunten"),
    QT_TRANSLATE_NOOP("Labels", "Lastige vraag"),
    QT_TRANSLATE_NOOP("Labels", "Lastige vragen"),
    QT_TRANSLATE_NOOP("Labels", "Ledensignaal"),
    QT_TRANSLATE_NOOP("Labels", "Ledensignalen"),
    QT_TRANSLATE_NOOP("Labels", "Overleg"),
    QT_TRANSLATE_NOOP("Labels", "Overleggen"),
    QT_TRANSLATE_NOOP("Labels", "Agendapunt"),
    QT_TRANSLATE_NOOP("Labels", "Agenda"),
    QT_TRANSLATE_NOOP("Labels", "Delegatielid"),
    QT_TRANSLATE_NOOP("Labels", "Delegatie"),
    QT_TRANSLATE_NOOP("Labels", "Gesprekspartner bij overleg"),
    QT_TRANSLATE_NOOP("Labels", "Gesprekspartners bij overleg"),
    QT_TRANSLATE_NOOP("Labels", "Toezegging"),
    QT_TRANSLATE_NOOP("Labels", "Toezeggingen"),
    # fields
    QT_TRANSLATE_NOOP("Labels", "Code"),
    QT_TRANSLATE_NOOP("Labels", "Titel"),
    QT_TRANSLATE_NOOP("Labels", "Samenvatting"),
    QT_TRANSLATE_NOOP("Labels", "Escalatiestrategie"),
    QT_TRANSLATE_NOOP("Labels", "Soort"),
    QT_TRANSLATE_NOOP("Labels", "Datum"),
    QT_TRANSLATE_NOOP("Labels", "Uitgever"),
    QT_TRANSLATE_NOOP("Labels", "Vindplaats"),
    QT_TRANSLATE_NOOP("Labels", "Naam"),
    QT_TRANSLATE_NOOP("Labels", "Functie"),
    QT_TRANSLATE_NOOP("Labels", "Organisatie"),
    QT_TRANSLATE_NOOP("Labels", "Belangen"),
    QT_TRANSLATE_NOOP("Labels", "Partij"),
    QT_TRANSLATE_NOOP("Labels", "Ons antwoord"),
    QT_TRANSLATE_NOOP("Labels", "Paragraaf"),
    QT_TRANSLATE_NOOP("Labels", "Sleutel"),
    QT_TRANSLATE_NOOP("Labels", "Omschrijving"),
    QT_TRANSLATE_NOOP("Labels", "Waarde"),
    QT_TRANSLATE_NOOP("Labels", "Eenheid"),
    QT_TRANSLATE_NOOP("Labels", "Periode"),
    QT_TRANSLATE_NOOP("Labels", "Reeks"),
    QT_TRANSLATE_NOOP("Labels", "Peildatum"),
    QT_TRANSLATE_NOOP("Labels", "Toelichting"),
    QT_TRANSLATE_NOOP("Labels", "Tekst"),
    QT_TRANSLATE_NOOP("Labels", "Vraag"),
    QT_TRANSLATE_NOOP("Labels", "Antwoord"),
    QT_TRANSLATE_NOOP("Labels", "Signaal"),
    QT_TRANSLATE_NOOP("Labels", "Herkomst"),
    QT_TRANSLATE_NOOP("Labels", "Plaats"),
    QT_TRANSLATE_NOOP("Labels", "Notities"),
    QT_TRANSLATE_NOOP("Labels", "Doel"),
    QT_TRANSLATE_NOOP("Labels", "Rol"),
    QT_TRANSLATE_NOOP("Labels", "Aanvang"),
    QT_TRANSLATE_NOOP("Labels", "Soort waarde"),
    QT_TRANSLATE_NOOP("Labels", "Waarde bij benadering"),
    QT_TRANSLATE_NOOP("Labels", "Jaren bij benadering"),
    QT_TRANSLATE_NOOP("Labels", "Bron nog te bevestigen"),
    QT_TRANSLATE_NOOP("Labels", "één waarde"),
    QT_TRANSLATE_NOOP("Labels", "reeks per jaar"),
    QT_TRANSLATE_NOOP("Labels", "Doel van het overleg"),
    QT_TRANSLATE_NOOP("Labels", "Kernboodschap van het overleg"),
    QT_TRANSLATE_NOOP("Labels", "Minuten"),
    QT_TRANSLATE_NOOP("Labels", "Woordvoerder"),
    QT_TRANSLATE_NOOP("Labels", "Uiterlijk"),
    QT_TRANSLATE_NOOP("Labels", "Stand"),
    QT_TRANSLATE_NOOP("Labels", "Rubricering"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    # choices
    QT_TRANSLATE_NOOP("Labels", "Openingsbod"),
    QT_TRANSLATE_NOOP("Labels", "Ondergrens"),
    QT_TRANSLATE_NOOP("Labels", "BATNA / plan B"),
    QT_TRANSLATE_NOOP("Labels", "Verwacht standpunt"),
    QT_TRANSLATE_NOOP("Labels", "Afgesproken"),
    QT_TRANSLATE_NOOP("Labels", "Afgesproken op"),
    QT_TRANSLATE_NOOP("Labels", "Afspraak"),
    QT_TRANSLATE_NOOP("Labels", "Voornemen"),
    QT_TRANSLATE_NOOP("Labels", "Inzet"),
    QT_TRANSLATE_NOOP("Labels", "Kernboodschap"),
    QT_TRANSLATE_NOOP("Labels", "Kernboodschappen"),
    QT_TRANSLATE_NOOP("Labels", "Reactieve lijn"),
    QT_TRANSLATE_NOOP("Labels", "concept"),
    QT_TRANSLATE_NOOP("Labels", "definitief"),
    QT_TRANSLATE_NOOP("Labels", "Openbaar"),
    QT_TRANSLATE_NOOP("Labels", "Intern"),
    QT_TRANSLATE_NOOP("Labels", "Vertrouwelijk"),
    QT_TRANSLATE_NOOP("Labels", "VNG (wij)"),
    QT_TRANSLATE_NOOP("Labels", "Rijk (zij)"),
    QT_TRANSLATE_NOOP("Labels", "Samen"),
    QT_TRANSLATE_NOOP("Labels", "Tegenpartij"),
    QT_TRANSLATE_NOOP("Labels", "Bondgenoot"),
    QT_TRANSLATE_NOOP("Labels", "Overig"),
    QT_TRANSLATE_NOOP("Labels", "euro"),
    QT_TRANSLATE_NOOP("Labels", "procent"),
    QT_TRANSLATE_NOOP("Labels", "aantal"),
    QT_TRANSLATE_NOOP("Labels", "open"),
    QT_TRANSLATE_NOOP("Labels", "afgerond"),
)

# Dutch labels of choice values the domain stores as English codes.
_CHOICE_LABELS: dict[str, dict[str, str]] = {
    "party": {"ours": "VNG (wij)", "theirs": "Rijk (zij)", "agreed": "Samen"},
    "unit": {"eur": "euro", "percent": "procent", "number": "aantal"},
    "shape": {"single": "één waarde", "series": "reeks per jaar"},
    "state": {"open": "open", "done": "afgerond"},
    "stakeholder_kind": {"counterpart": "Tegenpartij", "ally": "Bondgenoot", "other": "Overig"},
    "position_kind": POSITION_KIND_LABELS,
    "talking_point_kind": TALKING_POINT_KIND_LABELS,
    "status": STATUS_LABELS,
    "classification": {
        "openbaar": "Openbaar",
        "intern": "Intern",
        "vertrouwelijk": "Vertrouwelijk",
    },
}


def label(dutch: str) -> str:
    """``dutch`` in the language of the interface."""
    return QCoreApplication.translate(CONTEXT, dutch)


def kind_label(kind: ItemKind, *, plural: bool = False) -> str:
    return label(kind.plural if plural else kind.label)


def field_label(kind: ItemKind, name: str) -> str:
    if name == "classification":
        return label("Rubricering")
    if name == "status":
        return label("Status")
    return label(kind.field(name).label)


def choice_group(kind: ItemKind, name: str) -> str:
    """Which label table a choice field uses: `kind` means different things per item kind."""
    if name == "kind":
        return f"{kind.name}_kind"
    return name


def choice_label(group: str, value: object) -> str:
    """The label of a stored choice (`ours` -> `VNG (wij)`); unknown values are shown as is."""
    if value is None:
        return ""
    return label(_CHOICE_LABELS.get(group, {}).get(str(value), str(value)))


def choices(group: str) -> list[tuple[str, str]]:
    """(value, label) pairs of a choice group, in the domain's order."""
    return [(value, label(text)) for value, text in _CHOICE_LABELS.get(group, {}).items()]
