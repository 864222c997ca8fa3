"""The window paints from a plain reader first; the start checks run right after, on a worker.

Until they pass the window says "Database controleren…" and takes no edits; then the services
read and write through the checked database. A damage the checks find after the first paint is
handled as before: the file is set aside and the start ends with the message.
"""

from __future__ import annotations

import shutil

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from briefing_app.app import Shell, start_checks
from briefing_app.store.reader import Reader, open_reader
from briefing_app.ui.context import AppContext
from briefing_app.ui.i18n import Translations


def _status_texts(window):
    return [x.text() for x in window.statusBar().findChildren(QLabel) if x.isVisibleTo(window)]


def _shell(qtbot, path, settings):
    reader = open_reader(path)
    assert isinstance(reader, Reader)
    shell = Shell(
        AppContext.build(path, reader, settings),
        Translations(QApplication.instance()),
        checking=True,
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    # The gate watches the application's input from the window's first paint on.
    qtbot.waitUntil(lambda: shell.gate.watching)
    return shell, reader


def _title_field(window):
    return window.dossier_page.overview.form.editor("title")


def test_the_window_shows_checking_and_takes_no_edits_until_the_checks_pass(
    qtbot, default_db_copy, settings
):
    shell, reader = _shell(qtbot, default_db_copy, settings)
    window = shell.window
    title = _title_field(window)
    before = title.text()
    assert before  # painted from the reader: the first dossier is shown
    assert "Database controleren…" in _status_texts(window)
    assert not window.new_item_action.isEnabled()
    assert window.quit_action.isEnabled() and window.search_action.isEnabled()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " extra")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == before
    assert isinstance(shell.ctx.db, Reader)

    checks = start_checks(shell, reader, default_db_copy, interactive=False)
    with qtbot.waitSignal(checks.passed, timeout=30000):
        checks.start()

    assert isinstance(shell.ctx.db, sqlite_utils.Database)
    assert shell.ctx.listing.db is shell.ctx.db and shell.ctx.repo.db is shell.ctx.db
    assert "Database controleren…" not in _status_texts(window)
    assert window.new_item_action.isEnabled()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " extra")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    dossier = window.current_dossier_id()
    saved = shell.ctx.db.execute("SELECT title FROM dossiers WHERE id = ?", [dossier]).fetchone()
    assert saved[0] == before + " extra"
    shell.ctx.db.close()


def test_damage_found_after_the_first_paint_sets_the_file_aside_and_says_so(
    qtbot, default_db_copy, settings
):
    shell, reader = _shell(qtbot, default_db_copy, settings)
    data = bytearray(default_db_copy.read_bytes())
    data[4096 * 20 : 4096 * 22] = b"\x00\x13" * 4096  # pages the first screen did not read
    default_db_copy.write_bytes(bytes(data))
    checks = start_checks(shell, reader, default_db_copy, interactive=False)
    with qtbot.waitSignal(checks.failed, timeout=30000) as failed:
        checks.start()
    message = failed.args[0]
    assert "beschadigd" in message and "apart gezet" in message
    assert not default_db_copy.exists()
    assert list(default_db_copy.parent.glob("briefing.db.beschadigd-*"))
    assert "Database controleren…" in _status_texts(shell.window)  # never opened for edits
    reader.close()


def test_a_file_the_reader_cannot_paint_from_is_opened_the_full_way(tmp_path, default_db_copy):
    assert open_reader(tmp_path / "nieuw.db") is None  # the first start builds the dataset
    (tmp_path / "tekst.db").write_text("geen database\n" * 100)
    assert open_reader(tmp_path / "tekst.db") is None
    plain = tmp_path / "plain.db"
    shutil.copyfile(default_db_copy, plain)
    reader = open_reader(plain)
    assert reader is not None
    reader.close()
