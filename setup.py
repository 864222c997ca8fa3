"""Build hook: the default dataset and the resources travel inside the package.

`database/` (the default dataset) and `resources/` (fonts, translations) stay at the top of the
repository, where people edit them. Building a wheel copies both into `briefing_app/bundled/`,
so an installed package (pip, pipx) carries them; `briefing_app/paths.py` finds them there
through `importlib.resources`, and in a checkout or an editable install at the top. Everything
else about the build is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("database", "resources")  # keep in step with briefing_app/paths.py and MANIFEST.in


class BuildPyWithData(build_py):
    """`build_py`, plus the top-level data folders copied into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's own folders
            return
        target = Path(self.build_lib, "briefing_app", "bundled")
        for name in BUNDLED:
            source = ROOT / name
            if not source.is_dir():
                raise SystemExit(f"setup.py: {name}/ is missing; a package without it cannot start")
            shutil.copytree(source, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithData})
