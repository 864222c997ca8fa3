"""Type-ahead search runs off the window's thread, and the newest question wins."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from briefing_app.services.core.finder import FinderService, SearchFilters
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository
from briefing_app.ui.search_dialog import DEBOUNCE_MS, SearchDialog
from briefing_app.ui.search_runner import SearchRunner


def file_finder(db_file):
    db = connect(db_file)
    repo = Repository(db)
    dossier = next(db.query("SELECT id FROM dossiers"))["id"]
    for word in ("opschalingskorting", "opschaling", "ravijnjaar"):
        repo.create("talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": word})
    return db, FinderService(db, lambda: connect(db_file, migrate=False, read_only=True))


def test_only_the_newest_question_is_answered(qtbot, db_file):
    db, finder = file_finder(db_file)
    runner = SearchRunner(finder)
    answered = []
    runner.answered.connect(lambda serial, groups, total: answered.append((serial, total)))
    threads = []
    runner.answered.connect(lambda *_: threads.append(threading.current_thread()))
    for text in ("o", "op", "opschaling", "ravijn"):
        last = runner.ask(text, SearchFilters(), 60)
    qtbot.waitUntil(lambda: any(serial == last for serial, _ in answered), timeout=5000)
    runner.shut_down()
    assert [serial for serial, _ in answered] == [last]  # older answers were never shown
    assert answered[-1][1] == 1  # 'ravijn' matches one talking point
    db.close()


def test_the_worker_uses_its_own_connection(qtbot, db_file):
    db, finder = file_finder(db_file)
    worker = finder.for_worker()
    try:
        assert worker.db.conn is not db.conn
        assert worker.find_with_count("ravijnjaar")[1] == 1
    finally:
        worker.db.close()
        db.close()


def test_typing_shows_answers_from_the_worker(qtbot, db_file):
    db, finder = file_finder(db_file)
    dialog = SearchDialog(finder)
    qtbot.addWidget(dialog)
    assert dialog.runner is not None
    qtbot.keyClicks(dialog.field, "opschaling")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=DEBOUNCE_MS * 20)
    assert len(dialog.model.groups()[0].rows) == 2
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.chosen is not None
    db.close()
