"""Entry script of the bundled desktop app (`briefing-app`), for PyInstaller (see build.spec)."""

import sys

from briefing_app.app import main

sys.exit(main())
