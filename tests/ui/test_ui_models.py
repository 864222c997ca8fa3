"""The item models are passive and well behaved (qtmodeltester), and page through long lists."""

from __future__ import annotations

from briefing_app.ui.models import Column, Group, GroupedModel, RowTableModel

COLUMNS = [
    Column("text", "Tekst", lambda r: str(r["text"])),
    Column(None, "Nr", lambda r: str(r["n"])),
]


def rows(start, count):
    return [{"id": f"id{n}", "text": f"punt {n}", "n": n} for n in range(start, start + count)]


def test_row_table_model_passes_the_model_tester(qtmodeltester):
    model = RowTableModel(COLUMNS)
    model.set_rows(rows(0, 5), total=5)
    qtmodeltester.check(model)


def test_a_row_that_is_not_loaded_is_asked_for_by_its_page(qtbot):
    model = RowTableModel(COLUMNS, page_size=200)
    model.set_rows(rows(0, 200), total=100_000)
    asked = []
    model.page_needed.connect(
        lambda offset: (asked.append(offset), model.put_rows(offset, rows(offset, 200)))
    )
    assert model.rowCount() == 100_000
    assert model.data(model.index(99_999, 0)) == "punt 99999"
    assert asked == [99_800]
    assert model.data(model.index(150, 0)) == "punt 150" and asked == [99_800]
    assert model.position_of("id99999") == 99_999


def test_only_a_bounded_number_of_pages_is_kept(qtbot):
    model = RowTableModel(COLUMNS, page_size=10)
    model.set_rows(rows(0, 10), total=10_000)
    model.page_needed.connect(lambda offset: model.put_rows(offset, rows(offset, 10)))
    for position in range(0, 10_000, 10):
        assert model.data(model.index(position, 0)) == f"punt {position}"
    assert model.loaded() == RowTableModel.MAX_PAGES * 10


def test_a_row_moved_by_drag_and_drop_is_only_requested(qtbot):
    model = RowTableModel(COLUMNS)
    model.set_rows(rows(0, 4))
    model.set_movable(True)
    moves = []
    model.move_requested.connect(lambda item, target: moves.append((item, target)))
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, None, 3, 0, model.index(-1, -1)) is False  # the view keeps rows
    assert moves == [("id0", 2)]
    assert model.data(model.index(0, 0)) == "punt 0"


def test_grouped_model_passes_the_model_tester(qtmodeltester):
    model = GroupedModel(lambda r: str(r["text"]))
    model.set_groups(
        [Group("a", "Wonen", rows(0, 3)), Group("b", "Jeugd", rows(3, 2)), Group("c", "Leeg", [])]
    )
    qtmodeltester.check(model)
    index = model.find("b", "id4")
    assert model.data(index) == "punt 4"
    assert model.data(model.parent(index)) == "Jeugd"
