"""Encryption at rest with SQLCipher: the key, and connections that use it.

When a key is set, the database and every backup are SQLCipher files (``sqlcipher3``); without
one they are plain SQLite files. The key comes from ``use_key`` (the window or the command line
unlocked a folder that has a start-up passphrase, see checkin.keys), else from
``CHECKIN_PASSPHRASE`` (scripts, tests), else from the OS keyring (``keyring``), where the first
start and ``checkin encrypt`` put it so hosts never type it. Every raw connection of checkin.db and checkin.backups goes through ``connect`` so the
same code serves both.

A backup of another laptop is restored with its recovery key (``restore_database(source_key=)``,
``checkin restore --recovery-key``, and the window asks for it). A new data folder is encrypted
by default: checkin.keys decides how (keyring, start-up passphrase, or knowingly none).
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import sqlite3
import sys
import urllib.parse
from pathlib import Path
from typing import Any

from checkin.errors import Rejected
from checkin.i18n import N_

ENV_PASSPHRASE = "CHECKIN_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
ENV_NO_KEYRING = "CHECKIN_NO_KEYRING"
"""Set (tests, scripts) to never look in the OS keyring."""
ENV_ENCRYPTION = "CHECKIN_ENCRYPTION"
"""``none``: a new data folder stays unencrypted without asking (scripts, tests, benchmarks)."""
KEYRING_SERVICE = "checkin"
KEYRING_USER = "database-key"
RECOVERY_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"
SQLITE_HEADER = b"SQLite format 3\x00"


_process_key: list[str] = []
"""The key set by ``use_key`` for this process (at most one)."""


def use_key(key: str | None) -> None:
    """Use ``key`` for the data of this process from now on, before the environment and the
    keyring (a folder unlocked with its start-up passphrase); None forgets it."""
    _process_key.clear()
    if key:
        _process_key.append(key)


def key_in_use() -> bool:
    """True when ``use_key`` set this process's key."""
    return bool(_process_key)


def passphrase() -> str | None:
    """The key of this laptop's data, or None when the data is not encrypted."""
    if _process_key:
        return _process_key[0]
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    if os.environ.get(ENV_NO_KEYRING):
        return None
    return _keyring_key()


def _no_keyring_reachable() -> bool:
    """True on Linux without a D-Bus session and without a keyring of the user's choice: the OS
    keyrings there (Secret Service through ``secretstorage``/``jeepney``) are reached only over
    the session bus that ``DBUS_SESSION_BUS_ADDRESS`` names, so looking would find none. Importing
    ``keyring`` costs 0.15-0.2 s and about 20 MB (its backends, cryptography, importlib_metadata);
    once it is loaded (a keyring set by a program or a test), it is asked."""
    if (
        "keyring" in sys.modules
        or sys.platform in ("win32", "darwin")
        or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    ):
        return False
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return not (config / "python_keyring" / "keyringrc.cfg").exists()


@functools.lru_cache(maxsize=1)
def _keyring_key() -> str | None:
    """The key in the OS keyring (read once per process: a keyring may be slow or prompt)."""
    if _no_keyring_reachable():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or None
    except Exception:  # no keyring package or no backend: not encrypted through the keyring
        return None


def new_recovery_key() -> str:
    """A random key that a person can copy from paper: six groups of five, such as ``K7F3A-...``."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(30))
    return "-".join(chars[i : i + 5] for i in range(0, 30, 5))


def store_in_keyring(key: str) -> None:
    """Keep ``key`` in the OS keyring; ``Rejected`` (Dutch) when this computer has none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
    except Exception as error:
        raise Rejected(
            N_(
                "Deze computer heeft geen sleutelbos voor de sleutel ({reason}). Zet de sleutel in de "
                "omgevingsvariabele CHECKIN_PASSPHRASE."
            ),
            reason=type(error).__name__,
        ) from error
    _keyring_key.cache_clear()


def _driver() -> Any:
    try:
        import sqlcipher3
    except ImportError as error:
        raise Rejected(
            N_("Versleuteling is ingesteld, maar SQLCipher (het pakket sqlcipher3) is niet geïnstalleerd.")
        ) from error
    return sqlcipher3


def database_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The exception classes a database error can have (sqlite3's and, when used, SQLCipher's), and ``more``."""
    errors: list[type[Exception]] = [sqlite3.DatabaseError, *more]
    if passphrase() is not None:
        errors.append(_driver().DatabaseError)
    return tuple(errors)


def _quoted(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


KDF_ITERATIONS = 256_000
"""SQLCipher 4's default key derivation: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key
from the passphrase and the 16-byte salt that opens every encrypted file (``cipher_default_*``;
tests check these against the installed SQLCipher)."""
SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def _raw_key(key: str, salt: bytes) -> str:
    """SQLCipher's raw-key form of ``key`` for a file with ``salt``: ``x'<key hex><salt hex>'``.

    Derived once per process and salt: SQLCipher would derive it again on every connection (0.1-0.2 s
    each, several at each start)."""
    derived = hashlib.pbkdf2_hmac("sha512", key.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return f"x'{derived.hex()}{salt.hex()}'"


def _file_of(target: str | Path, uri: bool) -> Path:
    if not uri:
        return Path(target)
    text = str(target).removeprefix("file:").split("?", 1)[0]
    return Path(urllib.parse.unquote(text))


def _existing_salt(path: Path) -> bytes | None:
    """The salt at the start of an existing encrypted file; None for a new, empty or plain one."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(salt) < SALT_BYTES or salt == SQLITE_HEADER:
        return None
    return salt


def _key_pragma(conn: Any, key: str, path: Path | None) -> None:
    """Key ``conn``: an existing encrypted file with the raw key derived once per process (the same
    key SQLCipher derives from the passphrase, so files and recovery keys stay as they are); a new
    file with the passphrase, so SQLCipher chooses its salt."""
    salt = _existing_salt(path) if path is not None and not key.startswith("x'") else None
    if salt is None:
        conn.execute(f"PRAGMA key = {_quoted(key)}")
    else:
        conn.execute(f'PRAGMA key = "{_raw_key(key, salt)}"')


def connect(target: str | Path, *, uri: bool = False, key: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to ``target``, keyed with ``key`` (default: ``passphrase()``)."""
    key = key if key is not None else passphrase()
    if key is None:
        return sqlite3.connect(target, uri=uri, **kwargs)
    conn = _driver().connect(str(target), uri=uri, **kwargs)
    _key_pragma(conn, key, None if str(target) in ("", ":memory:") else _file_of(target, uri))
    return conn


def is_plain(path: Path) -> bool:
    """True for a non-empty file with the header of an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def export_copy(source: Path, target: Path, *, source_key: str | None, target_key: str | None) -> None:
    """Copy database ``source`` (keyed with ``source_key``, None when plain) to ``target`` keyed with
    ``target_key`` (None: unencrypted), through SQLCipher's ``sqlcipher_export``."""
    conn = _driver().connect(str(source))
    try:
        if source_key is not None:
            _key_pragma(conn, source_key, source)
        conn.execute(f"ATTACH DATABASE ? AS exported KEY {_quoted(target_key or '')}", (str(target),))
        conn.execute("SELECT sqlcipher_export('exported')")
        conn.execute("DETACH DATABASE exported")
    finally:
        conn.close()


def encrypt_copy(plain: Path, target: Path, *, key: str) -> None:
    """Write an encrypted copy of the unencrypted database ``plain`` to ``target``."""
    export_copy(plain, target, source_key=None, target_key=key)


def connect_existing(
    path: Path, *, readonly: bool = False, immutable: bool = False, key: str | None = None, **kwargs: Any
) -> Any:
    """A connection to an existing database file: unencrypted when its header says so, else keyed
    with ``key`` (default: ``passphrase()``).

    ``immutable`` (with ``readonly``): SQLite neither locks nor creates any file beside it; only
    for a file without a WAL to read.
    """
    target = str(path)
    if readonly:
        target = f"file:{urllib.parse.quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    if is_plain(path):
        return sqlite3.connect(target, uri=readonly, **kwargs)
    return connect(target, uri=readonly, key=key, **kwargs)


def plain_by_choice() -> bool:
    """True when scripts asked (``CHECKIN_ENCRYPTION=none``) that a new data folder stays unencrypted."""
    return os.environ.get(ENV_ENCRYPTION, "").strip().lower() == "none"


def has_sqlcipher() -> bool:
    """True when SQLCipher (the package ``sqlcipher3``) is installed."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def can_encrypt_by_default() -> bool:
    """True when SQLCipher is installed and this computer has a usable OS keyring for the key."""
    if os.environ.get(ENV_NO_KEYRING) or not has_sqlcipher():
        return False
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, NoKeyring) and getattr(backend, "priority", 0) > 0
