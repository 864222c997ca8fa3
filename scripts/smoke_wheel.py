"""Build the wheel and prove that, installed like any Python application, it works on its own.

`python scripts/smoke_wheel.py` (run with the project's virtual environment; `./dev wheel` does
that). It builds the wheel from a copy of the sources (so nothing built earlier in the checkout
can slip in), installs it with pip into a new virtual environment in a temporary folder, the way
`pip install` or `pipx` would, and runs that environment's `briefing` and `briefing-app` in a
bare environment (only PATH=/usr/bin:/bin, a fresh HOME, the temporary folder as working
directory: no checkout in sight) through the checks in `scripts/smoke_checks.py`. The default
dataset, fonts, translations and schema must all come from inside the installed package.

Exit code 0 when every check passed; otherwise the first failure is printed and the code is 1.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smoke_checks import ROOT, Programs, SmokeFailure, check_all

INSTALL_TIMEOUT_S = 20 * 60
# What a fresh clone does not have: built files, environments, caches.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", ".cache", "__pycache__", "*.db*", ".*_cache"
)


def _pip(python: Path, *args: str, cwd: Path) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"pip {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )


def build_wheel(work: Path) -> Path:
    """The wheel, built from a clean copy of the sources into ``work``."""
    sources = work / "sources"
    shutil.copytree(ROOT, sources, ignore=NOT_SOURCES)
    _pip(
        Path(sys.executable),
        "wheel",
        "--no-deps",
        "-w",
        str(work / "wheel"),
        str(sources),
        cwd=work,
    )
    (wheel,) = (work / "wheel").glob("briefing-*.whl")
    shutil.rmtree(sources)
    return wheel


def install(wheel: Path, work: Path) -> Path:
    """A new virtual environment in ``work`` with ``wheel`` installed; returns its `bin/`."""
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    _pip(venv / "bin" / "python", "install", str(wheel), cwd=work)
    return venv / "bin"


WHERE_DATA = """
from briefing_app.paths import dataset_dir, fonts_dir, resource
from importlib.resources import files
print(len(list(dataset_dir().glob("dossiers/*.toml"))), dataset_dir())
print(len(list(fonts_dir().glob("*.ttf"))), fonts_dir())
print(len(list(resource("translations").glob("*.qm"))), resource("translations"))
print(int(files("briefing_app.store").joinpath("schema_v1.sql").is_file()), files("briefing_app"))
"""


def check_packaged_data(programs: Programs) -> None:
    """Dataset, fonts, translations and schema resolve to files inside the installed package."""
    done = programs.run("python", "-c", WHERE_DATA)
    site = (programs.folder.parent / "lib").resolve()
    for line in done.stdout.splitlines():
        count, place = line.split(" ", 1)
        if int(count) < 1 or not Path(place).resolve().is_relative_to(site):
            raise SmokeFailure(f"package data missing or outside the installed package: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-wheel-") as folder:
            work = Path(folder)
            wheel = build_wheel(work)
            print(f"built {wheel.name}, {wheel.stat().st_size / 1e6:.1f} MB")
            programs = install(wheel, work)
            print(f"installed into a new virtual environment in {time.monotonic() - started:.0f} s")
            (work / "run" / "home").mkdir(parents=True)
            installed = Programs(programs, work / "run")
            check_packaged_data(installed)
            check_all(installed)
    except (SmokeFailure, subprocess.SubprocessError, OSError, ValueError) as exc:
        print(f"wheel smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("wheel smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
