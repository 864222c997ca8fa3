"""A version number stands for one content: re-exporting unchanged content keeps the version and
says so ("gelijk aan versie 2"), on the command line and in the app; a user may force a new one."""

from __future__ import annotations

import packdata
import pytest
from pdftext import all_text

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackRequest, prepare_pack, write_pack
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "briefing.db"
    db = connect(path)
    data = packdata.build(Repository(db, user="t"))
    db.close()
    return path, data


def pack(capsys, path, meeting, target, *extra):
    code = main(
        ["--db", str(path), "pack", meeting, "--edition", "intern", "-o", str(target), *extra]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def versions(path):
    db = connect(path)
    try:
        return [r["version"] for r in db.query("SELECT version FROM exports ORDER BY id")]
    finally:
        db.close()


def test_re_exporting_unchanged_content_keeps_the_version(dbfile, tmp_path, capsys):
    path, data = dbfile
    pack(capsys, path, data.meeting, tmp_path / "v1.pdf")
    db = connect(path)
    Repository(db, "t").update("talking_point", data.talking_point, {"text": "INTERN-anders"})
    db.close()
    pack(capsys, path, data.meeting, tmp_path / "v2.pdf")
    out = pack(capsys, path, data.meeting, tmp_path / "opnieuw.pdf")
    assert "versie 2" in out and "De inhoud is gelijk aan versie 2" in out
    assert versions(path) == [1, 2]  # no third version of the same content
    again = " ".join(all_text(tmp_path / "opnieuw.pdf").split())
    before = " ".join(all_text(tmp_path / "v2.pdf").split())
    assert "Versie 2 (vervangt versie 1)" in again
    assert again == before  # the same pack: same version, kenmerk, changes (same day)


def test_force_new_version_makes_one_and_says_nothing_changed(dbfile, tmp_path, capsys):
    path, data = dbfile
    pack(capsys, path, data.meeting, tmp_path / "v1.pdf")
    out = pack(capsys, path, data.meeting, tmp_path / "v2.pdf", "--force-new-version")
    assert "versie 2" in out and "gelijk aan" not in out
    assert versions(path) == [1, 2]
    text = " ".join(all_text(tmp_path / "v2.pdf").split())
    assert "De inhoud is niet veranderd." in text


def test_a_reorder_is_no_new_content_and_no_new_version(repo, db, tmp_path):
    data = packdata.build(repo)
    request = PackRequest(Classification.INTERN, data.meeting)
    write_pack(repo, prepare_pack(db, request), tmp_path / "v1.pdf")
    first = next(iter(db.query("SELECT id FROM dossiers ORDER BY sort_order")))["id"]
    repo.update("dossier", first, {"sort_order": 99})  # dossiers move: the agenda does not
    again = prepare_pack(db, request)
    assert again.pack.same_as == 1


def test_the_export_dialog_offers_a_new_version_only_when_content_is_unchanged(
    qtbot, repo, db, tmp_path
):
    from briefing_app.ui.packs.export_dialog import PackExportDialog

    data = packdata.build(repo)
    dialog = PackExportDialog(db, repo, folder=tmp_path, meeting_id=data.meeting)
    qtbot.addWidget(dialog)
    dialog.edition.setCurrentIndex(dialog.edition.findData("intern"))
    assert dialog.new_version.isHidden()
    write_pack(repo, dialog._prepared, tmp_path / "v1.pdf")
    dialog._on_choice_changed()
    assert not dialog.new_version.isHidden()
    assert "gelijk aan versie 1" in dialog.check_text.toPlainText()
    dialog.new_version.setChecked(True)
    assert dialog._prepared.pack.version == 2 and dialog._prepared.pack.same_as is None
