"""Setting up an office archive: its schema (the same Alembic migrations as a local archive) and the
three roles whose GRANTs the database itself enforces (DESIGN.md §10).

* ``archive_reader``: search, read, print, export — SELECT only;
* ``archive_archivist``: also import, tag, edit, trash — INSERT/UPDATE, DELETE of links and tags,
  never of reports, originals or the change log;
* ``archive_admin``: also purge (DELETE of reports), migrate, grant.
"""
from __future__ import annotations

from sqlalchemy import text

from ..errors import BadInput
from ..storage.db import OfficeUnavailable, open_engine, unreachable, upgrade

ROLES = {"reader": "archive_reader", "archivist": "archive_archivist", "admin": "archive_admin"}
_ARCHIVIST_WRITES = {
    "report": "INSERT, UPDATE", "original": "INSERT", "original_blob": "INSERT", "person": "INSERT, UPDATE",
    "tag": "INSERT, UPDATE, DELETE", "report_person": "INSERT, UPDATE, DELETE",
    "report_tag": "INSERT, UPDATE, DELETE", "report_sketch": "INSERT, DELETE", "change_log": "INSERT"}


def _grants(database: str) -> list[str]:
    db = _ident(database)
    sql = ["GRANT archive_reader TO archive_archivist", "GRANT archive_archivist TO archive_admin",
           f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO archive_reader",
           "GRANT USAGE ON SCHEMA public TO archive_reader",
           "GRANT SELECT ON ALL TABLES IN SCHEMA public TO archive_reader",
           "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO archive_archivist"]
    sql += [f"GRANT {what} ON {table} TO archive_archivist" for table, what in _ARCHIVIST_WRITES.items()]
    sql += ["GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO archive_admin",
            "GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO archive_admin"]
    return sql


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _refuse_without_rights(engine) -> None:
    """Before anything is made: a login that neither owns the database nor may create roles (and is
    no superuser) is told which of the two it lacks and the statements that give them."""
    with engine.connect() as conn:
        user, db, superuser, createrole, owner, owns = conn.execute(text(
            "SELECT current_user, current_database(), r.rolsuper, r.rolcreaterole, "
            "pg_get_userbyid(d.datdba), pg_has_role(current_user, d.datdba, 'USAGE') FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()")).one()
    if superuser:
        return
    vi, en, fix = [], [], []
    if not createrole:
        vi.append("quyền CREATEROLE (tạo vai trò)")
        en.append("the CREATEROLE attribute (to create roles)")
        fix.append(f"ALTER ROLE {_ident(user)} CREATEROLE;")
    if not owns:
        vi.append(f"quyền sở hữu cơ sở dữ liệu {db} (chủ hiện nay: {owner})")
        en.append(f"ownership of the database {db} (owned by {owner})")
        fix.append(f"ALTER DATABASE {_ident(db)} OWNER TO {_ident(user)};")
    if fix:
        raise OfficeUnavailable(
            f"Tài khoản {user} không khởi tạo được kho: thiếu {' và '.join(vi)}. Người quản trị máy chủ "
            f"PostgreSQL cấp bằng: {' '.join(fix)}",
            f"The login {user} cannot set up the archive: it lacks {' and '.join(en)}. The PostgreSQL "
            f"server's administrator gives it with: {' '.join(fix)}")


def init(url: str) -> str:
    """Create or migrate the office archive at ``url`` and (re)apply its roles; returns its archive id.
    Run by a login that owns the database and may create roles (the office's IT person), or by the
    server's superuser; any other login is refused before anything is made, told what it lacks."""
    engine = open_engine(url, check_schema=False)
    try:
        try:
            _refuse_without_rights(engine)
            upgrade(engine)
            with engine.begin() as conn:
                for role in ROLES.values():
                    if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) is None:
                        conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
                for statement in _grants(engine.url.database):
                    conn.execute(text(statement))
                return conn.scalar(text("SELECT value FROM meta WHERE key = 'archive_id'"))
        except OfficeUnavailable:
            raise
        except Exception as exc:
            if "permission denied" in str(getattr(exc, "orig", exc)) or "must be" in str(getattr(exc, "orig", exc)):
                raise OfficeUnavailable(
                    f"Tài khoản này không có quyền khởi tạo kho ({_first_line(exc)}); hãy dùng tài khoản quản trị",
                    f"This login may not set up the archive ({_first_line(exc)}); use an administrator's") from None
            if type(exc).__name__ == "OperationalError":
                raise unreachable(exc) from None
            raise
    finally:
        engine.dispose()


def grant(url: str, login: str, role: str) -> None:
    """Give the existing PostgreSQL ``login`` one role (the others it had are taken back)."""
    if role not in ROLES:
        raise BadInput(f"Vai trò không hợp lệ: {role} (reader, archivist, admin)",
                       f"Invalid role: {role} (reader, archivist, admin)")
    engine = open_engine(url)
    try:
        with engine.begin() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}) is None:
                raise BadInput(f"Không có tài khoản PostgreSQL “{login}”; hãy tạo trước (CREATE ROLE … LOGIN)",
                               f"No PostgreSQL login '{login}'; create it first (CREATE ROLE … LOGIN)")
            for other in ROLES.values():
                if other != ROLES[role]:
                    conn.execute(text(f"REVOKE {other} FROM {_ident(login)}"))
            conn.execute(text(f"GRANT {ROLES[role]} TO {_ident(login)}"))
    except Exception as exc:
        if "permission denied" in str(getattr(exc, "orig", exc)) or "must have admin" in str(getattr(exc, "orig", exc)):
            raise OfficeUnavailable(f"Tài khoản này không được cấp vai trò ({_first_line(exc)})",
                                    f"This login may not grant roles ({_first_line(exc)})") from None
        raise
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
