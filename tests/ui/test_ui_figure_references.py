"""A `{fig:…}` reference is one unit in the editor; completion opens on `{fig:` only; a
malformed reference is marked in the error colour and named under the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from briefing_app.ui import theme

TEXT = "Zie {fig:accres_2025} hier."
START, END = TEXT.index("{"), TEXT.index("}") + 1


@pytest.fixture
def field(qtbot, window, points_section, filled):
    window.show()
    qtbot.waitExposed(window)
    points_section.select(filled["points"][1])
    field = points_section.view.form.editor("text")
    field.set_text_quietly(TEXT)
    field.edit.setFocus()
    return field


def put_cursor(edit, position):
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


def click_at(qtbot, edit, position):
    """A mouse click on the character at ``position``, as a user would click it."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    point = edit.cursorRect(cursor).center()
    point.setX(point.x() + 1)  # just right of the gap before the character: inside it
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_inside_a_reference_and_typing_never_splits_it(qtbot, field):
    edit = field.edit
    click_at(qtbot, edit, START + 12)  # in "accres_2025"
    assert edit.textCursor().position() in (START, END)
    qtbot.keyClicks(edit, "Extra zin.")
    assert "{fig:accres_2025}" in field.text()
    assert field.text() in (
        "Zie Extra zin.{fig:accres_2025} hier.",
        "Zie {fig:accres_2025}Extra zin. hier.",
    )


def test_arrow_keys_step_over_a_reference(qtbot, field):
    edit = field.edit
    put_cursor(edit, START)
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    assert edit.textCursor().position() == END
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert edit.textCursor().position() == START
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert edit.textCursor().selectedText() == "{fig:accres_2025}"


def test_a_double_click_selects_the_whole_reference(qtbot, field):
    edit = field.edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(START + 9)
    qtbot.mouseDClick(
        edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect(cursor).center()
    )
    assert edit.textCursor().selectedText() == "{fig:accres_2025}"


def test_backspace_and_delete_remove_a_reference_whole_and_undo_brings_it_back(qtbot, field):
    edit = field.edit
    put_cursor(edit, END)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert field.text() == "Zie  hier."
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == TEXT
    put_cursor(edit, START)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert field.text() == "Zie  hier."
    put_cursor(edit, 4)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # an ordinary character still goes alone
    assert field.text() == "Zie  hier."[:3] + "  hier."[1:]


def test_completion_opens_on_typing_fig_only_and_never_takes_home_or_end(qtbot, field):
    edit = field.edit
    popup = edit.completer.popup()
    field.set_text_quietly("Het accres {fig:acc")
    put_cursor(edit, len(field.text()))
    qtbot.keyClick(edit, Qt.Key.Key_Control)
    assert not popup.isVisible(), "Ctrl alone opens nothing"
    qtbot.keyClick(edit, Qt.Key.Key_R)
    assert popup.isVisible() and edit.completer.completionCount() == 1
    QTest.keyClick(popup, Qt.Key.Key_Home)  # where a real keyboard's Home goes: the popup
    assert not popup.isVisible()
    assert edit.textCursor().position() == 0
    qtbot.keyClick(edit, Qt.Key.Key_End)
    assert edit.textCursor().position() == len(field.text())
    assert not popup.isVisible(), "moving the cursor does not open the list again"
    field.set_text_quietly("Het accres ")
    put_cursor(edit, len(field.text()))
    qtbot.keyClicks(edit, "{fig:")
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_End)
    assert not popup.isVisible() and edit.textCursor().position() == len(field.text())


def test_the_completion_list_stays_inside_the_window(qtbot, field, window):
    edit = field.edit
    window.resize(1000, 700)
    field.set_text_quietly("")
    put_cursor(edit, 0)
    qtbot.keyClicks(edit, "x" * 200)  # wraps: the cursor ends somewhere along the line
    line = "Een lange regel die tot vlak bij de rechterrand van het veld doorloopt "
    field.set_text_quietly(line)
    put_cursor(edit, len(line))
    while edit.cursorRect().right() < edit.viewport().width() - 40:
        qtbot.keyClicks(edit, "w")
    qtbot.keyClicks(edit, " {fig:")
    popup = edit.completer.popup()
    assert popup.isVisible()
    frame = window.frameGeometry()
    assert popup.geometry().right() <= frame.right()
    assert popup.geometry().left() >= frame.left()


def test_a_malformed_reference_is_marked_red_and_named(qtbot, field):
    edit = field.edit
    field.set_text_quietly("Goed {fig:accres_2025}, fout {fig:accres 2025} en {fig:weg}.")
    marks = {
        edit.document().toPlainText()[m.cursor.selectionStart() : m.cursor.selectionEnd()]: m
        for m in edit.extraSelections()
    }
    red = theme.error_colour()
    assert marks["{fig:accres 2025}"].format.foreground().color() == red
    assert marks["{fig:weg}"].format.foreground().color() == red  # no such figure
    assert marks["{fig:accres_2025}"].format.foreground().color() != red
    assert "{fig:accres 2025}" in field.broken.text() and "weg" in field.broken.text()
    assert field.broken.isVisible()


def test_a_malformed_reference_can_be_mended_and_is_then_one_unit(qtbot, field):
    edit = field.edit
    field.set_text_quietly("Zie {fig:accres_2025 }.")
    assert field.broken.isVisible()
    put_cursor(edit, len("Zie {fig:accres_2025 "))
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # the cursor may stand in a malformed one
    assert field.text() == "Zie {fig:accres_2025}."
    assert field.broken.isHidden()
    assert edit.textCursor().position() in (4, len("Zie {fig:accres_2025}"))


def test_a_reference_being_typed_is_not_called_malformed_until_the_cursor_leaves_it(qtbot, field):
    edit = field.edit
    field.set_text_quietly("Het accres ")
    put_cursor(edit, len(field.text()))
    qtbot.keyClicks(edit, "{fig:accr")
    assert field.broken.isHidden()
    assert not any(
        m.format.foreground().color() == theme.error_colour() for m in edit.extraSelections()
    )
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    assert field.broken.isVisible() and "{fig:accr" in field.broken.text()
