"""Entry script of the bundled command line (`briefing`), for PyInstaller (see build.spec)."""

import sys

from briefing_app.cli import main

sys.exit(main())
