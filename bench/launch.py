"""Start one program, time it to its first paint, report that and its peak memory as JSON.

`python bench/launch.py COMMAND...` prints `{"seconds": …, "peak_kb": …, "exit": …, "error": …}`.
The start-up benchmark runs every measured program through this small launcher rather than
starting it itself, because Linux counts in a child's `ru_maxrss` the memory of the process it
was forked from: a program started by the benchmark runner (hundreds of MB after generating a
database) would seem to use at least that much. Forked from this launcher (about 10 MB), the
figure is the program's own. It imports nothing of Briefing or Qt.
"""

import json
import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    command = sys.argv[1:]
    with tempfile.TemporaryFile(mode="w+") as errors:  # a file, so a chatty stderr never blocks
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        seconds = time.perf_counter() - started
        proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        error = errors.read()[-800:]
    painted = line.strip() == "first-paint"
    print(
        json.dumps(
            {
                "seconds": seconds if painted else None,
                "peak_kb": usage.ru_maxrss,
                "exit": proc.returncode,
                "error": "" if painted else error,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
