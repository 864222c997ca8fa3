"""Guard against the PySide6 bug that aborts the app: lost references to None on setText.

PySide6 6.12.0 on CPython 3.11 drops one reference to `None` on every `QLabel.setText`,
`QLineEdit.setText` or `QPlainTextEdit.setPlainText`; after a few thousand calls the process dies
with "Fatal Python error: none_dealloc". The pinned version must survive 20,000 such calls. It
runs in a subprocess because the failure is a hard abort that would take pytest down with it.
"""

import os
import subprocess
import sys
import textwrap

CALLS = 20_000
# A correct binding keeps the count steady; the bug loses one per call, so thousands.
TOLERATED_DROP = 100

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

    app = QApplication([])
    label, line, plain = QLabel(), QLineEdit(), QPlainTextEdit()
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        text = str(i)
        label.setText(text)
        line.setText(text)
        plain.setPlainText(text)
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_twenty_thousand_set_text_calls_keep_none_alive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, f"the Qt process died: {done.stderr[-2000:]}"
    before, after = (int(n) for n in done.stdout.split()[-2:])
    assert before - after < TOLERATED_DROP, f"None lost {before - after} references"
