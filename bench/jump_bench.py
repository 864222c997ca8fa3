"""Jumping to a row deep in a large dossier, as search, history and links do in the app.

The real main window (offscreen) is opened on a generated database with four dossiers of about
25,000 talking points each; each jump goes through `MainWindow.jump_to` (the path of Enter in
search, of undo revealing what it changed and of a counterpart's links) to a row at a chosen
depth, alternating between dossiers so that half the jumps also switch dossier. A jump is
timed until the row is selected, scrolled to and shown in the form, with the events processed.
The floor is what any jump must do at the least: read the page of 200 rows that holds the row
with plain `sqlite3`, in the list's own order. The target is absolute: under 200 ms a jump.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from bench.stats import Result, median, ms, timed_ms

TARGET_MS = 200.0
DEPTHS = (10, 250, 4_728, 20_000, 20_191)
PAGE = 200


def _targets(db: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(item id, dossier id, depth) for each depth in the two largest dossiers."""
    dossiers = [
        r[0]
        for r in db.execute(
            "SELECT dossier_id FROM talking_points GROUP BY dossier_id ORDER BY count(*) DESC "
            "LIMIT 2"
        )
    ]
    sql = (
        "SELECT id FROM talking_points WHERE dossier_id = ? ORDER BY sort_order, rowid "
        "LIMIT 1 OFFSET ?"
    )
    found = []
    for depth in DEPTHS:
        for dossier in dossiers:
            row = db.execute(sql, [dossier, depth]).fetchone()
            if row is not None:
                found.append((row[0], dossier, depth))
    return found


def run(db_path: Path, label: str, rounds: int) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.store.connection import connect
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    plain = sqlite3.connect(str(db_path))
    targets = _targets(plain)
    db = connect(db_path, migrate=False, read_only=True)
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
        window = MainWindow(AppContext.build(db_path, db, settings))
        window.resize(1400, 900)
        window.show()
        window.open_first()
        app.processEvents()
        section = window.dossiers.sections["talking_point"]

        def jump(item_id: str, dossier: str) -> None:
            if not window.jump_to("talking_points", item_id, dossier):
                raise RuntimeError(f"jump to {item_id} failed")
            app.processEvents()
            if section.selected_id() != item_id:
                raise RuntimeError(f"jump to {item_id} selected {section.selected_id()}")

        page_sql = (
            "SELECT * FROM talking_points WHERE dossier_id = ? ORDER BY sort_order, rowid "
            "LIMIT ? OFFSET ?"
        )
        app_ms: list[float] = []
        floor_ms: list[float] = []
        per_depth: dict[int, list[float]] = {}
        for _ in range(rounds):
            for item_id, dossier, depth in targets:
                app_ms.append(timed_ms(lambda i=item_id, d=dossier: jump(i, d)))
                per_depth.setdefault(depth, []).append(app_ms[-1])
                offset = depth - depth % PAGE
                floor_ms.append(
                    timed_ms(
                        lambda d=dossier, o=offset: plain.execute(page_sql, [d, PAGE, o]).fetchall()
                    )
                )
        window.close()
    db.close()
    plain.close()
    app_median, floor = median(app_ms), median(floor_ms)
    slowest = max(app_ms)
    verdict = "met" if slowest < TARGET_MS else "MISSED"
    depths = ", ".join(f"{d:,}: {ms(median(v))}" for d, v in sorted(per_depth.items()))
    return Result(
        f"jump to a row, {label}",
        f"median {ms(app_median)}, slowest {ms(slowest)}",
        f"plain sqlite3 page read {ms(floor)}",
        app_median / floor,
        None,
        f"target: every jump under {TARGET_MS:.0f} ms ({verdict}); "
        f"{len(app_ms)} jumps, half switch dossier; median by depth: {depths}",
    )
