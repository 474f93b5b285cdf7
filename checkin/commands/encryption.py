"""`checkin encrypt`: encrypt the data folder with SQLCipher, recovery key on paper.

The key goes to the OS keyring; without one, on a terminal, it is kept behind a start-up
passphrase typed twice (checkin.keys); ``CHECKIN_PASSPHRASE`` is the key itself (scripts).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from checkin import crypto, instance, keys, paths
from checkin.cli import EXIT_OK, data_dir_of
from checkin.db import Database
from checkin.errors import Rejected
from checkin.i18n import N_


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    encrypt = subparsers.add_parser(
        "encrypt", parents=[parent], help=N_("versleutel de gegevens en backups (SQLCipher)")
    )
    encrypt.add_argument(
        "--recovery-pdf",
        required=True,
        type=Path,
        metavar="BESTAND",
        help=N_("waar het blad met de herstelsleutel komt"),
    )
    encrypt.set_defaults(run=run_encrypt)


def run_encrypt(args: argparse.Namespace) -> int:
    from checkin.recovery_sheet import write_recovery_sheet  # reportlab: only for this command

    data_dir = data_dir_of(args)
    db_path = paths.database_path(data_dir)
    with instance.require(data_dir):
        if db_path.exists() and db_path.stat().st_size > 0 and not crypto.is_plain(db_path):
            raise Rejected(N_("De gegevens zijn al versleuteld."))
        from_env = os.environ.get(crypto.ENV_PASSPHRASE)
        key = from_env or crypto.new_recovery_key()
        passphrase = None if from_env else _startup_passphrase()
        write_recovery_sheet(key=key, out=args.recovery_pdf, made_on=date.today(), data_dir=data_dir)
        if passphrase is not None:
            keys.keep_with_passphrase(data_dir, passphrase=passphrase, key=key)
        elif not from_env:
            try:
                crypto.store_in_keyring(key)  # the sheet exists before the key is used
            except Rejected:
                args.recovery_pdf.unlink(missing_ok=True)  # a key that is never used
                raise
        Database.open(data_dir).dispose()  # converts the database and its backups
    print(
        N_("De gegevens zijn versleuteld. Bewaar het blad met de herstelsleutel op slot: {path}").format(
            path=args.recovery_pdf
        )
    )
    return EXIT_OK


def _startup_passphrase() -> str | None:
    """Without a keyring, on a terminal: a new start-up passphrase, typed twice (checkin.keys).

    None with a keyring, or without a terminal (the keyring's refusal then says what to do).
    """
    if crypto.can_encrypt_by_default() or not sys.stdin.isatty():
        return None
    print(
        N_(
            "Deze computer heeft geen sleutelbos. De gegevens worden versleuteld met een wachtwoord, "
            "dat de app bij elke start vraagt. {rule}"
        ).format(rule=keys.PASSPHRASE_RULE.format(n=keys.MIN_PASSPHRASE))
    )
    first = getpass.getpass(N_("Nieuw wachtwoord: "))
    keys.check_new_passphrase(first, getpass.getpass(N_("Nog een keer hetzelfde wachtwoord: ")))
    return first
