"""No command writes its output over the open database, its SQLite side files or a backup."""

import pytest

from briefing_app.cli import main
from briefing_app.store.backup import create_backup, sidecars
from briefing_app.store.output_paths import refusal

SECRET = "correct paard batterij"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "wachtwoord.txt"
    path.write_text(SECRET + "\n")
    return path


def _one_line(err):
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("briefing: ") and "Traceback" not in err


@pytest.mark.parametrize("which", ["db", "wal", "shm", "dotdot", "backup"])
def test_bundle_export_never_overwrites_the_database_or_a_backup(
    which, default_db_copy, secret_file, capsys
):
    db = default_db_copy
    backup = create_backup(db, "handmatig").path
    target = {
        "db": db,
        "wal": sidecars(db)[0],
        "shm": sidecars(db)[1],
        "dotdot": db.parent / "x" / ".." / db.name,
        "backup": backup,
    }[which]
    if which in ("wal", "shm"):
        target.write_bytes(b"side file")
    if which == "dotdot":
        (db.parent / "x").mkdir()
    before = target.read_bytes()
    args = ["--db", str(db), "bundle", "export", "-o", str(target), "--force"]
    code = main([*args, "--passphrase-file", str(secret_file)])
    err = capsys.readouterr().err
    assert code == 2 and _one_line(err), err
    assert "ook niet met --force" in err or "reservekopieën" in err
    assert target.read_bytes() == before
    assert main(["--db", str(db), "check"]) == 0


def test_bundle_export_elsewhere_still_works_with_force(default_db_copy, secret_file, capsys):
    out = default_db_copy.parent / "delen.bundle"
    out.write_bytes(b"oud")
    args = ["--db", str(default_db_copy), "bundle", "export", "-o", str(out), "--force"]
    assert main([*args, "--passphrase-file", str(secret_file)]) == 0
    assert out.read_bytes() != b"oud"


def test_demo_out_onto_the_current_database_is_refused(default_db_copy, capsys):
    before = default_db_copy.read_bytes()
    args = ["--db", str(default_db_copy), "demo", "--out", str(default_db_copy), "--force"]
    code = main([*args, "--dossiers", "1", "--talking-points", "1"])
    err = capsys.readouterr().err
    assert code == 2 and _one_line(err) and "ook niet met --force" in err
    assert default_db_copy.read_bytes() == before


def test_a_symlink_to_the_database_is_the_database(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    link = tmp_path / "link.pdf"
    link.symlink_to(db)
    assert refusal(link, db) is not None
    assert refusal(tmp_path / "x.db.beschadigd-20260101T000000Z", db) is not None
    assert refusal(tmp_path / "pakket.pdf", db) is None
