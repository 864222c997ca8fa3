"""The wheel carries the default dataset, the fonts, the translations and the schema.

Installed with pip or pipx, Briefing has no checkout beside it: everything it reads at run time
must be inside the package (`briefing_app/bundled/`, copied there by setup.py). This builds the
wheel from a clean copy of the sources and compares its contents with the repository's folders.
Installing it and running both programs from it is `./dev wheel` (scripts/smoke_wheel.py, in CI).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _data_files(folder: str) -> set[str]:
    base = ROOT / folder
    return {
        f"briefing_app/bundled/{folder}/{p.relative_to(base).as_posix()}"
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_wheel_holds_every_data_file_inside_the_package(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    from smoke_wheel import build_wheel

    with zipfile.ZipFile(build_wheel(tmp_path)) as wheel:
        names = set(wheel.namelist())
    expected = _data_files("database") | _data_files("resources")
    assert {n for n in expected if n.endswith("dossiers/gemeentefonds.toml")}
    assert {n for n in expected if n.endswith(".ttf")}
    assert {n for n in expected if n.endswith("briefing_en.qm")}
    assert expected <= names, sorted(expected - names)
    assert "briefing_app/store/schema_v1.sql" in names
    assert not [n for n in names if n.startswith(("database/", "resources/"))]
