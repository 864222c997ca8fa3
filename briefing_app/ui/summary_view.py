"""The dossier at a glance: key messages, our aim, the bottom line, their position, key figures.

What the chair reads before walking in. A view only: `DossierController` gives it blocks of
text (already rendered with current figures); every text is shown as plain text. The texts can
be selected with the mouse (to copy them); that makes each label a small text document, so it
is switched on when the mouse first comes over the view: before that nothing can be selected
anyway, and the first paint of the window does not pay for it (it looks the same).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from briefing_app.ui.i18n import tr as _tr


class SummaryView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(_tr("Dossier in één oogopslag"))
        self._box = QWidget(self)
        self._box.setObjectName("summary")
        # A quiet panel set apart from the form: the glance, not the editor.
        # One style sheet for the panel and its block headings: a sheet per heading would be
        # parsed and applied once for each of them.
        self._box.setStyleSheet(
            "QWidget#summary { background: palette(base); border-left: 1px solid palette(midlight); }"
            " QLabel#summary_heading { font-weight: 600; margin-top: 10px; }"
        )
        self._layout = QVBoxLayout(self._box)
        self._layout.setContentsMargins(16, 4, 8, 8)
        self._layout.setSpacing(4)
        self.setWidget(self._box)
        self._selectable = False  # see the module's docstring

    def set_blocks(self, blocks: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Headed lists of texts; a block without texts says so rather than disappearing."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for title, texts in blocks:
            heading = QLabel(title, self._box)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setObjectName("summary_heading")
            self._layout.addWidget(heading)
            if not texts:
                texts = [_tr("(nog niets vastgelegd)")]
            for text in texts:
                label = QLabel(text, self._box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                if self._selectable:
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setContentsMargins(10, 0, 0, 2)
                self._layout.addWidget(label)
        self._layout.addStretch(1)

    def enterEvent(self, event: QEnterEvent) -> None:
        """The mouse came over the view: from now on its texts can be selected."""
        if not self._selectable:
            self._selectable = True
            for i in range(self._layout.count()):
                label = self._layout.itemAt(i).widget()
                if isinstance(label, QLabel) and label.wordWrap():  # texts, not headings
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def texts(self) -> list[str]:
        return [
            w.text()
            for i in range(self._layout.count())
            if isinstance(w := self._layout.itemAt(i).widget(), QLabel)
        ]
