"""'Bekijken als': the window shows a dossier exactly as one edition would, read-only."""

from __future__ import annotations

import pytest

from briefing_app.domain.edition import WITHHELD_MARK


@pytest.fixture
def secrets(repo, filled):
    dossier = filled["dossier"]
    repo.update(
        "dossier", dossier, {"escalation": "GEHEIM-escalatie", "classification": "openbaar"}
    )
    repo.create(
        "figure",
        {
            "dossier_id": dossier,
            "key": "geheim",
            "label": "GEHEIM-cijfer",
            "unit": "number",
            "value": 4321.0,
            "classification": "vertrouwelijk",
        },
    )
    for point in filled["points"]:
        repo.update("talking_point", point, {"classification": "openbaar"})
    repo.update("talking_point", filled["points"][0], {"text": "Tekort {fig:geheim}."})
    repo.create(
        "talking_point",
        {
            "dossier_id": dossier,
            "kind": "talking_point",
            "text": "GEHEIM-spreekpunt",
            "classification": "vertrouwelijk",
        },
    )
    repo.create(
        "position",
        {"dossier_id": dossier, "party": "ours", "kind": "batna", "text": "GEHEIM-batna"},
    )
    hidden = repo.create(
        "dossier", {"slug": "geheim", "title": "GEHEIM-dossier", "classification": "vertrouwelijk"}
    )
    return {"hidden_dossier": hidden}


def shown_texts(window, kind, field="text"):
    window.dossier_page.show_section(kind)
    model = window.dossiers.sections[kind].model
    return [
        str(model.row_at(i).get(f"{field}_rendered", model.row_at(i)[field]))
        for i in range(model.rowCount())
    ]


def navigator_titles(window):
    return [
        str(r.get("title") or r.get("name"))
        for g in window.navigator.model.groups()
        for r in g.rows
    ]


def test_view_as_openbaar_shows_only_what_the_open_pack_would(window, secrets, filled):
    window.dossiers.show_dossier(filled["dossier"])  # the fixture's pages know the new items
    assert "GEHEIM-spreekpunt" in shown_texts(window, "talking_point")
    window.view_as.set_level(window.view_as.combo.itemData(1))  # Editie openbaar

    assert window.view_as_banner.isVisibleTo(window)
    assert "OPENBAAR" in window.view_as_banner.text()
    points = shown_texts(window, "talking_point")
    assert "GEHEIM-spreekpunt" not in points
    assert f"Tekort {WITHHELD_MARK}." in points
    assert all("GEHEIM" not in t for t in shown_texts(window, "position"))
    assert all("GEHEIM" not in str(t) for t in shown_texts(window, "figure", "label"))
    assert "GEHEIM-dossier" not in navigator_titles(window)
    overview = window.dossier_page.overview.form
    assert overview.editor("escalation").toPlainText() == ""
    assert not overview.editor("escalation").isVisibleTo(window)
    summary = " ".join(window.dossier_page.summary.texts())
    assert "GEHEIM" not in summary and "4.321" not in summary


def test_view_as_is_read_only_and_switching_back_restores_editing(window, secrets, filled, db):
    window.view_as.set_level(window.view_as.combo.itemData(2))  # Editie intern
    section = window.dossiers.sections["talking_point"]
    assert section.add() is None
    assert not window.dossier_page.sections["talking_point"].add_button.isEnabled()
    assert window.dossier_page.overview.form.editor("title").isReadOnly()
    assert not window.undo_action.isEnabled()
    before = db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    window.ctx.edits.update("talking_point", filled["points"][1], {"text": "gewijzigd"})
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == before

    window.view_as.set_level(None)
    assert not window.view_as_banner.isVisibleTo(window)
    assert not window.dossier_page.overview.form.editor("title").isReadOnly()
    assert "GEHEIM-dossier" in navigator_titles(window)
    assert "GEHEIM-spreekpunt" in shown_texts(window, "talking_point")


def test_a_bottom_line_cannot_be_classified_lower_in_the_app(window, repo, filled, db):
    bottom = repo.create(
        "position",
        {"dossier_id": filled["dossier"], "party": "ours", "kind": "bottom_line", "text": "Grens"},
    )
    window.dossiers.show_dossier(filled["dossier"])
    window.dossier_page.show_section("position")
    section = window.dossiers.sections["position"]
    assert section.select(bottom)
    form = section.view.form
    combo = form.editor("classification")
    combo.setCurrentIndex(combo.findData("intern"))
    combo.activated.emit(combo.currentIndex())
    assert "altijd vertrouwelijk" in form.error("classification")
    assert db["positions"].get(bottom)["classification"] == "vertrouwelijk"


def test_a_section_built_after_the_switch_is_read_only_too(window, filled):
    window.view_as.set_level("intern")
    view = window.dossier_page.sections["hard_question"]
    window.dossier_page.show_section("hard_question")  # built now, on first show
    window.dossiers.sections["hard_question"]
    assert view.built and not view.add_button.isEnabled()
    window.view_as.set_level(None)
    assert view.add_button.isEnabled()


def test_view_as_refuses_every_writer_outside_the_forms_too(
    qtbot, window, filled, db, tmp_path, monkeypatch
):
    """Imports, sync, conflicts, deleted items, restores, meeting notes and the debrief write
    to the database as well: while an edition is shown they refuse, saying why."""
    from briefing_app.ui.extensions import install_all
    from briefing_app.ui.meeting_mode.debrief_dialog import DebriefDialog
    from briefing_app.ui.safety import sync_dialogs
    from briefing_app.ui.safety.backup_dialog import BackupDialog
    from briefing_app.ui.safety.figure_import_dialog import FigureImportDialog
    from briefing_app.ui.safety.passphrase_dialog import PassphraseDialog

    install_all(window, window.ctx)
    asked: list[str] = []

    def ask(name, answer=None):
        return classmethod(lambda cls, *args, **kwargs: asked.append(name) or answer)

    for target, name in (
        (PassphraseDialog, "passphrase"),
        (FigureImportDialog, "figures"),
        (DebriefDialog, "debrief"),
        (sync_dialogs.SyncDialog, "sync"),
    ):
        monkeypatch.setattr(target, "ask", ask(name))
    for name in ("ConflictsDialog", "DeletedDialog"):
        monkeypatch.setattr(sync_dialogs, name, lambda *a, n=name, **k: asked.append(n))
    restorable = []
    monkeypatch.setattr(
        BackupDialog,
        "ask",
        classmethod(lambda cls, p, path, *, read_only: restorable.append(not read_only)),
    )
    sheet = tmp_path / "c.csv"
    sheet.write_text("dossier;sleutel;omschrijving;waarde;eenheid\nwonen;korting;Korting;5;euro\n")
    safety, meeting = window.safety_actions, window.meeting_actions

    window.view_as.set_level(window.view_as.combo.itemData(2))  # Editie intern
    before = db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    safety.import_figures_from(sheet)
    assert "Alleen lezen" in window.statusBar().currentMessage()
    safety.import_bundle_from(tmp_path / "a.briefing")
    safety.sync.trigger()
    safety.conflicts.trigger()
    safety.deleted.trigger()
    meeting.table_action.trigger()
    meeting.debrief("any meeting")
    safety.backups.trigger()
    assert asked == [] and meeting.mode is None
    assert restorable == [False]  # backups are listed, not restored
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == before

    window.view_as.set_level(None)
    safety.import_figures_from(sheet)
    assert asked == ["figures"]
