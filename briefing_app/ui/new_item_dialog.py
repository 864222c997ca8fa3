"""Asking for a new item: the same form as the editor, checked before anything is stored."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from briefing_app.domain.items import ItemKind, default_classification_for
from briefing_app.domain.validation import ValidationError, clean_values
from briefing_app.ui.focus import put_focus
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.item_form import ItemForm, changes_of
from briefing_app.ui.labels import kind_label
from briefing_app.ui.messages import translated

Row = dict[str, object]


class NewItemDialog(QDialog):
    """Collects the fields of a new item; OK only when the store would take them."""

    def __init__(
        self,
        kind: ItemKind,
        defaults: Row,
        options: Mapping[str, Sequence[tuple[str, str]]],
        figures: Sequence[Row],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(_tr("Nieuw: %1").replace("%1", kind_label(kind)))
        self.values: Row = dict(defaults)
        self.form = ItemForm(kind, self)
        for field, choices in options.items():
            self.form.set_options(field, choices)
        self.form.set_figures(figures)
        self.values.update(self._initial(defaults))
        # The classification shown is the one the store would give; it is only sent when chosen.
        shown = {
            **self.values,
            "classification": default_classification_for(kind, self.values).value,
        }
        self.form.set_row(shown)
        self.form.field_edited.connect(self._on_form_field_edited)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The cursor starts where the user came to type (Tekst, Titel), not on Rubricering
        # (QDialog itself would choose the first field or the default button).
        put_focus(self.form.main_editor())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        kind: ItemKind,
        defaults: Row,
        options: Mapping[str, Sequence[tuple[str, str]]],
        figures: Sequence[Row],
    ) -> Row | None:
        dialog = cls(kind, defaults, options, figures, parent)
        return dialog.values if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _initial(self, defaults: Row) -> Row:
        """What the empty form shows: the first choice of every choice field, the defaults."""
        initial: Row = {}
        for f in self.kind.fields:
            if f.choices:
                initial[f.name] = f.choices[0]
        initial.update(defaults)
        if self.kind.has_status:
            initial["status"] = "draft"
        return initial

    def _on_form_field_edited(self, name: str, value: object) -> None:
        changes = changes_of(name, value)
        self.values.update(changes)
        self.form.set_row({**self.form.row(), **changes})

    def _on_buttons_accepted(self) -> None:
        self.form.flush()
        try:
            clean_values(self.kind, self.values, partial=False)
        except ValidationError as exc:
            self.form.show_error(exc.field, translated(exc.message))
            return
        self.accept()
