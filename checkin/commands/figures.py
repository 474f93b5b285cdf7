"""`checkin export` and `checkin merge`: the anonymous figures as a file (docs/statistics.md, docs/cli.md).

Both only read: the export reads the database (and refuses a data folder without one rather than
make an empty one), the merge reads JSON exports. The file is written at once through
``write_atomic``, so a command that fails leaves nothing behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from checkin.cli import EXIT_OK, data_dir_of, parse_date
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.stats.exports import DEFAULT_LANGUAGE, FORMATS
from checkin.stats.measures import PERIOD_KINDS


def _min_count(text: str) -> int:
    """--min-count as a whole number; whether it is allowed is the anonymity rules' decision."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(N_("'{text}' is geen geheel getal").format(text=text)) from None


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export", parents=[parent], help=N_("schrijf de anonieme cijfers naar een bestand")
    )
    export.add_argument(
        "--from",
        dest="start",
        required=True,
        type=parse_date,
        metavar="DATUM",
        help=N_("eerste dag (JJJJ-MM-DD)"),
    )
    export.add_argument(
        "--to",
        dest="end",
        required=True,
        type=parse_date,
        metavar="DATUM",
        help=N_("laatste dag (JJJJ-MM-DD)"),
    )
    export.add_argument(
        "--by",
        choices=PERIOD_KINDS,
        help=N_("deel de periode op per maand, kwartaal of jaar (standaard: één periode)"),
    )
    export.add_argument(
        "--location", metavar="NAAM", help=N_("alleen deze locatie (standaard: alle locaties en hun totaal)")
    )
    export.add_argument(
        "--min-count",
        type=_min_count,
        metavar="K",
        help=N_("minimale telling k, minstens 3 (standaard: de instelling, meestal 5)"),
    )
    _format_and_out(export)
    export.set_defaults(run=run_export)

    merge = subparsers.add_parser(
        "merge", parents=[parent], help=N_("voeg de JSON-exports van meer locaties samen tot één overzicht")
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="BESTAND", help=N_("JSON-exports van checkin"))
    _format_and_out(merge)
    merge.set_defaults(run=run_merge)


def _format_and_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=FORMATS, help=N_("het soort bestand"))
    parser.add_argument(
        "--language",
        default=DEFAULT_LANGUAGE,
        metavar="TAAL",
        help=N_("de taal van de teksten in het bestand, bijvoorbeeld en (standaard: nl, Nederlands)"),
    )
    parser.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help=N_("het bestand om te maken")
    )


def _write(args: argparse.Namespace, data: bytes) -> None:
    from checkin.files import write_atomic

    write_atomic(args.out, data)


def run_export(args: argparse.Namespace) -> int:
    from sqlmodel import col, select

    from checkin import engines, paths
    from checkin.db import Database
    from checkin.models import Location
    from checkin.rules import check_k
    from checkin.stats.exports import check_language, render
    from checkin.stats.measures import build_report, split_periods

    check_language(args.language)
    split_periods(args.start, args.end, args.by)  # the dates first: no database needed to refuse them
    if args.min_count is not None:
        check_k(args.min_count)
    data_dir = data_dir_of(args)
    if not engines.target(data_dir).server and not paths.database_path(data_dir).is_file():
        raise Rejected(
            N_("In {folder} staat nog geen database; er zijn dus nog geen cijfers."), folder=str(data_dir)
        )
    # It reads only: no page-by-page scan, and a plain file stays as it is (the window encrypts it
    # when a key is set), so a plain file's export never loads the OS keyring (~0.2 s).
    database = Database.open(data_dir, scan_pages=False, encrypt_plain=False)
    try:
        with database.session() as session:
            location_id = None
            if args.location is not None:
                known = list(session.exec(select(Location).order_by(col(Location.name))))
                matches = [loc for loc in known if loc.name == args.location]
                if not matches:
                    raise Rejected(
                        N_("Onbekende locatie '{name}'. Bekende locaties: {known}."),
                        name=args.location,
                        known=", ".join(loc.name for loc in known) or N_("(geen)"),
                    )
                location_id = matches[0].id
            report = build_report(
                session, start=args.start, end=args.end, by=args.by, location_id=location_id, k=args.min_count
            )
    finally:
        database.dispose()
    _write(args, render(report, args.format, args.language))
    print(
        N_("Cijfers geschreven naar {path} ({locations}, k = {k}).").format(
            path=args.out, locations=", ".join(report.locations), k=report.k
        )
    )
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    from checkin.stats.exports import check_language, render
    from checkin.stats.json_export import MAX_BYTES, load_export
    from checkin.stats.merge import merge_reports

    check_language(args.language)
    reports = []
    for path in args.files:
        if not path.is_file():
            raise Rejected(N_("Het bestand {path} bestaat niet."), path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise Rejected(N_("{name} is te groot voor een export van cijfers."), name=path.name)
        try:
            data = path.read_bytes()
        except OSError:
            raise Rejected(N_("Het bestand {path} kan niet worden gelezen."), path=str(path)) from None
        reports.append((path.name, load_export(data, name=path.name)))
    overview = merge_reports(reports)
    _write(args, render(overview, args.format, args.language))
    print(
        N_("Overzicht van {count} bestanden geschreven naar {path} ({locations}, k = {k}).").format(
            count=len(reports), path=args.out, locations=", ".join(overview.locations), k=overview.k
        )
    )
    return EXIT_OK
