"""`checkin check`, `checkin backup` and `checkin restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checkin import engines, instance, paths
from checkin.cli import EXIT_FAILURE, EXIT_OK, data_dir_of
from checkin.db import Database, check_file, current_revision, restore_database
from checkin.errors import Rejected
from checkin.i18n import N_


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser("check", parents=[parent], help=N_("controleer of de database in orde is"))
    check.set_defaults(run=run_check)
    backup = subparsers.add_parser("backup", parents=[parent], help=N_("maak een kopie van de database"))
    backup.add_argument("--out", required=True, type=Path, metavar="BESTAND", help=N_("waar de kopie komt"))
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=[parent], help=N_("zet een kopie van de database terug")
    )
    restore.add_argument("file", type=Path, metavar="BESTAND", help=N_("de backup om terug te zetten"))
    restore.add_argument(
        "--recovery-key",
        metavar="SLEUTEL",
        help=N_("de herstelsleutel van een versleutelde backup van een andere laptop"),
    )
    restore.set_defaults(run=run_restore)


def run_check(args: argparse.Namespace) -> int:
    target = engines.target(data_dir_of(args))
    if target.server:  # the server checks its own pages; here: reachable, this app's, a known version
        database = Database.open(data_dir_of(args), migrate=False)
        try:
            revision = current_revision(database.engine)
        finally:
            database.dispose()
        if revision is None:
            print(N_("{path} is geen database van deze app.").format(path=target.shown()), file=sys.stderr)
            return EXIT_FAILURE
        print(N_("De database is in orde: {path}").format(path=target.shown()))
        return EXIT_OK
    db_path = paths.database_path(data_dir_of(args))
    problems = check_file(db_path)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILURE
    print(N_("De database is in orde: {path}").format(path=db_path))
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    if engines.target(data_dir).server:
        raise Rejected(engines.NO_SERVER_BACKUP)
    db_path = paths.database_path(data_dir)
    problems = check_file(db_path)
    if problems:
        raise Rejected(N_("Er is geen backup gemaakt. {problems}"), problems=" ".join(problems))
    out: Path = args.out
    if out.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(out))
    database = Database.open(data_dir)
    try:
        database.backup(target=out)
    finally:
        database.dispose()
    print(N_("Backup gemaakt: {path}").format(path=out))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    if engines.target(data_dir).server:
        raise Rejected(engines.NO_SERVER_RESTORE)
    if not args.file.is_file():
        raise Rejected(N_("Het bestand {path} bestaat niet."), path=str(args.file))
    with instance.require(data_dir):  # never under a running app
        kept = restore_database(args.file, data_dir, source_key=args.recovery_key)
        Database.open(data_dir).dispose()  # upgrades an older backup to the current schema
    print(N_("Backup teruggezet in {path}").format(path=paths.database_path(data_dir)))
    if kept is not None:
        print(N_("De vorige database is bewaard als {path}").format(path=kept))
    return EXIT_OK
