"""An assembled briefing pack: plain, immutable data the PDF renderer lays out.

The services fill these from the store (already filtered by edition, figure references already
replaced by Dutch-formatted values); the export layer only reads them. Nothing here knows about
SQLite or ReportLab, so a pack can be built in one thread and rendered in another, or made by
hand in a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.domain.classification import Classification

CHANGE_NEW = "nieuw"
CHANGE_CHANGED = "gewijzigd"
CHANGE_FIGURE = "cijfer gewijzigd"  # the text is the same, a figure it prints has a new value
CHANGE_REMOVED = "vervallen"
CHANGE_LEFT_EDITION = "niet meer in deze editie"  # still there, but now above the edition
CHANGE_ENTERED_EDITION = "nieuw in deze editie"  # there before, but above the edition then
UNKNOWN_VALUE = "onbekend"  # a figure's value text when it has no value


@dataclass(frozen=True)
class PackSource:
    """A source document as the annex lists it; ``number`` is its [n] in the pack."""

    number: int
    title: str
    kind: str = ""
    issued_on: str = ""  # Dutch date text, e.g. "24 mei 2024"
    publisher: str = ""
    reference: str = ""


@dataclass(frozen=True)
class SourceRef:
    """A citation of a source from an item: which source and which section."""

    number: int
    section: str = ""


@dataclass(frozen=True)
class PackText:
    """A line of text (key message, talking point, …) with its figures already filled in."""

    text: str
    source: SourceRef | None = None
    draft: bool = False
    item_id: str = ""
    change: str = ""  # CHANGE_NEW or CHANGE_CHANGED since the previous pack, else empty


@dataclass(frozen=True)
class PackFigure:
    """A key figure, its value formatted the Dutch way, and its series for a chart."""

    key: str
    label: str
    value_text: str
    unit: str
    period: str = ""
    as_of: str = ""  # Dutch date text
    note: str = ""
    source: SourceRef | None = None
    source_title: str = ""
    series: tuple[tuple[str, float], ...] = ()  # only for a figure that is a series per year
    approx_years: tuple[str, ...] = ()  # years of the series whose value is approximate
    source_pending: bool = False  # the value changed; its source is still to be confirmed
    quote_from: str = ""  # the note quotes this source (title, date)
    draft: bool = False
    item_id: str = ""
    change: str = ""
    previous_value: str = ""  # the value the previous pack printed, when it changed


@dataclass(frozen=True)
class PackPosition:
    """A position on a dossier; ``our_answer`` is set for what the other side is expected to say."""

    party: str  # ours, theirs, agreed
    kind: str  # see items.POSITION_KINDS; the pack groups by kind, never by party
    kind_label: str
    text: str
    stakeholder: str = ""
    our_answer: str = ""
    agreed_on: str = ""  # Dutch date text of an agreement
    source: SourceRef | None = None
    draft: bool = False
    item_id: str = ""
    change: str = ""


@dataclass(frozen=True)
class PackQuestion:
    question: str
    answer: str
    source: SourceRef | None = None
    draft: bool = False
    item_id: str = ""
    change: str = ""


@dataclass(frozen=True)
class PackSignal:
    """A concern raised by member municipalities, with where it came from."""

    text: str
    origin: str = ""
    received_on: str = ""  # Dutch date text
    source: SourceRef | None = None
    draft: bool = False
    item_id: str = ""
    change: str = ""


@dataclass(frozen=True)
class PackCommitment:
    """An open commitment: who promised what, by when."""

    party: str
    text: str
    due_on: str = ""  # Dutch date text
    source: SourceRef | None = None
    draft: bool = False
    item_id: str = ""
    change: str = ""


@dataclass(frozen=True)
class PackAgendaItem:
    """One line of the order of proceedings."""

    number: int
    title: str
    lead: str = ""  # who of our delegation leads it, with the role
    minutes: int | None = None
    starts: str = ""  # HH:MM, when the meeting's start time is known
    ends: str = ""


@dataclass(frozen=True)
class PackDossier:
    """One agenda dossier with everything the edition may show of it."""

    slug: str
    title: str
    aim: str = ""
    summary: str = ""
    key_messages: tuple[PackText, ...] = ()
    talking_points: tuple[PackText, ...] = ()
    reactive_lines: tuple[PackText, ...] = ()
    figures: tuple[PackFigure, ...] = ()
    ours: tuple[PackPosition, ...] = ()  # what we ask: opening and target (inzet)
    theirs: tuple[PackPosition, ...] = ()  # what the other side is expected to say
    intentions: tuple[PackPosition, ...] = ()  # what the other side intends: not agreed
    agreed: tuple[PackPosition, ...] = ()  # agreements, each with its date and source
    bottom_lines: tuple[PackPosition, ...] = ()  # bottom line and BATNA: vertrouwelijk only
    hard_questions: tuple[PackQuestion, ...] = ()
    member_signals: tuple[PackSignal, ...] = ()
    commitments: tuple[PackCommitment, ...] = ()  # open ones, of both sides
    escalation: str = ""
    sources: tuple[int, ...] = ()  # numbers of the sources this dossier cites


@dataclass(frozen=True)
class PackPerson:
    """A counterpart (who's who) with the positions we expect them to take."""

    name: str
    role: str = ""
    organisation: str = ""
    interests: str = ""
    # (dossier title, expected position, still in concept)
    expected: tuple[tuple[str, str, bool], ...] = ()


@dataclass(frozen=True)
class Delegate:
    name: str
    role: str = ""


@dataclass(frozen=True)
class PackChange:
    """One item that is new, changed or removed since the previous pack."""

    change: str  # CHANGE_NEW, CHANGE_CHANGED, CHANGE_REMOVED or CHANGE_LEFT_EDITION
    kind_label: str
    title: str
    dossier: str = ""
    item_id: str = ""
    values: tuple[tuple[str, str], ...] = ()  # (old, new) of each printed figure that changed


@dataclass(frozen=True)
class PackChanges:
    """What changed since the previous pack of the same meeting and edition."""

    previous_version: int | None = None
    previous_date: str = ""  # Dutch date text of the previous export
    items: tuple[PackChange, ...] = ()

    @property
    def first(self) -> bool:
        return self.previous_version is None


@dataclass(frozen=True)
class SinceOutcome:
    """The outcome of an agenda item in an earlier meeting on one of the pack's dossiers."""

    meeting: str
    date: str  # Dutch date text
    dossier: str
    outcome: str  # its label, e.g. "Deels akkoord"
    account: str = ""
    their_position: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class SinceCommitment:
    """A commitment from an earlier meeting that is still open."""

    meeting: str
    date: str
    party: str
    text: str
    due_on: str = ""  # Dutch date text
    owner: str = ""
    overdue: bool = False
    dossier: str = ""


@dataclass(frozen=True)
class PackSince:
    """ "Sinds het vorige overleg": what earlier meetings left for this one."""

    outcomes: tuple[SinceOutcome, ...] = ()
    commitments: tuple[SinceCommitment, ...] = ()


@dataclass(frozen=True)
class Pack:
    """Everything one edition of one pack shows, in reading order."""

    title: str  # the meeting title, or a title made from the dossiers
    edition: Classification
    for_meeting: bool = True  # False for a pack of dossiers without a meeting
    meeting_date: str = ""  # Dutch date text
    start_time: str = ""  # HH:MM
    place: str = ""
    aim: str = ""  # of the meeting as a whole
    key_message: str = ""  # of the meeting as a whole
    notes: str = ""
    proceedings: tuple[PackAgendaItem, ...] = ()
    commitments: tuple[PackCommitment, ...] = ()  # open ones of the meeting, on no dossier
    version: int = 1
    replaces: int | None = None
    same_as: int | None = None  # the recorded version this export repeats (content unchanged)
    prepared_on: str = ""  # Dutch date text of the export
    delegation: tuple[Delegate, ...] = ()
    counterparts: tuple[PackPerson, ...] = ()
    # Set, but above the edition: said so, never "nog niet vastgesteld".
    delegation_withheld: bool = False
    counterparts_withheld: bool = False
    dossiers: tuple[PackDossier, ...] = ()
    sources: tuple[PackSource, ...] = ()
    changes: PackChanges = field(default_factory=PackChanges)
    since: PackSince = field(default_factory=PackSince)
    content_hash: str = ""
    left_out: int = 0  # items the edition leaves out

    @property
    def short_hash(self) -> str:
        return self.content_hash[:8]
