"""Features that add themselves to the main window (packs, backups, ...).

Each module named in `WINDOW_EXTENSIONS` has a function `install(window, ctx)` that receives the
`MainWindow` and the `AppContext` once the window is built (and again when a language switch
rebuilds it). It adds menu actions with `window.add_pack_action(action)` or
`window.add_menu_action("file" | "edit" | "search" | "pack" | "help", action)`, buttons beside a
meeting with `window.add_meeting_action(action)` (the meeting page is built when first shown;
its buttons wait for it), and follows the user's choice through `window.meeting_chosen` /
`window.dossier_chosen` or `window.current_meeting_id()`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.ui.context import AppContext
    from briefing_app.ui.main_window import MainWindow

# Dotted module names, in the order their menu entries should appear.
WINDOW_EXTENSIONS: list[str] = [
    "briefing_app.ui.packs.install",
    "briefing_app.ui.meeting_mode.install",
    "briefing_app.ui.safety.menu",
]


def install_all(window: MainWindow, ctx: AppContext) -> None:
    for name in WINDOW_EXTENSIONS:
        importlib.import_module(name).install(window, ctx)
