"""The entry point: --screenshot renders the main window headless; failures are one line."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from briefing_app.services.dataset.demo import DemoSpec, generate


def run_app(*args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_screenshot_renders_the_main_window_to_a_png(tmp_path):
    db = tmp_path / "demo.db"
    generate(db, DemoSpec(dossiers=3, talking_points=30))
    shot = tmp_path / "shot.png"
    result = run_app("--db", str(db), "--screenshot", str(shot), env_extra={"HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1400, 900)


def test_an_unreadable_database_is_one_clear_line(tmp_path):
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"dit is geen database" * 100)
    result = run_app("--db", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("briefing-app: ")
    assert str(bad) in result.stderr or "database" in result.stderr


def test_version_is_printed():
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("briefing-app ")


def test_screenshot_on_a_fresh_database_builds_the_default_dataset_first(tmp_path):
    db = tmp_path / "nieuw.db"
    shot = tmp_path / "eerste.png"
    result = run_app("--db", str(db), "--screenshot", str(shot), env_extra={"HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert db.exists()
    assert QImage(str(shot)).size().width() == 1400


def test_a_screenshot_is_never_written_over_the_database(tmp_path):
    db = tmp_path / "demo.db"
    generate(db, DemoSpec(dossiers=1, talking_points=1))
    before = db.read_bytes()
    result = run_app("--db", str(db), "--screenshot", str(db), env_extra={"HOME": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.startswith("briefing-app: ") and "nooit overschreven" in result.stderr
    assert db.read_bytes() == before
