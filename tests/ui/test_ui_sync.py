"""The app's delegation exchange: per-field conflicts side by side, sync from the menu, the queue."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.services.core.workspace import start_workspace
from briefing_app.services.exchange import folder as folder_module
from briefing_app.services.exchange.bundle import collect, decode, encode
from briefing_app.services.exchange.conflicts import queued_conflicts
from briefing_app.services.exchange.crypto import KdfParams, seal
from briefing_app.services.exchange.folder import sync_folder
from briefing_app.services.exchange.importing import KEEP_MINE, THEIRS, plan_import
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.ui.context import AppContext
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.safety import menu as menu_module
from briefing_app.ui.safety.bundle_dialogs import BundleImportDialog
from briefing_app.ui.safety.sync_dialogs import ConflictsDialog, SyncChoice, SyncDialog

SECRET = "delegatie wachtwoord"
POINT = "gemeentefonds-tp-uitgangspositie"


@pytest.fixture
def pair(default_db_file, tmp_path):
    """Anna's and Bram's databases from the default data, each having edited the same point."""
    paths = []
    for member, text in (("Anna", " Anna vult aan."), ("Bram", "Bram herschrijft het.")):
        path = tmp_path / f"{member}.db"
        shutil.copyfile(default_db_file, path)
        db = connect(path)
        repo = Repository(db, member)
        old = repo.get("talking_point", POINT)["text"]
        repo.update("talking_point", POINT, {"text": old + text if member == "Anna" else text})
        if member == "Bram":
            repo.update("talking_point", POINT, {"classification": "intern"})
        db.close()
        paths.append(path)
    return paths


def test_the_import_preview_shows_each_conflicting_field_with_the_ancestor(qtbot, pair):
    anna, bram = connect(pair[0]), connect(pair[1])
    try:
        Repository(anna, "Anna").update("talking_point", POINT, {"classification": "vertrouwelijk"})
        plan = plan_import(bram, decode(encode(collect(anna))))
        original = Repository(connect(pair[0])).get("talking_point", POINT)["text"]
        dialog = BundleImportDialog(plan)
        qtbot.addWidget(dialog)
        rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        assert rows[0].endswith("— Tekst") and rows[1].endswith("— Rubricering")
        # The text conflict is shown first: ancestor, mine and theirs side by side.
        panes = dialog.conflict.panes
        assert panes["ancestor"].toPlainText() == original.removesuffix(" Anna vult aan.")
        # Each side as its change against the ancestor: the removed words stay, struck out.
        assert "Bram" in panes["mine"].toPlainText() and "Gemeenten" in panes["mine"].toPlainText()
        assert panes["theirs"].toPlainText().endswith("Anna vult aan.")
        cursor = panes["theirs"].document().find("Anna vult aan.")
        assert cursor.charFormat().fontUnderline()
        # The classification goes to the higher one unless the user chooses otherwise.
        keys = list(dialog.choices)
        assert dialog.resolutions()[keys[1]] == THEIRS
        assert dialog.resolutions()[keys[0]] == KEEP_MINE
        dialog.table.setCurrentCell(1, 1)
        assert panes["theirs"].toPlainText() == "Openbaar Vertrouwelijk"  # struck out, added
        assert panes["ancestor"].toPlainText() == "Openbaar"
    finally:
        anna.close()
        bram.close()


def test_sync_from_the_menu_queues_the_conflict_and_the_queue_decides_it(
    qtbot, pair, settings, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        folder_module, "seal", lambda data, secret, kdf=None: seal(data, secret, KdfParams(14))
    )
    shared = tmp_path / "map"
    shared.mkdir()
    anna = connect(pair[0])
    sync_folder(anna, shared, SECRET, member="Anna")
    workspace = start_workspace(pair[1])
    ctx = AppContext.build(pair[1], workspace.db, settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu_module.install(window, ctx)
    window.open_first()
    monkeypatch.setattr(
        SyncDialog, "ask", classmethod(lambda cls, parent, folder: SyncChoice(shared, SECRET))
    )
    shown, queues = [], []
    monkeypatch.setattr(menu_module, "show_message", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(
        ConflictsDialog, "show_queue", classmethod(lambda cls, p, c, d: queues.append((c, d)))
    )
    window.safety_actions.sync.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)  # decrypted and sealed on a worker
    assert "1 conflict(en) wachten op uw keuze" in shown[0]
    assert settings.sync_folder == str(shared)
    ((conflicts, decide),) = queues
    assert [c.field.name for c in conflicts] == ["text"]
    decide(conflicts[0], THEIRS)
    assert queued_conflicts(workspace.db) == []
    text = Repository(workspace.db).get("talking_point", POINT)["text"]
    assert text.endswith("Anna vult aan.")
    assert sorted(p.name.split("-")[0] for p in shared.iterdir()) == ["anna", "test"]
    anna.close()
    workspace.db.close()


def test_the_conflicts_dialog_decides_one_at_a_time(qtbot, pair):
    anna, bram = connect(pair[0]), connect(pair[1])
    try:
        from briefing_app.services.exchange.applying import apply_import

        apply_import(bram, plan_import(bram, decode(encode(collect(anna)))), on_conflict="queue",
                     backup=False)  # fmt: skip
        decided = []
        dialog = ConflictsDialog(queued_conflicts(bram), lambda c, choice: decided.append(choice))
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 1 and "1 conflict" in dialog.status.text()
        assert "herschrijft" in dialog.view.panes["mine"].toPlainText()
        dialog.keep.click()
        assert decided == [KEEP_MINE] and dialog.list.count() == 0
        assert not dialog.take.isEnabled()
    finally:
        anna.close()
        bram.close()


def test_a_deleted_item_comes_back_from_the_menu(qtbot, pair, settings, monkeypatch):
    from briefing_app.ui.safety.sync_dialogs import DeletedDialog

    workspace = start_workspace(pair[1])
    Repository(workspace.db, "Bram").delete("talking_point", POINT)
    ctx = AppContext.build(pair[1], workspace.db, settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu_module.install(window, ctx)

    def choose_first(cls, parent, items, bring_back):
        dialog = DeletedDialog(items, bring_back, parent)
        qtbot.addWidget(dialog)
        assert "verwijderd door Bram" in dialog.list.item(0).text()
        dialog.restore.click()
        assert dialog.list.count() == 0

    monkeypatch.setattr(DeletedDialog, "show_list", classmethod(choose_first))
    window.safety_actions.deleted.trigger()
    assert workspace.db.execute("SELECT 1 FROM talking_points WHERE id = ?", [POINT]).fetchone()
    workspace.db.close()
