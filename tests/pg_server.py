"""A real PostgreSQL server for the tests and benchmarks: initdb and pg_ctl in a temporary folder.

PostgreSQL refuses to run as root, and the tests run as root in CI: then the cluster belongs to the
unprivileged ``nobody`` and every server command runs through ``runuser``. The server listens on
127.0.0.1 on a free private port (and on a socket in its own folder); host connections need a
password (scram-sha-256), as an office server would. ``stop()`` ends it and removes the folder.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER, SUPERPASSWORD = "postgres", "postgres-test-pw"
UNPRIVILEGED = "nobody"


def find_bindir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: PG_BINDIR, Debian's /usr/lib/postgresql/N/bin, or PATH."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(d) / "initdb").exists():
            return Path(d)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="archive-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._started = False

    def _run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", UNPRIVILEGED, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)

    def start(self) -> "PgServer":
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERPASSWORD + "\n")
        if self.as_root:
            import pwd

            uid = pwd.getpwnam(UNPRIVILEGED).pw_uid
            for p in (self.root, pwfile):
                os.chown(p, uid, -1)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}", "-E", "UTF8",
                  "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                   "-c fsync=off -c max_connections=60 -c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "-t", "60",
                  "start")
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            except subprocess.CalledProcessError:
                pass
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start the same cluster (a server restart seen by connected desks)."""
        # -l as at the start: a server writing to our captured stdout would keep run() waiting forever
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-m", "fast", "-w", "restart")

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = SUPERPASSWORD) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit: CREATE DATABASE, CREATE ROLE …)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, name: str) -> str:
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def create_login(self, name: str, password: str) -> None:
        self.sql(f"DROP ROLE IF EXISTS \"{name}\"")
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")

    def psql(self, database: str, user: str, password: str, command: str) -> subprocess.CompletedProcess:
        """The psql a user would type into, as that login over TCP (not through our app)."""
        env = dict(os.environ, PGPASSWORD=password)
        return subprocess.run([str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", user,
                               "-d", database, "-v", "ON_ERROR_STOP=1", "-c", command],
                              capture_output=True, text=True, env=env)


def start_server() -> PgServer | None:
    """A started server, or None when PostgreSQL's binaries are not installed."""
    bindir = find_bindir()
    if bindir is None:
        return None
    server = PgServer(bindir)
    try:
        return server.start()
    except BaseException:
        log = server.root / "log"
        if log.exists():
            print(log.read_text(errors="replace")[-2000:])
        server.stop()
        raise


def wait_until(predicate, timeout: float = 10.0, step: float = 0.05):
    """Poll ``predicate`` until it returns a true value (returned) or ``timeout`` passes (None)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None
