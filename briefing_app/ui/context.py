"""What the windows of one open database share: its services, the edit controller, settings.

Built once by the entry point; each class takes from it only the service it needs (never the
main window). Search (`finder`, with the figure book) is made on first use: the first window
does not search, and its modules are start-up time. `ChangeTracker` holds the moment that "changed since" marks compare against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefing_app.services.core.changes import (
    Moment,
    database_started,
    last_pack_moment,
    moment_from_date,
)
from briefing_app.services.core.history import HistoryService
from briefing_app.services.core.listing import ListingService
from briefing_app.store.repository import Repository
from briefing_app.ui.editing import EditController
from briefing_app.ui.settings import AppSettings

if TYPE_CHECKING:
    import sqlite_utils

    from briefing_app.services.core.finder import FinderService

DEFAULT_LOOKBACK_DAYS = 7


class ChangeTracker(QObject):
    """The moment items count as "changed since"; by default the last pack of the next meeting."""

    moment_changed = Signal(str)

    def __init__(self, db: sqlite_utils.Database, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.pack: Moment | None = None
        self.since = ""
        self.chosen = False  # True while the user's own date is the baseline
        self.refresh()

    def refresh(self) -> None:
        """Work out the moment again (after a pack was exported, or the user chose a date)."""
        today = dt.date.today()
        self.pack = last_pack_moment(self.db, today)
        chosen = self.settings.changed_since
        self.chosen = bool(chosen)
        if chosen:
            since = moment_from_date(dt.date.fromisoformat(chosen))
        elif self.pack is not None:
            since = self.pack.at
        else:  # no pack yet: the last week, but not what came with a database made this week
            since = moment_from_date(today - dt.timedelta(days=DEFAULT_LOOKBACK_DAYS))
            started = database_started(self.db)
            if started and started > since:
                since = started
        if since != self.since:
            self.since = since
            self.moment_changed.emit(since)

    def choose_date(self, day: dt.date | None) -> None:
        """The user picked a date; None goes back to the default."""
        self.settings.changed_since = day.isoformat() if day else None
        self.refresh()


@dataclass
class AppContext:
    db_path: Path
    db: sqlite_utils.Database
    settings: AppSettings
    repo: Repository
    edits: EditController
    listing: ListingService
    history: HistoryService
    tracker: ChangeTracker
    _finder: FinderService | None = field(default=None, repr=False)

    @property
    def finder(self) -> FinderService:
        """Search, made on first use, showing the edition the listing shows."""
        if self._finder is None:
            from briefing_app.services.core.finder import FinderService

            self._finder = FinderService(self.db, _reader_of(self.db_path, self.db))
            self._finder.set_edition(self.listing.edition)
        return self._finder

    def attach(self, db: sqlite_utils.Database) -> None:
        """Read and write through ``db`` from now on (the checked database after the start
        checks; until then the services read through a plain reader, see `store.reader`)."""
        self.db = db
        for service in (self.repo, self.listing, self.history, self._finder, self.tracker):
            if service is not None:
                service.db = db

    @classmethod
    def build(cls, db_path: Path, db: sqlite_utils.Database, settings: AppSettings) -> AppContext:
        repo = Repository(db, user=settings.user_name)
        return cls(
            db_path=db_path,
            db=db,
            settings=settings,
            repo=repo,
            edits=EditController(repo),
            listing=ListingService(db),
            history=HistoryService(db),
            tracker=ChangeTracker(db, settings),
        )


def _reader_of(
    db_path: Path, db: sqlite_utils.Database
) -> Callable[[], sqlite_utils.Database] | None:
    """How the search worker opens its own read connection (None: only in memory)."""
    if str(db_path) == ":memory:" or not Path(db_path).is_file():
        return None
    files = [f for _, name, f in db.execute("PRAGMA database_list").fetchall() if name == "main"]
    if not files or not files[0]:  # a private copy in memory (a read-only folder)
        return None

    def open_reader() -> sqlite_utils.Database:
        from briefing_app.store.connection import connect  # not before the first paint

        return connect(db_path, migrate=False, read_only=True)

    return open_reader
