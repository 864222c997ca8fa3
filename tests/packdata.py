"""A small meeting with items at every classification, built through the Repository.

Each text carries a marker naming its classification (OPENBAAR-…, INTERN-…, GEHEIM-…), so a test
can search the extracted text of a pack for what must and must not be there.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.store.repository import Repository


@dataclass
class PackData:
    meeting: str
    wonen: str
    jeugd: str
    geheim_dossier: str
    talking_point: str
    figure: str
    minister: str


def build(repo: Repository) -> PackData:
    src = repo.create(
        "source",
        {
            "title": "Voorjaarsnota 2024",
            "kind": "Kamerstuk",
            "issued_on": "2024-04-19",
            "publisher": "Ministerie van Financiën",
            "reference": "Kamerstukken II 2023/24, 36 550",
        },
    )
    geheim_src = repo.create(
        "source",
        {"title": "GEHEIM-bron notitie onderhandelaars", "classification": "vertrouwelijk"},
    )
    wonen = repo.create(
        "dossier",
        {
            "slug": "wonen",
            "title": "Wonen",
            "summary": "OPENBAAR-samenvatting over woningbouw.",
            "escalation": "GEHEIM-escalatie: een extra ALV.",  # vertrouwelijk only, like BATNA
            "classification": "openbaar",
        },
    )
    jeugd = repo.create(
        "dossier", {"slug": "jeugdzorg", "title": "Jeugdzorg", "classification": "intern"}
    )
    geheim = repo.create(
        "dossier", {"slug": "geheim", "title": "GEHEIM-dossier", "classification": "vertrouwelijk"}
    )
    figure = repo.create(
        "figure",
        {
            "dossier_id": wonen,
            "key": "korting",
            "label": "Opschalingskorting",
            "value": 675_000_000,
            "unit": "eur",
            "period": "2026",
            "as_of": "2024-05-01",
            "source_id": src,
            "source_section": "§ 3.2",
            "classification": "openbaar",
            "status": "final",
            "series": {"2024": 300_000_000, "2025": 640_000_000, "2026": 975_000_000},
        },
    )
    repo.create(
        "figure",
        {
            "dossier_id": wonen,
            "key": "geheimgetal",
            "label": "GEHEIM-cijfer",
            "value": 1_234_567,
            "unit": "number",
            "classification": "vertrouwelijk",
            "as_of": "2020-01-01",
        },
    )
    repo.create(
        "figure",
        {
            "dossier_id": jeugd,
            "key": "tekort",
            "label": "INTERN-tekort jeugdzorg",
            "value": 2.5,
            "unit": "percent",
            "as_of": "2024-05-01",
            "classification": "intern",
            "status": "final",
            "source_id": src,
        },
    )
    tp = repo.create(
        "talking_point",
        {
            "dossier_id": wonen,
            "kind": "key_message",
            "classification": "openbaar",
            "status": "final",
            "text": "OPENBAAR-kern: de korting van {fig:korting} moet van tafel.",
            "source_id": src,
        },
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": wonen,
            "kind": "talking_point",
            "classification": "openbaar",
            "text": "OPENBAAR-spreek met geheim cijfer {fig:geheimgetal} en {fig:bestaatniet}.",
        },
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": wonen,
            "kind": "talking_point",
            "classification": "intern",
            "text": "INTERN-spreekpunt voor de leden.",
        },
    )
    repo.create(
        "talking_point",
        {
            "dossier_id": wonen,
            "kind": "reactive_line",
            "classification": "vertrouwelijk",
            "text": "GEHEIM-reactief antwoord.",
            "source_id": geheim_src,
        },
    )
    minister = repo.create(
        "stakeholder",
        {
            "slug": "bzk",
            "name": "Minister van BZK",
            "role": "minister",
            "organisation": "BZK",
            "interests": "OPENBAAR-belang: begrotingsdiscipline.",
            "classification": "openbaar",
        },
    )
    repo.create(
        "position",
        {
            "dossier_id": wonen,
            "party": "ours",
            "kind": "target",
            "text": "OPENBAAR-doel: structureel herstel.",
            "classification": "openbaar",
        },
    )
    repo.create(
        "position",
        {
            "dossier_id": wonen,
            "party": "theirs",
            "kind": "expected",
            "stakeholder_id": minister,
            "text": "INTERN-verwacht: geen extra geld.",
            "our_answer": "INTERN-antwoord: dan geen akkoord.",
            "classification": "intern",
        },
    )
    repo.create(
        "position",
        {
            "dossier_id": wonen,
            "party": "ours",
            "kind": "bottom_line",
            "text": "GEHEIM-ondergrens: minimaal € 1 mld.",
        },
    )
    batna = repo.create(
        "position",
        {"dossier_id": wonen, "party": "ours", "kind": "batna", "text": "GEHEIM-batna: arbitrage."},
    )
    # The store refuses a BATNA below vertrouwelijk; a database from before that rule may hold
    # one, and no edition below vertrouwelijk may show it even then.
    with repo.change_set():
        repo.db.execute("UPDATE positions SET classification = 'intern' WHERE id = ?", [batna])
    repo.create(
        "hard_question",
        {
            "dossier_id": wonen,
            "question": "INTERN-vraag: waarom nu?",
            "answer": "INTERN-antwoord op de vraag.",
            "status": "final",
        },
    )
    meeting = repo.create(
        "meeting",
        {
            "title": "Bestuurlijk overleg juni",
            "date": "2024-06-18",
            "place": "Den Haag",
            "classification": "openbaar",
        },
    )
    for dossier, aim, level in (
        (wonen, "OPENBAAR-doel agendapunt wonen", "openbaar"),
        (jeugd, "INTERN-doel jeugd", "intern"),
        (geheim, "GEHEIM-doel", "vertrouwelijk"),
    ):
        repo.create(
            "agenda_item",
            {"meeting_id": meeting, "dossier_id": dossier, "aim": aim, "classification": level},
        )
    repo.create(
        "meeting_counterpart",
        {"meeting_id": meeting, "stakeholder_id": minister, "classification": "openbaar"},
    )
    repo.create(
        "delegate",
        {
            "meeting_id": meeting,
            "name": "Voorzitter Jansen",
            "role": "voorzitter",
            "classification": "openbaar",
        },
    )
    repo.create(
        "delegate",
        {
            "meeting_id": meeting,
            "name": "GEHEIM-adviseur",
            "role": "adviseur",
            "classification": "vertrouwelijk",
        },
    )
    return PackData(meeting, wonen, jeugd, geheim, tp, figure, minister)
