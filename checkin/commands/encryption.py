"""`checkin encrypt`: encrypt the data folder with SQLCipher, key in the OS keyring, recovery key on paper."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from checkin import crypto, instance, paths
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
        key = os.environ.get(crypto.ENV_PASSPHRASE) or crypto.new_recovery_key()
        write_recovery_sheet(key=key, out=args.recovery_pdf, made_on=date.today(), data_dir=data_dir)
        if not os.environ.get(crypto.ENV_PASSPHRASE):
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
