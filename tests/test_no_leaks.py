"""No leaks: no network connection, no plain-text temporary files, no personal PDF metadata.

In-process, every socket call that could reach a network fails the test while the main
command-line workflows run. Across processes, `strace` records every `connect` and every file
created by the command line and by the app itself (Qt included, which a Python-level guard
would not see); no connection may go to an IP address, and the command line may create files
only in the folder of the database and its outputs.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.cli import main

SECRET = "geheime ondergrens 123"
PASS = "wachtwoord voor de test"
CLI = "import sys; from briefing_app.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def make_store(folder: Path) -> Path:
    from briefing_app.store.connection import connect
    from briefing_app.store.repository import Repository

    path = folder / "briefing.db"
    db = connect(path)
    repo = Repository(db)
    dossier = repo.create("dossier", {"slug": "wonen", "title": "Wonen"})
    repo.create(
        "position", {"dossier_id": dossier, "party": "ours", "kind": "bottom_line", "text": SECRET}
    )
    repo.create("talking_point", {"dossier_id": dossier, "kind": "key_message", "text": "Bouwen"})
    db.close()
    return path


def workflows(folder: Path, db: Path) -> list[list[str]]:
    sheet = folder / "cijfers.csv"
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;k;K;€ 5 mln;euro\n")
    pw = folder / "pw.txt"
    pw.write_text(PASS)
    d = ["--db", str(db)]
    bundle = str(folder / "uit.bundle")
    return [
        [*d, "check"],
        [*d, "backup", "create"],
        [*d, "bundle", "export", "-o", bundle, "--passphrase-file", str(pw)],
        [*d, "bundle", "import", bundle, "--yes", "--passphrase-file", str(pw)],
        [*d, "figures", "import", str(sheet), "--apply"],
        [
            *d,
            "pack",
            "--dossier",
            "wonen",
            "--edition",
            "vertrouwelijk",
            "-o",
            str(folder / "p.pdf"),
            "--recipients",
            "Lid Een",
        ],
    ]


def test_command_line_workflows_touch_no_network(tmp_path, no_network, capsys):
    db = make_store(tmp_path)
    for argv in workflows(tmp_path, db):
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert (tmp_path / "p-exemplaar-01-lid-een.pdf").exists()


def test_pdf_metadata_names_no_user_path_or_software(tmp_path, capsys):
    db = make_store(tmp_path)
    argv = workflows(tmp_path, db)[-1]
    assert main(argv) == 0, capsys.readouterr().err
    reader = PdfReader(tmp_path / "p-exemplaar-01-lid-een.pdf")
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values()).lower()
    for leak in (getpass.getuser(), str(tmp_path).lower(), "reportlab", "python", "briefing.db"):
        assert leak.lower() not in metadata, leak


def strace_available() -> str | None:
    tool = shutil.which("strace")
    if not tool:
        return "strace is not installed"
    probe = subprocess.run([tool, "-f", "-qq", "-o", os.devnull, "true"], capture_output=True)
    return None if probe.returncode == 0 else "ptrace is not permitted here"


def traced(argv: list[str], log: Path, env: dict[str, str] | None = None) -> None:
    command = [
        "strace", "-f", "-qq", "-e", "trace=connect,openat,open,creat,rename,renameat,renameat2",
        "-o", str(log), sys.executable, *argv,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]


def network_connects(log: Path) -> list[str]:
    return [
        line
        for line in log.read_text().splitlines()
        if "connect(" in line and ("AF_INET" in line or "AF_INET6" in line)
    ]


def created_files(log: Path) -> set[str]:
    created = set()
    for line in log.read_text().splitlines():
        if "O_CREAT" in line and "= -1" not in line:
            match = re.search(r'"([^"]+)"', line)
            if match:
                created.add(match.group(1))
    return created


@pytest.mark.skipif(strace_available() is not None, reason=f"{strace_available()}")
def test_command_line_processes_connect_nowhere_and_write_only_beside_the_database(tmp_path):
    work = tmp_path / "werk"
    work.mkdir()
    db = make_store(work)
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    # The workflows that handle confidential text (check and backup add nothing new here).
    for index, argv in enumerate(workflows(work, db)[2:]):
        log = tmp_path / f"trace-{index}.txt"
        traced(["-c", CLI, *argv], log, env)
        assert network_connects(log) == [], argv
        outside = {
            f for f in created_files(log)
            if not f.startswith((str(work), "/dev/")) and "__pycache__" not in f
        }  # fmt: skip
        assert outside == set(), (argv, outside)
    assert list((tmp_path / "tmp").iterdir()) == []
    for path in work.rglob("*"):  # the secret sits only in the database and its backups
        if path.is_file() and SECRET.encode() in path.read_bytes():
            assert path.suffix == ".db" and (
                path == db or path.parent.name == "briefing.db.backups"
            ), path


@pytest.mark.skipif(strace_available() is not None, reason=f"{strace_available()}")
def test_the_app_connects_nowhere(tmp_path):
    db = make_store(tmp_path)
    log = tmp_path / "trace-app.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    traced(
        ["-m", "briefing_app.app", "--db", str(db), "--screenshot", str(tmp_path / "s.png")],
        log,
        env,
    )
    assert (tmp_path / "s.png").exists()
    assert network_connects(log) == []


def test_the_pdf_file_names_no_software_anywhere(tmp_path, capsys):
    db = make_store(tmp_path)
    argv = workflows(tmp_path, db)[-1]
    assert main(argv) == 0, capsys.readouterr().err
    data = (tmp_path / "p-exemplaar-01-lid-een.pdf").read_bytes()
    assert data.startswith(b"%PDF-1.")
    for leak in (b"ReportLab", b"reportlab", b"Python", b"python"):
        assert leak not in data, leak
    assert PdfReader(tmp_path / "p-exemplaar-01-lid-een.pdf").pages  # still a valid PDF
