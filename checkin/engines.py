"""The two engines: the embedded SQLite file (the default) and a PostgreSQL server.

Everything that differs between them is here, so the rest of the core asks one module:

- which database a data folder uses (``target``): ``--database URL`` on the command line
  (``chosen``), else ``CHECKIN_DATABASE_URL``, else the choice made in the window and stored in
  the data folder (``checkin.server_choice``), else the SQLite file in the data folder;
- the server's engine (``server_engine``), with its own connection settings (the SQLite engine,
  its pragmas and SQLCipher stay in ``checkin.db``);
- the few SQL words that the engines spell differently (``Words``) and the driver's parameter
  style for hand-written SQL (``driver_sql``).

The data folder keeps its logs, settings files and backups with either engine.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from checkin import paths
from checkin.errors import Rejected
from checkin.i18n import N_

SQLITE, POSTGRESQL = "sqlite", "postgresql"
ENV_URL = "CHECKIN_DATABASE_URL"
"""The environment variable that chooses the database (a URL), like ``--database``."""
SERVER_DRIVER = "postgresql+psycopg"
APPLICATION_NAME = "checkin"
SERVER_SETTINGS = {
    # The app stores naive wall-clock times (the place's own clock): the session's zone only
    # matters for the server's own now(), which the app does not use.
    "timezone": "UTC",
    # A statement that waits this long is a stuck server or a lock held by a crashed desk.
    "statement_timeout": "30s",
    "lock_timeout": "10s",
    "idle_in_transaction_session_timeout": "5min",
    # The app's statements are short (a door action, a report's batch of mornings), but the
    # planner's estimate of a batch of mornings' figures passes jit_above_cost: compiling it took
    # 40 ms for a statement of 5 ms, up to most of a second for a batch of a hundred mornings.
    "jit": "off",
}
CONNECT_TIMEOUT_SECONDS = 10
INSUFFICIENT_PRIVILEGE = "42501"
QUERY_CANCELED = "57014"
"""The server's SQLSTATE for a statement stopped by its ``statement_timeout`` (or by an operator)."""
LOCK_NOT_AVAILABLE = "55P03"
"""The server's SQLSTATE for a lock not had within ``lock_timeout``."""
CONNECTION_GONE = ("08", "57P")
"""SQLSTATE classes of a connection that broke or a server that shut down (or is starting up)."""
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")

NO_SERVER_BACKUP = N_(
    "Een database op een server is geen bestand om te kopiëren. Maak er het draagbare backupbestand "
    "van: Gegevens > Backup maken naar..., of 'checkin backup --out BESTAND'."
)

_chosen: ContextVar[str | None] = ContextVar("checkin_database_url", default=None)

BAD_URL = N_(
    "'{url}' is geen database-adres dat de app kent; gebruik postgresql://gebruiker@server/database "
    "of sqlite:// (het bestand in de gegevensmap)."
)


@contextlib.contextmanager
def chosen(url: str | None) -> Iterator[None]:
    """Within this block, ``url`` (when given) is the database of every ``Database.open``."""
    token = _chosen.set(url or None)
    try:
        yield
    finally:
        _chosen.reset(token)


def configured_url() -> str | None:
    """The URL chosen on the command line, else in ``CHECKIN_DATABASE_URL``; None for the file."""
    return _chosen.get() or os.environ.get(ENV_URL, "").strip() or None


def redacted(url: str | URL) -> str:
    """The URL as it may be shown or logged: never with its password."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except (ArgumentError, ValueError):
        return re.sub(r"//([^/@:]*):[^/@]*@", r"//\1:***@", str(url))
    return unquote(parsed.render_as_string(hide_password=True))


@dataclass(frozen=True)
class Target:
    """The database of one data folder: the SQLite file (``url`` None) or a server's URL."""

    sqlite_path: Path
    url: URL | None = None

    @property
    def server(self) -> bool:
        return self.url is not None

    def shown(self) -> str:
        return str(self.sqlite_path) if self.url is None else redacted(self.url)


def target(data_dir: Path, url: str | None = None) -> Target:
    """Which database ``data_dir`` uses: ``url``, else the configured one, else the choice stored
    in the folder (``checkin.server_choice``: the window's choice), else its SQLite file.

    Raises ``Rejected`` (one Dutch line, no password) for a URL the app cannot use.
    """
    file = paths.database_path(data_dir)
    text = (url if url is not None else configured_url()) or ""
    if url is None and not text:
        from checkin import server_choice

        text = server_choice.stored_url(data_dir) or ""
    if not text.strip():
        return Target(file)
    try:
        parsed = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise Rejected(BAD_URL, url=redacted(text)) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == SQLITE and driver in ("pysqlite", ""):
        if parsed.database and Path(parsed.database).expanduser().resolve() != file.resolve():
            raise Rejected(
                N_(
                    "Een SQLite-database staat altijd in de gegevensmap ({path}); kies een andere map met "
                    "--data-dir in plaats van een ander bestand."
                ),
                path=str(file),
            )
        return Target(file)
    if backend not in (POSTGRESQL, "postgres") or driver not in ("psycopg", "psycopg2", ""):
        raise Rejected(BAD_URL, url=redacted(parsed))
    parsed = parsed.set(drivername=SERVER_DRIVER)  # psycopg 3, whatever driver the URL named
    if not parsed.database:
        raise Rejected(
            N_("In het database-adres {url} ontbreekt de naam van de database."), url=redacted(parsed)
        )
    return Target(file, _with_tls_default(parsed))


def is_local(url: URL) -> bool:
    """A server on this computer: a unix socket, localhost or no host at all."""
    host = str(url.query.get("host", "")) if not url.host else url.host
    return host in LOCAL_HOSTS or host.startswith("/")


def _with_tls_default(url: URL) -> URL:
    """A server elsewhere is reached over verified TLS unless the URL says otherwise."""
    if is_local(url) or "sslmode" in url.query:
        return url
    return url.update_query_dict({"sslmode": "verify-full"})


def server_engine(target: Target) -> Engine:
    """An engine on the server of ``target``, its connection checked (``Rejected`` when not reachable)."""
    assert target.url is not None
    try:
        import psycopg  # noqa: F401 - the optional extra 'server'
    except ImportError:
        raise Rejected(
            N_(
                "Voor een database op een server is het onderdeel 'server' van de app nodig "
                "(pip install 'checkin[server]')."
            )
        ) from None
    options = " ".join(f"-c {name}={value}" for name, value in SERVER_SETTINGS.items())
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, "options": options}
    if "application_name" not in target.url.query:
        connect_args["application_name"] = APPLICATION_NAME
    engine = create_engine(
        target.url,
        hide_parameters=True,
        pool_pre_ping=True,  # a desk's connection dropped by the network is replaced, not used
        connect_args=connect_args,
    )
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        engine.dispose()
        raise unreachable(target, error) from None
    return engine


CERTIFICATE_PROBLEMS = (
    "root certificate file",
    "certificate verify failed",
    "server certificate for",
    "does not match host name",
    "could not read root certificate",
)
"""Words of libpq's messages when the server's certificate cannot be verified (sslmode=verify-full):
no CA certificate on this computer, a CA that did not sign it, or a certificate for another name."""


def unreachable(target: Target, error: BaseException) -> Rejected:
    """One Dutch line for a server that cannot be used, without the password."""
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return Rejected(
            N_(
                "De gebruiker van {url} mag de tabellen niet maken of bijwerken; open de database eerst "
                "als coördinator (packaging/server/setup.sql)."
            ),
            url=redacted(target.url or ""),
        )
    reason = _reason(target, error)
    if any(sign in reason for sign in CERTIFICATE_PROBLEMS):
        return Rejected(
            N_(
                "Het certificaat van de databaseserver van {url} is niet te controleren, dus maakt de "
                "app geen verbinding: zet het CA-certificaat van de server op deze computer "
                "(~/.postgresql/root.crt, of sslrootcert=PAD in het adres) en gebruik de servernaam "
                "uit het certificaat; zie README ({reason})"
            ),
            url=redacted(target.url or ""),
            reason=reason,
        )
    return Rejected(
        N_("De databaseserver van {url} is niet bereikbaar of weigert de verbinding: {reason}"),
        url=redacted(target.url or ""),
        reason=reason,
    )


def sqlstate(error: BaseException) -> str | None:
    """The server's SQLSTATE of a database error (SQLAlchemy's wrapper or the driver's own)."""
    return getattr(getattr(error, "orig", None) or error, "sqlstate", None)


def cancelled(error: BaseException) -> bool:
    """Whether the server stopped the statement because it took too long (``statement_timeout``)."""
    return sqlstate(error) == QUERY_CANCELED


def from_server(error: BaseException) -> bool:
    """Whether ``error`` is the PostgreSQL driver's (wrapped by SQLAlchemy or not)."""
    original = getattr(error, "orig", None) or error
    return type(original).__module__.split(".")[0] == "psycopg"


def server_error(target: Target | None, error: BaseException) -> Rejected:
    """One Dutch line for an error of the server during a command or an action: without its SQL,
    without the password. What the user can do differs by kind: wait and try again (a timeout, a
    lock), ask for rights (permission denied), look at the connection (the server gone)."""
    url = redacted(target.url) if target is not None and target.url is not None else ""
    state = sqlstate(error) or ""
    if state == QUERY_CANCELED:
        return Rejected(
            N_(
                "De server brak de opdracht af omdat die te lang duurde; probeer het later nog eens, "
                "en meld het aan de beheerder van de server als het zo blijft."
            )
        )
    if state == LOCK_NOT_AVAILABLE:
        return Rejected(
            N_(
                "De gegevens op de server waren te lang bezet door een andere balie of opdracht; "
                "probeer het over een ogenblik nog eens."
            )
        )
    if state == INSUFFICIENT_PRIVILEGE:
        return Rejected(
            N_(
                "Deze gebruiker mag dit niet op de server {url}; doe het als coördinator, of vraag de "
                "beheerder van de server om de rechten (packaging/server/setup.sql)."
            ),
            url=url,
        )
    original = getattr(error, "orig", None) or error
    lost = not state and any(kind.__name__ == "OperationalError" for kind in type(original).__mro__)
    if lost or state.startswith(CONNECTION_GONE):  # the driver's own error when the line broke
        return unreachable(target or Target(Path()), error)
    return Rejected(
        N_("De databaseserver van {url} weigerde de opdracht: {reason}"),
        url=url,
        reason=_reason(target, error),
    )


def _reason(target: Target | None, error: BaseException) -> str:
    """The first line of the driver's message (never the SQL), without the password, short."""
    original = getattr(error, "orig", None) or error
    reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
    if target is not None and target.url is not None and target.url.password:
        reason = reason.replace(str(target.url.password), "***")
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", reason)[:200]


# --- what the engines spell differently ---------------------------------------------------------


def dialect_of(bind: Engine | Connection) -> str:
    return bind.dialect.name


def is_sqlite(bind: Engine | Connection) -> bool:
    return dialect_of(bind) == SQLITE


def has_table(connection: Connection, name: str) -> bool:
    """Whether the database has the table ``name`` (a cheap look-up, no reflection)."""
    if is_sqlite(connection):
        sql = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=:name"
    else:
        sql = "SELECT 1 WHERE to_regclass(:name) IS NOT NULL"
    return connection.exec_driver_sql(driver_sql(connection, sql), {"name": name}).first() is not None


_NAMED = re.compile(r"'(?:[^']|'')*'|(?<![:\w]):([A-Za-z_]\w*)")
"""A quoted literal (kept as it is) or a ``:name`` parameter (not a ``::`` cast)."""


def driver_sql(bind: Engine | Connection, sql: str) -> str:
    """Hand-written SQL with ``:name`` parameters in the driver's own style (for ``exec_driver_sql``).

    sqlite3 reads ``:name`` itself; psycopg wants ``%(name)s`` (and a literal ``%`` doubled).
    """
    return _driver_sql(dialect_of(bind), sql)


@lru_cache(maxsize=64)
def _driver_sql(dialect: str, sql: str) -> str:
    if dialect == SQLITE:
        return sql
    return _NAMED.sub(
        lambda match: match[0] if match[1] is None else f"%({match[1]})s", sql.replace("%", "%%")
    )


def in_list(name: str, values: list[Any]) -> tuple[str, dict[str, Any]]:
    """``:name0, :name1, ...`` and their parameters, for an ``IN (...)`` of ``values``."""
    params = {f"{name}{index}": value for index, value in enumerate(values)}
    return ", ".join(f":{key}" for key in params), params


@dataclass(frozen=True)
class Words:
    """The SQL fragments that differ between the engines, for the hand-written scans."""

    dialect: str = SQLITE

    @property
    def sqlite(self) -> bool:
        return self.dialect == SQLITE

    def least(self, a: str, b: str) -> str:
        return f"min({a}, {b})" if self.sqlite else f"least({a}, {b})"

    def ten_minutes(self, timestamp: str) -> str:
        """'HH:M' of a timestamp: its wall-clock time to the ten minutes."""
        if self.sqlite:
            return f"substr({timestamp}, 12, 4)"
        return f"substr(to_char({timestamp}, 'HH24:MI'), 1, 4)"

    def day_text(self, day: str) -> str:
        """A date as 'YYYY-MM-DD' text (SQLite keeps dates as such text already)."""
        return day if self.sqlite else f"to_char({day}, 'YYYY-MM-DD')"

    def as_int(self, flag: str) -> str:
        """A boolean column as 0 or 1."""
        return flag if self.sqlite else f"CAST({flag} AS INTEGER)"

    def json_rows(self, values: str) -> str:
        """The aggregate of the rows' ``values`` (SQL expressions, comma-separated) as JSON text:
        one array per row, ``[[a, b], [a, b]]``, and ``'[]'`` for no rows."""
        if self.sqlite:
            return f"json_group_array(json_array({values}))"
        return f"COALESCE(CAST(json_agg(json_build_array({values})) AS TEXT), '[]')"

    def joined(self, value: str) -> str:
        """The aggregate of the rows' ``value`` as text joined by commas (NULL for no rows)."""
        return f"group_concat({value})" if self.sqlite else f"string_agg(CAST({value} AS TEXT), ',')"

    def json_items(self, parameter: str, alias: str) -> str:
        """A table of the items of a JSON array given as text (``:parameter``); ``alias.value`` each."""
        if self.sqlite:
            return f"json_each({parameter}) AS {alias}"
        return f"json_array_elements(CAST({parameter} AS JSON)) AS {alias}(value)"

    def json_int(self, item: str, index: int) -> str:
        """The integer at ``index`` of a JSON array ``item`` (NULL for a JSON null)."""
        if self.sqlite:
            return f"json_extract({item}, '$[{index}]')"
        return f"CAST({item} ->> {index} AS INTEGER)"

    @property
    def join_in_order(self) -> str:
        """A join that SQLite's planner keeps in the written order (its CROSS JOIN); a JOIN elsewhere."""
        return "CROSS JOIN" if self.sqlite else "JOIN"


SQLITE_WORDS = Words(SQLITE)


def words(bind: Engine | Connection) -> Words:
    return Words(dialect_of(bind))
