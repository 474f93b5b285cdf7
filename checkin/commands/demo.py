"""`checkin demo`: fill an empty data folder with realistic made-up data."""

from __future__ import annotations

import argparse
from typing import Any

from checkin.cli import EXIT_OK, data_dir_of, positive_int
from checkin.db import Database
from checkin.demo import MAX_LOCATIONS, check_options, fill_demo
from checkin.i18n import N_, N_n


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser(
        "demo", parents=[parent], help=N_("vul een lege gegevensmap met demogegevens")
    )
    demo.add_argument(
        "--families", type=positive_int, default=120, metavar="N", help=N_("aantal gezinnen (120)")
    )
    demo.add_argument("--weeks", type=positive_int, default=52, metavar="W", help=N_("aantal weken (52)"))
    demo.add_argument(
        "--locations",
        type=positive_int,
        default=1,
        metavar="L",
        help=N_("aantal locaties, 1 tot en met {n} (1)").format(n=MAX_LOCATIONS),
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=N_("startgetal van het toeval (1)"))
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    check_options(families=args.families, weeks=args.weeks, locations=args.locations)
    database = Database.open(data_dir_of(args))
    try:
        with database.session() as session:
            counts = fill_demo(
                session, families=args.families, weeks=args.weeks, locations=args.locations, seed=args.seed
            )
    finally:
        database.dispose()
    print(
        N_("Demogegevens gemaakt: {locations}, {families}, {mornings}, {visits}, {drinks}.").format(
            locations=N_n("%n locaties", "", counts["locations"]),
            families=N_n("%n gezinnen", "", counts["families"]),
            mornings=N_n("%n ochtenden", "", counts["mornings"]),
            visits=N_n("%n bezoeken", "", counts["visits"]),
            drinks=N_n("%n drankjes", "", counts["drinks"]),
        )
    )
    return EXIT_OK
