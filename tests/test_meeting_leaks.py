"""No leaks from the meeting cycle: notes, debrief, verslag, the next pack and meeting mode.

Every text field of every meeting-cycle item carries a marker of its own classification
(OPENBAAR-…, INTERN-…, GEHEIM-…), at every level; each surface that shows them for an edition is
read back (text, JSON, PDF text, outline and metadata) and must show everything at or below the
edition and nothing above it. A vertrouwelijk note never reaches an openbaar verslag.
"""

from __future__ import annotations

import datetime as dt
import json

import meetingdata
import pytest
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.services.meetings.debrief import (
    commitment_from_note,
    meeting_record,
    save_outcome,
)
from briefing_app.services.meetings.notes import add_note
from briefing_app.services.meetings.table import load_table
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

MARK = {"openbaar": "OPENBAAR", "intern": "INTERN", "vertrouwelijk": "GEHEIM"}
LEVELS = tuple(MARK)


def below(edition: str) -> list[str]:
    return [MARK[lv] for lv in LEVELS if Classification(edition).allows(lv)]


def above(edition: str) -> list[str]:
    return [MARK[lv] for lv in LEVELS if not Classification(edition).allows(lv)]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A May meeting fully debriefed at every level, and the June meeting after it."""
    folder = tmp_path_factory.mktemp("leaks")
    path = folder / "b.db"
    db = connect(path)
    repo = Repository(db, "Test")
    data = meetingdata.build(repo)
    may = repo.create(
        "meeting", {"title": "Overleg mei", "date": "2024-05-02", "classification": "openbaar"}
    )
    items = {}
    for level in LEVELS:
        items[level] = repo.create(
            "agenda_item",
            {"meeting_id": may, "dossier_id": data.wonen, "classification": "openbaar"},
        )
    for level, mark in MARK.items():
        lv = Classification(level)
        points = [(p, "spreekpunt") for p in data.talking_points]
        for prefix, body in (("z", ""), ("g", "2 - "), ("v", "")):
            add_note(repo, may, f"{prefix}: {body}{mark}-note-{prefix}", default_type="said",
                     classification=lv, talking_points=points)  # fmt: skip
        note = add_note(repo, may, f"t: {mark}-wie: {mark}-toezegging 2024-05-20", default_type="said",
                        classification=lv, agenda_item_id=items[level])  # fmt: skip
        commitment_from_note(repo, note.id, party=f"{mark}-wie", text=f"{mark}-toezegging",
                             due_on="2024-05-20", owner=f"{mark}-eigenaar")  # fmt: skip
        save_outcome(repo, may, items[level], outcome="deels", account=f"{mark}-uitkomst",
                     their_position=f"{mark}-ingenomen", next_steps=f"{mark}-vervolg",
                     classification=lv)  # fmt: skip
    db.close()
    return path, data, may


def surfaces(path, data, may, edition, folder, capsys):
    """What each surface shows for ``edition``: one string per surface."""
    out = {}
    assert main(["--db", str(path), "notes", may, "--editie", edition, "--json"]) == 0
    out["notes --json"] = capsys.readouterr().out
    assert main(["--db", str(path), "notes", may, "--editie", edition]) == 0
    out["notes"] = capsys.readouterr().out
    db = connect(path)
    record = meeting_record(db, may, edition=Classification(edition))
    out["meeting record"] = json.dumps([*record.outcomes, *record.commitments], default=str)
    pack = folder / f"pack-{edition}.pdf"
    prepared = prepare_pack(db, PackRequest(Classification(edition), meeting_id=data.meeting),
                            today=dt.date(2024, 6, 1))  # fmt: skip
    write_pack(Repository(db, "Test"), prepared, pack)
    out["next pack"] = pdf(pack)
    db.close()
    if edition != "vertrouwelijk":
        report = folder / f"verslag-{edition}.pdf"
        assert (
            main(["--db", str(path), "report", may, "--edition", edition, "-o", str(report)]) == 0
        )
        capsys.readouterr()
        out["verslag"] = pdf(report)
    return out


def pdf(path):
    reader = PdfReader(path)
    text = "\n".join(p.extract_text() for p in reader.pages)

    def titles(outline):
        for entry in outline:
            yield from (titles(entry) if isinstance(entry, list) else [str(entry.title)])

    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    return "".join(f"{text}\n{' '.join(titles(reader.outline))}\n{metadata}".split())


@pytest.mark.parametrize("edition", LEVELS)
def test_no_meeting_cycle_surface_shows_what_is_above_its_edition(store, edition, tmp_path, capsys):
    path, data, may = store
    shown = surfaces(path, data, may, edition, tmp_path, capsys)
    for surface, text in shown.items():
        for marker in above(edition):
            assert marker not in text, (surface, marker)
    for marker in below(edition):
        assert f"{marker}-note-z" in shown["notes"] and f"{marker}-note-v" in shown["notes --json"]
        assert f"{marker}-toezegging" in shown["meeting record"]
        assert f"{marker}-uitkomst" in shown["next pack"]  # the next pack's "since" section
        if "verslag" in shown:
            for field in ("uitkomst", "ingenomen", "vervolg", "toezegging", "eigenaar", "note-v"):
                assert f"{marker}-{field}" in shown["verslag"], (marker, field)


def test_a_commitment_from_a_vertrouwelijk_note_stays_vertrouwelijk(db, repo):
    data = meetingdata.build(repo)
    note = add_note(repo, data.meeting, "t: VNG: GEHEIM-belofte", default_type="said",
                    classification=Classification.VERTROUWELIJK)  # fmt: skip
    commitment = commitment_from_note(
        repo, note.id, party="VNG", text="GEHEIM-belofte", due_on=None
    )
    assert repo.get("commitment", commitment)["classification"] == "vertrouwelijk"


def test_meeting_mode_shows_no_bottom_line_batna_or_escalation_until_asked(db, repo):
    data = meetingdata.build(repo)
    repo.update("dossier", data.wonen, {"escalation": "GEHEIM-escalatie"})
    table = load_table(db, data.meeting)
    wonen = table.items[0].dossier
    assert {p.kind for p in wonen.bottom_lines} == {"bottom_line", "batna"}
    assert wonen.escalation == "GEHEIM-escalatie"
    # Find never lands on them: they are not among the findable entries.
    assert not any("GEHEIM" in e.folded.upper() for e in table.entries)
