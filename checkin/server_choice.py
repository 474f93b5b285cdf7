"""Where a data folder's data lives, as chosen in the window: this computer's file or a server.

The choice is kept in a small file of the data folder (``database.json``, readable by the user
only), holding the server's URL *without* its password. The password goes into the OS keyring
(service ``checkin-server``, the URL as the key); without a keyring the window asks it at each
start and keeps it for the process only (``use_password``), or the server takes it from
``~/.pgpass`` (libpq reads that file itself). The password is never written to a file or a log.

``checkin.engines.target`` reads the choice when neither ``--database`` nor
``CHECKIN_DATABASE_URL`` chose a database: those still win.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from checkin.errors import Rejected
from checkin.files import atomic_path
from checkin.i18n import N_

CHOICE_FILE = "database.json"
KEYRING_SERVICE = "checkin-server"
DEFAULT_PORT = 5432
_FORMAT = 1

_passwords: dict[str, str] = {}
"""Passwords typed at the start of this process (no keyring), by stored URL."""

Outcome = Literal["ok", "password", "not_found", "tls", "database", "other"]

CONNECTED = N_("De server is bereikbaar en de gegevens kloppen.")
CONNECTED_EMPTY = N_(
    "De server is bereikbaar en de gegevens kloppen. De database is nog leeg: de app maakt de tabellen bij de start."
)
WRONG_PASSWORD = N_("De server is gevonden, maar de gebruikersnaam of het wachtwoord klopt niet.")
NEEDS_PASSWORD = N_("De server vraagt een wachtwoord; vul het wachtwoord in.")
NOT_FOUND = N_(
    "De server {server} is niet gevonden of neemt niet op. Kijk de naam van de server en de poort na, "
    "en of deze computer op het netwerk zit."
)
TLS_PROBLEM = N_(
    "De beveiligde verbinding (TLS) met {server} lukt niet: de server biedt geen TLS aan of zijn "
    "certificaat is niet te controleren. Vraag de beheerder van de server om hulp."
)
NO_DATABASE = N_(
    "De server is bereikbaar, maar de database {database} bestaat daar niet (of u mag er niet in)."
)
OTHER_PROBLEM = N_("De verbinding met de server lukt niet: {reason}")
NO_KEYRING = N_(
    "Deze computer heeft geen sleutelbos voor het wachtwoord: de app vraagt het bij elke start. "
    "Of zet het in het bestand ~/.pgpass (zie de documentatie van PostgreSQL)."
)


@dataclass(frozen=True)
class ServerFields:
    """What the coordinator fills in for a server."""

    server: str
    database: str
    user: str
    port: int | None = None


@dataclass(frozen=True)
class Choice:
    """The stored choice of a data folder: ``url`` None for this computer's file."""

    url: str | None

    @property
    def server(self) -> bool:
        return self.url is not None


@dataclass(frozen=True)
class TestResult:
    """The answer of a connection test: ``outcome`` and one Dutch line (``message`` with ``values``)."""

    outcome: Outcome
    message: str
    values: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def text(self) -> str:
        return self.message.format(**dict(self.values))


def choice_file(data_dir: Path) -> Path:
    return data_dir / CHOICE_FILE


def stored(data_dir: Path) -> Choice | None:
    """The folder's stored choice; None when none was made (or the file cannot be read)."""
    try:
        content = json.loads(choice_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(content, dict):
        return None
    url = content.get("url")
    return Choice(url=str(url) if url else None)


def stored_url(data_dir: Path) -> str | None:
    """The stored server URL (with the password filled in from memory or the keyring); None: the file."""
    choice = stored(data_dir)
    if choice is None or choice.url is None:
        return None
    return with_password(choice.url)


def build_url(fields: ServerFields) -> URL:
    """The server's URL from the fields (no password); ``Rejected`` in Dutch for a missing field."""
    server, database, user = fields.server.strip(), fields.database.strip(), fields.user.strip()
    if not server:
        raise Rejected(N_("Vul de naam van de server in."))
    if not database:
        raise Rejected(N_("Vul de naam van de database in."))
    if not user:
        raise Rejected(N_("Vul de gebruikersnaam in."))
    if fields.port is not None and not 1 <= fields.port <= 65535:
        raise Rejected(N_("De poort moet een getal tussen 1 en 65535 zijn."))
    if server.startswith("/"):  # a unix socket folder on this computer
        query: dict[str, str] = {"host": server}
        if fields.port is not None:
            query["port"] = str(fields.port)
        return URL.create("postgresql+psycopg", username=user, database=database, query=query)
    return URL.create(
        "postgresql+psycopg",
        username=user,
        host=server,
        port=fields.port if fields.port not in (None, DEFAULT_PORT) else None,
        database=database,
    )


def stored_text(url: URL) -> str:
    """The URL as stored and as the keyring's key: never with a password."""
    bare = URL.create(  # URL.set(password=None) would keep the password
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def fields_of(url_text: str) -> ServerFields:
    """The fields of a stored URL (to fill the dialog again)."""
    url = make_url(url_text)
    host = url.host or str(url.query.get("host", ""))
    port = url.port or (int(str(url.query["port"])) if "port" in url.query else None)
    return ServerFields(server=host, database=url.database or "", user=url.username or "", port=port)


def described(url_text: str) -> tuple[str, str, str]:
    """(server, database, user) of a URL, to show."""
    fields = fields_of(url_text)
    server = fields.server + (f":{fields.port}" if fields.port else "")
    return server, fields.database, fields.user


# --- the password --------------------------------------------------------------------------------


def has_keyring() -> bool:
    """True when this computer has a usable OS keyring (``CHECKIN_NO_KEYRING`` says no)."""
    from checkin import crypto

    if os.environ.get(crypto.ENV_NO_KEYRING):
        return False
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, NoKeyring) and getattr(backend, "priority", 0) > 0


def use_password(url_text: str, password: str | None) -> None:
    """Use ``password`` for the server of ``url_text`` in this process (typed at the start)."""
    key = _key(url_text)
    if password:
        _passwords[key] = password
    else:
        _passwords.pop(key, None)


def password(url_text: str) -> str | None:
    """The password of the server of ``url_text``: typed in this process, else from the keyring."""
    key = _key(url_text)
    if key in _passwords:
        return _passwords[key]
    if not has_keyring():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key) or None
    except Exception:
        return None


def forget_password(url_text: str) -> None:
    """Remove the password of the server of ``url_text`` from this process and the OS keyring."""
    key = _key(url_text)
    _passwords.pop(key, None)
    if not has_keyring():
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, key)
    except Exception:  # a keyring that cannot be reached now: nothing more to do here
        return


def with_password(url_text: str) -> str:
    """``url_text`` with its password filled in when one is known (else as it is: ~/.pgpass, trust)."""
    try:
        url = make_url(url_text)
    except (ArgumentError, ValueError):
        return url_text
    if url.password:
        return url_text
    known = password(url_text)
    if known is None:
        return url_text
    return url.set(password=known).render_as_string(hide_password=False)


def _key(url_text: str) -> str:
    try:
        return stored_text(make_url(url_text))
    except (ArgumentError, ValueError):
        return url_text


def remember(data_dir: Path, *, url: URL | None, password: str = "") -> bool:
    """Store the choice of ``data_dir``: ``url`` None for this computer's file, else the server's
    URL without its password; the password into the keyring (and for this process). Returns False
    when a password was given but there is no keyring: the window asks it at each start then."""
    data_dir.mkdir(parents=True, exist_ok=True)
    text = None if url is None else stored_text(url)
    before = stored(data_dir)
    content = {"format": _FORMAT, "url": text}
    with atomic_path(choice_file(data_dir), mode=0o600) as temp:
        temp.write_text(json.dumps(content) + "\n", encoding="utf-8")
    if before is not None and before.url is not None and _key(before.url) != text:
        forget_password(before.url)  # the server left behind keeps no password on this computer
    if text is None:
        return True
    use_password(text, password or None)
    if not password:
        return True
    if not has_keyring():
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, text, password)
    except Exception:
        return False
    return True
