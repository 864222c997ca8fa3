"""Editing in the window: add, edit, refuse a bad value, reorder, delete, undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefing_app.ui.new_item_dialog import NewItemDialog


def texts(section):
    model = section.model
    return [str(model.row_at(i)["text"]) for i in range(model.rowCount())]


def edit_text(qtbot, section, text):
    field = section.view.form.editor("text")
    field.edit.setFocus()
    field.edit.selectAll()
    field.edit.insertPlainText(text)
    field.flush()


def test_the_first_dossier_opens_with_its_sections(window, filled):
    assert window.current_dossier_id() == filled["dossier"]
    assert window.dossier_page.tabs.tabText(3) == "Spreekpunten (3)"


def test_a_talking_point_citing_a_figure_shows_its_value(points_section):
    model = points_section.model
    assert model.data(model.index(0, 1)) == "Het accres daalt met € 675 mln."


def test_add_an_item_through_the_dialog(window, points_section, monkeypatch, db):
    monkeypatch.setattr(
        NewItemDialog,
        "ask",
        classmethod(
            lambda cls, parent, kind, defaults, options, figures: {
                **defaults,
                "kind": "key_message",
                "text": "Nieuwe kernboodschap",
            }
        ),
    )
    item_id = points_section.add()
    assert texts(points_section)[-1] == "Nieuwe kernboodschap"
    assert points_section.selected_id() == item_id
    assert db["talking_points"].get(item_id)["kind"] == "key_message"


def test_edit_saves_at_once_and_undo_redo_take_it_back(qtbot, window, points_section, filled, db):
    points_section.select(filled["points"][1])
    edit_text(qtbot, points_section, "Gemeenten hebben € 3 mld nodig.")
    assert (
        db["talking_points"].get(filled["points"][1])["text"] == "Gemeenten hebben € 3 mld nodig."
    )
    window.undo_action.trigger()
    assert (
        db["talking_points"].get(filled["points"][1])["text"]
        == "Gemeenten hebben structureel meer nodig."
    )
    assert texts(points_section)[1] == "Gemeenten hebben structureel meer nodig."
    window.redo_action.trigger()
    assert texts(points_section)[1] == "Gemeenten hebben € 3 mld nodig."


def test_a_refused_figure_value_is_named_at_the_field_and_never_stored(qtbot, window, db):
    window.dossier_page.show_section("figure")
    section = window.dossiers.sections["figure"]
    section.select(section.model.row_at(0)["id"])
    field = section.view.form.editor("value")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "veel geld")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "geen geldig getal" in section.view.form.error("value")
    assert db["figures"].get(section.selected_id())["value"] == 675_000_000.0
    field.selectAll()
    field.insert("€ 1,2 mld")  # keyClicks takes ASCII only
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert section.view.form.error("value") == ""
    assert db["figures"].get(section.selected_id())["value"] == 1_200_000_000.0
    assert section.model.row_at(0)["display_value"].replace("\xa0", " ") == "€ 1,2 mld"


def test_reorder_by_keyboard_and_undo(qtbot, window, points_section, filled):
    points_section.select(filled["points"][0])
    points_section.view.table.setFocus()
    qtbot.keyClick(points_section.view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts(points_section)[1].startswith("Het accres daalt")
    assert points_section.selected_id() == filled["points"][0]
    window.undo_action.trigger()
    assert texts(points_section)[0].startswith("Het accres daalt")


def test_reorder_by_drag_and_drop(window, points_section, filled):
    model = points_section.model
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert texts(points_section)[0] == "De opschalingskorting moet van tafel."


def test_delete_is_undoable_with_the_same_item(window, points_section, filled, db):
    points_section.select(filled["points"][1])
    points_section.delete()
    assert len(texts(points_section)) == 2
    window.undo_action.trigger()
    assert texts(points_section)[1] == "Gemeenten hebben structureel meer nodig."
    assert db["talking_points"].get(filled["points"][1])["text"]


def test_classification_and_status_are_set_per_item(window, points_section, filled, db):
    points_section.select(filled["points"][2])
    form = points_section.view.form
    combo = form.editor("classification")
    combo.setCurrentIndex(combo.findData("vertrouwelijk"))
    combo.activated.emit(combo.currentIndex())
    row = db["talking_points"].get(filled["points"][2])
    assert row["classification"] == "vertrouwelijk"
    assert points_section.model.data(points_section.model.index(2, 2)) == "Vertrouwelijk"


def test_user_text_is_plain_text(window, points_section, filled, repo):
    repo.update("talking_point", filled["points"][1], {"text": "<b>vet</b> & <i>schuin</i>"})
    points_section.reload()
    points_section.select(filled["points"][1])
    assert (
        points_section.model.data(points_section.model.index(1, 1)) == "<b>vet</b> & <i>schuin</i>"
    )
    assert points_section.view.form.editor("text").text() == "<b>vet</b> & <i>schuin</i>"


def test_figure_completion_after_fig_and_the_rendered_text_beside_it(
    qtbot, window, points_section, filled
):
    points_section.select(filled["points"][1])
    field = points_section.view.form.editor("text")
    edit = field.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " {fig:accr")
    assert edit.completer.completionCount() == 1
    assert (
        edit.completer.currentIndex().data().replace("\xa0", " ")
        == "accres_2025  —  Accres 2025  (€ 675 mln)"
    )
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert field.text() == "Gemeenten hebben structureel meer nodig. {fig:accres_2025}"
    assert field.preview.text().replace("\xa0", " ") == (
        "Weergave: Gemeenten hebben structureel meer nodig. € 675 mln"
    )
    assert field.broken.isHidden()
    qtbot.keyClicks(edit, " {fig:bestaat_niet}")
    assert field.broken.text() == "Onbekend cijfer: bestaat_niet"
    field.flush()
    model = points_section.model
    assert model.data(model.index(1, 1)).endswith("[onbekend cijfer: bestaat_niet]")
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is not None


def test_items_changed_since_the_chosen_moment_are_marked(window, points_section, filled, db):
    for table in ("talking_points", "figures", "dossiers"):
        db.execute(f"UPDATE {table} SET updated_at = '2024-05-01T09:00:00.000000Z'")
    window.ctx.tracker.choose_date(dt.date.today())
    model = points_section.model
    assert not any(model.row_at(i)["changed"] for i in range(model.rowCount()))
    window.ctx.edits.update("talking_point", filled["points"][2], {"text": "Nieuw sinds gisteren"})
    assert model.row_at(2)["changed"] and not model.row_at(0)["changed"]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.DecorationRole) is not None
    points_section.view.changed_only.setChecked(True)
    assert [model.row_at(i)["id"] for i in range(model.rowCount())] == [filled["points"][2]]
    groups = window.navigator.model.groups()
    assert groups[0].rows[0]["changed_count"] == 1


def test_undo_shows_the_item_it_changed_even_out_of_sight(window, points_section, filled, repo):
    other = repo.create("dossier", {"slug": "jeugd", "title": "Jeugdzorg"})
    window.ctx.edits.update("talking_point", filled["points"][1], {"text": "Gewijzigd"})
    window.navigator.reload()
    window.navigator.select("dossier", other)
    assert window.current_dossier_id() == other
    window.undo_action.trigger()
    assert window.current_dossier_id() == filled["dossier"]
    assert window.dossier_page.tabs.currentWidget() is points_section.view
    assert points_section.selected_id() == filled["points"][1]
    assert (
        points_section.view.form.editor("text").text() == "Gemeenten hebben structureel meer nodig."
    )
