"""The desktop app's entry point: `briefing-app [--db PATH] [--screenshot FILE.png]`.

Sets up Qt (high-DPI rounding, Fusion style, bundled fonts, palette, translations) and shows
the main window. An existing plain database is painted at once from a plain `sqlite3` reader
(`store.reader`: no sqlite-utils before the first paint); the start checks of
`services.workspace` run right after, on a worker, while the window says "Database
controleren…" and takes no edits (`ui.safety.checking`). A new, encrypted or unreadable file
is opened the full way first (the first start builds the default dataset). A database that
cannot be opened is one clear Dutch message, not a traceback. An encrypted database shows the
lock screen first (`ui.lock`): nothing can be read before the passphrase. `--screenshot` renders the main
window with the first dossier selected to a PNG and exits, after the checks; it works headless
(QT_QPA_PLATFORM=offscreen) for documentation and smoke tests.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app import APP_NAME, ORGANIZATION
from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template, message_of
from briefing_app.paths import database_path
from briefing_app.store.reader import open_reader, schema_steps
from briefing_app.ui import theme
from briefing_app.ui.context import AppContext
from briefing_app.ui.extensions import install_all
from briefing_app.ui.first_paint import FIRST_PAINT_ENV, after_first_paint, quit_after_first_paint
from briefing_app.ui.i18n import Translations
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.safety.banner import install_banner
from briefing_app.ui.safety.checking import EditingGate, StartChecks
from briefing_app.ui.safety.single_instance import SingleInstance
from briefing_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from briefing_app.services.core.workspace import Workspace
    from briefing_app.store.reader import Reader
    from briefing_app.ui.lock.controller import LockController

SCREENSHOT_SIZE = QSize(1400, 900)
EXIT_OK, EXIT_FAILED = 0, 1
ALREADY_OPEN = Template(
    "app.already_open",
    QT_TRANSLATE_NOOP(
        "messages",
        "Briefing heeft deze database al open in een ander venster, maar dat venster reageert "
        "niet. Sluit het en probeer het opnieuw.",
    ),
)()


def build_parser() -> argparse.ArgumentParser:
    from briefing_app.arguments import DutchArgumentParser, VersionAction

    parser = DutchArgumentParser(
        prog="briefing-app", description="Briefing: het bureaublad voor de VNG-delegatie."
    )
    parser.add_argument("--db", metavar="PAD", help="de database (standaard: de gegevensmap)")
    parser.add_argument(
        "--screenshot",
        metavar="BESTAND.png",
        help="maak een schermafdruk van het hoofdvenster en stop",
    )
    parser.add_argument(
        "--bekijken-als",
        choices=("openbaar", "intern", "vertrouwelijk"),
        metavar="EDITIE",
        help="open alles zoals deze editie het zou tonen, alleen lezen (openbaar, intern, "
        "vertrouwelijk)",
    )
    parser.add_argument("--version", action=VersionAction)
    return parser


class Shell:
    """Owns the main window; rebuilds it when the user switches language or unlocks."""

    def __init__(
        self,
        ctx: AppContext,
        translations: Translations,
        notices: Sequence[str] = (),
        *,
        checking: bool = False,
        lock: LockController | None = None,
    ) -> None:
        self.ctx = ctx
        self.translations = translations
        self.notices = list(notices)  # read-only, network share: shown as a banner
        self.gate: EditingGate | None = None
        self.checking = checking  # the start checks still run: no edits
        self.lock: LockController | None = None
        self.window = self._build()
        if lock is not None:
            self.attach_lock(lock)
        # Labels styled at creation keep the colours of their time: a new scheme, a new window.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    @staticmethod
    def opener(
        settings: AppSettings, translations: Translations, view_as: str | None = None
    ) -> Callable[..., Shell]:
        """Makes the shell for a database (a checked one, or the plain reader), shown as the
        edition ``view_as`` when one is given (`--bekijken-als`)."""

        def open_shell(path: Path, db: object, **options: Any) -> Shell:
            shell = Shell(AppContext.build(path, db, settings), translations, **options)  # type: ignore[arg-type]
            if view_as:
                shell.window.view_as.set_level(view_as)  # a rebuilt window keeps it
            return shell

        return open_shell

    def _build(self) -> MainWindow:
        window = MainWindow(self.ctx)
        window.language_requested.connect(self.switch_language)
        install_all(window, self.ctx)
        if self.lock is not None:
            self._install_lock(window)
        install_banner(window, self.notices)
        if self.checking:
            self.gate = EditingGate(window)
        geometry = self.ctx.settings.geometry()
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(SCREENSHOT_SIZE)
        window.open_first()
        return window

    def checks_passed(self, notices: Sequence[str], *, reload: bool) -> None:
        """The database is checked: editing opens; a migrated schema means a fresh window."""
        self.checking = False
        self.notices = list(notices)
        if reload:
            self.rebuild()
            return
        install_banner(self.window, self.notices)
        if self.gate is not None:
            self.gate.open()
            self.gate = None

    def attach_lock(self, lock: LockController) -> None:
        """The lock, the screen shield and encryption in the settings (after the checks)."""
        self.lock = lock
        lock.locking.connect(self.close_database)
        lock.unlocked.connect(self.reopen)
        self._install_lock(self.window)

    def _install_lock(self, window: MainWindow) -> None:
        assert self.lock is not None
        self.lock.install(window)
        window.settings_saved.connect(self._on_window_settings_saved)
        window.encryption_requested.connect(self._on_window_encryption_requested)

    def close_database(self) -> None:
        """Close the window (a field being typed in saves first) and the connection."""
        self.window.close()
        self.window.deleteLater()
        self.ctx.db.close()

    def reopen(self, workspace: Workspace) -> None:
        """A new window on the database opened again (after unlocking or converting): the
        same services and undo history, reading and writing through the new connection."""
        self.ctx.attach(workspace.db)
        self.window = self._build()
        self.window.show()

    def _on_window_settings_saved(self) -> None:
        if self.lock is not None:
            self.lock.set_idle_minutes(self.ctx.settings.lock_minutes)
            self.lock.refresh(self.window)

    def _on_window_encryption_requested(self) -> None:
        from briefing_app.ui.lock.conversion import convert_in_app

        convert_in_app(self)

    def switch_language(self, language: str) -> None:
        self.translations.install(language)
        self.rebuild()

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        theme.apply_palette(QApplication.instance())  # type: ignore[arg-type]
        self.rebuild()

    def rebuild(self) -> None:
        """A new main window in place of the old one (same database, same undo history)."""
        old = self.window
        self.window = self._build()
        self.window.show()
        old.close()
        old.deleteLater()


def create_application(argv: Sequence[str]) -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    theme.apply(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    app = create_application([sys.argv[0]])
    settings = AppSettings(QSettings())
    translations = Translations(app)
    translations.install(settings.language)
    path = database_path(args.db)
    instance = SingleInstance(path)
    if not args.screenshot and not instance.acquire(listen=False):
        if instance.notify_running():  # the other window comes to the front instead
            return EXIT_OK
        return _fail(ALREADY_OPEN, show_dialog=True)
    reader = None if args.screenshot else open_reader(path)
    try:
        opener = Shell.opener(settings, translations, args.bekijken_als)
        if reader is None:
            return _checked_first(app, path, instance, opener, args, settings)
        return _painted_first(app, path, reader, instance, opener, settings)
    finally:
        QThreadPool.globalInstance().waitForDone()  # the checks or the backup still running
        instance.release()


def _painted_first(
    app: QApplication,
    path: Path,
    reader: Reader,
    instance: SingleInstance,
    open_shell: Callable[..., Shell],
    settings: AppSettings,
) -> int:
    """The window at once from the plain reader; the start checks right after its first paint."""
    shell = open_shell(path, reader, checking=True)
    instance.raise_requested.connect(lambda: _bring_to_front(shell.window))
    shell.window.show()
    if os.environ.get(FIRST_PAINT_ENV):  # the start-up benchmark ends at the first paint
        quit_after_first_paint(shell.window)
        return app.exec()
    interactive = QGuiApplication.platformName() not in ("offscreen", "minimal")
    checks = start_checks(shell, reader, path, interactive=interactive)
    kept: list[object] = []  # the day's backup task, until it reports

    def passed(workspace: Workspace) -> None:
        from briefing_app.ui.safety.startup import start_daily_backup

        kept.append(start_daily_backup(shell.window, workspace))
        shell.attach_lock(_lock_controller(path, settings, interactive=interactive))

    def failed(message: str) -> None:
        shell.window.hide()
        _fail(message, show_dialog=interactive)
        app.exit(EXIT_FAILED)

    def painted() -> None:
        instance.listen()  # a second start now brings this window to the front
        checks.start()

    checks.passed.connect(passed)
    checks.failed.connect(failed)
    after_first_paint(shell.window, painted)
    return app.exec()


def start_checks(shell: Shell, reader: Reader, path: Path, *, interactive: bool) -> StartChecks:
    """The start checks for a window painted from ``reader`` (call `start()` after its first
    paint): when they pass, the services switch to the checked database and editing opens."""
    checks = StartChecks(path, reader, interactive=interactive, window=lambda: shell.window)
    seen = schema_steps(reader)

    def passed(workspace: Workspace) -> None:
        from briefing_app.ui.safety.startup import notices

        shell.ctx.attach(workspace.db)
        reader.close()
        changed = checks.recovered or schema_steps(workspace.db) != seen  # restored, migrated
        shell.checks_passed(notices(workspace), reload=changed)

    checks.passed.connect(passed)
    return checks


def _checked_first(
    app: QApplication,
    path: Path,
    instance: SingleInstance,
    open_shell: Callable[..., Shell],
    args: argparse.Namespace,
    settings: AppSettings,
) -> int:
    """A new, encrypted or unreadable file (or a screenshot): checks first, then the window.

    An encrypted file shows the lock screen first (unless $BRIEFING_DB_PASSPHRASE holds the
    passphrase); a new one may be created encrypted (offered at the first start).
    """
    from briefing_app.services.core.workspace import WorkspaceError
    from briefing_app.ui.safety.startup import notices, start_daily_backup

    lock = _lock_controller(path, settings, interactive=_interactive(args))
    try:
        # The day's backup is made after the window is shown (start_daily_backup): a large
        # database must not delay the start.
        workspace = _open(path, lock, interactive=_interactive(args))
    except WorkspaceError as exc:
        return _fail(message_of(exc), show_dialog=_interactive(args))
    if workspace is None:  # the lock screen was closed
        return EXIT_OK
    shell = open_shell(path, workspace.db, notices=notices(workspace), lock=lock)
    if args.screenshot:
        from briefing_app.store.output_paths import refusal

        refused = refusal(Path(args.screenshot), path)
        if refused:  # a PNG over the database would destroy it
            return _fail(refused, show_dialog=False)
        return screenshot(shell.window, Path(args.screenshot))
    instance.listen()
    instance.raise_requested.connect(lambda: _bring_to_front(shell.window))
    shell.window.show()
    backup_task = start_daily_backup(shell.window, workspace)  # noqa: F841  # kept until it reports
    if os.environ.get(FIRST_PAINT_ENV):  # the start-up benchmark (bench/startup_bench.py)
        quit_after_first_paint(shell.window)
    return app.exec()


def _bring_to_front(window: MainWindow) -> None:
    from briefing_app.ui.safety.startup import bring_to_front  # the workspace: not at start

    bring_to_front(window)


def _lock_controller(path: Path, settings: AppSettings, *, interactive: bool) -> LockController:
    from briefing_app.ui.lock.controller import LockController  # the workspace: not at start
    from briefing_app.ui.safety.startup import open_with_recovery

    return LockController(
        path,
        lambda: open_with_recovery(path, interactive=interactive, daily_backup=False),
        settings.lock_minutes,
    )


def _open(path: Path, lock: LockController, *, interactive: bool) -> Workspace | None:
    """The workspace; an encrypted database first shows the lock screen (its first paint),
    unless $BRIEFING_DB_PASSPHRASE holds the passphrase. A new database may be encrypted."""
    from briefing_app.services.core.workspace import WorkspaceError
    from briefing_app.store import cipher
    from briefing_app.ui.safety.startup import open_with_recovery

    if cipher.is_encrypted(path):
        secret = os.environ.get(cipher.PASSPHRASE_ENV)
        if not secret and not interactive:
            raise WorkspaceError(f"{cipher.NEEDED} Zet het in ${cipher.PASSPHRASE_ENV}.")
        if not secret:
            return lock.wait_for_unlock()
        cipher.unlock(secret)
    elif interactive:
        from briefing_app.ui.lock.conversion import offer_at_first_start

        offer_at_first_start(path)
    return open_with_recovery(path, interactive=interactive, daily_backup=False)


def _interactive(args: argparse.Namespace) -> bool:
    return not args.screenshot and QGuiApplication.platformName() not in ("offscreen", "minimal")


def screenshot(window: MainWindow, target: Path) -> int:
    """Render the window at a documented size to ``target`` (PNG)."""
    window.resize(SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):  # let layouts and deferred paints settle
        QApplication.processEvents()
    QTimer.singleShot(0, lambda: None)
    QApplication.processEvents()
    image = window.grab()
    from briefing_app.store.errors import describe_os_error

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(
            f"De map voor {target} kan niet worden gemaakt: {describe_os_error(exc)}.",
            show_dialog=False,
        )
    if not image.save(str(target), "PNG"):
        return _fail(f"De schermafdruk kan niet worden opgeslagen in {target}.", show_dialog=False)
    window.close()
    return EXIT_OK


def _fail(message: str, *, show_dialog: bool) -> int:
    """Say why the app stops: on stderr as it is (Dutch), in the dialog in the interface language."""
    print(f"briefing-app: {message}", file=sys.stderr)
    if show_dialog and QGuiApplication.platformName() not in ("offscreen", "minimal"):
        from briefing_app.ui.messages import translated

        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, translated(message))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
