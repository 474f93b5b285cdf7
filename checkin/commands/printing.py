"""`checkin flyer` and `checkin cards`: printable PDFs of the programme and family check-in cards."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from checkin.cli import EXIT_OK, data_dir_of, positive_int
from checkin.db import Database
from checkin.i18n import N_
from checkin.pdf.layout import SIZES


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    flyer = subparsers.add_parser(
        "flyer",
        parents=[parent],
        help=N_("maak een poster van een activiteit of het programma van een maand"),
    )
    which = flyer.add_mutually_exclusive_group(required=True)
    which.add_argument("--activity", type=positive_int, metavar="ID", help=N_("het nummer van de activiteit"))
    which.add_argument(
        "--month", metavar="JJJJ-MM", help=N_("de maand van het programma, bijvoorbeeld 2026-03")
    )
    flyer.add_argument(
        "--size",
        choices=SIZES,
        default="a4",
        help=N_("a4: een poster; a5: twee folders op een A4-vel, met snijtekens (a4)"),
    )
    flyer.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf", help=N_("het PDF-bestand"))
    flyer.set_defaults(run=run_flyer)

    cards = subparsers.add_parser("cards", parents=[parent], help=N_("maak gezinskaarten om af te drukken"))
    cards.add_argument(
        "--family",
        action="append",
        metavar="CODE",
        help=N_("de code van een gezin; herhaal voor meer gezinnen (standaard: alle gezinnen)"),
    )
    cards.add_argument("--no-names", action="store_true", help=N_("zet de namen niet op de kaarten"))
    cards.add_argument("--out", required=True, type=Path, metavar="BESTAND.pdf", help=N_("het PDF-bestand"))
    cards.set_defaults(run=run_cards)


def run_flyer(args: argparse.Namespace) -> int:
    from checkin.files import write_atomic
    from checkin.services import printing
    from checkin.services.programme import parse_month

    month = parse_month(args.month) if args.month is not None else None
    database = Database.open(data_dir_of(args))
    try:
        with database.session() as session:
            if month is None:
                data = printing.poster_pdf(session, activity_id=args.activity, size=args.size)
            else:
                location = printing.current_location(session)
                assert location.id is not None
                data = printing.programme_pdf(session, location_id=location.id, month=month, size=args.size)
    finally:
        database.dispose()
    write_atomic(args.out, data)
    print(N_("Flyer gemaakt: {path}").format(path=args.out))
    return EXIT_OK


def run_cards(args: argparse.Namespace) -> int:
    from checkin.files import write_atomic
    from checkin.services import printing

    database = Database.open(data_dir_of(args))
    try:
        with database.session() as session:
            data = printing.cards_pdf(session, codes=args.family, with_names=not args.no_names)
    finally:
        database.dispose()
    write_atomic(args.out, data)
    print(N_("Gezinskaarten gemaakt: {path}").format(path=args.out))
    return EXIT_OK
