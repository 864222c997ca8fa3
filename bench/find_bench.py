"""Find-as-you-type in meeting mode: every keystroke narrows the whole meeting's entries.

Meeting mode ("Aan tafel") is opened offscreen on a meeting; queries are typed one key at a
time through `QTest.keyClick` (the first key on the page, which opens find, the rest in the
find field), and each keystroke is timed until the result list is filled and the events are
processed. The floor is what any such list must do at the least: a bare `QListWidget` cleared
and refilled with the same result lines. The target is absolute: every keystroke under 50 ms.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.stats import Result, median, ms, timed_ms

TARGET_MS = 50.0
QUERIES = ("gemeentefonds", "abonnementstarief", "opschalingskorting", "wmo 2026", "specifieke")


def run(db_path: Path, meeting_id: str, label: str, rounds: int) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QListWidget

    from briefing_app.services.meetings.table import load_table
    from briefing_app.store.connection import connect
    from briefing_app.store.repository import Repository
    from briefing_app.ui.meeting_mode.controller import MeetingMode
    from briefing_app.ui.meeting_mode.window import MeetingModeWindow

    app = QApplication.instance() or QApplication([])
    db = connect(db_path, migrate=False, read_only=True)
    table = load_table(db, meeting_id)
    window = MeetingModeWindow()
    mode = MeetingMode(window, table, Repository(db, "bench"))
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    bare = QListWidget()
    bare.resize(1200, 700)
    bare.show()
    key_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(rounds):
        for query in QUERIES:
            for index, char in enumerate(query):
                target = window if index == 0 else window.find_field

                def press(t: object = target, c: str = char) -> None:
                    QTest.keyClick(t, c)  # type: ignore[arg-type]
                    app.processEvents()

                key_ms.append(timed_ms(press))
                lines = [f"{e.label}\n{e.text}\n{e.detail}" for e in mode.found]

                def refill(rows: list[str] = lines) -> None:
                    bare.clear()
                    bare.addItems(rows)
                    app.processEvents()

                floor_ms.append(timed_ms(refill))
            QTest.keyClick(window.find_field, Qt.Key.Key_Escape)
            app.processEvents()
    window.close()
    bare.close()
    db.close()
    key, floor, slowest = median(key_ms), median(floor_ms), max(key_ms)
    verdict = "met" if slowest < TARGET_MS else "MISSED"
    return Result(
        f"find as you type in meeting mode, {label}",
        f"median {ms(key)}, slowest {ms(slowest)}",
        f"bare list refilled {ms(floor)}",
        key / floor if floor else None,
        None,
        f"target: every keystroke under {TARGET_MS:.0f} ms ({verdict}); {len(key_ms)} keystrokes, "
        f"{len(table.entries)} findable questions, figures and talking points",
    )


def default_data() -> tuple[Path, str]:
    """The default dataset built into a scratch file, and its mid-June meeting."""
    from briefing_app.paths import dataset_dir
    from briefing_app.services.dataset.build import build_database

    folder = Path(tempfile.mkdtemp(prefix="bench-find-"))
    path = folder / "default.db"
    build_database(dataset_dir(), path)
    return path, "overleg-kabinet-juni-2024"
