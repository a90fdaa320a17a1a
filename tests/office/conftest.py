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


@pytest.fixture
def office(office_db):
    """The URL of a new office archive set up by ``admin init``."""
    from archive_app.core.office import admin

    admin.init(office_db)
    return office_db


@pytest.fixture
def desk(tmp_path):
    """Open a desk (an Archive on the office archive with its own data folder); closed at the end."""
    from archive_app.core.services import Archive

    opened = []

    def open_desk(url, name="desk"):
        a = Archive(tmp_path / name, db=url)
        opened.append(a)
        return a
    yield open_desk
    for a in opened:
        a.close()


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """The window's settings in this test's folder, the application set up, Vietnamese."""
    from PySide6.QtCore import QSettings

    from archive_app.ui import app as ui_app
    from archive_app.ui import i18n

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ui_app.ensure_app()
    i18n.install("vi")
    return tmp_path / "settings"
