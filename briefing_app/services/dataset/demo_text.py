"""Dutch-like text for generated databases, built from the negotiation's own vocabulary.

Large demo databases need text that looks and searches like the real thing: the words of the
VNG resolution (opschalingskorting, gemeentefonds, jeugdzorg, Wmo, …), common and rare words in
a natural mix, names of municipalities that only a few items mention. Sentences come from
templates filled from word lists with a seeded random generator, so a seed always gives the same
text. A pool of distinct sentences is made once and items combine a few of them: that keeps a
million talking points fast to produce while the search index still sees tens of thousands of
different sentences.
"""

from __future__ import annotations

import random

DOSSIER_THEMES: tuple[tuple[str, str], ...] = (
    ("gemeentefonds", "Gemeentefonds en financiële positie"),
    ("wmo", "Wet maatschappelijke ondersteuning (Wmo)"),
    ("jeugdzorg", "Jeugdzorg"),
    ("wonen", "Wonen en woningbouw"),
    ("spuks", "Specifieke uitkeringen (SPUKs)"),
    ("bestaanszekerheid", "Bestaanszekerheid"),
    ("kansengelijkheid", "Kansengelijkheid"),
    ("zorg", "Toekomst van de zorg"),
    ("asiel", "Asiel en migratie"),
    ("klimaat", "Klimaat en energie"),
    ("inrichting", "Woningbouw en de inrichting van Nederland"),
    ("vertrouwen", "Vertrouwen in de overheid"),
    ("participatie", "Participatiewet"),
    ("veiligheid", "Openbare orde en veiligheid"),
    ("onderwijs", "Onderwijshuisvesting"),
    ("mobiliteit", "Mobiliteit en bereikbaarheid"),
)

# (subject, singular?) and verbs as (singular, plural): the sentences should read as Dutch.
SUBJECTS: tuple[tuple[str, bool], ...] = (
    ("Gemeenten", False),
    ("De VNG", True),
    ("Het rijk", True),
    ("Het kabinet", True),
    ("De fondsbeheerders", False),
    ("De colleges", False),
    ("Wethouders", False),
    ("De leden", False),
    ("Het bestuur", True),
    ("Kleine gemeenten", False),
    ("Grote steden", False),
    ("Plattelandsgemeenten", False),
    ("De provincies", False),
    ("Elke regio", True),
    ("Uitvoeringsorganisaties", False),
    ("Zorgaanbieders", False),
    ("Woningcorporaties", False),
    ("Inwoners", False),
    ("De ALV", True),
)
VERBS: tuple[tuple[str, str], ...] = (
    ("vraagt om", "vragen om"),
    ("rekent op", "rekenen op"),
    ("heeft behoefte aan", "hebben behoefte aan"),
    ("wil afspraken over", "willen afspraken over"),
    ("dringt aan op", "dringen aan op"),
    ("wijst op", "wijzen op"),
    ("staat voor", "staan voor"),
    ("is afhankelijk van", "zijn afhankelijk van"),
    ("verwacht", "verwachten"),
    ("houdt vast aan", "houden vast aan"),
    ("bepleit", "bepleiten"),
    ("legt nadruk op", "leggen nadruk op"),
    ("ziet kansen in", "zien kansen in"),
    ("maakt zich zorgen over", "maken zich zorgen over"),
)
OBJECTS = (
    "structurele middelen",
    "een duurzaam toereikende indexering",
    "herstel van het gemeentefonds",
    "het schrappen van de opschalingskorting",
    "een oplossing voor de accreskorting",
    "een reële uitgangspositie",
    "meer beleidsvrijheid",
    "minder specifieke uitkeringen",
    "een eerlijke verdeling van taken en middelen",
    "financiële zekerheid op lange termijn",
    "de uitvoerbaarheid van nieuwe taken",
    "voldoende menskracht",
    "een haalbare planning",
    "heldere wetgeving",
    "interbestuurlijke samenwerking",
    "een bestuursakkoord",
    "compensatie voor de hogere zorgkosten",
    "ruimte voor lokaal maatwerk",
    "een stabiel accres",
    "het opheffen van de korting op de Wmo",
    "betaalbare woningen voor starters",
    "snellere procedures voor woningbouw",
    "passende opvang van asielzoekers",
    "een evenwichtige spreiding",
    "de energietransitie",
    "armoedebestrijding",
    "schuldhulpverlening",
    "preventie in het sociaal domein",
    "de beheersbaarheid van de jeugdzorg",
    "de eigen bijdrage in de Wmo",
)
QUALIFIERS = (
    "vanaf 2026",
    "in de komende kabinetsperiode",
    "voor alle gemeenten",
    "zonder nieuwe taken erbij",
    "in overleg met IPO en UvW",
    "voor de Voorjaarsnota",
    "bij de Septembercirculaire",
    "uiterlijk in 2027",
    "tot en met 2029",
    "op korte termijn",
    "structureel en niet incidenteel",
    "in het belang van onze inwoners",
    "met respect voor elkaars positie",
    "op basis van onderling vertrouwen",
    "zoals afgesproken in de resolutie",
    "voordat nieuwe taken worden overgedragen",
)
CONNECTORS = (
    "Daarom",
    "Tegelijkertijd",
    "Bovendien",
    "Zonder die afspraak",
    "Als dat niet lukt",
    "Om die reden",
    "Daarnaast",
    "In dat licht",
    "Juist nu",
    "Anders dan het rijk stelt",
)
CONSEQUENCES = (
    "komt de uitvoering in gevaar",
    "moeten gemeenten bezuinigen op voorzieningen",
    "lopen de tekorten verder op",
    "stijgen de lokale lasten",
    "kan de ALV escaleren",
    "blijft het vertrouwen in de overheid onder druk staan",
    "stagneert de woningbouw",
    "ontstaan wachtlijsten in de jeugdzorg",
    "wordt de Wmo onbetaalbaar",
    "verschuift het risico naar de inwoners",
    "is een nieuw bestuursakkoord niet haalbaar",
)
QUESTION_STARTS = (
    "Waarom vragen gemeenten om",
    "Hoe rechtvaardigt u",
    "Wat gebeurt er zonder",
    "Kunnen gemeenten zelf zorgen voor",
    "Is het niet tijd voor minder",
    "Wie betaalt",
    "Waarom is er geen ruimte voor",
    "Wat levert het rijk op voor",
)
MUNICIPALITIES = (
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Enschede",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Zaanstad",
    "Amersfoort",
    "Haarlemmermeer",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Ede",
    "Leeuwarden",
    "Alphen aan den Rijn",
    "Westland",
    "Emmen",
    "Delft",
    "Venlo",
    "Deventer",
    "Sittard-Geleen",
    "Helmond",
    "Oss",
    "Amstelveen",
    "Hilversum",
    "Súdwest-Fryslân",
    "Heerlen",
    "Hengelo",
    "Purmerend",
    "Roosendaal",
    "Schiedam",
    "Lelystad",
    "Leidschendam-Voorburg",
    "Gouda",
    "Hoorn",
    "Vlaardingen",
    "Almelo",
    "Assen",
    "Velsen",
    "Capelle aan den IJssel",
    "Veenendaal",
    "Katwijk",
    "Zeist",
    "Nieuwegein",
    "Heemstede",
    "Beesel",
    "Vaals",
    "Schiermonnikoog",
    "Vlieland",
    "Ameland",
    "Terschelling",
    "Rozendaal",
    "Renswoude",
    "Baarle-Nassau",
    "Dinkelland",
)
ORIGINS = ("ALV", "motie", "ledenbrief", "regiobijeenkomst", "enquête", "commissie", "inspreker")
FIGURE_METRICS: tuple[tuple[str, str, str], ...] = (
    ("accres", "Accres gemeentefonds", "eur"),
    ("korting", "Korting op het gemeentefonds", "eur"),
    ("indexatie", "Indexatie zorgkosten", "eur"),
    ("tekort", "Structureel tekort gemeenten", "eur"),
    ("uitgaven", "Uitgaven per inwoner", "eur"),
    ("clienten", "Aantal cliënten", "number"),
    ("wachtlijst", "Wachtenden langer dan 12 weken", "number"),
    ("woningen", "Nieuwbouwwoningen per jaar", "number"),
    ("aandeel", "Aandeel in het gemeentefonds", "percent"),
    ("groei", "Jaarlijkse groei van de kosten", "percent"),
    ("eigenbijdrage", "Opbrengst eigen bijdrage", "eur"),
    ("spuk", "Middelen via specifieke uitkeringen", "eur"),
)
DELEGATE_NAMES = (
    "Sharon Dijksma",
    "Leonard Geluk",
    "Jorrit Nuijens",
    "Marieke Moorman",
    "Rutger Groot Wassink",
    "Bas Eenhoorn",
    "Carola Schouten",
    "Arjen Gerritsen",
    "Marianne Schuurmans",
    "Sjaak Kamminga",
)
DELEGATE_ROLES = (
    "voorzitter",
    "woordvoerder financiën",
    "woordvoerder sociaal domein",
    "secretaris",
    "adviseur",
    "notulist",
)
STAKEHOLDERS: tuple[tuple[str, str, str, str], ...] = (
    ("minister-bzk", "Minister van BZK", "fondsbeheerder", "counterpart"),
    ("minister-fin", "Minister van Financiën", "fondsbeheerder", "counterpart"),
    ("staatssecretaris-fin", "Staatssecretaris van Financiën", "fondsbeheerder", "counterpart"),
    ("ipo", "Interprovinciaal Overleg (IPO)", "koepel van provincies", "ally"),
    ("uvw", "Unie van Waterschappen (UvW)", "koepel van waterschappen", "ally"),
    ("g40", "G40 stedennetwerk", "netwerk van middelgrote steden", "ally"),
    ("p10", "P10 plattelandsgemeenten", "netwerk van plattelandsgemeenten", "ally"),
    ("vws", "Minister van VWS", "vakminister zorg", "other"),
)
SOURCE_TITLES = (
    ("Resolutie 'Nieuw kabinet, gebruik en borg de kracht van het lokaal bestuur'", "resolutie"),
    ("Voorjaarsnota 2024", "Voorjaarsnota"),
    ("Meicirculaire gemeentefonds", "circulaire"),
    ("Septembercirculaire gemeentefonds", "circulaire"),
    ("Ledenbrief over de inzet kabinetsformatie", "ledenbrief"),
    ("Brief van de fondsbeheerders aan de Tweede Kamer", "brief"),
    ("Rapport ROB over de financiële verhoudingen", "rapport"),
    ("Motie ALV 1 december 2023", "motie"),
)


class TextMaker:
    """Seeded producer of sentences, talking points and questions."""

    def __init__(self, rng: random.Random, pool_size: int = 20_000) -> None:
        self.rng = rng
        self.pool = [self._sentence() for _ in range(pool_size)]

    def _sentence(self) -> str:
        r = self.rng
        shape = r.random()
        if shape < 0.55:
            subject, singular = r.choice(SUBJECTS)
            verb = r.choice(VERBS)[0 if singular else 1]
            text = f"{subject} {verb} {r.choice(OBJECTS)} {r.choice(QUALIFIERS)}."
        elif shape < 0.85:
            text = f"{r.choice(CONNECTORS)} {r.choice(CONSEQUENCES)} zonder {r.choice(OBJECTS)}."
        else:
            place = r.choice(MUNICIPALITIES)
            text = f"In {place} {r.choice(CONSEQUENCES)}; {place} vraagt om {r.choice(OBJECTS)}."
        return text

    def sentences(self, count: int) -> str:
        pool, randrange, n = self.pool, self.rng.randrange, len(self.pool)
        return " ".join(pool[randrange(n)] for _ in range(count))

    def question(self) -> str:
        return f"{self.rng.choice(QUESTION_STARTS)} {self.rng.choice(OBJECTS)}?"

    def municipality(self) -> str:
        return self.rng.choice(MUNICIPALITIES)
