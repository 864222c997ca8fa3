"""Build the PyInstaller bundle from build.spec and prove that it works on its own.

`python scripts/smoke_bundle.py [--no-build]` (run with the project's virtual environment, with
the `build` extra installed; `./dev bundle` does both). After building `build/bundle/dist/briefing`
it runs the two programs in a bare environment (only PATH=/usr/bin:/bin, a fresh HOME, from a
temporary folder: no virtual environment, no checkout, no user data) and checks:

- `briefing --version` and `briefing-app --version` print the version of pyproject.toml;
- `briefing --db NEW.db dossiers --json` builds a fresh database from the bundled default
  dataset (wonen, jeugdzorg and wmo among its dossiers), and `briefing check` finds it sound;
- `briefing-app --db NEW.db --screenshot shot.png` renders the main window headless to a PNG;
- `briefing --db NEW.db pack MEETING --edition …` writes all three editions of the default
  dataset's mid-June meeting as PDFs.

Exit code 0 when every check passed; otherwise the first failure is printed and the code is 1.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bundle"
DIST = BUILD / "dist" / "briefing"
TIMEOUT_S = 300
BUILD_TIMEOUT_S = 30 * 60


class SmokeFailure(Exception):
    pass


def build() -> None:
    started = time.monotonic()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
        str(ROOT / "build.spec"),
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S
    )
    if done.returncode != 0:
        raise SmokeFailure(f"pyinstaller failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    print(f"built {DIST} in {time.monotonic() - started:.0f} s, {_size_mb(DIST):.0f} MB")


def _size_mb(folder: Path) -> float:
    # lstat: the bundle links some Qt libraries; a link must not count as a second copy.
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink()) / 1e6


def bare_environment(home: Path) -> dict[str, str]:
    """What a freshly logged-in user without Python has: no venv, no PYTHON* variables."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [str(DIST / program), *args]
    done = subprocess.run(
        command,
        cwd=cwd,
        env=bare_environment(cwd / "home"),
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


def check_versions(work: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    for program in ("briefing", "briefing-app"):
        out = run(program, "--version", cwd=work).stdout.strip()
        if out != f"{program} {version}":
            raise SmokeFailure(f"{program} --version printed {out!r}, expected version {version}")


def check_fresh_database(work: Path) -> Path:
    """The first command on a new file builds it from the bundled dataset; then it checks sound."""
    db = work / "fresh.db"
    listed = json.loads(run("briefing", "--db", str(db), "dossiers", "--json", cwd=work).stdout)
    slugs = {dossier["slug"] for dossier in listed}
    if not {"wonen", "jeugdzorg", "wmo"} <= slugs:
        raise SmokeFailure(f"the fresh database lacks default dossiers; it holds {sorted(slugs)}")
    run("briefing", "--db", str(db), "check", cwd=work)
    return db


def check_screenshot(work: Path) -> None:
    shot = work / "shot.png"
    run("briefing-app", "--db", str(work / "app.db"), "--screenshot", str(shot), cwd=work)
    header = shot.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{shot} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    if width < 800 or height < 500:
        raise SmokeFailure(f"the screenshot is only {width}x{height} pixels")


def check_pack(work: Path, db: Path) -> None:
    """All three editions of the default dataset's mid-June meeting (the first one otherwise)."""
    from pypdf import PdfReader  # the test extra, installed with the project

    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT id FROM meetings ORDER BY title NOT LIKE '%juni%', date LIMIT 1"
        ).fetchone()
    if row is None:
        raise SmokeFailure("the default dataset has no meeting to make a pack for")
    for edition in ("openbaar", "intern", "vertrouwelijk"):
        pack = work / f"pack-{edition}.pdf"
        run(
            "briefing",
            "--db",
            str(db),
            "pack",
            row[0],
            "--edition",
            edition,
            "-o",
            str(pack),
            cwd=work,
        )
        reader = PdfReader(pack)
        if len(reader.pages) < 2 or edition not in reader.pages[0].extract_text().lower():
            raise SmokeFailure(f"{pack} should be the {edition} edition, of several pages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check the existing bundle")
    args = parser.parse_args(argv)
    try:
        if not args.no_build:
            build()
        with tempfile.TemporaryDirectory(prefix="briefing-smoke-") as folder:
            work = Path(folder)
            (work / "home").mkdir()
            check_versions(work)
            db = check_fresh_database(work)
            check_screenshot(work)
            check_pack(work, db)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
