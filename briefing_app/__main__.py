"""`python -m briefing_app` starts the desktop app."""

from briefing_app.app import main

raise SystemExit(main())
