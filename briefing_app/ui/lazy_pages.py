"""Pages of the main window that are built when first shown or asked for, not at start.

The first screen is a dossier; a meeting's page and a counterpart's page (their forms, sections
and controllers) cost start-up time and memory that nobody has asked for yet. `LazyPage` builds
its page and controller on first use and adds the page to the window's stack then. Buttons
that features put beside a meeting before its page exists wait in `PendingActions` and are
added, in their order, when the page is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

P = TypeVar("P", bound=QWidget)
C = TypeVar("C")


class LazyPage(Generic[P, C]):
    """A page of ``stack`` and its controller, made by ``build`` the first time either is
    needed."""

    def __init__(self, stack: QStackedWidget, build: Callable[[], tuple[P, C]]) -> None:
        self._stack = stack
        self._build = build
        self._made: tuple[P, C] | None = None

    def built(self) -> bool:
        return self._made is not None

    def _get(self) -> tuple[P, C]:
        if self._made is None:
            self._made = self._build()
            self._stack.addWidget(self._made[0])
        return self._made

    def page(self) -> P:
        return self._get()[0]

    def controller(self) -> C:
        return self._get()[1]

    def is_current(self) -> bool:
        """Whether the page is the one shown (never, while it is not built)."""
        return self._made is not None and self._stack.currentWidget() is self._made[0]


class PendingActions:
    """Actions for a page's buttons, kept until the page exists and then handed over."""

    def __init__(self) -> None:
        self._actions: list[QAction] = []
        self._add: Callable[[QAction], object] | None = None

    def add(self, action: QAction) -> None:
        if self._add is not None:
            self._add(action)
        else:
            self._actions.append(action)

    def attach(self, add: Callable[[QAction], object]) -> None:
        """The page exists: add what waited, in order, and every later action at once."""
        self._add = add
        for action in self._actions:
            add(action)
        self._actions.clear()
