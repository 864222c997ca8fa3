"""In English, exchanging and importing speak English: the bundle dialogs and their refusals
(a damaged file, a wrong passphrase, a bundle that claims what it may not), an import preview's
conflicts, a sync's conflict queue and deleted items, the figure import with a bad file, bad
cells and changes, a refused classification or code, and the window viewed as an edition.
Reuses the walk of `test_ui_english_walk.py` (its window, data, word list and helpers)."""

from __future__ import annotations

import dataclasses

import pytest
import test_ui_english_walk as walk
from test_ui_english_walk import assert_english, dutch_in

from briefing_app.services.exchange.bundle import collect, encode, export_bundle
from briefing_app.services.exchange.crypto import KdfParams, seal
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.ui.safety import menu as menu_module
from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog

english, neutral, window = walk.english, walk.neutral, walk.window  # the walk's fixtures
SECRET = "omega omega omega"


@pytest.fixture
def shown(monkeypatch):
    """What the menu's message boxes would say."""
    said: list[str] = []
    monkeypatch.setattr(menu_module, "show_message", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: SECRET))
    return said


def english_line(text: str) -> str:
    assert text and not dutch_in([text]), text
    return text


def test_a_damaged_foreign_or_overreaching_bundle_is_refused_in_english(
    qtbot, window, shown, tmp_path, monkeypatch
):
    actions = window.safety_actions
    damaged = tmp_path / "damaged.briefing"
    damaged.write_bytes(b"BRIEFING" + bytes(200))
    actions.import_bundle_from(damaged)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30000)
    assert english_line(shown[-1]).startswith("This file is not a (complete) Briefing bundle.")

    other = connect(tmp_path / "other.db")
    dossier = Repository(other).create("dossier", {"slug": "beta", "title": "Beta"})
    Repository(other).create(
        "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": "Sigma"}
    )
    good = tmp_path / "good.briefing"
    export_bundle(other, good, SECRET, kdf=KdfParams(log2_n=14))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: "x" * 12))
    actions.import_bundle_from(good)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30000)
    assert english_line(shown[-1]).startswith("The bundle cannot be opened: the passphrase")

    bundle = collect(other)
    twice = dataclasses.replace(bundle, items=bundle.items + bundle.items[:1])
    crafted = tmp_path / "crafted.briefing"
    crafted.write_bytes(seal(encode(twice), SECRET, KdfParams(log2_n=14)))
    other.close()
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: SECRET))
    actions.import_bundle_from(crafted)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=30000)
    assert english_line(shown[-1]).startswith("The bundle holds the same item more than once")
    texts = {r["text"] for r in window.ctx.db.query("SELECT text FROM talking_points")}
    assert "Sigma" not in texts  # nothing was changed


def test_the_import_preview_names_conflicting_fields_in_english(qtbot, english, neutral, tmp_path):
    import shutil

    from briefing_app.services.exchange.importing import plan_import
    from briefing_app.store.clocks import renew_identity
    from briefing_app.ui.safety.bundle_dialogs import BundleImportDialog

    paths = []
    for member, text in (("Ada", "Omega one"), ("Bob", "Omega two")):
        path = tmp_path / f"{member}.db"
        shutil.copyfile(neutral, path)
        db = connect(path)
        renew_identity(db)  # a colleague's own copy
        repo = Repository(db, member)
        first, second = (r["id"] for r in db.query("SELECT id FROM talking_points LIMIT 2"))
        repo.update("talking_point", first, {"text": text})
        if member == "Ada":
            repo.delete("talking_point", second)
        else:
            repo.update("talking_point", second, {"text": "Kappa", "status": "final"})
        db.close()
        paths.append(path)
    ada, bob = connect(paths[0]), connect(paths[1])
    try:
        dialog = BundleImportDialog(plan_import(bob, decode_bundle(collect(ada))))
        qtbot.addWidget(dialog)
        rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        assert any(r.endswith("— Text") for r in rows), rows
        assert any(r.endswith("— Deleted") for r in rows), rows
        assert_english(dialog)
        for row in range(dialog.table.rowCount()):  # each conflict side by side
            dialog.table.setCurrentCell(row, 1)
            assert_english(dialog)
        captions = dialog.conflict.caption.text()
        assert not dutch_in([captions])
    finally:
        ada.close()
        bob.close()


def decode_bundle(bundle):
    from briefing_app.services.exchange.bundle import decode

    return decode(encode(bundle))


def test_a_bad_figure_file_is_refused_in_english(qtbot, window, shown, tmp_path):
    actions = window.safety_actions
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    actions.import_figures_from(empty)
    assert english_line(shown[-1]) == "The file is empty."
    lacking = tmp_path / "lacking.csv"
    lacking.write_text("label;value\nGamma;7\n")
    actions.import_figures_from(lacking)
    assert english_line(shown[-1]).startswith("The first row lacks the column(s) dossier, key.")
    assert "Expected columns: dossier, key, label, value, unit" in shown[-1]
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    actions.import_figures_from(old)
    assert english_line(shown[-1]).startswith("old.xls is in the old Excel format (.xls)")


def test_what_a_figure_import_changes_reads_in_english(qtbot, window, tmp_path):
    from briefing_app.services.figures.importing import preview
    from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog

    sheet = tmp_path / "figures.csv"
    sheet.write_text(
        "dossier;key;label;value;unit;status;as_of\n"
        "alpha;gamma;Gamma;ca. 7;aantal;definitief;2030-02-01\n"  # changes every kind of word
        "alpha;theta;Theta;3;procent;;\n"  # a new figure
        "alpha;iota;Iota;3;furlong;;\n"  # what each cell may get said about it
        "omega;kappa;Kappa;3;aantal;;\n"
        "alpha;lambda;Lambda;3;aantal;sigma;\n"
        "alpha;mu;Mu;3e6;aantal;;32-13-2030\n"
    )
    dialog = FigureImportDialog(preview(window.ctx.db, sheet))
    qtbot.addWidget(dialog)
    detail = dialog.table.item(0, 3).text()
    for words in (
        "Approximate value: no -> yes",
        "Unit: euro -> number",
        "status: draft -> final",
        "As of: — -> 1 February 2030",
    ):
        assert words in detail, detail
    problems = " ".join(dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount()))
    for words in (
        "unknown unit 'furlong'; choose euro, ",
        "unknown dossier 'omega'",
        "unknown value 'sigma'; choose draft or final",
        "'3e6' is scientific notation",
        "'32-13-2030' is not a date",
    ):
        assert words in problems, problems
    assert_english(dialog)


def test_a_refused_classification_and_code_are_explained_in_english(qtbot, window):
    dossier = window.dossiers.dossier_id
    bottom = window.ctx.edits.create(
        "position", {"dossier_id": dossier, "party": "ours", "kind": "bottom_line", "text": "Phi"}
    )
    window.dossier_page.show_section("position")
    section = window.dossiers.sections["position"]
    assert section.select(bottom)
    combo = section.view.form.editor("classification")
    combo.setCurrentIndex(combo.findData("openbaar"))  # a bottom line is always confidential
    combo.activated.emit(combo.currentIndex())  # as the user's choice does
    error = section.view.form.error("classification")
    assert error == (
        "Not saved: Bottom line is always confidential and cannot be classified as 'public' "
        "(choose confidential)"
    ), error
    window.dossier_page.show_section("figure")
    figures = window.dossiers.sections["figure"]
    figures.select(figures.model.row_at(0)["id"])
    field = figures.view.form.editor("key")
    field.setText("gamma delta")
    field.setModified(True)
    field.editingFinished.emit()
    error = figures.view.form.error("key")
    assert error.startswith("Not saved: Key 'gamma delta' may only hold letters, digits"), error
    assert not dutch_in([error])


def test_a_sync_with_conflicts_and_deletions_speaks_english(
    qtbot, english, neutral, tmp_path, monkeypatch
):
    import shutil

    from briefing_app.services.core.deleted import deleted_items
    from briefing_app.services.exchange import folder as folder_module
    from briefing_app.services.exchange.conflicts import queued_conflicts
    from briefing_app.services.exchange.folder import sync_folder
    from briefing_app.store.clocks import renew_identity
    from briefing_app.ui.safety.sync_dialogs import ConflictsDialog, DeletedDialog

    monkeypatch.setattr(
        folder_module, "seal", lambda data, secret, kdf=None: seal(data, secret, KdfParams(14))
    )
    shared = tmp_path / "shared"
    shared.mkdir()
    dbs = []
    for member, text in (("Ada", "Omega one"), ("Bob", "Omega two")):
        path = tmp_path / f"{member}.db"
        shutil.copyfile(neutral, path)
        db = connect(path)
        renew_identity(db)
        repo = Repository(db, member)
        first, second = (r["id"] for r in db.query("SELECT id FROM talking_points LIMIT 2"))
        repo.update("talking_point", first, {"text": text})
        if member == "Ada":
            repo.delete("talking_point", second)
        dbs.append(db)
    ada, bob = dbs
    try:
        sync_folder(ada, shared, SECRET, member="Ada")
        report = sync_folder(bob, shared, SECRET, member="Bob")
        assert report.total("queued") >= 1
        conflicts = ConflictsDialog(queued_conflicts(bob), lambda *a: None)
        qtbot.addWidget(conflicts)
        assert_english(conflicts)
        deleted = DeletedDialog(deleted_items(bob), lambda item: None)
        qtbot.addWidget(deleted)
        assert deleted.list.count() == 1
        assert deleted.list.item(0).text().startswith("Talking point: "), deleted.list.item(
            0
        ).text()
        assert_english(deleted)
    finally:
        ada.close()
        bob.close()


def test_viewing_as_the_public_edition_names_what_is_above_it_in_english(qtbot, window):
    ctx, dossier = window.ctx, window.dossiers.dossier_id
    repo = Repository(ctx.db, "Tester")
    repo.update("dossier", dossier, {"classification": "openbaar"})
    repo.create("figure", {"dossier_id": dossier, "key": "rho", "label": "Rho", "unit": "number",
                           "value": 3.0, "classification": "vertrouwelijk"})  # fmt: skip
    for row in ctx.db.query("SELECT id FROM talking_points"):
        repo.update("talking_point", row["id"], {"classification": "openbaar"})
    point = repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point",
                        "text": "Tau {fig:rho}.", "classification": "openbaar"})  # fmt: skip
    window.dossiers.show_dossier(dossier)
    window.view_as.set_level(window.view_as.combo.itemData(1))  # the public edition
    window.dossier_page.show_section("talking_point")
    section = window.dossiers.sections["talking_point"]
    assert section.select(point)
    texts = walk.texts_of(window)
    assert "Tau [figure not in this edition]." in texts, [t for t in texts if "Tau" in t]
    assert_english(window)
