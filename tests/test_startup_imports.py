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


def test_first_paint_imports_none_of_the_heavy_libraries(tmp_path):
    env = {
        **os.environ,
        FIRST_PAINT_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "nieuw.db")],
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
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []
