"""`checkin move --to URL|sqlite`: a place's data from one engine to the other (checkin.transfer)."""

from __future__ import annotations

import argparse
from typing import Any

from checkin import instance, transfer
from checkin.cli import EXIT_OK, data_dir_of
from checkin.i18n import N_, N_n


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    move = subparsers.add_parser(
        "move",
        parents=[parent],
        help=N_(
            "zet alle gegevens over naar een database op een server (leeg, of met de gegevens van "
            "een andere locatie), of terug naar het bestand"
        ),
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=N_(
            "het doel: postgresql://gebruiker@server/database, of 'sqlite' voor het bestand in de gegevensmap"
        ),
    )
    move.set_defaults(run=run_move)


def run_move(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    to = transfer.SQLITE_URL if args.to.strip().lower() == "sqlite" else args.to
    with instance.require(data_dir):  # never under a running app of this folder
        copied, source, target = transfer.move(data_dir, to=to)
    if copied.already_there:
        print(transfer.ALREADY_THERE.format(places=", ".join(copied.already_there), target=target.shown()))
        return EXIT_OK
    if copied.appended:
        _print_appended(copied, target.shown())
    else:
        print(
            N_(
                "{rows} rijen overgezet naar {target} en gecontroleerd (aantallen per tabel en een controlesom)."
            ).format(rows=copied.total, target=target.shown())
        )
        for table, rows in copied.rows.items():
            print(f"  {table}: {rows}")
    print(N_("De bron {source} is niet veranderd en blijft bewaard.").format(source=source.shown()))
    if target.server:
        print(
            N_(
                "Gebruik voortaan de server met --database {url} of de omgevingsvariabele "
                "CHECKIN_DATABASE_URL; het bestand in de gegevensmap wordt dan niet meer gebruikt."
            ).format(url=target.shown())
        )
    else:
        print(
            N_(
                "Gebruik voortaan het bestand door de app te starten zonder --database en zonder "
                "CHECKIN_DATABASE_URL."
            )
        )
    return EXIT_OK


def _print_appended(copied: transfer.Copied, target: str) -> None:
    print(
        N_(
            "{rows} toegevoegd aan {target}, naast de gegevens die er al stonden, en gecontroleerd "
            "(aantallen per tabel en een controlesom van wat erbij kwam)."
        ).format(rows=N_n("%n rijen", "", copied.total), target=target)
    )
    for table, rows in copied.rows.items():
        print(f"  {table}: +{rows}")
    if copied.renumbered:
        print(
            N_n(
                "%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe "
                "code (Gezinnen, of een nieuwe gezinskaart).",
                "",
                copied.renumbered,
            )
        )
    if copied.left_out.get("listitem"):
        print(
            N_n(
                "%n lijstwaarden (dorpen, drankjes, thema's...) stonden er al en zijn niet dubbel gezet.",
                "",
                copied.left_out["listitem"],
            )
        )
    if copied.left_out.get("undoentry"):
        print(
            N_n(
                "%n acties van een open ochtend gaan niet mee in de lijst van Ongedaan maken.",
                "",
                copied.left_out["undoentry"],
            )
        )
    print(
        N_("De instellingen en de pincode van {target} zijn gebleven zoals ze waren.").format(target=target)
    )
