"""The verslag: `briefing report` in two editions, what each may show, and a safe write."""

from __future__ import annotations

import meetingdata
import pytest
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.services.meetings.debrief import commitment_from_note, save_outcome
from briefing_app.services.meetings.notes import add_note
from briefing_app.services.meetings.report import ReportError, prepare_report
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def debriefed(tmp_path):
    path = tmp_path / "b.db"
    db = connect(path)
    repo = Repository(db, "Test")
    data = meetingdata.build(repo)
    secret = add_note(repo, data.meeting, "t: VNG: GEHEIM-toezegging cijfers 2024-06-30",
                      default_type="said", classification=Classification.VERTROUWELIJK)  # fmt: skip
    public = add_note(repo, data.meeting, "t: Minister BZK: OPENBAAR-brief <indexering> & meer",
                      default_type="said", agenda_item_id=data.agenda_wonen)  # fmt: skip
    intern = add_note(repo, data.meeting, "t: VNG: INTERN-ledenraadpleging 2024-09-01",
                      default_type="said")  # fmt: skip
    add_note(repo, data.meeting, "v: GEHEIM-vraag over de ondergrens", default_type="said",
             classification=Classification.VERTROUWELIJK)  # fmt: skip
    add_note(repo, data.meeting, "v: OPENBAAR-vraag over de cijfers", default_type="said",
             classification=Classification.OPENBAAR)  # fmt: skip
    commitment_from_note(repo, secret.id, party="VNG", text="GEHEIM-toezegging cijfers",
                         due_on="2024-06-30")  # fmt: skip
    commitment_from_note(repo, public.id, party="Minister BZK", text="OPENBAAR-brief <indexering> & meer",
                         due_on="2024-07-01", owner="Sharon Dijksma",
                         classification=Classification.OPENBAAR)  # fmt: skip
    commitment_from_note(repo, intern.id, party="VNG", text="INTERN-ledenraadpleging",
                         due_on="2024-09-01")  # fmt: skip
    save_outcome(repo, data.meeting, data.agenda_wonen, outcome="deels",
                 account="OPENBAAR-uitkomst halvering", their_position="OPENBAAR-ingenomen",
                 next_steps="OPENBAAR-vervolg", classification=Classification.OPENBAAR)  # fmt: skip
    save_outcome(repo, data.meeting, data.agenda_wmo, outcome="uitgesteld",
                 account="INTERN-uitkomst wmo")  # fmt: skip
    db.close()
    return path, data


def pdf(path):
    reader = PdfReader(path)
    text = "\n".join(p.extract_text() for p in reader.pages).replace("\xa0", " ")
    outline = " ".join(str(o.title) for o in reader.outline if not isinstance(o, list))
    outline += " ".join(
        str(o.title) for group in reader.outline if isinstance(group, list) for o in group
    )
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    return text, outline, metadata


@pytest.mark.parametrize(
    ("edition", "shown", "hidden"),
    [
        ("openbaar", ["OPENBAAR"], ["INTERN", "GEHEIM"]),
        ("intern", ["OPENBAAR", "INTERN"], ["GEHEIM"]),
    ],
)
def test_each_edition_shows_what_it_may_and_nothing_above(
    debriefed, tmp_path, capsys, edition, shown, hidden
):
    path, data = debriefed
    out = tmp_path / f"{edition}.pdf"
    assert (
        main(["--db", str(path), "report", data.meeting, "--edition", edition, "-o", str(out)]) == 0
    )
    assert f"Verslag ({edition}) geschreven naar" in capsys.readouterr().out
    text, outline, metadata = pdf(out)
    everything = f"{text}\n{outline}\n{metadata}"
    for marker in shown:
        assert marker in text
    for marker in hidden:
        assert marker not in everything, marker
    assert "OPENBAAR-brief <indexering> & meer" in text  # user text printed as typed
    assert "1 juli 2024" in text and "Sharon Dijksma" in text
    assert "Wonen — Deels akkoord" in outline
    assert "Deelnemers" in text and "Sharon Dijksma" in text and "Minister van BZK" in text
    assert "Vervolgstappen" in text and "OPENBAAR-vervolg" in text
    assert "OPENBAAR-vraag over de cijfers" in text


def test_the_verslag_is_the_same_file_for_the_same_content(debriefed, tmp_path):
    path, data = debriefed
    files = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for f in files:
        assert (
            main(["--db", str(path), "report", data.meeting, "--editie", "intern", "-o", str(f)])
            == 0
        )
    assert files[0].read_bytes() == files[1].read_bytes()


def test_no_vertrouwelijk_edition_and_no_write_over_the_database(debriefed, tmp_path, capsys):
    path, data = debriefed
    with pytest.raises(SystemExit):
        main(
            ["--db", str(path), "report", data.meeting, "--edition", "vertrouwelijk", "-o", "x.pdf"]
        )
    capsys.readouterr()
    before = path.read_bytes()
    assert (
        main(["--db", str(path), "report", data.meeting, "--edition", "intern", "-o", str(path)])
        == 2
    )
    assert "database van Briefing" in capsys.readouterr().err
    assert path.read_bytes() == before
    missing = tmp_path / "nergens" / "v.pdf"
    assert (
        main(["--db", str(path), "report", data.meeting, "--edition", "intern", "-o", str(missing)])
        == 2
    )
    assert "bestaat niet" in capsys.readouterr().err
    assert (
        main(["--db", str(path), "report", "onbekend", "--edition", "intern", "-o", "v.pdf"]) == 2
    )
    assert "Onbekend overleg" in capsys.readouterr().err


def test_an_intern_meeting_gives_an_openbaar_verslag_no_title_or_outcomes(tmp_path):
    db = connect(":memory:")
    repo = Repository(db, "Test")
    data = meetingdata.build(repo)
    repo.update("meeting", data.meeting, {"classification": "intern"})
    save_outcome(repo, data.meeting, data.agenda_wonen, outcome="akkoord", account="OPENBAAR-x",
                 classification=Classification.OPENBAAR)  # fmt: skip
    report = prepare_report(db, data.meeting, Classification.OPENBAAR)
    assert "fondsbeheerders" not in report.title
    assert report.items[0].outcome == ""
    with pytest.raises(ReportError, match="openbaar"):
        prepare_report(db, data.meeting, Classification.VERTROUWELIJK)
