"""Faults for real: a full disk (small tmpfs), read-only files as a non-owner, a second writer.

Root ignores file modes, so the read-only tests drop to the user `nobody` in a forked child.
Mounting a tmpfs needs root (or CAP_SYS_ADMIN); where the machine does not allow it, the test
is skipped and says why.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store import connection
from briefing_app.store.backup import list_backups
from briefing_app.store.connection import connect
from briefing_app.store.errors import BUSY, FULL, READ_ONLY, describe_sqlite_error
from briefing_app.store.repository import Repository

POSIX = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def texts(path):
    db = connect(path, migrate=False, read_only=True)
    try:
        return [r["text"] for r in db.query("SELECT text FROM talking_points ORDER BY rowid")]
    finally:
        db.close()


def in_child(func):
    """Run ``func`` in a forked child and return what it returned (JSON over a pipe)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            result = {"ok": func()}
        except BaseException as exc:  # report everything to the parent
            result = {"error": f"{type(exc).__name__}: {exc}"}
        os.write(write_fd, json.dumps(result).encode())
        os._exit(0)
    os.close(write_fd)
    data = b""
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    os.waitpid(pid, 0)
    return json.loads(data)


# -- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk():
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a tmpfs can only be mounted as root; this test needs a small disk")
    folder = Path(tempfile.mkdtemp(prefix="briefing-vol-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        folder.rmdir()
        pytest.skip(f"mounting a 2 MB tmpfs is not permitted here: {done.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)
    folder.rmdir()


def test_full_disk_gives_a_clear_error_and_keeps_what_was_saved(small_disk):
    path = small_disk / "briefing.db"
    db = connect(path)
    repo = Repository(db)
    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    saved = []
    with pytest.raises(Exception) as caught:
        for i in range(10_000):
            text = f"punt {i} " + os.urandom(500).hex()
            repo.create(
                "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": text}
            )
            saved.append(text)
    assert describe_sqlite_error(caught.value) == FULL
    assert len(saved) > 10
    db.close()
    assert texts(path) == saved  # everything committed before the failure, nothing more
    # A backup on the full disk fails cleanly, and an import then refuses to start.
    sheet = small_disk.parent / f"{small_disk.name}-cijfers.csv"
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;1;aantal\n")
    try:
        code = main(["--db", str(path), "figures", "import", str(sheet), "--apply"])
    finally:
        sheet.unlink()
    assert code == 2
    assert list_backups(path) == []
    assert texts(path) == saved
    db = connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_cli_reports_a_full_disk_in_dutch(small_disk, capsys):
    path = small_disk / "briefing.db"
    db = connect(path)
    Repository(db).create("dossier", {"slug": "wonen", "title": "Wonen"})
    db.close()
    filler = small_disk / "vulling"
    try:  # take all the space that is left
        with open(filler, "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    rows = "".join(f"wonen;k{i};Kerncijfer {i} {'x' * 200};{i};aantal\n" for i in range(200))
    sheet = Path(tempfile.mkdtemp()) / "cijfers.csv"
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\n" + rows)
    code = main(["--db", str(path), "figures", "import", str(sheet), "--apply"])
    err = capsys.readouterr().err
    assert code == 2 and "schijf is vol" in err and "Traceback" not in err
    filler.unlink()
    shutil.rmtree(sheet.parent)
    db = connect(path)
    assert db["figures"].count == 0 and db["dossiers"].count == 1
    db.close()


# -- read-only -----------------------------------------------------------------------------


@pytest.fixture
def shared_folder(db_file):
    """A folder anyone may read, owned by root, holding a copy of the test database."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-ro-"))
    os.chmod(folder, 0o755)
    target = folder / "briefing.db"
    shutil.copy(db_file, target)
    os.chmod(target, 0o644)
    yield target
    shutil.rmtree(folder)


def as_nobody(func):
    def wrapped():
        user = pwd.getpwnam("nobody")
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)
        return func()

    return wrapped


def open_and_try_to_write(path, writable_folder=False):
    from briefing_app.services.core.workspace import start_workspace

    workspace = start_workspace(path)
    result = {
        "read_only": workspace.read_only,
        "reason": workspace.read_only_reason,
        "texts": [r["text"] for r in workspace.db.query("SELECT text FROM talking_points")],
    }
    try:
        dossier = next(workspace.db.query("SELECT id FROM dossiers"))["id"]
        Repository(workspace.db).create(
            "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "nieuw"}
        )
        result["write"] = "gelukt"
    except Exception as exc:
        result["write"] = describe_sqlite_error(exc)
    workspace.db.close()
    return result


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="dropping to 'nobody' needs root"
)


@POSIX
@needs_root
def test_read_only_folder_as_non_owner_opens_read_only(shared_folder):
    result = in_child(as_nobody(lambda: open_and_try_to_write(shared_folder)))
    assert "error" not in result, result
    outcome = result["ok"]
    assert outcome["read_only"] is True
    assert outcome["texts"] == ["Geen nieuwe taken"]
    assert outcome["write"] == READ_ONLY
    assert texts(shared_folder) == ["Geen nieuwe taken"]
    assert not shared_folder.with_name("briefing.db.backups").exists()


@POSIX
@needs_root
def test_read_only_file_in_a_writable_folder(shared_folder):
    os.chmod(shared_folder.parent, 0o777)
    result = in_child(as_nobody(lambda: open_and_try_to_write(shared_folder)))
    assert "error" not in result, result
    assert (
        result["ok"]["read_only"] is True
        and result["ok"]["reason"] == "het bestand is alleen-lezen"
    )
    assert result["ok"]["write"] == READ_ONLY


@POSIX
@needs_root
def test_cli_says_read_only_and_refuses_to_write(shared_folder, tmp_path):
    sheet = shared_folder.with_name("cijfers.csv")
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;1;aantal\n")
    os.chmod(sheet, 0o644)

    def run():
        import contextlib
        import io

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", str(shared_folder), "figures", "import", str(sheet), "--apply"])
        return {"code": code, "err": err.getvalue()}

    result = in_child(as_nobody(run))["ok"]
    assert result["code"] == 2
    assert "Alleen-lezen" in result["err"] and "Kan niet schrijven" in result["err"]


# -- a second writer -----------------------------------------------------------------------


@POSIX
def test_second_writer_waits_briefly_then_is_refused_in_dutch(db_file, monkeypatch, capsys):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 600)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the first writer: holds the write lock for two seconds
        try:
            db = connect(db_file)
            db.conn.execute("BEGIN IMMEDIATE")
            db.conn.execute("UPDATE dossiers SET title = 'Bezet'")
            os.write(write_fd, b"locked")
            time.sleep(2)
            db.conn.rollback()
        finally:
            os._exit(0)
    os.read(read_fd, 10)
    sheet = db_file.with_name("cijfers.csv")
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;1;aantal\n")
    started = time.monotonic()
    code = main(["--db", str(db_file), "figures", "import", str(sheet), "--apply"])
    waited = time.monotonic() - started
    os.waitpid(pid, 0)
    err = capsys.readouterr().err
    assert code == 2
    assert BUSY in err
    assert waited >= 0.5  # it waited for the other writer before giving up
    db = connect(db_file)
    assert db["figures"].count == 0  # nothing half-written
    db.close()
