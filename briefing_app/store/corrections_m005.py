"""Frozen data of migration m005: the default dataset's words that overstated a status.

Databases built from the default dataset before this version carry texts that print the
cabinet's intentions (kabinetsvoornemens, besluitpunt 2 of the source) as agreed, and a bottom
line that calls them "toegezegd". Migration m005 puts the corrected words in place, but only
where the text is still exactly the old default: a text a user has edited is theirs.
Never edit this file; a later correction is a later migration.
"""

from __future__ import annotations

# The positions of the default dataset that were kind 'agreed' but are intentions of the other
# side; they become kind 'intention', party 'theirs'.
INTENTIONS = ("wmo-pos-voorjaarsnota", "spuks-pos-voorjaarsnota", "gemeentefonds-pos-voorjaarsnota")

# (table, item id, column, the old default text, the corrected text)
TEXTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "positions",
        "wmo-pos-voorjaarsnota",
        "text",
        "Resultaat Voorjaarsnota 2024: rechtvaardige risicoverdeling Wmo door heldere afspraken over objectieve indexering en aparte fondsvorming.",
        "Kabinetsvoornemen in de Voorjaarsnota 2024: rechtvaardige risicoverdeling Wmo door heldere afspraken over objectieve indexering en aparte fondsvorming. Nog om te zetten in concrete afspraken (besluitpunt 2).",
    ),
    (
        "positions",
        "wmo-pos-voorjaarsnota",
        "source_section",
        "Toelichting §4 Voorjaarsnota",
        "Besluitpunt 2; Toelichting §4 Voorjaarsnota",
    ),
    (
        "positions",
        "wmo-pos-ondergrens",
        "text",
        "Geen afspraken over de Wmo zonder vastgelegde objectieve indexering en aparte fondsvorming, zoals in de Voorjaarsnota 2024 toegezegd. Wij stemmen alleen in met voorstellen die uitvoerbaar zijn in menskracht, planning, wetgeving en financiën.",
        "Geen afspraken over de Wmo zonder vastgelegde objectieve indexering en aparte fondsvorming, zoals het kabinet die in de Voorjaarsnota 2024 als voornemen opneemt. Wij stemmen alleen in met voorstellen die uitvoerbaar zijn in menskracht, planning, wetgeving en financiën.",
    ),
    (
        "talking_points",
        "wmo-tp-indexering-zorgkosten",
        "text",
        "Naast de afspraken over de Wmo neemt het kabinet een indexering van de zorgkosten op: {fig:indexering-zorgkosten.2026} in 2026, oplopend tot {fig:indexering-zorgkosten.2029} in 2029. Wij willen vastleggen hoe een objectieve indexering wordt bepaald.",
        "Naast de voornemens over de Wmo neemt het kabinet een indexering van de zorgkosten op: {fig:indexering-zorgkosten.2026} in 2026, oplopend tot {fig:indexering-zorgkosten.2029} in 2029. Wij willen vastleggen hoe een objectieve indexering wordt bepaald.",
    ),
    (
        "hard_questions",
        "wmo-hq-indexering-al-geregeld",
        "answer",
        "De Voorjaarsnota spreekt een rechtvaardige risicoverdeling voor de Wmo af via objectieve indexering en aparte fondsvorming. Dat zijn voornemens; onze leden hebben ons opgedragen ze om te zetten in concrete afspraken.",
        "De Voorjaarsnota neemt een rechtvaardige risicoverdeling voor de Wmo op, door heldere afspraken over objectieve indexering en aparte fondsvorming. Dat zijn kabinetsvoornemens; onze leden hebben ons opgedragen ze om te zetten in concrete afspraken.",
    ),
    (
        "positions",
        "spuks-pos-voorjaarsnota",
        "text",
        "Resultaat Voorjaarsnota 2024: een opschoonactie voor specifieke uitkeringen (SPUKs).",
        "Kabinetsvoornemen in de Voorjaarsnota 2024: een opschoonactie voor specifieke uitkeringen (SPUKs). Nog om te zetten in concrete afspraken (besluitpunt 2).",
    ),
    (
        "positions",
        "spuks-pos-voorjaarsnota",
        "source_section",
        "Toelichting §4 Voorjaarsnota",
        "Besluitpunt 2; Toelichting §4 Voorjaarsnota",
    ),
    (
        "positions",
        "gemeentefonds-pos-voorjaarsnota",
        "text",
        "Resultaat Voorjaarsnota 2024: de oploop van de opschalingskorting van {fig:opschalingskorting} wordt structureel geschrapt. Daar staat tegenover dat het gemeentefonds in 2025 eenmalig {fig:gemeentefonds-uitname-2025} lager wordt vastgesteld; vanaf 2026 stijgt het structureel met {fig:gemeentefonds-stijging.2026}, oplopend tot ongeveer {fig:gemeentefonds-stijging.2029} in 2029.",
        "Het demissionaire kabinet neemt in de Voorjaarsnota 2024 op: de oploop van de opschalingskorting van {fig:opschalingskorting} wordt structureel geschrapt. Daar staat tegenover dat het gemeentefonds in 2025 eenmalig {fig:gemeentefonds-uitname-2025} lager wordt vastgesteld; vanaf 2026 stijgt het structureel met {fig:gemeentefonds-stijging.2026}, oplopend tot ongeveer {fig:gemeentefonds-stijging.2029} in 2029.",
    ),
    (
        "stakeholders",
        "minister-bzk",
        "interests",
        "Als fondsbeheerder medeverantwoordelijk voor het gemeentefonds. Voerde met de andere fondsbeheerders de intensieve gesprekken met de VNG-delegatie over de Voorjaarsnota 2024; het demissionaire kabinet schrapte de oploop van de opschalingskorting, maar vroeg daarvoor een prijs: het gemeentefonds wordt in 2025 eenmalig lager vastgesteld.",
        "Als fondsbeheerder medeverantwoordelijk voor het gemeentefonds. Voerde met de andere fondsbeheerders de intensieve gesprekken met de VNG-delegatie over de Voorjaarsnota 2024; het demissionaire kabinet neemt daarin het schrappen van de oploop van de opschalingskorting op, maar vraagt daarvoor een prijs: het gemeentefonds wordt in 2025 eenmalig lager vastgesteld.",
    ),
)
