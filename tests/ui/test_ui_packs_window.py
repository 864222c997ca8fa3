"""The packs feature inside the main window: menu, meeting button, export and refresh."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from briefing_app.ui.extensions import install_all


def test_pack_menu_and_meeting_button_open_the_export_dialog(
    qtbot, window, ctx, repo, filled, tmp_path
):
    soon = (dt.date.today() + dt.timedelta(days=10)).isoformat()  # the next meeting
    meeting = repo.create("meeting", {"title": "Overleg juni", "date": soon})
    repo.create(
        "agenda_item", {"meeting_id": meeting, "dossier_id": filled["dossier"], "aim": "Doel"}
    )
    install_all(window, ctx)
    actions = window.pack_actions
    assert window.pack_menu.menuAction().isVisible()
    assert actions.export_action in window.pack_menu.actions()

    actions.folder = tmp_path
    actions.export_action.trigger()
    dialog = actions.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.meeting.currentData() == meeting
    assert dialog.subject.kind.currentData() == "meeting"
    assert dialog.subject.dossier_slugs() == ()  # a meeting pack, not a dossier pack
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    result = blocker.args[0]
    assert result.path.parent == tmp_path and result.path.exists()
    assert ctx.tracker.pack is not None  # "changed since" now follows this pack


def test_pack_dialog_follows_the_interface_language(qtbot, qapp, ctx, repo, db, tmp_path):
    from briefing_app.ui.i18n import Translations
    from briefing_app.ui.packs.export_dialog import PackExportDialog

    translations = Translations(qapp)
    assert translations.install("en")
    try:
        dialog = PackExportDialog(db, repo, folder=tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Export briefing pack"
        assert dialog.edition.itemText(0) == "Public — may go to the other side"
    finally:
        translations.install("nl")  # translators are global: leave the application Dutch


def test_the_export_dialog_makes_a_pack_of_chosen_dossiers(
    qtbot, window, ctx, repo, filled, tmp_path
):
    from pypdf import PdfReader

    other = repo.create("dossier", {"slug": "jeugd", "title": "Jeugdzorg"})
    install_all(window, ctx)
    actions = window.pack_actions
    actions.folder = tmp_path
    actions.export_action.trigger()
    dialog = actions.dialog
    qtbot.addWidget(dialog)
    subject = dialog.subject
    # No meeting yet: the dialog opens on dossiers, with the dossier shown ticked already.
    assert subject.kind.currentData() == "dossiers"
    assert subject.dossier_slugs() == ("wonen",)
    subject.dossiers.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.current_request() is None and not dialog.export_button.isEnabled()
    subject.dossiers.item(0).setCheckState(Qt.CheckState.Checked)
    subject.dossiers.item(1).setCheckState(Qt.CheckState.Checked)
    request = dialog.current_request()
    assert request.meeting_id is None and request.dossier_slugs == ("wonen", "jeugd")
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
    text = "".join(page.extract_text() for page in PdfReader(blocker.args[0].path).pages)
    assert "Wonen" in text and "Jeugdzorg" in text
    assert other
