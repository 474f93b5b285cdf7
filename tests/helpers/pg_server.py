"""A throwaway PostgreSQL server for the tests: a real cluster in a temporary folder.

The Debian ``postgresql`` package installs ``initdb``, ``pg_ctl`` and ``postgres`` under
``/usr/lib/postgresql/<version>/bin`` (not on PATH); ``CHECKIN_PG_BIN`` names another folder
(and only that one).
Both refuse to run as root, so as root they run as the ``postgres`` user (``runuser``), with the
cluster in a temporary folder that user owns. The server listens only on a unix socket in that
folder (no TCP port), trusts local connections and skips fsync: it lives for one test run.
Its locale is C, as in packaging/server/setup.sql: text sorts and lower() work as in SQLite.

With ``tls`` (``make_tls``: a CA of its own and a server certificate for a made-up host name,
by openssl) the server also listens on 127.0.0.1 on a free port, with ssl on, and its
pg_hba.conf allows TCP connections over TLS only (``hostssl``), as README advises a real server:
the app reaches it as ``db.test`` with ``hostaddr=127.0.0.1`` (``Server.tls_url``), a host name
that is not local, so with the app's default ``sslmode=verify-full``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
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
class Tls:
    """A CA of its own and a server certificate signed by it for ``host`` (files in one folder)."""

    ca_cert: Path
    server_cert: Path
    server_key: Path
    host: str


def _openssl(*args: str | Path) -> None:
    subprocess.run(["openssl", *map(str, args)], check=True, capture_output=True)


def make_ca(folder: Path, name: str = "ca") -> tuple[Path, Path]:
    """A self-signed CA: (certificate, key)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN=checkin test {name}",
        "-keyout", key, "-out", cert,
    )  # fmt: skip
    return cert, key


def make_tls(folder: Path, host: str = "db.test") -> Tls:
    """A CA and a server certificate for ``host`` (its subjectAltName) signed by it, by openssl."""
    ca_cert, ca_key = make_ca(folder)
    key, request, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={host}", "-keyout", key, "-out", request)
    extensions = folder / "server.ext"
    extensions.write_text(f"subjectAltName = DNS:{host}\n", encoding="utf-8")
    _openssl(
        "x509", "-req", "-in", request, "-CA", ca_cert, "-CAkey", ca_key, "-CAcreateserial", "-days", "2",
        "-extfile", extensions, "-out", cert,
    )  # fmt: skip
    return Tls(ca_cert=ca_cert, server_cert=cert, server_key=key, host=host)


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running throwaway cluster."""

    folder: Path
    socket_dir: Path
    bin_dir: Path
    user: str = SERVER_USER
    port: int | None = None
    """The TCP port on 127.0.0.1 of a server started with TLS (else none: the socket only)."""
    tls: Tls | None = None
    options: str = ""
    """The server's options (``pg_ctl -o``), for :meth:`start` after :meth:`stop`."""

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of ``database`` on this server (unix socket, trusted)."""
        port = f"&port={self.port}" if self.port else ""  # the socket's name has the port in it
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}{port}"

    def tls_url(self, database: str = "postgres", *, host: str | None = None, **query: str) -> str:
        """The URL of ``database`` over TCP, by the certificate's host name (``hostaddr`` says
        where it is: 127.0.0.1), with ``query`` (``sslrootcert=...``, ``sslmode=...``) added."""
        assert self.tls is not None and self.port is not None, "start the server with tls"
        extra = "".join(f"&{key}={value}" for key, value in query.items())
        return (
            f"postgresql+psycopg://{self.user}@{host or self.tls.host}:{self.port}/{database}"
            f"?hostaddr=127.0.0.1{extra}"
        )

    def stop(self) -> None:
        """Stop the server (fast: connections are cut), as when the network drops; :meth:`start` again."""
        subprocess.run(
            _as_server_user(
                [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"]
            ),
            check=True,
            capture_output=True,
            env=_env(),
            cwd=self.folder,
        )

    def start(self) -> None:
        """Start the stopped server again, on the same socket (and port) with the same options."""
        _start(self.bin_dir, self.folder / "data", self.options, self.folder / "server.log")

    def admin(self, sql: str, *, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port or 5432,
            user=self.user,
            dbname=database,
            autocommit=True,
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


def _env() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def _start(bin_dir: Path, data: Path, options: str, log: Path) -> None:
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options, "start"]
        ),
        check=True,
        capture_output=True,
        env=_env(),
        cwd=data.parent,
    )


def _initdb(bin_dir: Path, data: Path, user: str) -> None:
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
        check=True,
        capture_output=True,
        env=_env(),
        cwd=data.parent,
    )


HBA_TLS_ONLY = """\
# The throwaway server with TLS: the unix socket trusted (the tests' own set-up), TCP over TLS only.
local      all  all                 trust
hostssl    all  all  127.0.0.1/32   trust
hostnossl  all  all  all            reject
"""


@contextlib.contextmanager
def running_server(
    tls: Tls | None = None, *, folder: Path | None = None, settings: str = ""
) -> Iterator[Server]:
    """Start a cluster in a new temporary folder; stop it and remove the folder afterwards.

    With ``folder`` (the benchmarks' cache): the cluster in that folder, made there when it is not
    there yet, and only stopped afterwards (cleanly), kept with its data for the next run.
    ``settings``: more ``-c name=value`` options for the server, after (and over) the tests' own.
    """
    bin_dir = binaries()
    assert bin_dir is not None, missing_reason()
    keep = folder is not None
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        server = pwd.getpwnam(SERVER_USER)
        for path in (folder, socket_dir):
            os.chown(path, server.pw_uid, server.pw_gid)
    user = SERVER_USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    log = folder / "server.log"
    options = (
        f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB"
    )
    port = None
    try:
        if not (keep and (data / "PG_VERSION").exists()):  # else made by an earlier run
            shutil.rmtree(data, ignore_errors=True)
            _initdb(bin_dir, data, user)
        if tls is not None:
            port = free_port()
            options += _with_tls(tls, folder, data, port)
        if settings:
            options += " " + settings
        _start(bin_dir, data, options, log)
    except subprocess.CalledProcessError as error:
        details = (error.stderr or b"").decode(errors="replace")
        if log.exists():
            details += log.read_text(errors="replace")
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the throwaway PostgreSQL server did not start: {details}") from error
    try:
        yield Server(
            folder=folder,
            socket_dir=socket_dir,
            bin_dir=bin_dir,
            user=user,
            port=port,
            tls=tls,
            options=options,
        )
    finally:
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-m",
                    "fast" if keep else "immediate",
                    "-w",
                    "stop",
                ]
            ),
            capture_output=True,
            env=_env(),
            cwd=folder,
            check=False,
        )
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def _with_tls(tls: Tls, folder: Path, data: Path, port: int) -> str:
    """Put the certificate and key where the server user may read them (the key 0600, its own),
    allow TCP over TLS only; the server's extra options."""
    cert, key = folder / "server.crt", folder / "server.key"
    shutil.copyfile(tls.server_cert, cert)
    shutil.copyfile(tls.server_key, key)
    key.chmod(0o600)
    hba = data / "pg_hba.conf"
    hba.write_text(HBA_TLS_ONLY, encoding="utf-8")
    if os.geteuid() == 0:
        server = pwd.getpwnam(SERVER_USER)
        for path in (cert, key, hba):
            os.chown(path, server.pw_uid, server.pw_gid)
    return f" -c listen_addresses=127.0.0.1 -c port={port} -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}"
