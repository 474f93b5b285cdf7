"""A throwaway PostgreSQL server for the tests: a real cluster in a temporary folder.

The Debian ``postgresql`` package installs ``initdb``, ``pg_ctl`` and ``postgres`` under
``/usr/lib/postgresql/<version>/bin`` (not on PATH); ``CHECKIN_PG_BIN`` names another folder
(and only that one).
Both refuse to run as root, so as root they run as the ``postgres`` user (``runuser``), with the
cluster in a temporary folder that user owns. The server listens only on a unix socket in that
folder (no TCP port), trusts local connections and skips fsync: it lives for one test run.
Its locale is C, as in packaging/server/setup.sql: text sorts and lower() work as in SQLite.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"


def binaries() -> Path | None:
    """The folder of initdb/pg_ctl, newest version first; None when PostgreSQL is not installed."""
    chosen = os.environ.get("CHECKIN_PG_BIN")
    if chosen:  # only that folder (a folder without the programs: as if PostgreSQL were missing)
        folder = Path(chosen)
        return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None
    candidates: list[str] = []
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda path: int(Path(path).parent.name) if Path(path).parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates += versions
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def missing_reason() -> str | None:
    """Why no throwaway server can be started here (None when one can)."""
    if binaries() is None:
        return (
            "PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or "
            "CHECKIN_PG_BIN): apt-get install postgresql"
        )
    try:
        import psycopg  # noqa: F401 - the extra 'server', in requirements/test.lock
    except ImportError:
        return "psycopg is not installed (the extra 'server'): make .venv/.test"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no '{SERVER_USER}' user to run the server as"
    return None


@dataclass(frozen=True)
class Server:
    """A running throwaway cluster."""

    folder: Path
    socket_dir: Path
    bin_dir: Path
    user: str = SERVER_USER

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of ``database`` on this server (unix socket, trusted)."""
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def admin(self, sql: str, *, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=self.user, dbname=database, autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def password_login(self, role: str, password: str) -> None:
        """A superuser ``role`` that must log in with ``password`` (scram) on the unix socket, where
        every other user stays trusted: for the tests of a wrong password."""
        self.admin(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} LOGIN SUPERUSER; END IF; END $$"
        )
        self.admin(f"ALTER ROLE {role} PASSWORD '{password}'")  # scram: the default since 14
        hba = self.folder / "data" / "pg_hba.conf"
        line = f"local all {role} scram-sha-256\n"
        content = hba.read_text()
        if line not in content:
            with hba.open("r+") as stream:  # in place: the file keeps its owner
                stream.write(line + content)
            self.admin("SELECT pg_reload_conf()")


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    """Start a cluster in a new temporary folder; stop it and remove the folder afterwards."""
    bin_dir = binaries()
    assert bin_dir is not None, missing_reason()
    folder = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        server = pwd.getpwnam(SERVER_USER)
        for path in (folder, socket_dir):
            os.chown(path, server.pw_uid, server.pw_gid)
    user = SERVER_USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    log = folder / "server.log"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    run = dict(check=True, capture_output=True, env=env, cwd=folder)
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    user,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            ),
            **run,  # type: ignore[call-overload]
        )
        options = (
            f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB"
        )
        subprocess.run(
            _as_server_user(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options, "start"]
            ),
            **run,  # type: ignore[call-overload]
        )
    except subprocess.CalledProcessError as error:
        details = (error.stderr or b"").decode(errors="replace")
        if log.exists():
            details += log.read_text(errors="replace")
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the throwaway PostgreSQL server did not start: {details}") from error
    try:
        yield Server(folder=folder, socket_dir=socket_dir, bin_dir=bin_dir, user=user)
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            env=env,
            cwd=folder,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)
