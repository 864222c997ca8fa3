"""The "changed since" baseline in the toolbar: one visible thing that every mark follows.

The button names the moment the dots, bold type, navigator counts and the "Alleen gewijzigd"
filter all compare against (`ChangeTracker.since`), for example "Gewijzigd sinds pakket v2
(intern) voor Overleg juni, 30 nov 14:02"; its menu goes back to the last pack or picks a date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QMenu, QToolButton, QWidget, QWidgetAction

from briefing_app.services.core.changes import Moment
from briefing_app.ui.i18n import tr as _tr


def local_time(stamp: str) -> str:
    """A stored UTC time as the user reads it: "30 nov 14:02"."""
    moment = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return QLocale().toString(moment.toLocalTime(), "d MMM HH:mm")


def describe(since: str, pack: Moment | None, chosen: bool) -> str:
    """The baseline in words, as the toolbar shows it."""
    if pack is not None and not chosen and pack.at == since:
        return (
            _tr("Gewijzigd sinds pakket v%1 (%2) voor %3, %4")
            .replace("%1", str(pack.version))
            .replace("%2", pack.edition)
            .replace("%3", _short(pack.meeting_title))
            .replace("%4", local_time(pack.at))
        )
    day = QDate.fromString(since[:10], "yyyy-MM-dd")
    return _tr("Gewijzigd sinds %1").replace("%1", QLocale().toString(day, "d MMM yyyy"))


def _short(title: str, limit: int = 40) -> str:
    """A meeting title that leaves the toolbar room (the whole title is in the tooltip)."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class BaselineButton(QToolButton):
    """Shows the baseline; its menu chooses the last pack (default) or a date."""

    date_chosen = Signal(object)  # a datetime.date, or None for the default (the last pack)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The style draws an instant popup's arrow in the text's corner: give it its own room.
        self.setStyleSheet(
            "QToolButton { padding-left: 6px; padding-right: 22px; }"
            "QToolButton::menu-indicator { subcontrol-origin: padding;"
            " subcontrol-position: center right; right: 4px; }"
        )
        self.setAccessibleName(_tr("Gewijzigd sinds"))
        menu = QMenu(self)
        self.default_action = QAction(_tr("Sinds het laatste pakket (standaard)"), menu)
        self.default_action.triggered.connect(self._on_default_triggered)
        menu.addAction(self.default_action)
        menu.addSeparator()
        self.date_edit = QDateEdit(menu)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(_tr("Gewijzigd sinds datum"))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.date_edit)
        menu.addAction(holder)
        self.setMenu(menu)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)

    def show_baseline(self, since: str, pack: Moment | None, chosen: bool) -> None:
        self.setText(describe(since, pack, chosen))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate.fromString(since[:10], "yyyy-MM-dd"))
        self.date_edit.blockSignals(False)
        tip = _tr("Wat sindsdien inhoudelijk is gewijzigd, heeft een stip en vette tekst")
        self.setToolTip(f"{pack.meeting_title}\n{tip}" if pack is not None else tip)

    def _on_default_triggered(self) -> None:
        self.date_chosen.emit(None)

    def _on_date_edit_changed(self, date: QDate) -> None:
        self.date_chosen.emit(dt.date(date.year(), date.month(), date.day()))
