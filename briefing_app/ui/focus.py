"""Keyboard focus that follows the screen: Tab order top to bottom, the field that matters first.

Qt orders Tab by when widgets were made. Two things make that differ from what the user sees:
a dossier's overview is made before the section tabs above it, and a section's widgets are made
when the section is first shown (`ui.lazy_sections`), long after the rest of the window. So a
page puts a part's focusable widgets straight after what stands above it (`follow`), keeping
their own order. `main_editor` names the field a user came to fill in (a talking point's text,
a dossier's title), which new-item dialogs and Ctrl+3 put the cursor in.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget


def follow(anchor: QWidget, part: QWidget) -> None:
    """Put the focusable widgets inside ``part`` right after ``anchor`` in the Tab order."""
    chain = [anchor, *focusable_in(part)]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


def focusable_in(part: QWidget) -> list[QWidget]:
    """The widgets inside ``part`` that Tab stops at, in the window's current Tab order."""
    window = part.window()
    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if part.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
        if len(found) > 10_000:  # a broken chain must not hang the window
            break
    return found


def tab_bar_above(widget: QWidget) -> QWidget | None:
    """The tab bar of the tab widget that holds ``widget`` (a section in its page), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            return parent.tabBar()
        parent = parent.parentWidget()
    return None


def put_focus(widget: QWidget | None) -> bool:
    """Give ``widget`` the keyboard focus as if the user had tabbed to it."""
    if widget is None or not widget.isEnabled():
        return False
    target = widget.focusProxy() or widget
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True
