"""A meeting to go through at the table: two agenda items with everything meeting mode shows.

Texts carry a marker of their classification (OPENBAAR-…, INTERN-…, GEHEIM-…) so leak tests
can look for what must not be there.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.store.repository import Repository


@dataclass
class MeetingData:
    meeting: str
    agenda_wonen: str
    agenda_wmo: str
    wonen: str
    wmo: str
    talking_points: list[str]
    question: str
    bottom_line: str
    expected: str


def build(repo: Repository, *, later_meeting: bool = False) -> MeetingData:
    wonen = repo.create(
        "dossier", {"slug": "wonen", "title": "Wonen", "classification": "openbaar"}
    )
    wmo = repo.create("dossier", {"slug": "wmo", "title": "Wmo", "classification": "openbaar"})
    repo.create(
        "figure",
        {
            "dossier_id": wonen,
            "key": "korting",
            "label": "Opschalingskorting",
            "value": 675_000_000,
            "unit": "eur",
            "classification": "openbaar",
            "status": "final",
        },
    )
    points = [
        repo.create(
            "talking_point",
            {
                "dossier_id": wonen,
                "kind": "key_message",
                "text": "OPENBAAR-kern: geen nieuwe taken zonder geld",
                "classification": "openbaar",
            },
        ),
        repo.create(
            "talking_point",
            {
                "dossier_id": wonen,
                "kind": "talking_point",
                "text": "De opschalingskorting van {fig:korting} moet van tafel",
                "classification": "openbaar",
            },
        ),
        repo.create(
            "talking_point",
            {
                "dossier_id": wonen,
                "kind": "talking_point",
                "text": "INTERN-punt over de bouwopgave",
                "classification": "intern",
            },
        ),
    ]
    question = repo.create(
        "hard_question",
        {
            "dossier_id": wonen,
            "question": "Waarom zouden gemeenten de korting niet zelf opvangen?",
            "answer": "Omdat de reserves op zijn: OPENBAAR-antwoord",
            "classification": "openbaar",
        },
    )
    bottom = repo.create(
        "position",
        {
            "dossier_id": wonen,
            "party": "ours",
            "kind": "bottom_line",
            "text": "GEHEIM-ondergrens: korting hooguit gehalveerd",
        },
    )
    repo.create(
        "position",
        {"dossier_id": wonen, "party": "ours", "kind": "batna", "text": "GEHEIM-batna: arbitrage"},
    )
    minister = repo.create(
        "stakeholder",
        {
            "slug": "bzk",
            "name": "Minister van BZK",
            "kind": "counterpart",
            "classification": "openbaar",
        },
    )
    expected = repo.create(
        "position",
        {
            "dossier_id": wonen,
            "party": "theirs",
            "kind": "expected",
            "stakeholder_id": minister,
            "text": "Het Rijk wil de korting handhaven",
            "our_answer": "Dan geen nieuwe taken",
            "classification": "intern",
        },
    )
    repo.create(
        "hard_question",
        {
            "dossier_id": wmo,
            "question": "Is het abonnementstarief niet te duur?",
            "answer": "De vraag stijgt, de middelen niet",
            "classification": "openbaar",
        },
    )
    meeting = repo.create(
        "meeting",
        {
            "title": "Overleg fondsbeheerders juni",
            "date": "2024-06-14",
            "classification": "openbaar",
        },
    )
    agenda_wonen = repo.create(
        "agenda_item",
        {
            "meeting_id": meeting,
            "dossier_id": wonen,
            "aim": "Korting van tafel",
            "classification": "openbaar",
        },
    )
    agenda_wmo = repo.create(
        "agenda_item",
        {
            "meeting_id": meeting,
            "dossier_id": wmo,
            "aim": "Wmo-afspraken",
            "classification": "openbaar",
        },
    )
    repo.create(
        "meeting_counterpart",
        {"meeting_id": meeting, "stakeholder_id": minister, "classification": "openbaar"},
    )
    repo.create(
        "delegate",
        {
            "meeting_id": meeting,
            "name": "Sharon Dijksma",
            "role": "voorzitter",
            "classification": "openbaar",
        },
    )
    return MeetingData(
        meeting, agenda_wonen, agenda_wmo, wonen, wmo, points, question, bottom, expected
    )
