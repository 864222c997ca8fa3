"""The debrief after a meeting: outcomes, their stated position, commitments, what to revise.

Per agenda item an outcome (akkoord, deels, open, afgewezen, uitgesteld) with a short account,
the position the other side took next to what we expected, the next step and the
classification of that record; the commitment notes become commitments (who, what, by when,
owner); positions and talking points can be flagged to revise. Everything is saved in one
change when the dialog is accepted (Ctrl+Enter); a refused value keeps the dialog open with
everything typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.classification import Classification
from briefing_app.domain.formatting import format_date
from briefing_app.domain.meetings import parse_due
from briefing_app.services.meetings.debrief import (
    NOT_A_DUE_DATE,
    Debrief,
    DebriefError,
    DebriefItem,
    commitment_from_note,
    flag_for_revision,
    load_debrief,
    save_outcome,
)
from briefing_app.store.repository import Repository
from briefing_app.ui.i18n import language
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_label
from briefing_app.ui.meeting_mode.words import note_type_label, outcome_labels
from briefing_app.ui.messages import error_text

NOT_YET = ""  # the outcome combo's first choice: nothing recorded


def _plain(text: str, parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _date(iso: object) -> str:
    return format_date(str(iso), language=language())


def _levels(parent: QWidget, current: str) -> QComboBox:
    combo = QComboBox(parent)
    for level in Classification:
        combo.addItem(choice_label("classification", level.value), level.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


@dataclass
class _ItemFields:
    item: DebriefItem
    outcome: QComboBox
    account: QLineEdit
    their_position: QLineEdit
    next_steps: QLineEdit
    level: QComboBox


@dataclass
class _CommitmentFields:
    note_id: str
    take: QCheckBox
    party: QLineEdit
    text: QLineEdit
    due: QLineEdit
    owner: QLineEdit
    level: QComboBox


class DebriefDialog(QDialog):
    def __init__(self, debrief: Debrief, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.debrief, self.repo = debrief, repo
        self.setWindowTitle(_tr("Nabespreking — %1").replace("%1", str(debrief.meeting["title"])))
        self.resize(980, 820)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.items = [self._item_box(n, i, body, layout) for n, i in enumerate(debrief.items, 1)]
        if not debrief.items:
            layout.addWidget(_plain(_tr("Dit overleg heeft geen agenda."), body, muted=True))
        self.commitments = self._commitment_box(body, layout)
        self.revise, self.revise_reason = self._revise_box(body, layout)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.error_label = _plain("", self)
        self.error_label.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, repo: Repository, meeting_id: str) -> bool:
        """Show the debrief of ``meeting_id``; True when it was saved."""
        dialog = cls(load_debrief(repo.db, meeting_id), repo, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def offer(cls, parent: QWidget | None) -> bool:
        """Asked when meeting mode closes: debrief now? (Enter: yes, Esc: later)."""
        return cls.offer_box(parent).exec() == QMessageBox.StandardButton.Yes

    @staticmethod
    def offer_box(parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(parent)
        box.setWindowTitle(_tr("Nabespreken"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(_tr("Het overleg nu nabespreken: uitkomsten, toezeggingen en wat te herzien?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box

    # -- building --------------------------------------------------------------------------

    def _item_box(
        self, number: int, item: DebriefItem, parent: QWidget, layout: QVBoxLayout
    ) -> _ItemFields:
        box = QGroupBox(f"{number}. {item.dossier_title}", parent)
        form = QFormLayout(box)
        stored = item.outcome or {}
        if item.aim:
            form.addRow(_tr("Doel"), _plain(item.aim, box, muted=True))
        outcome = QComboBox(box)
        outcome.addItem(_tr("— nog niet vastgelegd"), NOT_YET)
        for key, label in outcome_labels().items():
            outcome.addItem(label, key)
        outcome.setCurrentIndex(max(outcome.findData(stored.get("outcome", NOT_YET)), 0))
        outcome.setAccessibleName(_tr("Uitkomst"))
        account = QLineEdit(str(stored.get("account") or ""), box)
        expected = "\n".join(
            (f"{e.stakeholder}: " if e.stakeholder else "") + e.text for e in item.expected
        )
        their = QLineEdit(str(stored.get("their_position") or ""), box)
        their.setPlaceholderText(_tr("Wat de andere kant in dit overleg innam"))
        steps = QLineEdit(str(stored.get("next_steps") or ""), box)
        level = _levels(box, str(stored.get("classification") or Classification.INTERN.value))
        form.addRow(_tr("Uitkomst"), outcome)
        form.addRow(_tr("Toelichting"), account)
        form.addRow(
            _tr("Verwacht"), _plain(expected or _tr("(geen verwacht standpunt)"), box, muted=True)
        )
        form.addRow(_tr("Ingenomen"), their)
        form.addRow(_tr("Vervolg"), steps)
        form.addRow(_tr("Rubricering"), level)
        for note in item.notes:
            form.addRow(
                note.noted_at[11:16],
                _plain(f"{note_type_label(note.note_type)} · {note.text}", box, muted=True),
            )
        layout.addWidget(box)
        return _ItemFields(item, outcome, account, their, steps, level)

    def _commitment_box(self, parent: QWidget, layout: QVBoxLayout) -> list[_CommitmentFields]:
        box = QGroupBox(_tr("Toezeggingen"), parent)
        form = QVBoxLayout(box)
        out = []
        for row in self.debrief.commitments:
            due = (
                _tr(" (uiterlijk %1)").replace("%1", _date(row["due_on"]))
                if row.get("due_on")
                else ""
            )
            form.addWidget(_plain(f"✓ {row['party']}: {row['text']}{due}", box, muted=True))
        for note in self.debrief.open_commitment_notes:
            line = QWidget(box)
            grid = QFormLayout(line)
            take = QCheckBox(_tr("Vastleggen als toezegging"), line)
            take.setChecked(True)
            fields = _CommitmentFields(
                note.id,
                take,
                QLineEdit(note.party, line),
                QLineEdit(note.text, line),
                QLineEdit(note.due_on or "", line),
                QLineEdit("", line),
                _levels(line, note.classification),
            )
            fields.due.setPlaceholderText(_tr("JJJJ-MM-DD"))
            grid.addRow(take)
            for label, widget in (
                (_tr("Wie"), fields.party),
                (_tr("Wat"), fields.text),
                (_tr("Uiterlijk"), fields.due),
                (_tr("Eigenaar"), fields.owner),
                (_tr("Rubricering"), fields.level),
            ):
                grid.addRow(label, widget)
            form.addWidget(line)
            out.append(fields)
        if not out and not self.debrief.commitments:
            form.addWidget(_plain(_tr("Geen toezeggingen genoteerd."), box, muted=True))
        layout.addWidget(box)
        return out

    def _revise_box(self, parent: QWidget, layout: QVBoxLayout) -> tuple[QListWidget, QLineEdit]:
        box = QGroupBox(_tr("Te herzien na dit overleg"), parent)
        form = QVBoxLayout(box)
        flagged = {
            str(f.get("position_id") or f.get("talking_point_id")) for f in self.debrief.flags
        }
        items = QListWidget(box)
        items.setAccessibleName(_tr("Te herzien"))
        for table, item_id, dossier, text in self.debrief.revisable:
            kind = _tr("Standpunt") if table == "positions" else _tr("Spreekpunt")
            entry = QListWidgetItem(f"{dossier} · {kind} · {text}")
            entry.setData(Qt.ItemDataRole.UserRole, (table, item_id))
            entry.setCheckState(
                Qt.CheckState.Checked if item_id in flagged else Qt.CheckState.Unchecked
            )
            items.addItem(entry)
        items.setMinimumHeight(160)
        reason = QLineEdit(box)
        reason.setPlaceholderText(_tr("Waarom (geldt voor de nieuw aangevinkte)"))
        form.addWidget(_plain(_tr("Spatie vinkt aan of uit."), box, muted=True))
        form.addWidget(items)
        form.addWidget(reason)
        layout.addWidget(box)
        return items, reason

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        meeting_id = str(self.debrief.meeting["id"])
        try:
            dues = {c.note_id: self._due(c) for c in self.commitments if c.take.isChecked()}
            with self.repo.change_set():
                for f in self.items:
                    if f.outcome.currentData() == NOT_YET:
                        continue
                    save_outcome(
                        self.repo,
                        meeting_id,
                        f.item.agenda_item_id,
                        outcome=str(f.outcome.currentData()),
                        account=f.account.text(),
                        their_position=f.their_position.text(),
                        next_steps=f.next_steps.text(),
                        classification=Classification(f.level.currentData()),
                    )
                for c in self.commitments:
                    if c.take.isChecked():
                        commitment_from_note(
                            self.repo,
                            c.note_id,
                            party=c.party.text(),
                            text=c.text.text(),
                            due_on=dues[c.note_id],
                            owner=c.owner.text(),
                            classification=Classification(c.level.currentData()),
                        )
                self._save_flags(meeting_id)
        except (DebriefError, ValueError) as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()

    def _due(self, c: _CommitmentFields) -> str | None:
        text = c.due.text().strip()
        if not text:
            return None
        due = parse_due(text)
        if due is None:
            raise DebriefError(NOT_A_DUE_DATE(text=text, what=c.text.text()))
        return due

    def _save_flags(self, meeting_id: str) -> None:
        flagged = {
            str(f.get("position_id") or f.get("talking_point_id")) for f in self.debrief.flags
        }
        for row in range(self.revise.count()):
            entry = self.revise.item(row)
            table, item_id = entry.data(Qt.ItemDataRole.UserRole)
            if entry.checkState() == Qt.CheckState.Checked and item_id not in flagged:
                flag_for_revision(self.repo, meeting_id, table, item_id, self.revise_reason.text())
