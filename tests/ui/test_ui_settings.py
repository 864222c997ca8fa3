"""Settings (name in revisions, window geometry, last dossier), bundled fonts, palettes."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from briefing_app.app import Shell
from briefing_app.ui import theme
from briefing_app.ui.i18n import Translations
from briefing_app.ui.settings_dialog import SettingsDialog, SettingsResult


def test_the_name_from_the_settings_is_recorded_with_every_change(
    qtbot, window, filled, monkeypatch, db
):
    def rename(cls, parent, settings):
        settings.user_name = "Anna de Vries"
        return SettingsResult("Anna de Vries", settings.language, language_changed=False)

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(rename))
    window.settings_action.trigger()
    window.ctx.edits.update("talking_point", filled["points"][0], {"text": "Door Anna"})
    last = db.execute("SELECT changed_by FROM revisions ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "Anna de Vries"
    assert "Anna de Vries" in window.user_label.text()


def test_the_settings_dialog_shows_and_returns_the_choices(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.user_name.text() == "Test Gebruiker"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.user_name.setText("  Piet  ")
    result = dialog.result_values()
    assert result == SettingsResult("Piet", "en", True, settings.lock_minutes)


def test_geometry_and_last_dossier_survive_a_restart(qtbot, ctx, filled, qapp, repo):
    other = repo.create("dossier", {"slug": "jeugd", "title": "Jeugdzorg"})
    translations = Translations(qapp)
    shell = Shell(ctx, translations)
    qtbot.addWidget(shell.window)
    shell.window.navigator.select("dossier", other)
    shell.window.resize(701, 503)  # within the offscreen screen
    shell.window.close()
    again = Shell(ctx, translations)
    qtbot.addWidget(again.window)
    assert again.window.current_dossier_id() == other
    assert (again.window.width(), again.window.height()) == (701, 503)


def test_bundled_fonts_are_registered_and_used(qapp):
    assert "Noto Sans" in theme.register_fonts()
    theme.apply(qapp)
    assert QApplication.font().family() == "Noto Sans"
    assert qapp.style().name().lower() == "fusion"


def test_light_and_dark_palettes_differ_where_it_matters():
    light, dark = theme.light_palette(), theme.dark_palette()
    role = QPalette.ColorRole
    assert light.color(role.Base).lightness() > 200 > dark.color(role.Base).lightness()
    assert dark.color(role.Text).lightness() > 200 > light.color(role.Text).lightness()
