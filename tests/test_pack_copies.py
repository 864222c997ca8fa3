"""Numbered, personal copies: every page says whose copy it is, and the log says who got which."""

from __future__ import annotations

import json

import packdata
import pytest
from pdftext import pages_text, squeezed
from PySide6.QtCore import Qt

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.domain.copies import CopiesError, numbered_copies, parse_recipients
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

RECIPIENTS = ["Voorzitter Jansen", "Piet de Adviseur", "Émile Çelik"]


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "briefing.db"
    db = connect(path)
    data = packdata.build(Repository(db, user="t"))
    db.close()
    return path, data


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def pack(capsys, path, data, edition, target, *extra):
    return run(
        capsys, "--db", path, "pack", data.meeting, "--edition", edition, "-o", target, *extra
    )


def test_every_page_of_each_copy_names_its_own_recipient(dbfile, tmp_path, capsys):
    path, data = dbfile
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    target = out_dir / "pakket.pdf"
    code, out, err = pack(
        capsys, path, data, "vertrouwelijk", target, "--recipients", ";".join(RECIPIENTS)
    )
    assert code == 0, err
    files = sorted(out_dir.iterdir())
    assert [f.name for f in files] == [
        "pakket-exemplaar-01-voorzitter-jansen.pdf",
        "pakket-exemplaar-02-piet-de-adviseur.pdf",
        "pakket-exemplaar-03-emile-celik.pdf",
    ]
    for number, (name, file) in enumerate(zip(RECIPIENTS, files, strict=True), start=1):
        pages = pages_text(file)
        assert len(pages) > 1
        mark = squeezed(f"Exemplaar {number} · voor {name}")
        for page in pages:
            # In the footer and in the watermark: twice on every page.
            assert squeezed(page).count(mark) >= 2, (file.name, page[-300:])
        others = [squeezed(f"voor {n}") for n in RECIPIENTS if n != name]
        assert not any(other in squeezed("".join(pages)) for other in others)
    assert "Exemplaar 3 · voor Émile Çelik" in out


def test_the_log_lists_who_received_which_copy_of_which_version(dbfile, tmp_path, capsys):
    path, data = dbfile
    target = tmp_path / "pakket.pdf"
    assert (
        pack(capsys, path, data, "vertrouwelijk", target, "--recipients", "A. Aal;B. Bok")[0] == 0
    )
    # The same content again is the same version: its copies are numbered on, never twice.
    code, out, _ = pack(capsys, path, data, "vertrouwelijk", target, "--recipients", "C. Cor")
    assert code == 0 and "Exemplaar 3 · voor C. Cor" in out and "gelijk aan versie 1" in out
    new = ["--recipients", "D. Dam", "--force-new-version"]
    assert pack(capsys, path, data, "vertrouwelijk", target, *new)[0] == 0
    code, out, err = run(capsys, "--db", path, "packs", "log", "--json")
    assert code == 0, err
    log = json.loads(out)
    assert [(e["version"], e["edition"]) for e in log] == [
        (2, "vertrouwelijk"),
        (1, "vertrouwelijk"),
    ]
    assert [(c["number"], c["recipient"]) for c in log[0]["copies"]] == [(1, "D. Dam")]
    assert [(c["number"], c["recipient"]) for c in log[1]["copies"]] == [
        (1, "A. Aal"),
        (2, "B. Bok"),
        (3, "C. Cor"),
    ]
    assert log[1]["copies"][1]["file_name"] == "pakket-exemplaar-02-b-bok.pdf"
    page = pages_text(tmp_path / "pakket-exemplaar-03-c-cor.pdf")[0]
    assert squeezed("Exemplaar 3 · voor C. Cor") in squeezed(page)
    code, out, _ = run(capsys, "--db", path, "packs", "log")
    assert "versie 1" in out and "Exemplaar 2 · voor B. Bok" in out


def test_a_confidential_edition_is_not_exported_without_recipients(dbfile, tmp_path, capsys):
    path, data = dbfile
    code, _, err = pack(capsys, path, data, "vertrouwelijk", tmp_path / "p.pdf")
    assert code == 2
    assert "--recipients" in err and "Voorzitter Jansen" in err  # the delegation is suggested
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_public_edition_is_never_personalised(dbfile, tmp_path, capsys):
    path, data = dbfile
    code, _, err = pack(capsys, path, data, "openbaar", tmp_path / "p.pdf", "--recipients", "A")
    assert code == 2 and "nooit" in err
    assert list(tmp_path.glob("*.pdf")) == []
    with pytest.raises(CopiesError):
        numbered_copies(Classification.OPENBAAR, ["A"])


def test_intern_is_numbered_only_when_asked(dbfile, tmp_path, capsys):
    path, data = dbfile
    assert pack(capsys, path, data, "intern", tmp_path / "plain.pdf")[0] == 0
    assert "Exemplaar" not in "".join(pages_text(tmp_path / "plain.pdf"))
    assert pack(capsys, path, data, "intern", tmp_path / "n.pdf", "--recipients", "Lid Li")[0] == 0
    pages = pages_text(tmp_path / "n-exemplaar-01-lid-li.pdf")
    assert all(squeezed("Exemplaar 1 · voor Lid Li") in squeezed(p) for p in pages)


def test_a_copy_that_cannot_be_placed_leaves_no_copy_and_no_log(
    dbfile, tmp_path, capsys, monkeypatch
):
    from briefing_app.services.packs import service

    path, data = dbfile
    real_replace, calls = service.os.replace, []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(service.os, "replace", second_fails)
    code, _, err = pack(
        capsys, path, data, "vertrouwelijk", tmp_path / "p.pdf", "--recipients", "A;B"
    )
    assert code == 2 and "schijf is vol" in err
    assert len(calls) == 2  # the first copy was placed, then taken back
    assert list(tmp_path.glob("*.pdf")) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    _, out, _ = run(capsys, "--db", path, "packs", "log", "--json")
    assert json.loads(out) == []


def test_recipients_are_parsed_and_checked():
    assert parse_recipients(" A ; B;;C\nD ") == ["A", "B", "C", "D"]
    copies = numbered_copies(Classification.VERTROUWELIJK, ["A", "B"])
    assert [c.label for c in copies] == ["Exemplaar 1 · voor A", "Exemplaar 2 · voor B"]
    with pytest.raises(CopiesError, match="twee keer"):
        numbered_copies(Classification.VERTROUWELIJK, ["Jan", "jan"])
    with pytest.raises(CopiesError, match="ten minste één"):
        numbered_copies(Classification.VERTROUWELIJK, [" "])


# -- the app's export dialog -------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, repo, db, tmp_path):
    from briefing_app.ui.packs.export_dialog import PackExportDialog

    packdata.build(repo)
    widget = PackExportDialog(db, repo, folder=tmp_path)
    widget.errors = []
    widget.show_error = widget.errors.append  # instead of a modal message box
    qtbot.addWidget(widget)
    return widget


def test_the_dialog_asks_recipients_from_the_delegation_for_a_confidential_edition(
    qtbot, dialog, db, tmp_path
):
    dialog.edition.setCurrentIndex(0)  # openbaar: never personalised
    assert dialog.recipients.isHidden()
    dialog.edition.setCurrentIndex(2)  # vertrouwelijk
    assert not dialog.recipients.isHidden() and dialog.recipients.numbered()
    box = dialog.recipients.delegation
    assert [box.item(i).text() for i in range(box.count())] == [
        "Voorzitter Jansen",
        "GEHEIM-adviseur",
    ]
    box.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.recipients.others.setText("Secretaris Smit")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    assert [p.name for p in dialog.result_paths] == [
        "bestuurlijk-overleg-juni-vertrouwelijk-v1-exemplaar-01-voorzitter-jansen.pdf",
        "bestuurlijk-overleg-juni-vertrouwelijk-v1-exemplaar-02-secretaris-smit.pdf",
    ]
    second = pages_text(dialog.result_paths[1])
    assert all(squeezed("Exemplaar 2 · voor Secretaris Smit") in squeezed(p) for p in second)
    rows = db.execute("SELECT copy_number, recipient FROM export_copies").fetchall()
    assert rows == [(1, "Voorzitter Jansen"), (2, "Secretaris Smit")]


def test_the_dialog_refuses_a_confidential_export_without_recipients(qtbot, dialog, db):
    dialog.edition.setCurrentIndex(2)
    box = dialog.recipients.delegation
    for row in range(box.count()):
        box.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.export_button.click()
    assert dialog.errors and "ten minste één ontvanger" in dialog.errors[0]
    assert db.execute("SELECT count(*) FROM exports").fetchone()[0] == 0


def test_an_intern_edition_is_numbered_when_chosen(qtbot, dialog):
    dialog.edition.setCurrentIndex(1)
    assert not dialog.recipients.numbered()
    dialog.recipients.number_intern.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    # The intern edition names only the delegates it may show: the confidential one is left out.
    assert [p.name[-30:] for p in dialog.result_paths] == [
        "exemplaar-01-voorzitter-jansen.pdf"[-30:]
    ]


def test_the_log_dialog_lists_the_copies(qtbot, dialog, db):
    from briefing_app.ui.packs.log_dialog import ExportLogDialog

    dialog.edition.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    log = ExportLogDialog(db)
    qtbot.addWidget(log)
    top = log.tree.topLevelItem(0)
    assert top.text(1) == "vertrouwelijk" and top.text(2) == "1"
    children = [top.child(i).text(0) for i in range(top.childCount())]
    assert children[0].startswith("Exemplaar 1 · voor Voorzitter Jansen")
    assert children[1].startswith("Exemplaar 2 · voor GEHEIM-adviseur")
