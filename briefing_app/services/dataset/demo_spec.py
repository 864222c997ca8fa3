"""What a generated database should contain: how many dossiers, talking points, figures, meetings.

Its own module so that the generator (`demo`) and the row maker (`demo_rows`) both depend on it
and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass


class DemoError(Exception):
    """The database cannot be generated; the message says why."""


@dataclass(frozen=True)
class DemoSpec:
    """How much to generate. Figures and meetings default to amounts in scale with dossiers."""

    dossiers: int = 12
    talking_points: int = 1_000
    figures: int | None = None
    meetings: int | None = None
    seed: int = 1
    history: bool = True  # a creation revision per item, as the app would have recorded

    @property
    def figure_count(self) -> int:
        return self.figures if self.figures is not None else 6 * self.dossiers

    @property
    def meeting_count(self) -> int:
        return self.meetings if self.meetings is not None else max(2, min(self.dossiers, 12))

    def check(self) -> None:
        if self.dossiers < 1:
            raise DemoError("Er is ten minste één dossier nodig.")
        for name, value in (
            ("spreekpunten", self.talking_points),
            ("kerncijfers", self.figure_count),
            ("overleggen", self.meeting_count),
        ):
            if value < 0:
                raise DemoError(f"Het aantal {name} kan niet negatief zijn.")
