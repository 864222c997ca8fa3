"""The plain records the catalog hands out: dossiers, items, figures, meetings, search hits.

Frozen dataclasses without Qt or SQL, so the app, the command line and the packs (on a worker
thread, or in a test) can all hold them. `catalog` builds them from the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from briefing_app.domain.items import ItemKind
from briefing_app.domain.references import Rendered

Row = Mapping[str, object]


@dataclass(frozen=True)
class Citation:
    """Where an item comes from: a source document and the section in it."""

    source_id: str | None
    source_title: str | None
    section: str

    def __str__(self) -> str:
        return ", ".join(part for part in (self.source_title, self.section) if part)


@dataclass(frozen=True)
class Dossier:
    id: str
    slug: str
    title: str
    summary: str
    escalation: str
    classification: str
    status: str
    counts: Mapping[str, int] = field(default_factory=dict)  # table -> number of items


@dataclass(frozen=True)
class Item:
    """One item of a dossier section (position, talking point, hard question, ...)."""

    kind: ItemKind
    id: str
    row: Row  # the stored values
    texts: Mapping[str, Rendered]  # every text field, references filled in
    citation: Citation
    kind_label: str = ""  # e.g. "Ondergrens", "Kernboodschap"
    stakeholder: str | None = None  # the counterpart a position belongs to

    @property
    def classification(self) -> str:
        return str(self.row["classification"])

    @property
    def status(self) -> str:
        return str(self.row["status"])

    def text(self, name: str) -> str:
        rendered = self.texts.get(name)
        return rendered.text if rendered else str(self.row.get(name) or "")

    @property
    def title(self) -> str:
        return self.text(self.kind.title_field)

    @property
    def broken(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(k for r in self.texts.values() for k in r.broken))


@dataclass(frozen=True)
class Figure:
    """A key figure with its value formatted the Dutch way (`display`)."""

    id: str
    key: str
    label: str
    value: float | None
    unit: str
    period: str
    series: Mapping[str, float]
    as_of: str | None
    note: str
    citation: Citation
    classification: str
    status: str
    display: str
    source_pending: bool = False  # the value changed since its source was given


@dataclass(frozen=True)
class DossierView:
    """A dossier with everything in it, each section in its own order."""

    dossier: Dossier
    positions: tuple[Item, ...]
    figures: tuple[Figure, ...]
    talking_points: tuple[Item, ...]
    hard_questions: tuple[Item, ...]
    member_signals: tuple[Item, ...]
    commitments: tuple[Item, ...]

    @property
    def broken(self) -> tuple[str, ...]:
        items = (*self.positions, *self.talking_points, *self.hard_questions)
        items += (*self.member_signals, *self.commitments)
        return tuple(dict.fromkeys(k for item in items for k in item.broken))


@dataclass(frozen=True)
class Stakeholder:
    id: str
    slug: str
    name: str
    role: str
    organisation: str
    kind: str
    interests: str
    classification: str


@dataclass(frozen=True)
class AgendaEntry:
    id: str
    dossier_id: str
    dossier_slug: str
    dossier_title: str
    aim: str
    classification: str


@dataclass(frozen=True)
class Delegate:
    id: str
    name: str
    role: str
    classification: str


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    date: str | None
    place: str
    notes: str
    classification: str
    agenda: tuple[AgendaEntry, ...]
    counterparts: tuple[Stakeholder, ...]
    delegates: tuple[Delegate, ...]


@dataclass(frozen=True)
class SearchResult:
    """A search hit, with the dossier as a slug and a snippet without markers."""

    kind: str  # item kind name, e.g. "figure"
    kind_label: str  # e.g. "Kerncijfer"
    id: str
    dossier: str | None  # slug
    title: str
    snippet: str
    marked_snippet: str  # matches between store.search.SNIPPET_OPEN and SNIPPET_CLOSE
    classification: str
    status: str
