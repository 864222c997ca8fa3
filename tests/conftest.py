"""Shared fixtures. Qt needs a platform before it is imported: offscreen, unless one is set."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository


@pytest.fixture
def db():
    database = connect(":memory:")
    yield database
    database.close()


@pytest.fixture
def repo(db):
    return Repository(db, user="Test Gebruiker")


@pytest.fixture
def dossier(repo):
    """A dossier to hang items on."""
    return repo.create("dossier", {"slug": "wonen", "title": "Wonen"})


@pytest.fixture
def db_file(tmp_path):
    """A database file with one dossier and one talking point; returns its path (closed)."""
    path = tmp_path / "briefing.db"
    database = connect(path)
    repository = Repository(database, user="Test Gebruiker")
    dossier_id = repository.create("dossier", {"slug": "wonen", "title": "Wonen"})
    repository.create(
        "talking_point",
        {"dossier_id": dossier_id, "kind": "key_message", "text": "Geen nieuwe taken"},
    )
    database.close()
    return path


@pytest.fixture(scope="session")
def default_db_file(tmp_path_factory):
    """The bundled default dataset, built once per test run (read-only use)."""
    from briefing_app.paths import dataset_dir
    from briefing_app.services.dataset.build import build_database

    path = tmp_path_factory.mktemp("default") / "briefing.db"
    build_database(dataset_dir(), path)
    return path


@pytest.fixture
def default_db(default_db_file):
    database = connect(default_db_file, migrate=False, read_only=True)
    yield database
    database.close()


@pytest.fixture
def default_db_copy(default_db_file, tmp_path):
    """A private copy of the default database that a test may change."""
    import shutil

    path = tmp_path / "briefing.db"
    shutil.copyfile(default_db_file, path)
    return path


@pytest.fixture(autouse=True)
def _no_passphrase_between_tests():
    """The database passphrase is process-wide: no test inherits another's key."""
    from briefing_app.store import cipher

    cipher.forget()
    yield
    cipher.forget()


PASSPHRASE = "correct paard batterij"


@pytest.fixture
def encrypted_db_copy(default_db_copy):
    """An encrypted copy of the default dataset (the process holds its passphrase)."""
    from briefing_app.store import cipher
    from briefing_app.store.conversion import convert_database

    cipher.unlock(PASSPHRASE)
    convert_database(default_db_copy, encrypt=True)
    return default_db_copy
