"""What a command needs: the database it works on, opened once, and a way to fail cleanly."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from briefing_app.paths import database_path

if TYPE_CHECKING:
    from briefing_app.services.core.workspace import Workspace


class CliError(Exception):
    """An expected failure: printed as one line, exit code ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """Lazily opens the database named by --db, $BRIEFING_DB or the default location."""

    def __init__(self, db_option: str | None) -> None:
        self.db_path: Path = database_path(db_option)
        # The default location and $BRIEFING_DB (configured once) are created on first use;
        # a folder typed in --db is not: a typo should not quietly grow a tree of folders.
        self.explicit = bool(db_option)
        self._db: sqlite_utils.Database | None = None
        self.workspace: Workspace | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = self.open()
        return self._db

    def open(self) -> sqlite_utils.Database:
        from briefing_app.services.core.workspace import WorkspaceError, start_workspace

        folder = self.db_path.parent
        if self.explicit and not self.db_path.exists() and not folder.is_dir():
            raise CliError(
                f"De map {folder} bestaat niet; maak haar eerst aan of kies een andere plaats "
                "voor de database."
            )
        try:
            self.workspace = start_workspace(self.db_path)
        except WorkspaceError as exc:
            raise CliError(str(exc)) from exc
        # Said on stderr so that --json output on stdout stays clean.
        for warning in self.workspace.warnings:
            print(f"briefing: {warning}", file=sys.stderr)
        if self.workspace.read_only:
            print(f"briefing: {self.workspace.read_only_message}", file=sys.stderr)
        return self.workspace.db

    def require_writable(self) -> sqlite_utils.Database:
        """The database, for a command that writes: refused at once when it is read-only."""
        db = self.db
        if self.workspace is not None and self.workspace.read_only:
            raise CliError(f"Kan niet schrijven: {self.workspace.read_only_message}")
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def print_json(data: object) -> None:
    from briefing_app.cli.output import raw

    out = raw(sys.stdout)  # JSON escapes control characters itself and stays byte-exact
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
