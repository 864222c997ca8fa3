"""The checks a built Briefing must pass on its own: shared by the bundle and the wheel smoke tests.

`Programs` runs `briefing` and `briefing-app` from one folder (the PyInstaller bundle's, or the
`bin/` of a virtual environment the wheel was installed into) in a bare environment: only
PATH=/usr/bin:/bin, a fresh HOME, from a temporary folder, so nothing of the checkout, the
developer's virtual environment or their data can help. The checks:

- `briefing --version` and `briefing-app --version` print the version of pyproject.toml;
- `briefing --db NEW.db dossiers --json` builds a fresh database from the bundled default
  dataset (wonen, jeugdzorg and wmo among its dossiers), and `briefing check` finds it sound;
- `briefing-app --db NEW.db --screenshot shot.png` renders the main window headless to a PNG;
- `briefing --db NEW.db pack MEETING --edition …` writes all three editions of the default
  dataset's mid-June meeting as PDFs (the vertrouwelijk one as a numbered copy);
- `briefing --db ENC.db init --encrypt` and `dossiers` on it: SQLCipher works in the build.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300


class SmokeFailure(Exception):
    pass


def bare_environment(home: Path) -> dict[str, str]:
    """What a freshly logged-in user has: no venv, no PYTHON* variables, no settings."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


@dataclass(frozen=True)
class Programs:
    """The two programs in ``folder``, run from ``work`` (which holds an empty `home/`)."""

    folder: Path
    work: Path

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.folder / program), *args],
            cwd=self.work,
            env=bare_environment(self.work / "home"),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        if done.returncode != 0:
            raise SmokeFailure(
                f"{program} {' '.join(args)} exited with {done.returncode}:\n"
                f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            )
        print(f"ok: {program} {' '.join(args)}")
        return done


def check_all(programs: Programs) -> None:
    check_versions(programs)
    db = check_fresh_database(programs)
    check_screenshot(programs)
    check_pack(programs, db)
    check_encrypted(programs)


def check_versions(programs: Programs) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    for program in ("briefing", "briefing-app"):
        out = programs.run(program, "--version").stdout.strip()
        if out != f"{program} {version}":
            raise SmokeFailure(f"{program} --version printed {out!r}, expected version {version}")


def check_fresh_database(programs: Programs) -> Path:
    """The first command on a new file builds it from the bundled dataset; then it checks sound."""
    db = programs.work / "fresh.db"
    listed = json.loads(programs.run("briefing", "--db", str(db), "dossiers", "--json").stdout)
    slugs = {dossier["slug"] for dossier in listed}
    if not {"wonen", "jeugdzorg", "wmo"} <= slugs:
        raise SmokeFailure(f"the fresh database lacks default dossiers; it holds {sorted(slugs)}")
    programs.run("briefing", "--db", str(db), "check")
    return db


def check_screenshot(programs: Programs) -> None:
    shot = programs.work / "shot.png"
    programs.run("briefing-app", "--db", str(programs.work / "app.db"), "--screenshot", str(shot))
    header = shot.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{shot} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    if width < 800 or height < 500:
        raise SmokeFailure(f"the screenshot is only {width}x{height} pixels")


def check_pack(programs: Programs, db: Path) -> None:
    """All three editions of the default dataset's mid-June meeting (the first one otherwise)."""
    from pypdf import PdfReader  # the test extra, installed with the project

    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT id FROM meetings ORDER BY title NOT LIKE '%juni%', date LIMIT 1"
        ).fetchone()
    if row is None:
        raise SmokeFailure("the default dataset has no meeting to make a pack for")
    for edition in ("openbaar", "intern", "vertrouwelijk"):
        pack = programs.work / f"pack-{edition}.pdf"
        numbered = ["--recipients", "Smoke Test"] if edition == "vertrouwelijk" else []
        programs.run(
            "briefing",
            "--db",
            str(db),
            "pack",
            row[0],
            "--edition",
            edition,
            "-o",
            str(pack),
            *numbered,
        )
        if numbered:  # one numbered copy per recipient, beside the name given
            pack = programs.work / f"pack-{edition}-exemplaar-01-smoke-test.pdf"
        reader = PdfReader(pack)
        if len(reader.pages) < 2 or edition not in reader.pages[0].extract_text().lower():
            raise SmokeFailure(f"{pack} should be the {edition} edition, of several pages")


def check_encrypted(programs: Programs) -> None:
    """A new encrypted database: SQLCipher (sqlcipher3 and its libraries) works in the build."""
    secret = programs.work / "wachtwoord.txt"
    secret.write_text("rook-test-wachtwoord\n", encoding="utf-8")
    db = programs.work / "versleuteld.db"
    programs.run("briefing", "--db", str(db), "init", "--encrypt", "--passphrase-file", str(secret))
    if db.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SmokeFailure(f"{db} should be encrypted")
    out = programs.run(
        "briefing", "--db", str(db), "--db-passphrase-file", str(secret), "dossiers"
    ).stdout
    if "jeugdzorg" not in out:
        raise SmokeFailure(f"briefing dossiers on the encrypted database printed:\n{out}")
