""" "Bekijken als": the app shows everything as one edition (openbaar, intern, vertrouwelijk) would.

The switch sits in the toolbar. While an edition is chosen, the lists, the navigator, search and
figure values in texts come from the services with that edition set, so the edition policy
(`domain.edition`) decides exactly as it does for the edition's pack; nothing can be edited
(the edit controller refuses every write, the forms are read-only) and a coloured banner under
the toolbar says which edition is shown. "Alles (bewerken)" goes back to the working view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from briefing_app.domain.classification import Classification
from briefing_app.domain.edition import Edition
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label
from briefing_app.ui.section_view import SectionView
from briefing_app.ui.single_item import SingleItemView

if TYPE_CHECKING:  # the services load after the first paint (tests/test_startup_imports.py)
    from briefing_app.services.core.finder import FinderService
    from briefing_app.services.core.listing import ListingService
    from briefing_app.ui.editing import EditController

# Banner colours per edition: calm for open, warmer as the edition is more restricted.
BANNER_COLOURS = {
    Classification.OPENBAAR: ("#1d6b3a", "#ffffff"),
    Classification.INTERN: ("#1f5f99", "#ffffff"),
    Classification.VERTROUWELIJK: ("#8a1c1c", "#ffffff"),
}


def edition_name(edition: Edition) -> str:
    """The edition's classification as the interface names it ("openbaar", "public")."""
    return choice_label("classification", edition.level.value).lower()


def locked_message(edition: Edition) -> str:
    return (
        _tr("Alleen lezen: je bekijkt de editie %1. Kies 'Alles (bewerken)' om te bewerken.")
    ).replace("%1", edition_name(edition))


class EditionSwitch(QObject):
    """Which edition the app shows; sets it on the services and locks editing while set."""

    changed = Signal(object)  # Edition, or None for the working view

    def __init__(
        self,
        listing: ListingService,
        finder: Callable[[], FinderService],
        edits: EditController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing = listing
        self.finder = finder  # search is made on first use (start-up time)
        self.edits = edits
        self.edition: Edition | None = None

    def choose(self, level: Classification | str | None) -> None:
        edition = None if level is None else Edition.of(level)
        if edition == self.edition:
            return
        self.edition = edition
        self.listing.set_edition(edition)
        self.finder().set_edition(edition)
        self.edits.set_locked(None if edition is None else locked_message(edition))
        self.changed.emit(edition)


class ViewAsBox(QWidget):
    """The toolbar's "Bekijken als" choice."""

    level_chosen = Signal(object)  # a Classification, or None for the working view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(_tr("Bekijken als"), self)
        self.combo = QComboBox(self)
        self.combo.addItem(_tr("Alles (bewerken)"), None)
        for level in Classification:
            name = choice_label("classification", level.value).lower()
            self.combo.addItem(_tr("Editie %1").replace("%1", name), level.value)
        self.combo.setAccessibleName(_tr("Bekijken als editie"))
        self.combo.setToolTip(
            _tr("Toon alles zoals het pakket van deze editie het zou tonen (alleen lezen)")
        )
        self.caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_combo_index_changed)

    def set_level(self, level: Classification | str | None) -> None:
        value = None if level is None else Classification(level).value
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def _on_combo_index_changed(self, _index: int) -> None:
        data = self.combo.currentData()
        self.level_chosen.emit(None if data is None else Classification(data))


class ViewAsBanner(QLabel):
    """A full-width band that says which edition is shown, hidden in the working view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(12, 6, 12, 6)
        self.setAccessibleName(_tr("Bekijken als editie"))
        self.hide()

    def show_edition(self, edition: Edition | None) -> None:
        if edition is None:
            self.hide()
            return
        background, foreground = BANNER_COLOURS[edition.level]
        self.setStyleSheet(
            f"background: {background}; color: {foreground}; font-weight: 600; padding: 2px;"
        )
        self.setText(
            _tr(
                "Bekijken als editie %1 — alleen lezen. Alles wat boven deze editie staat, "
                "is weggelaten, zoals in het pakket van deze editie."
            ).replace("%1", edition_name(edition).upper())
        )
        self.show()


def apply_to_views(root: QWidget, edition: Edition | None) -> None:
    """Make every form, list and single item under ``root`` read-only for an edition, with the
    fields the edition leaves out hidden (or editable and complete again without one)."""
    read_only = edition is not None

    def hidden(table: str) -> frozenset[str]:
        return edition.hidden_fields(table) if edition else frozenset()

    for view in root.findChildren(SectionView):  # also those built later (lazy sections)
        view.set_read_only(read_only, hidden(view.kind.table))
    for single in root.findChildren(SingleItemView):
        single.delete_button.setEnabled(not read_only)
        single.form.set_read_only(read_only)
        single.form.hide_fields(hidden(single.kind.table))
