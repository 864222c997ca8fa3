"""The figures a text may cite, read when a text first needs them.

Every text field of a dossier gets the figures it may cite (key, label and current value) for
`{fig:` completion and the rendering under it. Reading them builds the figure book: every
figure and every year of a series, as the edition shows them. With hundreds of figures that is
a noticeable part of the start-up, while most texts on the first screen cite none. `FigureRows`
reads them once, on first use, for all the fields that share it; a field asks for them only
when its text holds a reference or its completion opens (`ui.figure_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

Row = dict[str, object]


class FigureRows(Sequence[Row]):
    """The rows ``read`` returns, read on first use and then kept."""

    def __init__(self, read: Callable[[], Sequence[Row]]) -> None:
        self._read = read
        self._rows: Sequence[Row] | None = None

    def rows(self) -> Sequence[Row]:
        if self._rows is None:
            self._rows = self._read()
        return self._rows

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        return self.rows()[index]

    def __len__(self) -> int:
        return len(self.rows())

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows())
