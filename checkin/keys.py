"""Whose key opens a data folder, and how a new folder gets one: encrypted unless a person decides otherwise.

A new data folder is encrypted with SQLCipher whenever it can be:

- a key is at hand already (``CHECKIN_PASSPHRASE``, or a key in the OS keyring): it is used;
- the computer has an OS keyring: a new random key goes there, and its recovery key is shown once;
- no keyring: the coordinator is asked (the window; the command line says how to encrypt later)
  to choose a *start-up passphrase* or, knowingly, no encryption.

With a start-up passphrase the database key is still a random recovery key (so backups and the
recovery sheet work as with the keyring); the key file ``checkin.key`` in the data folder holds it,
encrypted with the passphrase (scrypt, then the derived bytes as a one-time pad and an HMAC that
tells a wrong passphrase at once). The window asks the passphrase at every start before the
database opens; the command line asks it on the terminal or takes ``CHECKIN_PASSPHRASE``. The key
then lives for the process only (``crypto.use_key``). The recovery key opens the folder too.

``CHECKIN_ENCRYPTION=none`` (scripts, tests, benchmarks) keeps a new folder unencrypted without asking.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Literal

from checkin import crypto, paths
from checkin.db import Database, check_file, encrypt_open
from checkin.errors import Rejected
from checkin.files import atomic_path
from checkin.i18n import N_

KEY_FILE = "checkin.key"
MIN_PASSPHRASE = 10
"""A start-up passphrase has at least this many characters."""
PASSPHRASE_RULE = N_("Kies een wachtwoord van minstens {n} tekens, bijvoorbeeld drie of vier woorden.")
WRONG_PASSPHRASE = N_("Het wachtwoord klopt niet. Probeer het opnieuw.")
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_FORMAT = 1

Plan = Literal["key", "keyring", "ask", "plain"]
"""How a new data folder is made: with the key at hand, with a new key in the keyring, after
asking the coordinator (no keyring), or unencrypted (``CHECKIN_ENCRYPTION=none``, no SQLCipher)."""
Needed = Literal["passphrase"]
"""What must be typed before an encrypted database opens: the start-up passphrase (or the
recovery key in its place)."""


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def is_new(data_dir: Path) -> bool:
    """True when the data folder has no database yet."""
    return not paths.database_path(data_dir).exists()


def is_encrypted(data_dir: Path) -> bool:
    """True when the folder's database is an SQLCipher file (not a plain SQLite file, not empty)."""
    db_path = paths.database_path(data_dir)
    try:
        return db_path.stat().st_size > 0 and not crypto.is_plain(db_path)
    except OSError:
        return False


def new_folder_plan(data_dir: Path) -> Plan | None:
    """How the first start makes the folder's database; None when the folder has one already."""
    if not is_new(data_dir):
        return None
    _set_aside_stale_key_file(data_dir)
    if crypto.passphrase() is not None:
        return "key"
    if crypto.plain_by_choice() or not crypto.has_sqlcipher():
        return "plain"
    return "keyring" if crypto.can_encrypt_by_default() else "ask"


def _set_aside_stale_key_file(data_dir: Path) -> None:
    """A key file without a database (an unfinished first start, or a database removed by hand)
    would ask for a passphrase that opens nothing: it moves to the backups folder, where it still
    opens the backups made with it."""
    stale = key_file(data_dir)
    if stale.exists() and not crypto.key_in_use():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        folder = paths.backup_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        os.replace(stale, folder / f"checkin-{stamp}.key")


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """``Rejected`` (Dutch) for a start-up passphrase that is too short or not typed twice alike."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise Rejected(N_("Dit wachtwoord is te kort. {rule}"), rule=PASSPHRASE_RULE.format(n=MIN_PASSPHRASE))
    if repeated is not None and repeated != passphrase:
        raise Rejected(N_("De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."))


def _stream(passphrase: str, salt: bytes, length: int, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=params["n"],
        r=params["r"],
        p=params["p"],
        maxmem=128 * 1024 * 1024,
        dklen=length + 32,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_key_file(data_dir: Path, *, passphrase: str, key: str) -> Path:
    """Keep ``key`` in the folder's key file, encrypted with ``passphrase`` (0600, all or nothing)."""
    raw = key.encode("utf-8")
    salt = secrets.token_bytes(16)
    stream = _stream(passphrase, salt, len(raw), _SCRYPT)
    wrapped = bytes(a ^ b for a, b in zip(raw, stream[: len(raw)], strict=True))
    mac = hmac.new(stream[len(raw) :], salt + wrapped, hashlib.sha256).digest()
    content = {
        "format": _FORMAT,
        "kdf": "scrypt",
        **_SCRYPT,
        "salt": _b64(salt),
        "key": _b64(wrapped),
        "mac": _b64(mac),
    }
    path = key_file(data_dir)
    with atomic_path(path, mode=0o600, data_write=True) as temp:
        temp.write_text(json.dumps(content) + "\n", encoding="utf-8")
    return path


def read_key_file(data_dir: Path, passphrase: str) -> str | None:
    """The key kept in the folder's key file; None when ``passphrase`` is not the one it was kept with."""
    try:
        content = json.loads(key_file(data_dir).read_text(encoding="utf-8"))
        salt, wrapped, mac = (base64.b64decode(content[name]) for name in ("salt", "key", "mac"))
        params = {name: int(content[name]) for name in ("n", "r", "p")}
        if content.get("format") != _FORMAT or content.get("kdf") != "scrypt":
            raise ValueError(content.get("format"))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise Rejected(
            N_("Het sleutelbestand {path} kan niet worden gelezen ({reason}). Typ de herstelsleutel."),
            path=str(key_file(data_dir)),
            reason=type(error).__name__,
        ) from error
    stream = _stream(passphrase, salt, len(wrapped), params)
    expected = hmac.new(stream[len(wrapped) :], salt + wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, stream[: len(wrapped)], strict=True)).decode("utf-8")


def needed_at_start(data_dir: Path) -> Needed | None:
    """``passphrase`` when the folder's start-up passphrase must be typed before its database
    opens; None when nothing needs typing.

    ``CHECKIN_PASSPHRASE`` is tried on the key file first (scripts), and may also hold the
    database key itself. An encrypted-looking database without a key file is left to the open
    and check that follow: it cannot be told from a damaged or foreign file, and those are
    answered with the backups (its recovery key goes in ``CHECKIN_PASSPHRASE``).
    """
    if crypto.key_in_use() or not key_file(data_dir).exists() or not is_encrypted(data_dir):
        return None
    from_env = os.environ.get(crypto.ENV_PASSPHRASE)
    if from_env:
        try:
            key = read_key_file(data_dir, from_env)
        except Rejected:
            key = None
        if key is not None:
            crypto.use_key(key)
            return None
        if _opens(data_dir, from_env):
            return None  # CHECKIN_PASSPHRASE holds the database key itself
    return "passphrase"


def _opens(data_dir: Path, key: str) -> bool:
    """True when ``key`` opens the folder's database."""
    try:
        return not check_file(paths.database_path(data_dir), key=key, pages=False)
    except Exception:  # SQLCipher's "file is not a database" for a wrong key
        return False


def _as_recovery_key(typed: str) -> str:
    """A recovery key as typed from paper: spaces gone, capitals, the dashes where they belong."""
    chars = "".join(ch for ch in typed.upper() if ch.isalnum())
    if len(chars) != 30:
        return typed.strip()
    return "-".join(chars[i : i + 5] for i in range(0, 30, 5))


def unlock(data_dir: Path, typed: str) -> None:
    """Open the folder's key with its start-up passphrase, or with its recovery key; from now on
    this process uses it. ``Rejected`` (Dutch) when neither fits: nothing changes."""
    if not typed:
        raise Rejected(WRONG_PASSPHRASE)
    unreadable: Rejected | None = None
    try:
        key = read_key_file(data_dir, typed) if key_file(data_dir).exists() else None
    except Rejected as refusal:  # a damaged key file: the recovery key still opens the data
        key, unreadable = None, refusal
    if key is None:
        candidate = _as_recovery_key(typed)
        if _opens(data_dir, candidate):
            key = candidate
    if key is None:
        raise unreadable or Rejected(WRONG_PASSPHRASE)
    crypto.use_key(key)


def new_key() -> str:
    """A new random key; it is also the recovery key the coordinator keeps on paper."""
    return crypto.new_recovery_key()


def keep_in_keyring(key: str) -> None:
    """Keep ``key`` in the OS keyring and use it in this process; ``Rejected`` without a keyring."""
    crypto.store_in_keyring(key)
    crypto.use_key(key)


def keep_with_passphrase(data_dir: Path, *, passphrase: str, key: str) -> None:
    """Keep ``key`` in the folder's key file behind ``passphrase`` and use it in this process."""
    check_new_passphrase(passphrase)
    data_dir.mkdir(parents=True, exist_ok=True)
    write_key_file(data_dir, passphrase=passphrase, key=key)
    crypto.use_key(key)


def refuse_encrypted(data_dir: Path) -> None:
    """``Rejected`` (Dutch) when the folder's data is encrypted already."""
    if is_encrypted(data_dir):
        raise Rejected(N_("De gegevens zijn al versleuteld."))


def encrypt_database(database: Database, *, key: str) -> None:
    """Encrypt the open, unencrypted ``database`` and its backups with ``key`` (kept already by
    ``keep_in_keyring`` or ``keep_with_passphrase``); the database stays open."""
    refuse_encrypted(database.data_dir)
    crypto.use_key(key)
    encrypt_open(database, key=key)
