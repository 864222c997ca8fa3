"""Dutch by default, English by choice, through Qt's translation system (.ts sources, .qm shipped)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefing_app.app import Shell
from briefing_app.paths import resource
from briefing_app.ui.i18n import Translations
from briefing_app.ui.settings_dialog import SettingsDialog, SettingsResult

TS = resource("translations", "briefing_en.ts")


@pytest.fixture
def translations(qapp):
    installed = Translations(qapp)
    installed.install("nl")
    yield installed
    installed.install("nl")  # translators are global to the application: leave it Dutch


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_app_is_dutch_by_default(qtbot, ctx, filled, translations):
    shell = Shell(ctx, translations)
    qtbot.addWidget(shell.window)
    assert menu_titles(shell.window) == ["&Bestand", "Be&werken", "&Zoeken", "&Pakket", "&Help"]
    assert shell.window.dossier_page.tabs.tabText(3) == "Spreekpunten (3)"


def test_choosing_english_in_the_settings_switches_the_window(
    qtbot, ctx, filled, translations, monkeypatch
):
    shell = Shell(ctx, translations)
    qtbot.addWidget(shell.window)

    def choose_english(cls, parent, settings):
        settings.language = "en"
        return SettingsResult(settings.user_name, "en", language_changed=True)

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(choose_english))
    shell.window.settings_action.trigger()
    window = shell.window
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&Edit", "&Search", "&Pack", "&Help"]
    assert window.dossier_page.tabs.tabText(3) == "Talking points (3)"
    section = window.dossiers.sections["talking_point"]
    assert section.model.headerData(2, Qt.Orientation.Horizontal) == "Classification"
    assert ctx.settings.language == "en"


def test_every_text_in_the_code_is_in_the_translation_source_and_translated(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    # Every module: the interface's texts and the messages services return.
    sources = sorted(map(str, (root / "briefing_app").rglob("*.py")))
    subprocess.run(
        [lupdate, *sources, "-tr-function-alias", "tr+=_tr", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert _sources(fresh) <= _sources(TS), "run tools/update_translations and translate"
    unfinished = [
        m.find("source").text
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def _sources(path):
    return {m.find("source").text for m in ET.parse(path).getroot().iter("message")}
