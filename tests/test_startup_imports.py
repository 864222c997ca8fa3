"""Start-up stays light: the heavy libraries load when their feature is first used, not before.

DESIGN.md asks for ReportLab only when exporting; the same holds for the bundle cryptography,
the spreadsheet reader and the PDF preview. The app is started for real (offscreen, a fresh
database) through the benchmark's first-paint hook; what Python has imported by the time it has
painted and quit is checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from briefing_app.ui.first_paint import FIRST_PAINT_ENV

HEAVY = ("reportlab", "cryptography", "openpyxl", "PySide6.QtPdf", "PySide6.QtPdfWidgets")

# Runs the app's own entry point, then reports every module loaded up to the (first) paint.
PROBE = """
import json, sys
from briefing_app.app import main
code = main(["--db", sys.argv[1]])
print(json.dumps({"exit": code, "modules": sorted(sys.modules)}))
"""


# Not before the first paint of an existing database: it is painted from a plain sqlite3
# reader, the checks (and sqlite-utils with them) follow on a worker; the version, the
# one-instance socket (QtNetwork, and hashlib with OpenSSL for its name) and the catalog wait
# for later too. Search (the finder) is made on first use; `uuid` (with `platform`) only when
# a replica id is made; `_strptime` compiles its locale's patterns on first use.
NOT_BEFORE_PAINT = (
    *HEAVY,
    "sqlite_utils",
    "importlib.metadata",
    "PySide6.QtNetwork",
    "briefing_app.services.core.catalog",
    "briefing_app.services.core.finder",
    "hashlib",
    "_hashlib",
    "uuid",
    "platform",
    "_strptime",
    # The meeting and counterpart pages, and the sections' controllers, are built (and
    # imported) when first shown.
    "briefing_app.ui.meeting_page",
    "briefing_app.ui.stakeholder_page",
    "briefing_app.ui.section",
)


def _modules_at_first_paint(tmp_path, db):
    env = {
        **os.environ,
        FIRST_PAINT_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["exit"] == 0
    loaded = report["modules"]
    assert "briefing_app.ui.main_window" in loaded  # the probe did start the app
    return loaded


def _matching(loaded, names):
    return [m for m in loaded if any(m == h or m.startswith(h + ".") for h in names)]


def test_first_paint_imports_none_of_the_heavy_libraries(tmp_path):
    # A new database: built from the dataset before the window (sqlite-utils is needed then).
    assert _matching(_modules_at_first_paint(tmp_path, tmp_path / "nieuw.db"), HEAVY) == []


def test_first_paint_of_an_existing_database_needs_no_sqlite_utils(tmp_path, default_db_copy):
    assert _matching(_modules_at_first_paint(tmp_path, default_db_copy), NOT_BEFORE_PAINT) == []
