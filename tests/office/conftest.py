"""Fixtures of the office archive: one real PostgreSQL server for the session, a fresh database per test."""
from __future__ import annotations

import itertools

import pytest

from pg_server import start_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    """A PostgreSQL server started for this test session (as an unprivileged user), stopped at the end."""
    server = start_server()
    if server is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql; tools/dev installs it)")
    yield server
    server.stop()


@pytest.fixture
def office_db(pg):
    """The superuser's URL of a new, empty database."""
    return pg.create_database(f"archive_{next(_numbers)}")
