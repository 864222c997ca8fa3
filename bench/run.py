"""The benchmark runner: `python -m bench [--quick] [--only NAME ...]`.

Prints one Markdown table (ready for the README) with every figure, its floor measured in the
same run, the ratio and whether the target is met. Generated databases are cached in
`bench/.cache/` (the first full run spends a few minutes generating the million-item file).
`--quick` uses fewer rounds and leaves out the million-item database.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import (
    cipher_bench,
    datasets,
    edit_bench,
    export_bench,
    find_bench,
    jump_bench,
    long_text_bench,
    machine,
    search_bench,
    startup_bench,
)
from bench.stats import Result
from briefing_app.paths import dataset_dir
from briefing_app.services.dataset.demo import DemoSpec

# 40 dossiers: 2,500 talking points per dossier at 100,000, 25,000 at a million.
SPEC_100K = DemoSpec(dossiers=40, talking_points=100_000, seed=1)
# Search reads only the search tables: the million-item file skips the creation revisions.
SPEC_1M = DemoSpec(dossiers=40, talking_points=1_000_000, seed=1, history=False)
# One meeting with three dossiers of 1,000 talking points each: a pack of well over 200 pages.
# Four dossiers of about 25,000 talking points: jumps as deep as the rows users reported.
SPEC_DEEP = DemoSpec(dossiers=4, talking_points=100_000, seed=1, history=False)
SPEC_PACK = DemoSpec(dossiers=3, talking_points=3_000, meetings=1, seed=1)

Bench = Callable[[argparse.Namespace], list[Result]]


def _search(args: argparse.Namespace) -> list[Result]:
    rounds = 5 if args.quick else 15
    results = [search_bench.run(datasets.generated(SPEC_100K), "100,000 talking points", rounds)]
    if not args.quick:  # a round at a million items takes over ten seconds: fewer of them
        big = datasets.generated(SPEC_1M)
        results.append(search_bench.run(big, "1,000,000 talking points", 5))
    return results


def _long_text(args: argparse.Namespace) -> list[Result]:
    return long_text_bench.run(5 if args.quick else 15)


def _edit(args: argparse.Namespace) -> list[Result]:
    edits = 30 if args.quick else 100
    return [edit_bench.run(datasets.generated(SPEC_100K), "100,000 talking points", edits)]


def _startup(args: argparse.Namespace) -> list[Result]:
    rounds = 2 if args.quick else 5
    default_db = None
    if dataset_dir().is_dir():  # a fresh file: the warm-up start builds it from database/
        default_db = datasets.CACHE / "scratch" / "default.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{default_db}{suffix}").unlink(missing_ok=True)
        # Backups of an earlier run would make the app refuse to start afresh (rightly).
        shutil.rmtree(f"{default_db}.backups", ignore_errors=True)
    else:
        print("  no default dataset (database/): default data not measured", file=sys.stderr)
    big = datasets.generated(SPEC_100K)
    return startup_bench.run(default_db, big, "100,000 talking points", rounds)


def _export(args: argparse.Namespace) -> list[Result]:
    return export_bench.run(datasets.generated(SPEC_PACK), 1 if args.quick else 3)


def _jump(args: argparse.Namespace) -> list[Result]:
    rounds = 2 if args.quick else 5
    return [jump_bench.run(datasets.generated(SPEC_DEEP), "100,000 talking points", rounds)]


def _find(args: argparse.Namespace) -> list[Result]:
    import sqlite3

    rounds = 2 if args.quick else 5
    path, meeting = find_bench.default_data()
    results = [find_bench.run(path, meeting, "default data (mid-June meeting)", rounds)]
    big = datasets.generated(SPEC_PACK)  # the pack benchmark's meeting: 3,000 talking points
    with sqlite3.connect(big) as plain:
        (big_meeting,) = plain.execute("SELECT id FROM meetings LIMIT 1").fetchone()
    results.append(find_bench.run(big, big_meeting, "meeting of 3,000 talking points", rounds))
    return results


def _cipher(args: argparse.Namespace) -> list[Result]:
    big = datasets.generated(SPEC_100K)
    rounds = 3 if args.quick else 10
    return [
        *cipher_bench.open_rows(big, "100,000 talking points", rounds),
        cipher_bench.search_row(big, "100,000 talking points", 3 if args.quick else 15),
        cipher_bench.edit_row(big, "100,000 talking points", 20 if args.quick else 100),
        cipher_bench.export_row(datasets.generated(SPEC_PACK), 1 if args.quick else 3),
    ]


BENCHES: dict[str, Bench] = {
    "startup": _startup,
    "export": _export,
    "search": _search,
    "long-text": _long_text,
    "edit": _edit,
    "jump": _jump,
    "find": _find,
    "cipher": _cipher,
}


def _table(results: list[Result]) -> list[str]:
    lines = [
        "| Measurement | Briefing | Floor (same run) | Ratio | Target | Result | Note |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        target = f"≤ {r.target:g}x" if r.target is not None else ""
        lines.append(
            f"| {r.name} | {r.value} | {r.floor} | {ratio} | {target} | {r.verdict} | {r.note} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, no million-item file")
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHES), help="run only these (repeatable)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results: list[Result] = []
    for name, bench in BENCHES.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.extend(bench(args))
    print("\n".join(machine.describe()))
    print()
    print("\n".join(_table(results)))
    mode = " --quick" if args.quick else ""
    print(f"\n`python -m bench{mode}`: {time.perf_counter() - started:.0f} s in total")
    return 0
