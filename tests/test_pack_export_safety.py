"""A pack export never lands on the user's data and is all or nothing: file and record together."""

from __future__ import annotations

import sqlite3

import packdata
import pytest
from pdftext import all_text

from briefing_app.cli import main
from briefing_app.domain.classification import Classification
from briefing_app.services.packs.service import PackError, PackRequest, prepare_pack, write_pack
from briefing_app.store.backup import create_backup
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "briefing.db"
    db = connect(path)
    data = packdata.build(Repository(db, user="t"))
    db.close()
    return path, data


def _exports(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version FROM exports ORDER BY id").fetchall()


def _target_names(path):
    backup = create_backup(path, "handmatig").path
    yield path
    yield path.with_name(path.name + "-wal")
    yield path.with_name(path.name + "-shm")
    yield backup
    yield path.parent / "." / path.name  # the same file, spelled differently
    link = path.parent / "link.pdf"
    link.symlink_to(path)
    yield link


def test_pack_output_on_the_database_or_its_files_is_refused(dbfile, capsys):
    path, data = dbfile
    before = path.read_bytes()
    for target in _target_names(path):
        existed = target.exists()
        content = target.read_bytes() if existed and target.is_file() else None
        code = main(
            ["--db", str(path), "pack", data.meeting, "--edition", "openbaar", "-o", str(target)]
        )
        _, err = capsys.readouterr()
        assert code == 2, target
        assert "de database van Briefing" in err and len(err.strip().splitlines()) == 1, err
        if content is not None:
            assert target.read_bytes() == content
    assert path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    assert _exports(path) == []
    db = connect(path)  # still a working database
    assert db["meetings"].count == 1
    db.close()


def test_export_while_another_writer_holds_the_lock_leaves_no_file_and_no_version(dbfile, tmp_path):
    path, data = dbfile
    db = connect(path)
    db.execute("PRAGMA busy_timeout = 50")
    repo = Repository(db, user="t")
    request = PackRequest(Classification.OPENBAAR, data.meeting)
    write_pack(repo, prepare_pack(db, request), tmp_path / "v1.pdf")

    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(PackError, match="niet opgeslagen"):
            write_pack(repo, prepare_pack(db, request), tmp_path / "lock.pdf")
    finally:
        other.rollback()
        other.close()
    assert not (tmp_path / "lock.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert _exports(path) == [(1,)]

    forced = PackRequest(Classification.OPENBAAR, data.meeting, force_new_version=True)
    result = write_pack(repo, prepare_pack(db, forced), tmp_path / "v2.pdf")
    assert result.version == 2 and _exports(path) == [(1,), (2,)]
    assert "2 (vervangt versie 1)" in all_text(result.path)
    db.close()


def test_a_version_exported_meanwhile_is_not_printed_twice(dbfile, tmp_path):
    path, data = dbfile
    db = connect(path)
    repo = Repository(db, user="t")
    request = PackRequest(Classification.INTERN, data.meeting)
    first, second = prepare_pack(db, request), prepare_pack(db, request)
    write_pack(repo, first, tmp_path / "a.pdf")
    with pytest.raises(PackError, match="Intussen is versie 1"):
        write_pack(repo, second, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists() and _exports(path) == [(1,)]
    db.close()
