"""The meeting cycle's words in the interface language (the domain keeps them in Dutch)."""

from __future__ import annotations

from briefing_app.domain.classification import Classification
from briefing_app.ui.i18n import tr as _tr


def note_type_label(note_type: str) -> str:
    labels = {
        "said": _tr("Zei de andere kant"),
        "used": _tr("Spreekpunt gebruikt"),
        "commitment": _tr("Toezegging"),
        "follow_up": _tr("Vervolgvraag"),
    }
    return labels.get(note_type, note_type)


def outcome_labels() -> dict[str, str]:
    return {
        "akkoord": _tr("Akkoord"),
        "deels": _tr("Deels akkoord"),
        "open": _tr("Open"),
        "afgewezen": _tr("Afgewezen"),
        "uitgesteld": _tr("Uitgesteld"),
    }


def report_audience(level: Classification) -> str:
    if level is Classification.OPENBAAR:
        return _tr("openbaar — voor de leden en de commissies")
    return _tr("intern — voor het bestuur")


def hints() -> str:
    return _tr(
        "→ volgende  ·  ← vorige  ·  typ om te zoeken  ·  F2 ondergrens  ·  "
        "Ctrl+N notitie (Ctrl+1 zei · 2 gebruikt · 3 toezegging · 4 vraag)  ·  F6 licht/donker  ·  "
        "Esc terug"
    )
