"""What a command needs: the database it works on, opened once, and a way to fail cleanly."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import sqlite_utils

from briefing_app.paths import database_path


class CliError(Exception):
    """An expected failure: printed as one line, exit code ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """Lazily opens the database named by --db, $BRIEFING_DB or the default location."""

    def __init__(self, db_option: str | None) -> None:
        self.db_path: Path = database_path(db_option)
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = self.open()
        return self._db

    def open(self) -> sqlite_utils.Database:
        from briefing_app.services.workspace import WorkspaceError, open_workspace

        try:
            return open_workspace(self.db_path)
        except WorkspaceError as exc:
            raise CliError(str(exc)) from exc

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
