"""The app's safety features: recovery at start, banner, one instance, backups, bundles, figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QToolBar

from briefing_app.services.core.workspace import (
    CorruptDatabaseError,
    WorkspaceError,
    start_workspace,
)
from briefing_app.services.exchange.bundle import export_bundle
from briefing_app.services.exchange.crypto import KdfParams
from briefing_app.services.exchange.importing import CONFLICT, KEEP_MINE, THEIRS, plan_import
from briefing_app.services.figures.importing import preview
from briefing_app.store.backup import create_backup, list_backups
from briefing_app.store.connection import connect
from briefing_app.store.errors import READ_ONLY
from briefing_app.store.repository import Repository
from briefing_app.ui.context import AppContext
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.safety import menu as menu_module
from briefing_app.ui.safety import startup
from briefing_app.ui.safety.backup_dialog import BackupDialog
from briefing_app.ui.safety.banner import install_banner
from briefing_app.ui.safety.bundle_dialogs import BundleExportDialog, BundleImportDialog
from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog
from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog
from briefing_app.ui.safety.recovery_dialog import RecoveryDialog
from briefing_app.ui.safety.single_instance import SingleInstance

SECRET = "wachtwoord voor de app"


def damage(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\x13" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def file_window(qtbot, db_file, settings):
    """A main window, with the safety menu, on a real database file."""
    workspace = start_workspace(db_file)
    ctx = AppContext.build(db_file, workspace.db, settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu_module.install(window, ctx)
    window.open_first()
    yield window
    workspace.db.close()


def test_recovery_dialog_offers_the_backup_in_plain_words(qtbot, db_file):
    info = create_backup(db_file)
    dialog = RecoveryDialog("De database <b>x</b> is beschadigd.", info)
    qtbot.addWidget(dialog)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert info.local_time_label in dialog.restore_button.text()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    without = RecoveryDialog("Geen kopie.", None)
    qtbot.addWidget(without)
    assert without.restore_button is None


def test_start_recovers_a_damaged_database_when_the_user_agrees(db_file, monkeypatch):
    create_backup(db_file)
    damage(db_file)
    asked = []
    monkeypatch.setattr(
        RecoveryDialog,
        "ask",
        classmethod(lambda cls, parent, message, backup: asked.append(message) or True),
    )
    workspace = startup.open_with_recovery(db_file, interactive=True)
    try:
        assert "beschadigd" in asked[0]
        assert [r["text"] for r in workspace.db.query("SELECT text FROM talking_points")] == [
            "Geen nieuwe taken"
        ]
    finally:
        workspace.db.close()
    assert list(db_file.parent.glob("briefing.db.beschadigd-*"))  # the damaged file is kept


def test_start_stops_when_the_user_declines(db_file, monkeypatch):
    create_backup(db_file)
    damage(db_file)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, *a: False))
    with pytest.raises(CorruptDatabaseError):
        startup.open_with_recovery(db_file, interactive=True)
    with pytest.raises(WorkspaceError, match="ontbreekt"):
        startup.open_with_recovery(db_file, interactive=False)


def test_read_only_database_shows_a_banner_and_edits_fail_in_dutch(qtbot, window, ctx, filled):
    banner = install_banner(window, ["Alleen-lezen: het bestand is alleen-lezen."])
    bars = [b for b in window.findChildren(QToolBar) if b.objectName() == "noticeBar"]
    assert len(bars) == 1 and banner.text().startswith("Alleen-lezen")
    assert install_banner(window, []) is None
    failures = []
    ctx.edits.failed.connect(failures.append)
    ctx.db.conn.execute("PRAGMA query_only = ON")  # as a read-only file behaves
    ctx.edits.update("talking_point", filled["points"][0], {"text": "Nieuw"})
    assert failures == [READ_ONLY]


def test_a_second_instance_is_refused_and_raises_the_first(qtbot, tmp_path):
    path = tmp_path / "briefing.db"
    first, second = SingleInstance(path), SingleInstance(path)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_backup_dialog_lists_makes_and_chooses(qtbot, db_file, monkeypatch):
    create_backup(db_file, "start")
    dialog = BackupDialog(db_file)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "bij het starten"
    dialog.create_button.click()
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "handmatig"
    monkeypatch.setattr(BackupDialog, "confirm_restore", lambda self, info: True)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.reason == "start"
    read_only = BackupDialog(db_file, read_only=True)
    qtbot.addWidget(read_only)
    assert not read_only.create_button.isEnabled() and not read_only.restore_button.isEnabled()


def test_restore_from_the_menu_closes_restores_and_restarts(file_window, db_file, monkeypatch):
    old = create_backup(db_file, "handmatig")
    repo = Repository(file_window.ctx.db)
    dossier = next(file_window.ctx.db.query("SELECT id FROM dossiers"))["id"]
    repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Later"})
    restarted = []
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, *a, **k: old))
    monkeypatch.setattr(menu_module, "restart_app", lambda: restarted.append(True))
    file_window.safety_actions.backups.trigger()
    assert restarted == [True]
    db = connect(db_file)
    assert [r["text"] for r in db.query("SELECT text FROM talking_points")] == ["Geen nieuwe taken"]
    db.close()
    assert "herstel" in [b.reason for b in list_backups(db_file)]


def test_passphrase_dialog_hides_and_confirms(qtbot):
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    assert dialog.first.echoMode() == QLineEdit.EchoMode.Password
    dialog.first.setText("lang genoeg")
    dialog.second.setText("iets anders")
    dialog._on_ok()
    assert "verschillen" in dialog.problem.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.second.setText("lang genoeg")
    dialog._on_ok()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_dialog_collects_dossiers_and_path(qtbot, tmp_path):
    dialog = BundleExportDialog([("wonen", "Wonen"), ("jeugdzorg", "Jeugdzorg")])
    qtbot.addWidget(dialog)
    dialog.everything.setChecked(False)
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.path.setText(str(tmp_path / "voor-anna"))
    choice = dialog.choice()
    assert choice.dossiers == ("jeugdzorg",) and choice.path.name == "voor-anna.briefing"


def conflicting_plan(tmp_path):
    mine = connect(tmp_path / "mijn.db")
    theirs = connect(tmp_path / "hun.db")
    point = Repository(theirs).create("dossier", {"slug": "wonen", "title": "Wonen (hun)"})
    Repository(mine).create("dossier", {"slug": "wonen", "title": "Wonen (mijn)"})
    export_bundle(theirs, tmp_path / "b.briefing", SECRET, kdf=KdfParams(log2_n=14))
    theirs.close()
    from briefing_app.services.exchange.bundle import read_bundle

    return mine, plan_import(mine, read_bundle(tmp_path / "b.briefing", SECRET)), point


def test_import_dialog_shows_conflicts_with_a_choice(qtbot, tmp_path):
    mine, plan, item_id = conflicting_plan(tmp_path)
    try:
        assert [c.status for c in plan.changes] == [CONFLICT]
        dialog = BundleImportDialog(plan)
        qtbot.addWidget(dialog)
        assert "1 conflict" in dialog.summary.text()
        assert dialog.table.item(0, 1).text() == "Dossier: Wonen (hun) — Titel"
        key = f"{item_id}/title"
        assert dialog.resolutions() == {key: KEEP_MINE}
        dialog.choices[key].setCurrentIndex(1)
        assert dialog.resolutions() == {key: THEIRS}
    finally:
        mine.close()


def test_bundle_import_from_the_menu_applies_the_choice(qtbot, file_window, tmp_path, monkeypatch):
    other = connect(tmp_path / "ander.db")
    dossier = Repository(other).create("dossier", {"slug": "wonen", "title": "Wonen"})
    Repository(other).create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Van Anna"}
    )
    export_bundle(other, tmp_path / "a.briefing", SECRET, kdf=KdfParams(log2_n=14))
    other.close()
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: SECRET))
    monkeypatch.setattr(BundleImportDialog, "ask", classmethod(lambda cls, parent, plan: {}))
    shown = []
    monkeypatch.setattr(menu_module, "show_message", lambda *a, **k: shown.append(a[2]))
    file_window.safety_actions.import_bundle_from(tmp_path / "a.briefing")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30000)  # decrypted on a worker thread
    texts = {r["text"] for r in file_window.ctx.db.query("SELECT text FROM talking_points")}
    assert "Van Anna" in texts
    assert shown[-1].startswith("Ingelezen: 1 nieuw")
    # A wrong passphrase: one message, nothing changed.
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: "fout fout fout"))
    file_window.safety_actions.import_bundle_from(tmp_path / "a.briefing")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30000)
    assert "wachtwoord is onjuist" in shown[-1]
    assert all(a.isEnabled() for a in file_window.safety_actions.all())


def test_bundle_export_from_the_menu(qtbot, file_window, tmp_path, monkeypatch):
    from briefing_app.services.exchange.bundle import read_bundle
    from briefing_app.ui.safety.bundle_dialogs import ExportChoice

    target = tmp_path / "voor-anna.briefing"
    monkeypatch.setattr(
        BundleExportDialog, "ask", classmethod(lambda cls, *a: ExportChoice(target, ("wonen",)))
    )
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: SECRET))
    shown = []
    monkeypatch.setattr(menu_module, "show_message", lambda *a, **k: shown.append(a[2]))
    file_window.safety_actions.export_bundle.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].startswith("De bundel is versleuteld opgeslagen")
    assert {i.kind for i in read_bundle(target, SECRET).items} == {"dossier", "talking_point"}
    sender = file_window.ctx.db.execute("SELECT replica_id FROM replica").fetchone()[0]
    assert read_bundle(target, SECRET).sender == sender  # the bundle names who sent it


def test_figure_import_dialog_shows_problems_and_blocks_apply(qtbot, db_file, tmp_path):
    sheet = tmp_path / "c.csv"
    sheet.write_text(
        "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;a;A;1;aantal\nwonen;b;B;veel;aantal\n"
    )
    db = connect(db_file)
    try:
        result = preview(db, sheet)
    finally:
        db.close()
    dialog = FigureImportDialog(result)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    cells = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert any(c.startswith("Rij 3, kolom D (waarde)") for c in cells)


def test_figure_import_from_the_menu(file_window, tmp_path, monkeypatch):
    sheet = tmp_path / "c.csv"
    sheet.write_text(
        "dossier;sleutel;omschrijving;waarde;eenheid\nwonen;korting;Korting;€ 675 mln;euro\n"
    )
    monkeypatch.setattr(
        FigureImportDialog, "ask", classmethod(lambda cls, parent, result: result.ok)
    )
    file_window.safety_actions.import_figures_from(sheet)
    value = file_window.ctx.db.execute("SELECT value FROM figures WHERE key = 'korting'").fetchone()
    assert value == (675e6,)


def test_the_menu_entries_are_in_the_file_menu(file_window):
    titles = [a.text() for a in file_window.safety_actions.all()]
    assert titles[0] == "Reservekopieën…" and all(
        a.isEnabled() for a in file_window.safety_actions.all()
    )


def test_the_daily_backup_runs_after_the_window_is_shown(qtbot, file_window, db_file, monkeypatch):
    import shutil

    shutil.rmtree(db_file.with_name("briefing.db.backups"))  # the fixture's own start backup
    workspace = start_workspace(db_file, daily_backup=False)
    try:
        assert list_backups(db_file) == []
        task = startup.start_daily_backup(file_window, workspace)
        assert task is not None
        qtbot.waitUntil(
            lambda: [b.reason for b in list_backups(db_file)] == ["start"], timeout=30000
        )

        def fail(path):
            from briefing_app.store.backup import BackupError

            raise BackupError("de schijf is vol")

        monkeypatch.setattr(startup, "daily_backup_now", fail)
        shutil.rmtree(db_file.with_name("briefing.db.backups"))
        task = startup.start_daily_backup(file_window, workspace)
        qtbot.waitUntil(
            lambda: "de schijf is vol" in file_window.statusBar().currentMessage(), timeout=30000
        )
    finally:
        workspace.db.close()


def test_the_safety_dialogs_follow_the_language(qtbot, qapp, db_file):
    from briefing_app.ui.i18n import Translations

    translations = Translations(qapp)
    assert translations.install("en")
    try:
        dialog = BackupDialog(db_file)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Backups"
        assert dialog.create_button.text() == "Make a backup now"
    finally:
        translations.install("nl")


def test_starting_the_app_twice_on_one_database_brings_the_first_forward(qtbot, db_file):
    from briefing_app.app import EXIT_OK, main

    first = SingleInstance(db_file)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert main(["--db", str(db_file)]) == EXIT_OK  # returns at once: no second window
    finally:
        first.release()


def test_a_locked_database_without_a_live_window_is_refused_clearly(qtbot, db_file, capsys):
    from PySide6.QtCore import QLockFile

    from briefing_app.app import EXIT_FAILED, main
    from briefing_app.ui.safety.single_instance import lock_path

    lock = QLockFile(str(lock_path(db_file)))  # held, but nobody listens to be brought forward
    assert lock.tryLock(0)
    try:
        assert main(["--db", str(db_file)]) == EXIT_FAILED
    finally:
        lock.unlock()
    assert "al open in een ander venster" in capsys.readouterr().err
