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
