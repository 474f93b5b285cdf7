"""The key of the data folder on the command line, before and after a command (checkin.keys).

Before: an encrypted folder whose key is not at hand gets its start-up passphrase (or recovery
key) from ``CHECKIN_PASSPHRASE``, else typed on the terminal (not shown); without a terminal the
command ends with exit 2 and one Dutch line. A folder without a database gets a new key when the
computer has a keyring (``demo`` excepted: made-up data stays plain).

After: a command that made the folder's database tells how it is kept. With a keyring the new
key goes there and its recovery key is printed once; without one, one line says the data is not
encrypted and how to encrypt it (``checkin encrypt``); ``demo`` says once that demo data is not
encrypted. ``CHECKIN_ENCRYPTION=none`` keeps a new folder plain without a word (scripts).
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from checkin import crypto, engines, keys
from checkin.errors import Rejected
from checkin.i18n import N_

OWN_KEY_COMMANDS = frozenset({"encrypt", "merge"})
"""Commands that take care of the key themselves (``encrypt``) or never open the data (``merge``)."""
TRIES = 3

RECOVERY_KEY_MADE = N_(
    "De gegevens zijn versleuteld; de sleutel staat in de sleutelbos van deze computer. "
    "Herstelsleutel: {key} - schrijf hem op en bewaar hem op slot, hij wordt maar één keer getoond."
)
NOT_ENCRYPTED = N_(
    "Let op: de gegevens zijn niet versleuteld (deze computer heeft geen sleutelbos). "
    "Versleutelen: checkin encrypt --recovery-pdf BESTAND"
)
DEMO_NOT_ENCRYPTED = N_("De demogegevens zijn niet versleuteld; voor verzonnen gegevens is dat niet nodig.")


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def unlock(data_dir: Path, *, ask: Callable[[str], str] = _ask, tty: bool | None = None) -> None:
    """Make the key of an encrypted folder at hand, or ``Rejected`` (Dutch, exit 2)."""
    needed = keys.needed_at_start(data_dir)  # tries CHECKIN_PASSPHRASE on the key file first
    if needed is None:
        return
    if tty is None:
        tty = sys.stdin.isatty()
    if not tty:
        raise Rejected(
            N_(
                "De gegevens zijn versleuteld met een wachtwoord: typ het in een terminal, of geef "
                "het in de omgevingsvariabele CHECKIN_PASSPHRASE."
            )
        )
    prompt = N_("Wachtwoord van de gegevens: ")
    for attempt in range(TRIES):
        try:
            keys.unlock(data_dir, ask(prompt))
            return
        except Rejected as refusal:
            if attempt == TRIES - 1:
                raise
            print(refusal.message, file=sys.stderr)


def prepare(command: str, data_dir: Path) -> Callable[[], None]:
    """Unlock or plan the folder's key before ``command``; returns what to do after it (always call it)."""
    if command in OWN_KEY_COMMANDS or engines.target(data_dir).server:
        return lambda: None  # a server database has no key of this laptop's
    unlock(data_dir)
    plan = keys.new_folder_plan(data_dir)
    if plan is None or plan == "key":
        return lambda: None
    new_key: str | None = None
    if plan == "keyring" and command != "demo":
        new_key = keys.new_key()
        crypto.use_key(new_key)  # kept in the keyring once the command made the database

    def after() -> None:
        if keys.is_new(data_dir):
            return  # the command made no database (or failed before it did)
        if new_key is not None and keys.is_encrypted(data_dir):
            try:
                crypto.store_in_keyring(new_key)
            finally:
                print(RECOVERY_KEY_MADE.format(key=new_key), file=sys.stderr)
        elif command == "demo":
            print(DEMO_NOT_ENCRYPTED)  # beside the demo's own summary
        elif plan != "plain" or not crypto.plain_by_choice():
            print(NOT_ENCRYPTED, file=sys.stderr)

    return after
