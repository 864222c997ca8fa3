"""The schema of the store, created and evolved only through sqlite-utils migrations.

Each migration is a function registered in order; sqlite-utils records which ones ran in
`_sqlite_migrations` and runs each pending one in a transaction with that record. A database
that has run a migration this version does not know was written by a newer Briefing and is
refused rather than guessed at. Migrations are frozen: a change to the schema is a new one.
"""

from __future__ import annotations

import json
from importlib.resources import files

import sqlite_utils
from sqlite_utils.migrations import Migrations

from briefing_app.domain.messages import QT_TRANSLATE_NOOP, Template

MIGRATION_SET = "briefing"
MIGRATIONS = Migrations(MIGRATION_SET)

# The searchable text of each table as of schema version 1: (title column, body columns, dossier).
_SEARCH_V1: dict[str, tuple[str, tuple[str, ...], str]] = {
    "dossiers": ("title", ("summary", "escalation", "slug"), "new.id"),
    "sources": ("title", ("kind", "publisher", "reference"), "NULL"),
    "stakeholders": ("name", ("role", "organisation", "interests"), "NULL"),
    "positions": ("text", ("our_answer", "source_section"), "new.dossier_id"),
    "figures": ("label", ("key", "period", "note", "source_section"), "new.dossier_id"),
    "talking_points": ("text", ("source_section",), "new.dossier_id"),
    "hard_questions": ("question", ("answer", "source_section"), "new.dossier_id"),
    "member_signals": ("text", ("origin", "source_section"), "new.dossier_id"),
    "meetings": ("title", ("place", "notes"), "NULL"),
    "agenda_items": ("aim", (), "new.dossier_id"),
    "delegates": ("name", ("role",), "NULL"),
    "commitments": ("text", ("party", "source_section"), "new.dossier_id"),
}


class NewerDatabaseError(Exception):
    """The file was written by a newer version of Briefing than this one."""


NEWER = Template(
    "migrations.newer",
    QT_TRANSLATE_NOOP(
        "messages",
        "Deze database is gemaakt met een nieuwere versie van Briefing (onbekende "
        "schemawijziging: {names}). Werk Briefing bij om haar te openen.",
    ),
)


def schema_version(db: sqlite_utils.Database) -> int:
    return len([m for m in MIGRATIONS.applied(db)])


def latest_version() -> int:
    return len(MIGRATIONS._migrations)


def check_not_newer(db: sqlite_utils.Database) -> None:
    known = {m.name for m in MIGRATIONS._migrations}
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
    if unknown:
        raise NewerDatabaseError(NEWER(names=", ".join(unknown)))


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";\n") if s.strip() and not _only_comments(s)]


def _only_comments(chunk: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in chunk.splitlines())


def _search_triggers(
    table: str, title: str, body: tuple[str, ...], dossier: str, *, fold: bool = False
) -> list[str]:
    """The insert, update and delete triggers that keep ``table`` in the search index.

    A migration after m008 passes ``fold=True``: the index holds folded text since then
    (`m008_search_text_folded`); without it a recreated trigger would index unfolded text.
    """
    triggers = _plain_search_triggers(table, title, body, dossier)
    if fold:
        from briefing_app.store.search_triggers import folded_trigger_sql

        triggers = [folded_trigger_sql(t) if "search_delete" not in t else t for t in triggers]
    return triggers


def _plain_search_triggers(
    table: str, title: str, body: tuple[str, ...], dossier: str
) -> list[str]:
    def text(prefix: str) -> tuple[str, str]:
        body_sql = " || ' ' || ".join(f"coalesce({prefix}.{c}, '')" for c in body) or "''"
        return f"coalesce({prefix}.{title}, '')", body_sql

    new_title, new_body = text("new")
    row = f"(SELECT id FROM search_rows WHERE item_table = '{table}' AND item_id = old.id)"
    new_dossier = dossier
    return [
        f"""CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO search_rows(item_table, item_id, dossier_id, classification, status,
                                    updated_at)
            VALUES ('{table}', new.id, {new_dossier}, new.classification, new.status,
                    new.updated_at);
            INSERT INTO search_index(rowid, title, body)
            VALUES (last_insert_rowid(), {new_title}, {new_body});
        END""",
        f"""CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN
            UPDATE search_rows SET dossier_id = {new_dossier}, classification = new.classification,
                   status = new.status, updated_at = new.updated_at
            WHERE id = {row};
            UPDATE search_index SET title = {new_title}, body = {new_body} WHERE rowid = {row};
        END""",
        f"""CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_index WHERE rowid = {row};
            DELETE FROM search_rows WHERE id = {row};
        END""",
    ]


@MIGRATIONS(name="m001_initial_schema")
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    sql = files("briefing_app.store").joinpath("schema_v1.sql").read_text(encoding="utf-8")
    for statement in _statements(sql):
        db.execute(statement)
    db.execute(
        """CREATE TABLE search_rows (
            id INTEGER PRIMARY KEY,
            item_table TEXT NOT NULL,
            item_id TEXT NOT NULL,
            dossier_id TEXT,
            classification TEXT NOT NULL,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (item_table, item_id)
        )"""
    )
    # remove_diacritics 2 lets "financien" find "financiën"; prefix indexes make typing fast.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for table, (title, body, dossier) in _SEARCH_V1.items():
        for trigger in _search_triggers(table, title, body, dossier):
            db.execute(trigger)


@MIGRATIONS(name="m002_shared_state")
def m002_shared_state(db: sqlite_utils.Database) -> None:
    """What was last exchanged of each item through a bundle: the base for finding conflicts."""
    db.execute(
        """CREATE TABLE shared_state (
            item_table TEXT NOT NULL,
            item_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            shared_at TEXT NOT NULL,
            PRIMARY KEY (item_table, item_id)
        )"""
    )


@MIGRATIONS(name="m003_meeting_plan")
def m003_meeting_plan(db: sqlite_utils.Database) -> None:
    """What a gespreksnotitie needs of a meeting: its start time, its aim and key message as a
    whole, and per agenda item the planned minutes and which delegate leads it."""
    db.execute("ALTER TABLE meetings ADD COLUMN start_time TEXT")
    db.execute("ALTER TABLE meetings ADD COLUMN aim TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE meetings ADD COLUMN key_message TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE agenda_items ADD COLUMN minutes INTEGER")
    # ALTER TABLE may add a foreign key only with a NULL default; a deleted delegate leaves the
    # item without a lead rather than taking the item with it.
    db.execute(
        "ALTER TABLE agenda_items ADD COLUMN lead_delegate_id TEXT "
        "REFERENCES delegates(id) ON DELETE SET NULL"
    )
    # The meeting's aim and key message are searchable like its notes.
    for action in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS meetings_search_{action}")
    for trigger in _search_triggers(
        "meetings", "title", ("place", "notes", "aim", "key_message"), "NULL"
    ):
        db.execute(trigger)


@MIGRATIONS(name="m004_meeting_cycle")
def m004_meeting_cycle(db: sqlite_utils.Database) -> None:
    """Notes at the table, outcomes per agenda item, revise flags, and a commitment's owner."""
    common = """classification TEXT NOT NULL DEFAULT 'intern',
            status TEXT NOT NULL DEFAULT 'final',
            sort_order INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL"""
    db.execute(
        f"""CREATE TABLE meeting_notes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
            note_type TEXT NOT NULL DEFAULT 'said',
            text TEXT NOT NULL,
            talking_point_id TEXT REFERENCES talking_points(id) ON DELETE SET NULL,
            party TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            noted_at TEXT NOT NULL DEFAULT '',
            commitment_id TEXT REFERENCES commitments(id) ON DELETE SET NULL,
            {common}
        )"""
    )
    db.execute("CREATE INDEX meeting_notes_by_meeting ON meeting_notes(meeting_id, sort_order)")
    db.execute(
        f"""CREATE TABLE agenda_outcomes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id TEXT NOT NULL UNIQUE REFERENCES agenda_items(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL DEFAULT 'open',
            account TEXT NOT NULL DEFAULT '',
            their_position TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            {common}
        )"""
    )
    db.execute("CREATE INDEX agenda_outcomes_by_meeting ON agenda_outcomes(meeting_id, sort_order)")
    db.execute(
        f"""CREATE TABLE revise_flags (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position_id TEXT REFERENCES positions(id) ON DELETE CASCADE,
            talking_point_id TEXT REFERENCES talking_points(id) ON DELETE CASCADE,
            reason TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open',
            {common}
        )"""
    )
    db.execute("CREATE INDEX revise_flags_by_meeting ON revise_flags(meeting_id, sort_order)")
    db.execute("ALTER TABLE commitments ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    # What was said at the table is searchable like every other text.
    searchable = {
        "meeting_notes": ("text", ("party",), "NULL"),
        "agenda_outcomes": ("account", ("their_position", "next_steps"), "NULL"),
        "revise_flags": ("reason", (), "NULL"),
    }
    for table, (title, body, dossier) in searchable.items():
        for trigger in _search_triggers(table, title, body, dossier):
            db.execute(trigger)


@MIGRATIONS(name="m005_position_status")
def m005_position_status(db: sqlite_utils.Database) -> None:
    """Positions say what they are: an agreement carries the date it was made, and the default
    dataset's kabinetsvoornemens, stored as agreed, become intentions of the other side.

    Every correction is recorded in the history like an edit, so the app shows what changed and
    the next pack lists it; a text a user has edited is left as it is.
    """
    from briefing_app.store.corrections_m005 import INTENTIONS, TEXTS

    db.execute("ALTER TABLE positions ADD COLUMN agreed_on TEXT")
    stamp = _now()
    change_set = f"m005-{stamp}"

    def record(table: str, item_id: str, column: str, old: object, new: object) -> None:
        db.execute(
            f"UPDATE [{table}] SET [{column}] = ?, updated_at = ? WHERE id = ?",
            [new, stamp, item_id],
        )
        db.execute(
            "INSERT INTO revisions (item_table, item_id, action, field, old_value, new_value,"
            " changed_at, changed_by, change_set) VALUES (?, ?, 'update', ?, ?, ?, ?, ?, ?)",
            [table, item_id, column, old, new, stamp, "Briefing (schema-update)", change_set],
        )

    for item_id in INTENTIONS:
        row = db.execute("SELECT party, kind FROM positions WHERE id = ?", [item_id]).fetchone()
        if row is None or row[1] != "agreed":
            continue
        record("positions", item_id, "kind", "agreed", "intention")
        if row[0] != "theirs":
            record("positions", item_id, "party", row[0], "theirs")
    for table, item_id, column, old, new in TEXTS:
        found = db.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", [item_id]).fetchone()
        if found is not None and found[0] == old:
            record(table, item_id, column, old, new)


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@MIGRATIONS(name="m006_application_id")
def m006_application_id(db: sqlite_utils.Database) -> None:
    """Mark the file as Briefing's (SQLite's application id), so that an empty or foreign
    SQLite file is never taken for a Briefing database; earlier files get it here."""
    from briefing_app.store.identity import APPLICATION_ID

    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@MIGRATIONS(name="m007_figure_values")
def m007_figure_values(db: sqlite_utils.Database) -> None:
    """A figure says what it is: one value or a series per year (`shape`), which of its values
    are approximate, and whether its source still has to be confirmed for the current value.

    A figure with a series and no single value becomes a series; one with both stays a single
    value (the value was what the last import or edit set). The default dataset's "ongeveer
    1 mld in 2029" becomes an approximate year, and the text that said "ongeveer" around it
    loses the word, now that the value itself prints "ca.".
    """
    from briefing_app.store.corrections_m007 import APPROXIMATE_YEARS, TEXTS

    db.execute("ALTER TABLE figures ADD COLUMN shape TEXT NOT NULL DEFAULT 'single'")
    db.execute("ALTER TABLE figures ADD COLUMN value_approx INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE figures ADD COLUMN series_approx TEXT")
    db.execute("ALTER TABLE figures ADD COLUMN source_pending INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE figures SET shape = 'series' "
        "WHERE value IS NULL AND series IS NOT NULL AND series NOT IN ('', '{}', 'null')"
    )
    for key, year, amount in APPROXIMATE_YEARS:
        found = db.execute("SELECT series FROM figures WHERE key = ?", [key]).fetchone()
        if found and found[0] and json.loads(found[0]).get(year) == amount:
            db.execute(
                "UPDATE figures SET series_approx = ? WHERE key = ?", [json.dumps([year]), key]
            )
    for table, item_id, column, old, new in TEXTS:
        found = db.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", [item_id]).fetchone()
        if found is not None and found[0] == old:
            db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ?", [new, item_id])


@MIGRATIONS(name="m008_search_text_folded")
def m008_search_text_folded(db: sqlite_utils.Database) -> None:
    """Index folded text (no soft hyphens, format or private-use characters), as every query
    is folded: every search trigger wraps its title and body in the folding SQL function,
    and the index is rebuilt from the items. Needs the function (`store.search`), which every
    connection of `store.connection` registers."""
    from briefing_app.store.search_health import rebuild_index
    from briefing_app.store.search_triggers import folded_trigger_sql

    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
        "(name LIKE '%\\_search\\_insert' ESCAPE '\\' OR name LIKE '%\\_search\\_update' ESCAPE '\\')"
    ).fetchall()
    for name, sql in triggers:
        db.execute(f"DROP TRIGGER [{name}]")
        db.execute(folded_trigger_sql(sql))
    rebuild_index(db.conn)


@MIGRATIONS(name="m009_exchange_clocks")
def m009_exchange_clocks(db: sqlite_utils.Database) -> None:
    """Exchange among several colleagues: who this database is, what it has seen, field clocks.

    Revisions gain the dot (replica, counter) of the value they wrote and, for a value taken
    from a colleague or decided in a merge, the context it supersedes. Rows written before this
    version carry no dot: they count as the common start of every database.
    """
    db.execute("ALTER TABLE revisions ADD COLUMN replica TEXT")
    db.execute("ALTER TABLE revisions ADD COLUMN counter INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE revisions ADD COLUMN context TEXT")
    db.execute("CREATE INDEX revisions_by_dot ON revisions(replica, counter)")
    db.execute(
        """CREATE TABLE replica (
            replica_id TEXT NOT NULL,
            member TEXT NOT NULL DEFAULT '',
            counter INTEGER NOT NULL DEFAULT 0,
            seen TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute(
        """CREATE TABLE peers (
            replica_id TEXT PRIMARY KEY,
            member TEXT NOT NULL DEFAULT '',
            acked TEXT NOT NULL DEFAULT '{}',
            sent TEXT NOT NULL DEFAULT '{}',
            received_at TEXT,
            sent_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_table TEXT NOT NULL,
            item_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            theirs TEXT,
            clock TEXT NOT NULL,
            from_member TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE sync_decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_table TEXT NOT NULL,
            item_id TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            mine TEXT,
            theirs TEXT,
            chosen TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE sync_inbox (
            file_name TEXT PRIMARY KEY,
            digest TEXT NOT NULL,
            read_at TEXT NOT NULL
        )"""
    )


@MIGRATIONS(name="m010_export_copies")
def m010_export_copies(db: sqlite_utils.Database) -> None:
    """Numbered, personal copies of an export: which copy of which version went to whom."""
    db.execute(
        """CREATE TABLE export_copies (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
            copy_number INTEGER NOT NULL,
            recipient TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            UNIQUE (export_id, copy_number)
        )"""
    )
