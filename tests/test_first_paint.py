"""The start-up benchmark's hook: the app reports its first painted window, then quits."""

from __future__ import annotations

import os
import subprocess
import sys

from briefing_app.ui.first_paint import FIRST_PAINT_ENV, MARKER


def test_the_app_reports_its_first_paint_and_exits(db_file, tmp_path):
    env = {
        **os.environ,
        FIRST_PAINT_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--db", str(db_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [MARKER]
