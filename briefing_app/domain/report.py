"""A verslag (meeting report): plain, immutable data the PDF renderer lays out.

The services fill it from the debrief, already filtered by the edition policy; the export layer
only reads it. Dates are Dutch text.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.classification import Classification

REPORT_EDITIONS = (Classification.OPENBAAR, Classification.INTERN)


@dataclass(frozen=True)
class ReportPerson:
    name: str
    role: str = ""


@dataclass(frozen=True)
class ReportItem:
    """One agenda item: what came of it."""

    number: int
    title: str
    outcome: str = ""  # the outcome's label ("Akkoord"); empty when not recorded or not shown
    account: str = ""
    expected: tuple[str, ...] = ()  # what we expected the other side to say
    their_position: str = ""  # what they said
    next_steps: str = ""


@dataclass(frozen=True)
class ReportCommitment:
    party: str
    text: str
    due_on: str = ""  # Dutch date text
    owner: str = ""
    done: bool = False
    dossier: str = ""


@dataclass(frozen=True)
class Report:
    title: str
    edition: Classification
    meeting_date: str = ""
    place: str = ""
    prepared_on: str = ""
    delegation: tuple[ReportPerson, ...] = ()
    counterparts: tuple[ReportPerson, ...] = ()
    delegation_withheld: bool = False  # recorded, but above this edition
    counterparts_withheld: bool = False
    items: tuple[ReportItem, ...] = ()
    commitments: tuple[ReportCommitment, ...] = ()
    follow_ups: tuple[str, ...] = ()  # questions to follow up, from the notes
    content_hash: str = ""

    @property
    def short_hash(self) -> str:
        return self.content_hash[:8]
