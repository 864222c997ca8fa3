"""Fixtures for the desktop app: a window on an in-memory store with a small dossier."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from briefing_app.ui.context import AppContext
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path):
    store = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.user_name = "Test Gebruiker"
    return store


@pytest.fixture
def filled(repo, dossier):
    """A dossier with figures, talking points (one citing a figure) and a source."""
    source = repo.create("source", {"title": "Voorjaarsnota 2024", "kind": "nota"})
    repo.create(
        "figure",
        {
            "dossier_id": dossier,
            "key": "accres_2025",
            "label": "Accres 2025",
            "unit": "eur",
            "value": 675_000_000.0,
        },
    )
    points = [
        repo.create(
            "talking_point",
            {"dossier_id": dossier, "kind": "talking_point", "text": text, "source_id": source},
        )
        for text in (
            "Het accres daalt met {fig:accres_2025}.",
            "Gemeenten hebben structureel meer nodig.",
            "De opschalingskorting moet van tafel.",
        )
    ]
    return {"dossier": dossier, "points": points, "source": source}


@pytest.fixture
def ctx(db, settings, qapp):
    return AppContext.build(Path("test.db"), db, settings)


@pytest.fixture
def window(qtbot, ctx, filled):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.open_first()
    return main


@pytest.fixture
def points_section(window):
    """The talking points section of the open dossier, shown."""
    window.dossier_page.show_section("talking_point")
    return window.dossiers.sections["talking_point"]
