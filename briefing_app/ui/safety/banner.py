"""The notices across the top of the main window: read-only, network share, start warnings.

Installed as a fixed tool bar so it needs no place in the window's own layout; plain text, in
a colour that stands out without alarming.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QSizePolicy, QToolBar, QWidget

from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.messages import translated
from briefing_app.ui.safety.common import plain_label


class NoticeBanner(QFrame):
    """One or more lines of warning, shown as a coloured strip."""

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(
            "#noticeBanner { background: #fff4ce; border: 1px solid #c8a600; border-radius: 3px; }"
        )
        self.label = plain_label("\n".join(translated(line) for line in lines), self)
        # In a tool bar a wrapping label shrinks to a narrow column: one line per notice instead.
        self.label.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(_tr("Melding"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()


def install_banner(window: QMainWindow, lines: Sequence[str]) -> NoticeBanner | None:
    """Put a banner with ``lines`` at the top of ``window``; nothing when there is nothing to say."""
    if not lines:
        return None
    bar = QToolBar(_tr("Meldingen"), window)
    bar.setObjectName("noticeBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)
    banner = NoticeBanner(lines, bar)
    bar.addWidget(banner)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return banner
