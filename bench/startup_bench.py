"""Start-up to the first painted main window, and peak memory, against a bare PySide6 window.

Each start is a fresh process, timed from just before it is spawned to the moment it prints
`first-paint` (see `briefing_app/ui/first_paint.py` and `bench/bare_window.py`); its peak
resident memory comes from `os.wait4` (the kernel's maxrss of that one child). Both are taken
by `bench/launch.py`, a small launcher, so the runner's own memory does not leak into the figure. The floor is a
bare `QMainWindow` in the same Python, started the same way, interleaved with the app's starts so
that both see the same machine load. Settings and data folders point into the scratch folder,
so a user's own settings never colour the figures; the first start of each kind is a warm-up
(it also makes the day's start backup of the database) and is not counted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.datasets import CACHE, scratch_copy
from bench.stats import Result, median, ms

BARE = Path(__file__).resolve().parent / "bare_window.py"
LAUNCH = Path(__file__).resolve().parent / "launch.py"
TIMEOUT_S = 120
MEMORY_TARGET = 1.5


@dataclass
class Samples:
    seconds: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)


def _environment() -> dict[str, str]:
    home = CACHE / "scratch" / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        BRIEFING_EXIT_AFTER_FIRST_PAINT="1",
    )
    env.pop("BRIEFING_DB", None)
    # An installed program runs from compiled bytecode; let the warm-up start write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawn to `first-paint`, and the process's own peak RSS in KiB."""
    done = subprocess.run(
        [sys.executable, str(LAUNCH), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    report = json.loads(done.stdout)
    if report["seconds"] is None or report["exit"] != 0:
        raise RuntimeError(f"{command} did not paint (exit {report['exit']}): {report['error']}")
    return float(report["seconds"]), int(report["peak_kb"])


def run(default_db: Path | None, big_db: Path, label: str, rounds: int) -> list[Result]:
    env = _environment()
    floor_cmd = [sys.executable, str(BARE)]
    targets: dict[str, list[str]] = {}
    if default_db is not None:
        targets["default"] = [sys.executable, "-m", "briefing_app", "--db", str(default_db)]
    copy = scratch_copy(big_db, "startup.db")
    targets["big"] = [sys.executable, "-m", "briefing_app", "--db", str(copy)]
    samples = {name: Samples() for name in ("floor", *targets)}
    commands = {"floor": floor_cmd, **targets}
    for round_no in range(rounds + 1):
        for name, command in commands.items():
            seconds, peak = start_once(command, env)
            if round_no:  # round 0 is the warm-up
                samples[name].seconds.append(seconds)
                samples[name].peak_kb.append(peak)
    return _results(samples, label, rounds, _start_checks_ms(copy))


def _start_checks_ms(path: Path) -> float:
    """What the checks every start runs (see `services.workspace`) cost on their own; since
    they run after the first paint (on a worker), they no longer delay it."""
    conn = sqlite3.connect(str(path))
    started = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()
    conn.execute("PRAGMA foreign_key_check").fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def _results(
    samples: dict[str, Samples], label: str, rounds: int, checks_ms: float
) -> list[Result]:
    floor_s = median(samples["floor"].seconds)
    floor_text = f"bare window {ms(floor_s * 1000)}"
    results = []
    if "default" in samples:
        app_s = median(samples["default"].seconds)
        results.append(
            Result(
                "start to first paint, default data",
                ms(app_s * 1000),
                floor_text,
                app_s / floor_s,
                1.3,
                f"median of {rounds} starts each",
            )
        )
    big_s = median(samples["big"].seconds)
    results.append(
        Result(
            f"start to first paint, {label}",
            ms(big_s * 1000),
            floor_text,
            big_s / floor_s,
            1.6,
            f"median of {rounds} starts each; the start checks (quick_check, "
            f"foreign_key_check: {ms(checks_ms)} on this file) run after the first paint",
        )
    )
    floor_kb = median(samples["floor"].peak_kb)
    for name, data in (("default", "default data"), ("big", label)):
        if name not in samples:
            continue
        app_kb = median(samples[name].peak_kb)
        results.append(
            Result(
                f"peak memory at first paint, {data}",
                f"{app_kb / 1024:.0f} MiB",
                f"bare window {floor_kb / 1024:.0f} MiB",
                app_kb / floor_kb,
                MEMORY_TARGET,
                "maxrss of the process, which ends at its first paint",
            )
        )
    return results
