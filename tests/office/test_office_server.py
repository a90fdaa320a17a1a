"""The test server itself: a real PostgreSQL, reachable with a password, not as root."""
from __future__ import annotations


def test_server_runs_unprivileged_and_answers(pg, office_db):
    import psycopg

    with psycopg.connect(office_db) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        superuser = conn.execute("SELECT current_user").fetchone()[0]
    assert int(version) >= 130000
    assert superuser == "postgres"
    assert (pg.data / "PG_VERSION").exists()
    # the data folder belongs to the unprivileged user, never to root
    import os

    assert os.stat(pg.data).st_uid != 0


def test_password_is_required_over_tcp(pg, office_db):
    import psycopg
    import pytest

    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg.url("postgres", password="wrong")).close()
