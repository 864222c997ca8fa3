"""`briefing pack` from the command line: a written pack, and one clear line for each mistake."""

from __future__ import annotations

import packdata
import pytest
from pdftext import all_text

from briefing_app.cli import main
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


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


def test_pack_of_a_meeting_writes_the_pdf_and_prints_the_check(dbfile, tmp_path, capsys):
    path, data = dbfile
    target = tmp_path / "pakket.pdf"
    code, out, err = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "openbaar", "-o", target
    )
    assert code == 0, err
    assert "Controle vóór export" in out and "Onbekende cijferverwijzingen: 1" in out
    assert f"Geschreven: {target}" in out and "versie 1" in out
    text = all_text(target)
    assert "OPENBAAR-kern" in text and "GEHEIM-" not in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_pack_of_dossiers(dbfile, tmp_path, capsys):
    path, _ = dbfile
    target = tmp_path / "d.pdf"
    code, _, err = run(
        capsys,
        "--db",
        path,
        "pack",
        "--dossier",
        "wonen",
        "--dossier",
        "jeugdzorg",
        "--edition",
        "intern",
        "-o",
        target,
    )
    assert code == 0, err
    assert "INTERN-spreekpunt" in all_text(target)


def test_check_only_writes_nothing(dbfile, tmp_path, capsys):
    path, data = dbfile
    code, out, _ = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "vertrouwelijk", "--check"
    )
    assert code == 0
    assert "Agendadossiers zonder ondergrens: 2" in out
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["onbekend-id"], "Onbekend overleg: onbekend-id"),
        (["--dossier", "wonen", "--dossier", "bestaat-niet"], "Onbekend dossier: bestaat-niet"),
    ],
)
def test_unknown_meeting_or_dossier_is_one_clear_line(dbfile, tmp_path, capsys, args, message):
    path, _ = dbfile
    target = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", path, "pack", *args, "--edition", "intern", "-o", target)
    assert code != 0
    assert err.count("\n") == 1 and message in err
    assert not target.exists()


@pytest.mark.parametrize("where", ["missing-folder/x.pdf", "."])
def test_unwritable_output_is_one_clear_line_and_no_file(dbfile, tmp_path, capsys, where):
    path, data = dbfile
    target = tmp_path / where
    code, _, err = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "intern", "-o", target
    )
    assert code != 0 and err.count("\n") == 1
    assert "bestaat niet" in err or "is een map" in err
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")]


def test_a_failed_render_leaves_no_partial_file(dbfile, tmp_path, capsys, monkeypatch):
    import briefing_app.export.pdf as pdf

    def explode(pack, stream, **_options):
        stream.write(b"%PDF-half")
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(pdf, "render_pack", explode)
    path, data = dbfile
    target = tmp_path / "p.pdf"
    code, _, err = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "intern", "-o", target
    )
    assert code != 0 and "schijf vol" in err
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_meeting_and_dossier_together_are_refused(dbfile, capsys):
    path, data = dbfile
    code, _, err = run(
        capsys,
        "--db",
        path,
        "pack",
        data.meeting,
        "--dossier",
        "wonen",
        "--edition",
        "intern",
        "-o",
        "x.pdf",
    )
    assert code != 0 and "niet allebei" in err


def test_a_folder_without_write_permission_is_named_in_dutch(dbfile, tmp_path, capsys, monkeypatch):
    import errno

    import briefing_app.services.packs.service as packs

    def refuse(*_args, dir=None, **_kwargs):  # tests run as root, where chmod would not stop us
        raise PermissionError(errno.EACCES, "Permission denied", dir)

    monkeypatch.setattr(packs.tempfile, "mkstemp", refuse)
    path, data = dbfile
    target = tmp_path / "p.pdf"
    code, _, err = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "intern", "-o", target
    )
    assert code != 0 and err.count("\n") == 1
    assert "geen toestemming om te schrijven" in err and "Permission" not in err
    assert not target.exists()


def test_a_read_only_database_still_prints_a_pack_but_records_nothing(
    dbfile, tmp_path, capsys, monkeypatch
):
    import briefing_app.cli.commands_pack as commands_pack

    monkeypatch.setattr(commands_pack, "_read_only", lambda context: True)
    path, data = dbfile
    target = tmp_path / "p.pdf"
    code, out, err = run(
        capsys, "--db", path, "pack", data.meeting, "--edition", "intern", "-o", target
    )
    assert code == 0 and target.exists() and "Geschreven" in out
    assert "alleen-lezen" in err and "niet vastgelegd" in err
    db = connect(path)
    assert db.execute("SELECT count(*) FROM exports").fetchone()[0] == 0
    db.close()
