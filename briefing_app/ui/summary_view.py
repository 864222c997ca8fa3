"""The dossier at a glance: key messages, our aim, the bottom line, their position, key figures.

What the chair reads before walking in. A view only: `DossierController` gives it blocks of
text (already rendered with current figures); every text is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
        self._box.setStyleSheet(
            "QWidget#summary { background: palette(base); border-left: 1px solid palette(midlight); }"
        )
        self._layout = QVBoxLayout(self._box)
        self._layout.setContentsMargins(16, 4, 8, 8)
        self._layout.setSpacing(4)
        self.setWidget(self._box)

    def set_blocks(self, blocks: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Headed lists of texts; a block without texts says so rather than disappearing."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for title, texts in blocks:
            heading = QLabel(title, self._box)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setStyleSheet("font-weight: 600; margin-top: 10px;")
            self._layout.addWidget(heading)
            if not texts:
                texts = [_tr("(nog niets vastgelegd)")]
            for text in texts:
                label = QLabel(text, self._box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setContentsMargins(10, 0, 0, 2)
                self._layout.addWidget(label)
        self._layout.addStretch(1)

    def texts(self) -> list[str]:
        return [
            w.text()
            for i in range(self._layout.count())
            if isinstance(w := self._layout.itemAt(i).widget(), QLabel)
        ]
