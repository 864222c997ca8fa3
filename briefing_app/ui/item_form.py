"""The editor of one item, built from its kind's fields in `domain/items.py`.

The form holds layout and turns what the user typed into values (a figure's value through
`parse_value`, so `€ 675 mln` and `1.000,5` work); it never writes. It says `field_edited` when
the user has finished a field, and shows a refusal (`show_error`) at that very field. Text is
always plain text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.formatting import APPROX, format_number, parse_value, split_approximate
from briefing_app.domain.items import ItemKind
from briefing_app.services.core.listing import RENDERED_FIELDS
from briefing_app.ui import theme
from briefing_app.ui.figure_text import FigureTextField, PlainTextField
from briefing_app.ui.i18n import tr as _tr
from briefing_app.ui.labels import choice_group, choices, field_label
from briefing_app.ui.messages import error_text, translated

Row = dict[str, object]
LONG_FIELDS = frozenset(
    {
        "text",
        "summary",
        "escalation",
        "our_answer",
        "answer",
        "question",
        "interests",
        "notes",
        "note",
        "aim",
        "key_message",
    }
)


# `field_edited` with this name carries several fields at once ({name: value}), saved as one
# change: a figure's value and whether it is approximate, a series and its approximate years.
SEVERAL = "*"
# Stored alongside another field and edited through it ("ca. € 1 mld"), or set by a rule.
_NOT_EDITED_ALONE = ("value_approx", "series_approx", "source_pending")


def changes_of(name: str, value: object) -> dict[str, object]:
    """The store changes one `field_edited` signal stands for."""
    return dict(value) if name == SEVERAL and isinstance(value, dict) else {name: value}


class ItemForm(QWidget):
    """Fields of one item kind; `set_row` fills them, `field_edited` reports a finished edit."""

    field_edited = Signal(str, object)  # field name (or SEVERAL), the new value as stored

    def __init__(
        self, kind: ItemKind, parent: QWidget | None = None, *, hidden: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._row: Row = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._hidden = {*hidden, *_NOT_EDITED_ALONE, *([kind.parent] if kind.parent else [])}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(6)
        self._layout = layout
        self._add_levels()
        for f in kind.fields:
            if f.name not in self._hidden and f.name in kind.field_names:
                self._add_field(f.name)
        self.pending = QLabel(self)  # a figure whose value changed without a source for it
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        self.pending.setWordWrap(True)
        self.pending.hide()
        layout.addRow(self.pending)

    # -- filling -------------------------------------------------------------------------

    def set_row(self, row: Row) -> None:
        """Show ``row`` without reporting edits; clears earlier refusals."""
        self._row = dict(row)
        for name, editor in self._editors.items():
            self._show_value(name, editor, row.get(name))
            self.clear_error(name)
        self._follow_shape()
        self.pending.setVisible(bool(row.get("source_pending")))
        self.pending.setText(
            _tr(
                "Bron nog te bevestigen: de waarde is gewijzigd. Geef de bron of paragraaf van "
                "de nieuwe waarde."
            )
        )

    def _follow_shape(self) -> None:
        """A figure is one value or a series per year: only the editor of its shape is open."""
        if "shape" not in self._editors:
            return
        series = self._row.get("shape") == "series"
        for name, enabled in (("value", not series), ("series", series)):
            if name in self._editors:
                self._editors[name].setEnabled(enabled)

    def row(self) -> Row:
        return self._row

    def set_options(self, name: str, options: Sequence[tuple[str, str]]) -> None:
        """The choices of a field that points at other items: (id, title) pairs."""
        combo = self._editors.get(name)
        if not isinstance(combo, QComboBox):
            return
        combo.blockSignals(True)
        combo.clear()
        if not self.kind.field(name).required:
            combo.addItem(_tr("— geen —"), None)
        for value, title in options:
            combo.addItem(translated(title), value)  # a neutral name is a message
        combo.blockSignals(False)
        self._show_value(name, combo, self._row.get(name))

    def set_figures(self, figures: Sequence[Row]) -> None:
        for editor in self._editors.values():
            if isinstance(editor, FigureTextField):
                editor.set_figures(figures)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def hide_fields(self, names: frozenset[str]) -> None:
        """Hide these fields (and show all others): what an edition leaves out of an item."""
        for name, editor in self._editors.items():
            if self._layout.indexOf(editor.parentWidget()) >= 0:
                self._layout.setRowVisible(editor.parentWidget(), name not in names)

    def set_read_only(self, read_only: bool) -> None:
        """Show the values without letting them be changed ("Bekijken als" an edition)."""
        for editor in self._editors.values():
            if isinstance(editor, FigureTextField):
                editor.edit.setReadOnly(read_only)
            elif isinstance(editor, QLineEdit | PlainTextField):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)

    def main_editor(self) -> QWidget | None:
        """The field a user comes to fill in: the kind's title (a talking point's text, a
        dossier's title), else the first field after classification and status."""
        editor = self._editors.get(self.kind.title_field)
        if editor is not None:
            return editor
        rest = [e for n, e in self._editors.items() if n not in ("classification", "status")]
        return rest[0] if rest else None

    def flush(self) -> None:
        """Report an edit still being typed (the user moves on without leaving the field)."""
        for editor in self._editors.values():
            if isinstance(editor, PlainTextField | FigureTextField):
                editor.flush()

    # -- refusals ------------------------------------------------------------------------

    def show_error(self, name: str, message: str) -> None:
        label = self._errors.get(name)
        if label is None:
            return
        label.setText(message)
        label.setStyleSheet(f"color: {theme.error_colour().name()};")
        label.show()
        editor = self._editors[name]
        editor.setAccessibleDescription(message)

    def clear_error(self, name: str) -> None:
        label = self._errors.get(name)
        if label is not None:
            label.hide()
            label.clear()

    def error(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- building ------------------------------------------------------------------------

    def _add_levels(self) -> None:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        names = ["classification"] + (["status"] if self.kind.has_status else [])
        for name in names:
            combo = QComboBox(row)
            for value, text in choices(name):
                combo.addItem(text, value)
            combo.setAccessibleName(field_label(self.kind, name))
            combo.activated.connect(lambda _i, n=name, c=combo: self._emit(n, c.currentData()))
            caption = QLabel(field_label(self.kind, name), row)
            caption.setBuddy(combo)
            box.addWidget(caption)
            box.addWidget(combo, 1)
            self._editors[name] = combo
            self._errors[name] = self._error_label()
        self._layout.addRow(row)
        for name in names:
            self._layout.addRow(self._errors[name])

    def _add_field(self, name: str) -> None:
        f = self.kind.field(name)
        editor: QWidget
        if f.choices or f.references:
            editor = QComboBox(self)
            if f.choices:
                for value, text in choices(choice_group(self.kind, name)) or [
                    (c, c) for c in f.choices
                ]:
                    editor.addItem(text, value)
            editor.activated.connect(lambda _i, n=name, c=editor: self._emit(n, c.currentData()))
        elif name in LONG_FIELDS and name in RENDERED_FIELDS:
            editor = FigureTextField(self)
            editor.edit.setMaximumHeight(150)
            editor.editing_finished.connect(lambda n=name, e=editor: self._emit(n, e.text()))
        elif name in LONG_FIELDS:
            editor = PlainTextField(self)
            editor.setMaximumHeight(120)
            editor.editing_finished.connect(lambda n=name, e=editor: self._emit(n, e.toPlainText()))
        else:
            editor = QLineEdit(self)
            editor.editingFinished.connect(lambda n=name, e=editor: self._on_line_finished(n, e))
            if f.kind == "date":
                editor.setPlaceholderText(_tr("JJJJ-MM-DD"))
            elif f.kind == "time":
                editor.setPlaceholderText(_tr("UU:MM, bijv. 14:30"))
            elif f.kind == "int":
                editor.setPlaceholderText(_tr("heel getal, bijv. 20"))
            elif name == "value":
                editor.setPlaceholderText(_tr("bijv. € 675 mln, 1.000,5 of 2,5%"))
            elif name == "series":
                editor.setPlaceholderText(_tr("bijv. 2025: € 1 mld; 2026: ca. € 1,2 mld"))
        label = field_label(self.kind, name) + (" *" if f.required else "")
        editor.setAccessibleName(field_label(self.kind, name))
        self._editors[name] = editor
        self._errors[name] = self._error_label()
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        self._layout.addRow(caption, self._field_box(editor, self._errors[name]))

    def _field_box(self, editor: QWidget, error: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(error)
        return box

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    # -- values --------------------------------------------------------------------------

    def _show_value(self, name: str, editor: QWidget, value: object) -> None:
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.blockSignals(False)
        elif isinstance(editor, FigureTextField | PlainTextField):
            editor.set_text_quietly("" if value is None else str(value))
        elif isinstance(editor, QLineEdit):
            editor.blockSignals(True)
            editor.setText(self._text_of(name, value))
            editor.setCursorPosition(0)
            editor.blockSignals(False)

    def _text_of(self, name: str, value: object) -> str:
        if value is None:
            return ""
        if name == "value" and isinstance(value, int | float):
            approx = f"{APPROX} " if self._row.get("value_approx") else ""
            return approx + format_number(float(value))
        if name == "series" and isinstance(value, str):
            data = json.loads(value)
            approx_years = json.loads(str(self._row.get("series_approx") or "[]"))
            return "; ".join(
                f"{year}: {APPROX + ' ' if year in approx_years else ''}{format_number(float(v))}"
                for year, v in data.items()
            )
        return str(value)

    def _on_line_finished(self, name: str, editor: QLineEdit) -> None:
        if not editor.isModified():
            return
        editor.setModified(False)
        text = editor.text()
        try:
            value = self._parse(name, text)
        except ValueError as exc:
            self.show_error(name, _tr("Niet opgeslagen: %1").replace("%1", error_text(exc)))
            return
        self._emit(name, value)

    def _parse(self, name: str, text: str) -> object:
        unit = str(self._row.get("unit") or "number")
        if name == "value":
            amount, approx = split_approximate(text)
            value = parse_value(amount, unit) if amount.strip() else None
            return {SEVERAL: {"value": value, "value_approx": int(approx and value is not None)}}
        if name == "series":
            series, approx_years = _parse_series(text, unit)
            return {SEVERAL: {"series": series, "series_approx": approx_years or None}}
        return text

    def _emit(self, name: str, value: object) -> None:
        self.clear_error(name)
        if isinstance(value, dict) and SEVERAL in value:
            fields = value[SEVERAL]
            if all(
                self._row.get(k) == v or _same(k, self._row.get(k), v) for k, v in fields.items()
            ):
                return
            self.field_edited.emit(SEVERAL, fields)
            return
        if value == self._row.get(name):
            return
        self.field_edited.emit(name, value)


def _same(name: str, stored: object, typed: object) -> bool:
    """A stored JSON series (or list of years) equals what was typed."""
    if name in ("series", "series_approx") and isinstance(stored, str):
        return bool(json.loads(stored) == typed)
    return False


def _parse_series(text: str, unit: str) -> tuple[dict[str, float] | None, list[str]]:
    """`2025: € 1 mld; 2026: ca. 1.200` -> ({"2025": 1e9, "2026": 1200.0}, ["2026"]); a reason
    on bad input."""
    series: dict[str, float] = {}
    approx_years: list[str] = []
    for part in filter(None, (p.strip() for p in text.replace("\n", ";").split(";"))):
        year, sep, amount = part.partition(":")
        if not sep or not year.strip().isdigit() or len(year.strip()) != 4:
            raise ValueError(
                _tr("%1 is geen jaar met waarde; schrijf bijvoorbeeld 2025: € 1 mld").replace(
                    "%1", repr(part)
                )
            )
        amount, approx = split_approximate(amount.strip())
        series[year.strip()] = parse_value(amount, unit)
        if approx:
            approx_years.append(year.strip())
    return series or None, approx_years
