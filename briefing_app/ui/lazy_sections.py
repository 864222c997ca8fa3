"""The sections of a page, each built when first needed: start-up builds only what is shown.

A dossier has seven sections (positions, figures, talking points, …) and a meeting four, each
a table, a form and a toolbar; building them all before the first paint cost most of the
window's construction. Their views (`SectionView`) are cheap shells until `ensure_built()`;
`LazySections` makes a page's `SectionController`s on first use: when its tab is shown, an item
in it is jumped to, its view is first shown, or a caller asks for it by name. The page's `make` function gives a new
controller the state the page holds (its parent, figures, pickers), so a section built late
shows what one built at start would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

if TYPE_CHECKING:
    from briefing_app.ui.section import SectionController
    from briefing_app.ui.section_view import SectionView

Make = Callable[[str, "SectionView"], "SectionController"]
Row = dict[str, object]


class LazySections(Mapping[str, "SectionController"]):
    """Section controllers by kind name, each made on first access."""

    def __init__(self, views: Mapping[str, SectionView], make: Make, tabs: QTabWidget) -> None:
        self._views = views
        self._make = make
        self._tabs = tabs
        self._built: dict[str, SectionController] = {}
        # What the page told each section so far, given to a section when it is made.
        self._figures: dict[str, list[Row]] = {}
        self._options: dict[str, dict[str, list[tuple[str, str]]]] = {}
        self._parents: dict[str, str | None] = {}
        tabs.currentChanged.connect(self._on_tabs_current_changed)
        for name, view in views.items():
            view.on_first_show = lambda n=name: self[n]  # type: ignore[misc]

    def __getitem__(self, name: str) -> SectionController:
        controller = self._built.get(name)
        if controller is None:
            view = self._views[name]  # KeyError for a kind the page does not have
            view.ensure_built()
            controller = self._built[name] = self._make(name, view)
            if name in self._figures:
                controller.set_figures(self._figures[name])
            for field, options in self._options.get(name, {}).items():
                controller.set_options(field, options)
            if name in self._parents:
                controller.set_parent(self._parents[name])
        return controller

    # -- what the page tells its sections (kept for those not made yet) -------------------

    def set_parent(self, name: str, parent_id: str | None) -> None:
        self._parents[name] = parent_id
        if name in self._built:
            self._built[name].set_parent(parent_id)

    def set_figures(self, name: str, figures: list[Row]) -> None:
        self._figures[name] = figures
        if name in self._built:
            self._built[name].set_figures(figures)

    def set_options(self, name: str, field: str, options: list[tuple[str, str]]) -> None:
        self._options.setdefault(name, {})[field] = options
        if name in self._built:
            self._built[name].set_options(field, options)

    def __iter__(self) -> Iterator[str]:
        return iter(self._views)

    def __len__(self) -> int:
        return len(self._views)

    def built(self) -> dict[str, SectionController]:
        """The sections made so far (iterating the mapping itself would make them all)."""
        return dict(self._built)

    def _on_tabs_current_changed(self, index: int) -> None:
        shown = self._tabs.widget(index)
        for name, view in self._views.items():
            if view is shown:
                self[name]
