"""Small helpers for timing and reporting: medians, and one result row per figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One line of the results table. ``ratio`` and ``target`` are None when not applicable."""

    name: str
    value: str
    floor: str = ""
    ratio: float | None = None
    target: float | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.target is None:
            return ""
        return "met" if self.ratio <= self.target else "MISSED"


def timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000.0


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
