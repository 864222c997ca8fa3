"""Soundness of a store: SQLite's own integrity and foreign-key checks, the search index
(FTS5's own integrity check, see `search_health`) and the schema version."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from briefing_app.store.migrations import latest_version, schema_version
from briefing_app.store.search_health import NotChecked, index_problem


@dataclass
class IntegrityReport:
    schema_version: int
    latest_version: int
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth saying, not a fault

    @property
    def sound(self) -> bool:
        return not self.problems


def check(db: sqlite_utils.Database) -> IntegrityReport:
    report = IntegrityReport(schema_version(db), latest_version())
    for (message,) in db.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            report.problems.append(f"integriteit: {message}")
    try:
        broken_index = index_problem(db.conn)
    except NotChecked as exc:
        report.notes.append(f"zoekindex: niet gecontroleerd ({exc})")
    else:
        if broken_index:
            report.problems.append(
                f"{broken_index}; herstel hem met 'briefing check --repair' (na een reservekopie)"
            )
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(f"verwijzing: {table} rij {rowid} wijst naar ontbrekende {parent}")
    if report.schema_version < report.latest_version:
        # Not a fault: the next start backs the file up and brings it up to date.
        report.notes.append(
            f"schema: versie {report.schema_version}, deze Briefing verwacht "
            f"{report.latest_version}; wordt bijgewerkt (na een reservekopie) bij het openen"
        )
    return report
