"""Help: an overview of the keyboard shortcuts, and what Briefing guarantees about the data.

The shortcuts overview reads the window's own actions (menus and navigation keys), so it can
never name a key the window does not have; keys that belong to a list or a text rather than to
the window are listed beside them. The guarantees are the README's "What is guaranteed" in the
user's words; each sentence is translated like any other text of the interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.i18n import tr as _tr


def _local_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """Keys that act inside one list or text, not on the window (built when asked: translated)."""
    return [
        (
            _tr("In een lijst"),
            [
                ("Ctrl+↑ / Ctrl+↓", _tr("Item omhoog of omlaag verplaatsen")),
                (_tr("Del"), _tr("Item verwijderen (Ctrl+Z zet het terug)")),
                (_tr("Klik op een kolomkop"), _tr("Sorteren; nog eens: andersom")),
            ],
        ),
        (
            _tr("In een tekst"),
            [
                ("{fig:", _tr("Lijst met kerncijfers om te verwijzen")),
                (_tr("Enter / Tab"), _tr("Gekozen kerncijfer invoegen")),
                (_tr("Backspace / Del"), _tr("Een cijferverwijzing in één keer verwijderen")),
            ],
        ),
        (
            _tr("In het zoekvenster"),
            [
                (_tr("↑ / ↓"), _tr("Door de resultaten")),
                (_tr("Enter"), _tr("Naar het gekozen item")),
                ("Ctrl+M", _tr("Meer resultaten tonen")),
            ],
        ),
    ]


def window_shortcuts(menus: Iterable[QMenu], extra: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in menu order, each once."""
    seen: set[int] = set()
    rows: list[tuple[str, str]] = []

    def visit(actions: Iterable[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                visit(action.menu().actions())
                continue
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if not keys or id(action) in seen or not action.isVisible():
                continue
            seen.add(id(action))
            text = action.text().split("\t")[0].replace("&", "").rstrip("…")
            native = QKeySequence.SequenceFormat.NativeText
            rows.append((" / ".join(k.toString(native) for k in keys), text))

    for menu in menus:
        visit(menu.actions())
    visit(extra)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Sneltoetsen"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr("Toetsen"), _tr("Wat ze doen")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for title, rows in [(_tr("In het hele venster"), list(shortcuts)), *_local_keys()]:
            heading = QTreeWidgetItem(self.tree, [title])
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            for keys, text in rows:
                QTreeWidgetItem(self.tree, [keys, text])
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)

    @classmethod
    def ask(cls, parent: QWidget | None, shortcuts: Sequence[tuple[str, str]]) -> None:
        cls(shortcuts, parent).exec()


def guarantees() -> list[tuple[str, list[str]]]:
    """What Briefing promises about the data, and what it does not (the README's list)."""
    return [
        (
            _tr("Gegarandeerd"),
            [
                _tr(
                    "Een opgeslagen wijziging blijft bewaard, ook als Briefing daarna hard "
                    "wordt afgebroken of vastloopt."
                ),
                _tr(
                    "Nooit een halve wijziging: elke handeling (ook een import) gebeurt helemaal "
                    "of helemaal niet."
                ),
                _tr(
                    "Een volle schijf geeft de melding 'De schijf is vol' en laat de gegevens "
                    "van vóór de mislukte wijziging heel."
                ),
                _tr(
                    "Reservekopieën: bij de eerste start van de dag, vóór elke schema-update en "
                    "vóór elke import, naast de database, alleen leesbaar voor u en na het "
                    "schrijven gecontroleerd."
                ),
                _tr(
                    "Een beschadigde database wordt nooit overschreven: hij wordt apart gezet en "
                    "Briefing biedt de nieuwste goede reservekopie aan."
                ),
                _tr(
                    "Eén schrijver tegelijk: een tweede programma dat wil schrijven wacht even "
                    "en stopt dan met een duidelijke melding."
                ),
                _tr(
                    "Geen uitvoer over uw gegevens: een pakket of bundel wordt nooit over de "
                    "database of een reservekopie geschreven."
                ),
                _tr(
                    "Bundels zijn versleuteld (AES-256-GCM); een gewijzigd bestand of een "
                    "verkeerd wachtwoord wordt geweigerd en verandert niets."
                ),
                _tr(
                    "Geen netwerk: Briefing maakt nooit verbinding; pakketten bevatten geen "
                    "gebruikersnaam, pad of programmagegevens."
                ),
            ],
        ),
        (
            _tr("Niet gegarandeerd"),
            [
                _tr(
                    "Stroomuitval en kapotte hardware: reservekopieën staan op dezelfde schijf. "
                    "Maak zelf kopieën op een andere plek (een versleutelde bundel is daarvoor "
                    "geschikt)."
                ),
                _tr("Netwerkschijven: met twee gebruikers tegelijk kan de database beschadigen."),
                _tr(
                    "Verwijderingen in gedeeltelijke bundels: een bundel voor één editie of voor "
                    "gekozen dossiers brengt geen verwijderingen over (een volledige bundel en "
                    "het synchroniseren wel)."
                ),
                _tr(
                    "Wijzigen met andere SQLite-programma's: die kunnen de database lezen, maar "
                    "een item wijzigen lukt alleen in Briefing (of met een bundel of "
                    "cijferimport)."
                ),
            ],
        ),
    ]


class GuaranteesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Wat gegarandeerd is"))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        for title, lines in guarantees():
            heading = QLabel(title, body)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 6px;")
            column.addWidget(heading)
            for line in lines:
                item = QLabel(f"•  {line}", body)
                item.setTextFormat(Qt.TextFormat.PlainText)
                item.setWordWrap(True)
                column.addWidget(item)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(660, 700)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()


def show_about(parent: QWidget, db_path: Path) -> None:
    """Help → Over Briefing: the version, what it is for, and which database is open."""
    from briefing_app import __version__  # read on first use: start-up time

    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Over Briefing"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        _tr(
            "Briefing %1\nStandpunten, kerncijfers en briefingpakketten voor de VNG-delegatie.\n\nDatabase: %2"
        )
        .replace("%1", __version__)
        .replace("%2", str(db_path))
    )
    box.exec()
