"""The toolbar stays put while editing: undo and redo keep short texts, the edit is in the tip."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar


def toolbar_texts(window):
    bar = window.findChild(QToolBar, "main_toolbar")
    return {a.text(): a for a in bar.actions() if a.text()}


def test_undo_and_redo_buttons_keep_their_text_and_name_the_edit_in_the_tip(window, filled):
    buttons = toolbar_texts(window)
    undo, redo = buttons["Ongedaan maken"], buttons["Opnieuw"]
    assert not undo.isEnabled() and not redo.isEnabled()

    window.ctx.edits.update("talking_point", filled["points"][1], {"text": "Nieuw"})
    assert undo.isEnabled() and undo.text() == "Ongedaan maken"
    assert undo.toolTip() == "Ongedaan maken Spreekpunt bewerken (Ctrl+Z)"

    undo.trigger()
    assert window.ctx.repo.get("talking_point", filled["points"][1])["text"] != "Nieuw"
    assert redo.isEnabled() and redo.text() == "Opnieuw"
    redo.trigger()
    assert window.ctx.repo.get("talking_point", filled["points"][1])["text"] == "Nieuw"
