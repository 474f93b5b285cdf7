"""`checkin check`, `checkin backup` and `checkin restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checkin import clean_close, engines, instance, paths
from checkin.cli import EXIT_FAILURE, EXIT_OK, data_dir_of
from checkin.db import SCHEMA_REVISION, Database, check_file, current_revision, restore_database
from checkin.errors import Rejected
from checkin.i18n import N_


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser("check", parents=[parent], help=N_("controleer of de database in orde is"))
    check.set_defaults(run=run_check, writes_nothing=True)
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
    """Check the database (on a server: reachable, this app's, a known version); a suspect WAL beside it is reported and not read (nothing is written)."""
    target = engines.target(data_dir_of(args))
    if target.server:  # the server checks its own pages; here: reachable, this app's, a known version
        database = Database.open(data_dir_of(args), migrate=False)
        try:
            revision = current_revision(database.engine)
            doubles = _double_registrations(database) if revision == SCHEMA_REVISION else 0
        finally:
            database.dispose()
        if revision is None:
            print(N_("{path} is geen database van deze app.").format(path=target.shown()), file=sys.stderr)
            return EXIT_FAILURE
        print(N_("De database is in orde: {path}").format(path=target.shown()))
        if doubles:
            print(
                N_(
                    "Mogelijk dubbel ingeschreven (zonder verbinding, met dezelfde naam, woonplaats en "
                    "geboortemaanden als een ander gezin): {n}. Kijk ze na in Gezinnen."
                ).format(n=doubles)
            )
        return EXIT_OK
    data_dir = data_dir_of(args)
    db_path = paths.database_path(data_dir)
    suspect = clean_close.suspect_wal(data_dir)
    problems = check_file(db_path, ignore_wal=suspect)
    if suspect:
        problems = [clean_close.WAL_SUSPECT, *problems]
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_FAILURE
    print(N_("De database is in orde: {path}").format(path=db_path))
    return EXIT_OK


def _double_registrations(database: Database) -> int:
    """Families registered offline that may be registered twice (0 on a database before 0009)."""
    from checkin import journal

    with database.session() as session:
        return journal.double_registrations(session)


def run_backup(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    out: Path = args.out
    if engines.target(data_dir).server:
        return _backup_server(data_dir, out)
    db_path = paths.database_path(data_dir)
    problems = check_file(db_path)
    if problems:
        raise Rejected(N_("Er is geen backup gemaakt. {problems}"), problems=" ".join(problems))
    if out.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(out))
    database = Database.open(data_dir)
    try:
        database.backup(target=out)
    finally:
        database.dispose()
    print(N_("Backup gemaakt: {path}").format(path=out))
    return EXIT_OK


def _backup_server(data_dir: Path, out: Path) -> int:
    """The same portable backup file (SQLite, this laptop's key) of a server database."""
    from checkin import transfer

    if out.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(out))
    database = Database.open(data_dir)
    try:
        transfer.server_backup(database, out)
    finally:
        database.dispose()
    print(N_("Backup gemaakt: {path}").format(path=out))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    if not args.file.is_file():
        raise Rejected(N_("Het bestand {path} bestaat niet."), path=str(args.file))
    target = engines.target(data_dir)
    if target.server:
        return _restore_server(args, data_dir, target)
    with instance.require(data_dir):  # never under a running app
        kept = restore_database(args.file, data_dir, source_key=args.recovery_key)
        Database.open(data_dir).dispose()  # upgrades an older backup to the current schema
    print(N_("Backup teruggezet in {path}").format(path=paths.database_path(data_dir)))
    if kept is not None:
        print(N_("De vorige database is bewaard als {path}").format(path=kept))
    return EXIT_OK


def _restore_server(args: argparse.Namespace, data_dir: Path, target: engines.Target) -> int:
    """The backup's data replaces the server's in one transaction; its PIN stays."""
    from checkin import transfer

    with instance.require(data_dir):
        database = Database.open(data_dir)
        try:
            _copied, kept = transfer.restore_to_server(args.file, database, source_key=args.recovery_key)
        finally:
            database.dispose()
    print(N_("Backup teruggezet in {path}").format(path=target.shown()))
    print(N_("De vorige database is bewaard als {path}").format(path=kept))
    return EXIT_OK
