"""After the start checks pass, the window's actions still work: the gate's "Database
controleren…" label, once gone, takes nothing with it. Found by walking the real app
(a dossier left on a section's tab): choosing "Bekijken als" raised on the undo action and left the lists unfiltered (the
bottom line stayed on screen under the banner of the public edition), and the toolbar's
Ongedaan maken stayed grey after an edit. Only the whole start (`app.main`) showed it, so the
test runs the real program, off screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

DRIVER = r"""
import json, sys
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from briefing_app import app as program

def window():
    return next((w for w in QApplication.topLevelWidgets() if hasattr(w, "undo_action")), None)

def check():
    w = window()
    if w is None or not w.new_item_action.isEnabled():  # the checks have not passed yet
        QTimer.singleShot(100, check)
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    said = {"undo": shiboken6.isValid(w.undo_action)}
    w.dossier_page.show_section("position")
    model = w.dossiers.sections["position"].model
    w.view_as.set_level("openbaar")
    said["levels"] = sorted({str(model.row_at(i)["classification"]) for i in range(model.rowCount())})
    print(json.dumps(said), flush=True)
    QApplication.quit()

make = program.create_application
def create(argv):
    app = make(argv)
    QTimer.singleShot(100, check)
    return app
program.create_application = create
sys.exit(program.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("tab", ["overview", "figure"])  # it went wrong on a section's tab
def test_after_the_checks_view_as_filters_and_undo_stays_usable(tmp_path, default_db_copy, tab):
    config = tmp_path / "config" / "VNG"
    config.mkdir(parents=True)
    # The dossier opens on the tab the user left it on.
    (config / "Briefing.conf").write_text(
        f"[ui]\nlanguage=en\nlast_dossier=gemeentefonds\nlast_tab\\gemeentefonds={tab}\n"
    )
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "--db", str(default_db_copy)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    said = json.loads(lines[-1])
    assert said["undo"], done.stderr
    assert said["levels"] == ["openbaar"], done.stderr
