"""The main window's toolbar: search, undo and redo, the "changed since" baseline, Bekijken als.

Undo and redo appear as twins of the Bewerken menu's actions with a fixed text, so the
toolbar does not shift at each edit (the undo stack's texts name what they would undo; the twin
shows that as its tooltip).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from briefing_app.ui.baseline import BaselineButton
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.view_as import ViewAsBox


class MainToolbar(QToolBar):
    """The toolbar of ``window``, holding the window's own search, undo and redo actions."""

    def __init__(self, window: QMainWindow, search: QAction, undo: QAction, redo: QAction) -> None:
        super().__init__(_tr("Werkbalk"), window)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addAction(search)
        self.addSeparator()
        self.addAction(TwinAction(undo, _tr("Ongedaan maken"), self))
        self.addAction(TwinAction(redo, _tr("Opnieuw"), self))
        self.addSeparator()
        self.baseline = BaselineButton(self)
        self.addWidget(self.baseline)
        self.addSeparator()
        self.view_as = ViewAsBox(self)
        self.addWidget(self.view_as)


class TwinAction(QAction):
    """Triggers another action and follows its enabled state; shows its text as the tip."""

    def __init__(self, source: QAction, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._source = source
        self.triggered.connect(source.trigger)
        source.changed.connect(self.follow)  # a bound method: dropped when this twin goes
        self.follow()

    def follow(self) -> None:
        source = self._source
        if not shiboken6.isValid(source):  # the window is closing: its actions go one by one
            return
        self.setEnabled(source.isEnabled())
        keys = source.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"{source.text()} ({keys})" if keys else source.text())
