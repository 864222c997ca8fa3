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


def test_model_asks_for_more_rows_and_takes_them(qtbot):
    model = RowTableModel(COLUMNS)
    model.set_rows(rows(0, 200), total=1000)
    asked = []
    model.more_requested.connect(
        lambda offset: (asked.append(offset), model.append_rows(rows(offset, 200)))
    )
    assert model.rowCount() == 200 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert asked == [200] and model.rowCount() == 400
    assert model.data(model.index(399, 0)) == "punt 399"


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
