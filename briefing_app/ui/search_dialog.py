"""Search everywhere (Ctrl+K, Ctrl+F): ranked results while typing, grouped by dossier.

Typing restarts a short timer (150 ms) so that a fast typist causes one query, not ten; the
query itself runs in SQLite's full-text index, on a worker thread with its own connection
(`SearchRunner`: the newest question wins, older answers are dropped), so the window never
waits on it. The best 60 hits are shown and the summary says
how many match in all ("eerste 60 van 7.187"); "Meer tonen" (Ctrl+M) adds 60 more. Enter opens
the highlighted result (the first when none is highlighted); arrow keys move through the
results without leaving the search field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.core.changes import moment_from_date
from briefing_app.services.core.finder import FinderService, HitGroup, SearchFilters, kind_label
from briefing_app.store.search import SNIPPET_CLOSE, SNIPPET_OPEN, Hit, SearchTooSlow
from briefing_app.ui.i18n import count as _count
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choices, label
from briefing_app.ui.messages import error_text, with_marks
from briefing_app.ui.models import Group, GroupedModel, one_line
from briefing_app.ui.search_runner import SearchRunner

DEBOUNCE_MS = 150
PAGE = 60  # hits shown at first, and added by each "Meer tonen"
Row = dict[str, object]


def _hit_text(row: Row) -> str:
    hit: Hit = row["hit"]  # type: ignore[assignment]
    # Marks such as `[onbekend cijfer: x]` in the interface language, before any shortening.
    snippet = with_marks(hit.snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, ""))
    title = one_line(with_marks(hit.title), 90)
    text = f"{row['kind_label']}: {title}"
    if snippet and one_line(snippet) not in title:
        text += f"  —  {one_line(snippet, 140)}"
    return text


class SearchDialog(QDialog):
    def __init__(self, finder: FinderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = finder
        self.chosen: Hit | None = None
        self.setWindowTitle(_tr("Zoeken"))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(_tr("Zoek in alle dossiers, cijfers, spreekpunten…"))
        self.field.setAccessibleName(_tr("Zoekterm"))
        self.field.setClearButtonEnabled(True)
        self.classification = QComboBox(self)
        self.classification.addItem(_tr("Alle rubriceringen"), None)
        for value, text in choices("classification"):
            self.classification.addItem(text, value)
        self.classification.setAccessibleName(_tr("Filter op rubricering"))
        self.status = QComboBox(self)
        self.status.addItem(_tr("Alle statussen"), None)
        for value, text in choices("status"):
            self.status.addItem(text, value)
        self.status.setAccessibleName(_tr("Filter op status"))
        self.since_box = QCheckBox(_tr("Gewijzigd sinds"), self)
        self.since = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setAccessibleName(_tr("Gewijzigd sinds datum"))
        self.since.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.more_button = QPushButton(_tr("Meer tonen"), self)
        self.more_button.setShortcut("Ctrl+M")
        self.more_button.setToolTip(
            _tr("Nog %1 resultaten tonen (Ctrl+M)").replace("%1", str(PAGE))
        )
        self.more_button.setAutoDefault(False)
        self.more_button.hide()
        self.limit = PAGE
        self.model = GroupedModel(_hit_text, self)
        self.results = QTreeView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setAccessibleName(_tr("Zoekresultaten"))
        self.nothing = QLabel(self)  # what an empty answer means, in place of the list
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.answer = QStackedWidget(self)
        self.answer.addWidget(self.results)
        self.answer.addWidget(self.nothing)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.runner = SearchRunner(finder, self) if finder.can_work_in_background else None
        self._pending: int | None = None  # the question the list waits for
        self._keep_current = False
        self._lay_out()
        self._connect()
        self.resize(820, 560)

    @classmethod
    def ask(cls, parent: QWidget | None, finder: FinderService) -> Hit | None:
        """Let the user search; returns the hit to jump to, or None."""
        dialog = cls(finder, parent)
        dialog.exec()
        return dialog.chosen

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.classification, self.status, self.since_box, self.since):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        filters.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.answer, 1)

    def _connect(self) -> None:
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        for combo in (self.classification, self.status):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.since_box.toggled.connect(self._on_since_box_toggled)
        self.since.dateChanged.connect(self._on_filter_changed)
        self.results.activated.connect(self._on_results_activated)
        if self.runner is not None:
            self.runner.answered.connect(self._on_runner_answered)
            self.runner.failed.connect(self._on_runner_failed)

    def filters(self) -> SearchFilters:
        def chosen(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        since = None
        if self.since_box.isChecked():
            d = self.since.date()
            since = moment_from_date(dt.date(d.year(), d.month(), d.day()))
        return SearchFilters(chosen(self.classification), chosen(self.status), since)

    def run_search(self, *, keep_current: bool = False) -> None:
        """Search again, here and now, with the current text, filters and number of hits."""
        self.timer.stop()
        self._pending = None
        text, filters = self.field.text(), self.filters()
        try:
            groups, total = self.finder.find_with_count(text, filters, limit=self.limit)
        except SearchTooSlow as exc:
            self._show_failure(error_text(exc))
            return
        self._show(groups, total, keep_current=keep_current)

    def search_soon(self, *, keep_current: bool = False) -> None:
        """Ask the worker (when there is one); the answer arrives in `_on_runner_answered`."""
        self.timer.stop()
        if self.runner is None:
            self.run_search(keep_current=keep_current)
            return
        self._keep_current = keep_current
        self._pending = self.runner.ask(self.field.text(), self.filters(), self.limit)

    def _show(self, groups: list[HitGroup], total: int, *, keep_current: bool) -> None:
        text = self.field.text()
        current = self.model.row_for(self.results.currentIndex()) if keep_current else None
        self.model.set_groups(
            [
                Group(
                    g.dossier_id or "",
                    g.dossier_title if g.dossier_id else _tr("Algemeen"),
                    [
                        {"id": h.item_id, "hit": h, "kind_label": _kind_label(h.kind)}
                        for h in g.hits
                    ],
                )
                for g in groups
            ]
        )
        self.results.expandAll()
        shown = sum(len(g.hits) for g in groups)
        self.summary.setText(self._summary(shown, total) if text.strip() else "")
        self.more_button.setVisible(total > shown)
        self._show_nothing(text if text.strip() and not total else "")
        self._restore_current(current)

    def _show_nothing(self, text: str) -> None:
        """An empty answer says so in the list's place, and what to try instead."""
        if not text:
            self.answer.setCurrentWidget(self.results)
            return
        hint = _tr(
            "Briefing zoekt hele woorden en het begin van woorden, met of zonder accenten; "
            "een deel midden in een woord (\u201ckorting\u201d in "
            "\u201copschalingskorting\u201d) wordt niet gevonden."
        )
        chosen = self.filters()
        if chosen.classifications or chosen.statuses or chosen.changed_since:
            hint += " " + _tr("De filters hierboven beperken het zoeken ook.")
        found = _tr("Niets gevonden voor \u201c%1\u201d.").replace("%1", one_line(text, 60))
        self.nothing.setText(f"{found}\n\n{hint}")
        self.answer.setCurrentWidget(self.nothing)

    def _show_failure(self, message: str) -> None:
        self.model.set_groups([])
        self._show_nothing("")
        self.summary.setText(message)
        self.more_button.hide()

    def _on_runner_answered(self, serial: int, groups: object, total: int) -> None:
        if serial != self._pending:
            return  # an older question: the field says something else by now
        self._pending = None
        self._show(groups, total, keep_current=self._keep_current)  # type: ignore[arg-type]

    def _on_runner_failed(self, serial: int, message: str) -> None:
        if serial == self._pending:
            self._pending = None
            self._show_failure(message)

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.shut_down()
        super().done(result)

    def _summary(self, shown: int, total: int) -> str:
        if total > shown:
            return _tr("eerste %1 van %2").replace("%1", _count(shown)).replace("%2", _count(total))
        if total == 1:
            return _tr("1 resultaat")
        return _tr("%1 resultaten").replace("%1", _count(total))

    def _restore_current(self, current: Row | None) -> None:
        """After "Meer tonen" the highlighted hit stays highlighted; else the first one."""
        if current is not None:
            hit: Hit = current["hit"]  # type: ignore[assignment]
            index = self.model.find(hit.dossier_id or "", hit.item_id)
            if index.isValid():
                self.results.setCurrentIndex(index)
                return
        first = self.model.index(0, 0, self.model.index(0, 0))
        if first.isValid():
            self.results.setCurrentIndex(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.results, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or self._pending is not None:
                    self.run_search()  # Enter picks from what the field says now
                self._choose(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index: QModelIndex) -> None:
        row = self.model.row_for(index)
        if row is None:
            group = self.model.group_for(index)
            row = group.rows[0] if group and group.rows else None
        if row is None:
            first = self.model.index(0, 0, self.model.index(0, 0))
            row = self.model.row_for(first) if first.isValid() else None
        if row is not None:
            self.chosen = row["hit"]  # type: ignore[assignment]
            self.accept()

    def _on_field_text_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.limit = PAGE  # a new question starts with the best hits again
        self.search_soon()

    def _on_filter_changed(self, *_args: object) -> None:
        self.limit = PAGE
        self.search_soon()

    def _on_more_button_clicked(self) -> None:
        self.limit += PAGE
        self.search_soon(keep_current=True)

    def _on_since_box_toggled(self, checked: bool) -> None:
        self.since.setEnabled(checked)
        self._on_filter_changed()

    def _on_results_activated(self, index: QModelIndex) -> None:
        self._choose(index)


def _kind_label(table: str) -> str:
    return label(kind_label(table))
