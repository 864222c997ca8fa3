"""The kinds of item the store holds, described once.

Each kind names its table, its editable fields and its defaults. The repository validates
writes against it, the app builds its editors and labels from it, the dataset loader and bundle
import check their input with it: one description instead of several that drift apart. (The
schema and the search index are SQL in `store/`, frozen per migration.)
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.classification import Classification

DRAFT = "draft"
FINAL = "final"
STATUSES = (DRAFT, FINAL)
STATUS_LABELS = {DRAFT: "concept", FINAL: "definitief"}

PARTIES = ("ours", "theirs", "agreed")
# The status vocabulary of a position: what we ask, what we accept at the least, what the other
# side intends, what it is expected to say, and what was agreed. Each is printed under its own
# label, so an intention can never be read as an agreement.
POSITION_KINDS = ("opening", "target", "bottom_line", "batna", "expected", "intention", "agreed")
POSITION_KIND_LABELS = {
    "opening": "Openingsbod",
    "target": "Inzet",
    "bottom_line": "Ondergrens",
    "batna": "BATNA / plan B",
    "expected": "Verwacht standpunt",
    "intention": "Voornemen",
    "agreed": "Afspraak",
}
# Whose position each kind is; the packs group by kind, so a wrong party cannot promote a text.
PARTY_OF_POSITION_KIND = {
    "opening": "ours",
    "target": "ours",
    "bottom_line": "ours",
    "batna": "ours",
    "expected": "theirs",
    "intention": "theirs",
    "agreed": "agreed",
}
TALKING_POINT_KINDS = ("key_message", "talking_point", "reactive_line")
TALKING_POINT_KIND_LABELS = {
    "key_message": "Kernboodschap",
    "talking_point": "Spreekpunt",
    "reactive_line": "Reactieve lijn",
}
STAKEHOLDER_KINDS = ("counterpart", "ally", "other")
FIGURE_UNITS = ("eur", "percent", "number")
# A figure is one value or a series per year: the pack, chart and import follow this, never a guess.
FIGURE_SHAPES = ("single", "series")
COMMITMENT_STATUSES = ("open", "done")


@dataclass(frozen=True)
class Field:
    """One stored column of an item kind. ``kind`` is text, code (a slug or key: see
    `validation.code_problem`), int, bool (0/1), float, date, time (HH:MM), json (a series:
    year -> amount) or years (a list of years)."""

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    searchable: bool = False
    choices: tuple[str, ...] = ()
    references: str | None = None  # the table a foreign key points at


@dataclass(frozen=True)
class ItemKind:
    """An item kind: its table, its fields and how people call it."""

    name: str
    table: str
    label: str
    plural: str
    fields: tuple[Field, ...]
    parent: str | None = None  # the field that ties the item to its dossier or meeting
    ordered: bool = False
    has_status: bool = False
    default_classification: Classification = Classification.INTERN
    title_field: str = "title"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


_SOURCE_REF = (
    Field("source_id", "Bron", references="sources"),
    Field("source_section", "Paragraaf", searchable=True),
)
_DOSSIER_REF = Field("dossier_id", "Dossier", required=True, references="dossiers")

DOSSIER = ItemKind(
    "dossier",
    "dossiers",
    "Dossier",
    "Dossiers",
    (
        Field("slug", "Code", kind="code", required=True),
        Field("title", "Titel", required=True, searchable=True),
        Field("summary", "Samenvatting", searchable=True),
        Field("escalation", "Escalatiestrategie", searchable=True),
    ),
    ordered=True,
)
SOURCE = ItemKind(
    "source",
    "sources",
    "Bron",
    "Bronnen",
    (
        Field("title", "Titel", required=True, searchable=True),
        Field("kind", "Soort", searchable=True),
        Field("issued_on", "Datum", kind="date"),
        Field("publisher", "Uitgever", searchable=True),
        Field("reference", "Vindplaats", searchable=True),
    ),
    default_classification=Classification.OPENBAAR,
)
STAKEHOLDER = ItemKind(
    "stakeholder",
    "stakeholders",
    "Gesprekspartner",
    "Gesprekspartners",
    (
        Field("slug", "Code", kind="code", required=True),
        Field("name", "Naam", required=True, searchable=True),
        Field("role", "Functie", searchable=True),
        Field("organisation", "Organisatie", searchable=True),
        Field("kind", "Soort", choices=STAKEHOLDER_KINDS),
        Field("interests", "Belangen", searchable=True),
    ),
    ordered=True,
    title_field="name",
)
POSITION = ItemKind(
    "position",
    "positions",
    "Standpunt",
    "Standpunten",
    (
        _DOSSIER_REF,
        Field("party", "Partij", required=True, choices=PARTIES),
        Field("kind", "Soort", required=True, choices=POSITION_KINDS),
        Field("stakeholder_id", "Gesprekspartner", references="stakeholders"),
        Field("text", "Standpunt", required=True, searchable=True),
        Field("our_answer", "Ons antwoord", searchable=True),
        Field("agreed_on", "Afgesproken op", kind="date"),
        *_SOURCE_REF,
    ),
    parent="dossier_id",
    ordered=True,
    has_status=True,
    title_field="text",
)
FIGURE = ItemKind(
    "figure",
    "figures",
    "Kerncijfer",
    "Kerncijfers",
    (
        _DOSSIER_REF,
        Field("key", "Sleutel", kind="code", required=True, searchable=True),
        Field("label", "Omschrijving", required=True, searchable=True),
        Field("shape", "Soort waarde", choices=FIGURE_SHAPES),
        Field("value", "Waarde", kind="float"),
        Field("value_approx", "Waarde bij benadering", kind="bool"),
        Field("unit", "Eenheid", required=True, choices=FIGURE_UNITS),
        Field("period", "Periode", searchable=True),
        Field("series", "Reeks", kind="json"),
        Field("series_approx", "Jaren bij benadering", kind="years"),
        Field("as_of", "Peildatum", kind="date"),
        Field("note", "Toelichting", searchable=True),
        *_SOURCE_REF,
        # Set when the value changes without a source for the new value (see domain.provenance).
        Field("source_pending", "Bron nog te bevestigen", kind="bool"),
    ),
    parent="dossier_id",
    ordered=True,
    has_status=True,
    title_field="label",
)
TALKING_POINT = ItemKind(
    "talking_point",
    "talking_points",
    "Spreekpunt",
    "Spreekpunten",
    (
        _DOSSIER_REF,
        Field("kind", "Soort", required=True, choices=TALKING_POINT_KINDS),
        Field("text", "Tekst", required=True, searchable=True),
        *_SOURCE_REF,
    ),
    parent="dossier_id",
    ordered=True,
    has_status=True,
    title_field="text",
)
HARD_QUESTION = ItemKind(
    "hard_question",
    "hard_questions",
    "Lastige vraag",
    "Lastige vragen",
    (
        _DOSSIER_REF,
        Field("question", "Vraag", required=True, searchable=True),
        Field("answer", "Antwoord", searchable=True),
        *_SOURCE_REF,
    ),
    parent="dossier_id",
    ordered=True,
    has_status=True,
    title_field="question",
)
MEMBER_SIGNAL = ItemKind(
    "member_signal",
    "member_signals",
    "Ledensignaal",
    "Ledensignalen",
    (
        _DOSSIER_REF,
        Field("text", "Signaal", required=True, searchable=True),
        Field("origin", "Herkomst", searchable=True),
        Field("received_on", "Datum", kind="date"),
        *_SOURCE_REF,
    ),
    parent="dossier_id",
    ordered=True,
    title_field="text",
)
MEETING = ItemKind(
    "meeting",
    "meetings",
    "Overleg",
    "Overleggen",
    (
        Field("title", "Titel", required=True, searchable=True),
        Field("date", "Datum", kind="date"),
        Field("start_time", "Aanvang", kind="time"),
        Field("place", "Plaats", searchable=True),
        Field("aim", "Doel van het overleg", searchable=True),
        Field("key_message", "Kernboodschap van het overleg", searchable=True),
        Field("notes", "Notities", searchable=True),
    ),
)
AGENDA_ITEM = ItemKind(
    "agenda_item",
    "agenda_items",
    "Agendapunt",
    "Agenda",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("dossier_id", "Dossier", required=True, references="dossiers"),
        Field("aim", "Doel", searchable=True),
        Field("minutes", "Minuten", kind="int"),
        Field("lead_delegate_id", "Woordvoerder", references="delegates"),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="aim",
)
MEETING_COUNTERPART = ItemKind(
    "meeting_counterpart",
    "meeting_counterparts",
    "Gesprekspartner bij overleg",
    "Gesprekspartners bij overleg",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("stakeholder_id", "Gesprekspartner", required=True, references="stakeholders"),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="stakeholder_id",
)
DELEGATE = ItemKind(
    "delegate",
    "delegates",
    "Delegatielid",
    "Delegatie",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("name", "Naam", required=True, searchable=True),
        Field("role", "Rol", searchable=True),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="name",
)
COMMITMENT = ItemKind(
    "commitment",
    "commitments",
    "Toezegging",
    "Toezeggingen",
    (
        Field("meeting_id", "Overleg", references="meetings"),
        Field("dossier_id", "Dossier", references="dossiers"),
        Field("party", "Partij", required=True, searchable=True),
        Field("text", "Toezegging", required=True, searchable=True),
        Field("due_on", "Uiterlijk", kind="date"),
        Field("state", "Stand", choices=COMMITMENT_STATUSES),
        Field("owner", "Eigenaar", searchable=True),
        *_SOURCE_REF,
    ),
    title_field="text",
)
# The meeting cycle: notes taken at the table, the outcome of each agenda item, and what the
# delegation flagged to revise afterwards (see `domain/meetings.py` for their vocabularies).
NOTE_TYPES = ("said", "used", "commitment", "follow_up")
OUTCOMES = ("akkoord", "deels", "open", "afgewezen", "uitgesteld")
MEETING_NOTE = ItemKind(
    "meeting_note",
    "meeting_notes",
    "Notitie aan tafel",
    "Notities aan tafel",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("agenda_item_id", "Agendapunt", references="agenda_items"),
        Field("note_type", "Soort", required=True, choices=NOTE_TYPES),
        Field("text", "Notitie", required=True, searchable=True),
        Field("talking_point_id", "Spreekpunt", references="talking_points"),
        Field("party", "Wie", searchable=True),
        Field("due_on", "Uiterlijk", kind="date"),
        Field("noted_at", "Tijdstip"),
        Field("commitment_id", "Toezegging", references="commitments"),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="text",
)
AGENDA_OUTCOME = ItemKind(
    "agenda_outcome",
    "agenda_outcomes",
    "Uitkomst",
    "Uitkomsten",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("agenda_item_id", "Agendapunt", required=True, references="agenda_items"),
        Field("outcome", "Uitkomst", required=True, choices=OUTCOMES),
        Field("account", "Toelichting", searchable=True),
        Field("their_position", "Ingenomen standpunt andere kant", searchable=True),
        Field("next_steps", "Vervolg", searchable=True),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="account",
)
REVISE_FLAG = ItemKind(
    "revise_flag",
    "revise_flags",
    "Te herzien",
    "Te herzien",
    (
        Field("meeting_id", "Overleg", required=True, references="meetings"),
        Field("position_id", "Standpunt", references="positions"),
        Field("talking_point_id", "Spreekpunt", references="talking_points"),
        Field("reason", "Reden", searchable=True),
        Field("state", "Stand", choices=COMMITMENT_STATUSES),
    ),
    parent="meeting_id",
    ordered=True,
    title_field="reason",
)

ALL_KINDS: tuple[ItemKind, ...] = (
    DOSSIER,
    SOURCE,
    STAKEHOLDER,
    POSITION,
    FIGURE,
    TALKING_POINT,
    HARD_QUESTION,
    MEMBER_SIGNAL,
    MEETING,
    AGENDA_ITEM,
    MEETING_COUNTERPART,
    DELEGATE,
    COMMITMENT,
    MEETING_NOTE,
    AGENDA_OUTCOME,
    REVISE_FLAG,
)
KINDS_BY_NAME = {k.name: k for k in ALL_KINDS}
KINDS_BY_TABLE = {k.table: k for k in ALL_KINDS}


def kind_named(name: str) -> ItemKind:
    try:
        return KINDS_BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown item kind {name!r}") from None


CONFIDENTIAL_POSITION_KINDS = ("bottom_line", "batna")


def default_classification_for(kind: ItemKind, values: dict[str, object]) -> Classification:
    """The classification a new item gets when none is given: bottom lines and BATNA are secret."""
    if kind is POSITION and values.get("kind") in CONFIDENTIAL_POSITION_KINDS:
        return Classification.VERTROUWELIJK
    return kind.default_classification


def figure_shape_for(values: dict[str, object]) -> str:
    """The shape a new figure gets when none is given: a series when it only has a series."""
    series = values.get("series")
    return "series" if series not in (None, "", "{}") and values.get("value") is None else "single"
