"""Build the PyInstaller bundle from build.spec and prove that it works on its own.

`python scripts/smoke_bundle.py [--no-build]` (run with the project's virtual environment, with
the `build` extra installed; `./dev bundle` does both). After building `build/bundle/dist/briefing`
it runs the two programs in a bare environment (only PATH=/usr/bin:/bin, a fresh HOME, from a
temporary folder: no virtual environment, no checkout, no user data) through the checks in
`scripts/smoke_checks.py`: versions, a fresh database from the bundled dataset and its check, a
headless screenshot of the main window, and the three editions of a pack.

Exit code 0 when every check passed; otherwise the first failure is printed and the code is 1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smoke_checks import ROOT, Programs, SmokeFailure, check_all

BUILD = ROOT / "build" / "bundle"
DIST = BUILD / "dist" / "briefing"
BUILD_TIMEOUT_S = 30 * 60


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
            check_all(Programs(DIST, work))
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"bundle smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
