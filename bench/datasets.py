"""Generated databases for the benchmarks, cached under `bench/.cache/` between runs.

A file's name carries its counts, its seed and a digest of the generator's and the schema's
source, so a change to either makes a fresh file instead of measuring a stale one.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from briefing_app.services.dataset.demo import DemoSpec, generate

CACHE = Path(__file__).resolve().parent / ".cache"
_GENERATOR_SOURCES = (
    "services/dataset/demo.py",
    "services/dataset/demo_rows.py",
    "services/dataset/demo_spec.py",
    "services/dataset/demo_text.py",
    "store/migrations.py",
    "store/schema_v1.sql",
)


def _digest() -> str:
    package = Path(__file__).resolve().parent.parent / "briefing_app"
    h = hashlib.sha256()
    for name in _GENERATOR_SOURCES:
        h.update((package / name).read_bytes())
    return h.hexdigest()[:10]


def generated(spec: DemoSpec) -> Path:
    """The cached database for ``spec``, generated (with a note on stderr) when missing."""
    history = "h" if spec.history else "n"
    name = (
        f"tp{spec.talking_points}-d{spec.dossiers}-f{spec.figure_count}-m{spec.meeting_count}"
        f"-s{spec.seed}{history}-{_digest()}.db"
    )
    path = CACHE / name
    if not path.exists():
        print(f"  generating {name} (cached for later runs) ...", file=sys.stderr, flush=True)
        report = generate(path, spec)
        print(f"  generated in {report.seconds:.0f} s", file=sys.stderr, flush=True)
    return path


def scratch_copy(path: Path, name: str) -> Path:
    """A fresh copy of ``path`` to write into, so the cached file stays as generated."""
    target = CACHE / "scratch" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, target)
    return target
