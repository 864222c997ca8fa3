-- Schema version 1 of the Briefing store. Applied once by migration m001_initial_schema;
-- later changes are new migrations, never edits to this file.

CREATE TABLE dossiers (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    escalation TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    publisher TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'openbaar',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE stakeholders (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'counterpart',
    interests TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE positions (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    kind TEXT NOT NULL,
    stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    our_answer TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'draft',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX positions_by_dossier ON positions(dossier_id, sort_order);

CREATE TABLE figures (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    value REAL,
    unit TEXT NOT NULL DEFAULT 'eur',
    period TEXT NOT NULL DEFAULT '',
    series TEXT,
    as_of TEXT,
    note TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'draft',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX figures_by_dossier ON figures(dossier_id, sort_order);

CREATE TABLE talking_points (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'talking_point',
    text TEXT NOT NULL,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'draft',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX talking_points_by_dossier ON talking_points(dossier_id, sort_order);
CREATE INDEX talking_points_by_update ON talking_points(updated_at);

CREATE TABLE hard_questions (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'draft',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX hard_questions_by_dossier ON hard_questions(dossier_id, sort_order);

CREATE TABLE member_signals (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    received_on TEXT,
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX member_signals_by_dossier ON member_signals(dossier_id, sort_order);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    aim TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id, sort_order);

CREATE TABLE meeting_counterparts (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meeting_counterparts_by_meeting ON meeting_counterparts(meeting_id, sort_order);

CREATE TABLE delegates (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'final',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX delegates_by_meeting ON delegates(meeting_id, sort_order);

CREATE TABLE commitments (
    id TEXT PRIMARY KEY,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    dossier_id TEXT REFERENCES dossiers(id) ON DELETE SET NULL,
    party TEXT NOT NULL,
    text TEXT NOT NULL,
    due_on TEXT,
    state TEXT NOT NULL DEFAULT 'open',
    source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
    source_section TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'intern',
    status TEXT NOT NULL DEFAULT 'draft',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per changed field: the history the app shows and the packs compare against.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_table TEXT NOT NULL,
    item_id TEXT NOT NULL,
    action TEXT NOT NULL,            -- create, update, delete
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    change_set TEXT NOT NULL         -- groups the rows of one user action
);
CREATE INDEX revisions_by_item ON revisions(item_table, item_id, id);
CREATE INDEX revisions_by_time ON revisions(changed_at);

-- Every pack that was written: drives "what changed since the previous pack".
CREATE TABLE exports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
    dossier_slugs TEXT NOT NULL DEFAULT '[]',
    edition TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '{}'  -- JSON: item id -> {table, revision, title}
);
CREATE INDEX exports_by_meeting ON exports(meeting_id, edition, version);
