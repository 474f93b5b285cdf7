"""`checkin import`: earlier visits from a CSV or XLSX list, with the reading and preview of the window.

The preview is printed (one line per visit, and one Dutch line per row that is not taken, with
the reason); without ``--dry-run`` everything readable is then written in one transaction. Exit
status: 0 when visits were (or, with ``--dry-run``, would be) imported; 2 with the reasons when
nothing can be imported or the file or an option is refused; 1 for anything else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from checkin import engines, imports, paths
from checkin.cli import EXIT_OK, EXIT_USAGE, data_dir_of
from checkin.db import Database
from checkin.errors import Rejected
from checkin.i18n import N_, N_n
from checkin.models import Location
from checkin.text import fold

FIELD_NAMES: dict[str, str] = {
    **{field: field for field in imports.FIELDS},
    "datum": "date",
    "naam": "name",
    "gezinscode": "code",
    "kinderen": "children",
    "volwassenen": "adults",
    "moeders": "mothers",
    "vaders": "fathers",
    "grootouders": "grandparents",
    "woonplaats": "village",
    "kind": "child_name",
    "geboortedatum": "child_birth",
}
"""What ``--map COLUMN=FIELD`` accepts as FIELD (English or Dutch); ``geen`` or ``none`` unmaps."""


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "import",
        parents=[parent],
        help=N_("neem eerdere bezoeken over uit een CSV- of Excel-lijst"),
        description=N_(
            "Leest de lijst zoals het venster dat doet, toont wat er wordt overgenomen en neemt dan alles "
            "in een keer over (of niets)."
        ),
    )
    command.add_argument("file", metavar=N_("BESTAND"), help=N_("de lijst (.csv, .txt, .xlsx)"))
    command.add_argument("--location", required=True, metavar="NAAM", help=N_("de ontmoetingsplek"))
    command.add_argument(
        "--sheet",
        action="append",
        metavar="NAAM",
        help=N_("lees dit werkblad (mag vaker; standaard: elk werkblad met een tabel)"),
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOLOM=VELD",
        help=N_("kolom KOLOM (kop of nummer) is VELD: {fields}, of geen").format(
            fields=", ".join(sorted(set(FIELD_NAMES)))
        ),
    )
    command.add_argument(
        "--dates",
        choices=imports.DATE_ORDERS,
        default="dmy",
        help=N_("dag-maand-jaar (dmy, standaard) of mdy"),
    )
    command.add_argument("--village", default="", metavar="NAAM", help=N_("woonplaats voor regels zonder"))
    command.add_argument(
        "--village-map",
        action="append",
        default=[],
        metavar="SCHRIJFWIJZE=WOONPLAATS",
        help=N_(
            "lees deze schrijfwijze in het bestand als deze woonplaats uit de lijst (mag vaker; wordt onthouden)"
        ),
    )
    command.add_argument(
        "--dry-run", action="store_true", help=N_("toon alleen wat er zou worden overgenomen; schrijf niets")
    )
    command.set_defaults(run=run_import)


def mapping_with(table: imports.Table, overrides: list[str]) -> imports.ColumnMapping:
    """The guessed mapping, changed by ``--map COLUMN=FIELD`` options."""
    found = {
        field: index
        for field in imports.FIELDS
        if (index := getattr(imports.guess_mapping(table.headers, table.rows), field)) is not None
    }
    for option in overrides:
        column, sep, wanted = option.rpartition("=")
        if not sep or not column.strip():
            raise Rejected(
                N_("--map '{option}': schrijf KOLOM=VELD, bijvoorbeeld \"Naam kind=kind\"."), option=option
            )
        index = _column(table, column.strip())
        field = fold(wanted)
        for other in [name for name, at in found.items() if at == index]:
            del found[other]
        if field in ("geen", "none", "-", ""):
            continue
        if field not in FIELD_NAMES:
            raise Rejected(
                N_("--map '{option}': onbekend veld '{field}'. Kies uit: {fields}."),
                option=option,
                field=wanted,
                fields=", ".join(sorted(set(FIELD_NAMES))),
            )
        found[FIELD_NAMES[field]] = index
    return imports.ColumnMapping(**found)


def _column(table: imports.Table, column: str) -> int:
    matches = [index for index, header in enumerate(table.headers) if fold(header) == fold(column)]
    if matches:
        return matches[0]
    if column.isdigit() and 1 <= int(column) <= len(table.headers):
        return int(column) - 1
    raise Rejected(
        N_("Kolom '{column}' staat niet in het bestand. Kolommen: {headers}."),
        column=column,
        headers=", ".join(table.headers),
    )


def run_import(args: argparse.Namespace) -> int:
    table = imports.read_table(Path(args.file), sheets=args.sheet)
    mapping = mapping_with(table, args.map)
    village_map = {}
    for option in args.village_map:
        raw, sep, village = option.partition("=")
        if not sep or not raw.strip() or not village.strip():
            raise Rejected(
                N_(
                    "--village-map '{option}': schrijf SCHRIJFWIJZE=WOONPLAATS, bijvoorbeeld \"OBL=Oud-Beijerland\"."
                ),
                option=option,
            )
        village_map[raw.strip()] = village.strip()
    data_dir = data_dir_of(args)
    if not engines.target(data_dir).server and not paths.database_path(data_dir).is_file():
        raise Rejected(N_("In {folder} staat nog geen database; open eerst de app."), folder=str(data_dir))
    database = Database.open(data_dir)
    try:
        with database.session() as session:
            choices = imports.Choices(
                table=table,
                mapping=mapping,
                location_id=_location(session, args.location),
                default_village=args.village,
                dates=args.dates,
                village_map=village_map,
            )
            plan = imports.preview(session, **choices)
            _print_preview(table, mapping, plan)
            if not plan.visits:
                reason = (
                    N_("Alle bezoeken in dit bestand staan er al in. Er is niets overgenomen.")
                    if plan.skipped
                    else N_("Geen enkele regel in het bestand is leesbaar. Er is niets overgenomen.")
                )
                print(reason, file=sys.stderr)
                for problem in plan.unreadable[:20]:
                    print(_line(problem), file=sys.stderr)
                return EXIT_USAGE
            if args.dry_run:
                print(N_("Proefdraai: er is niets opgeslagen."))
                return EXIT_OK
            result = imports.apply(session, **choices)
    finally:
        database.dispose()
    print(
        N_("Klaar: {visits} overgenomen, {families}, {mornings}.").format(
            visits=N_n("%n bezoeken", "", result.visits),
            families=N_n("%n nieuwe gezinnen", "", result.families),
            mornings=N_n("%n nieuwe ochtenden", "", result.mornings),
        )
    )
    return EXIT_OK


def _location(session: Any, name: str) -> int:
    known = list(session.exec(select(Location).order_by(col(Location.name))))
    matches = [location for location in known if fold(location.name) == fold(name)]
    if not matches or matches[0].id is None:
        raise Rejected(
            N_("Onbekende locatie '{name}'. Bekende locaties: {known}."),
            name=name,
            known=", ".join(location.name for location in known) or N_("(geen)"),
        )
    return int(matches[0].id)


def _line(problem: imports.Problem) -> str:
    if problem.row == 0:
        return problem.message
    where = (
        N_("Werkblad {sheet}, regel {row}").format(sheet=problem.sheet, row=problem.row)
        if problem.sheet
        else N_("Regel {row}").format(row=problem.row)
    )
    return f"{where}: {problem.message}"


def _print_preview(table: imports.Table, mapping: imports.ColumnMapping, plan: imports.Preview) -> None:
    columns = ", ".join(
        f"{imports.FIELD_LABELS[field]} = '{table.headers[index]}'"
        for field in imports.FIELDS
        if (index := getattr(mapping, field)) is not None
    )
    print(N_("Kolommen: {columns}").format(columns=columns))
    for warning in plan.warnings:
        print(N_("Let op: {warning}").format(warning=_line(warning)))
    for raw, village in plan.matched_villages:
        print(N_("Woonplaats '{raw}' gelezen als {village}.").format(raw=raw, village=village))
    for raw in plan.unknown_villages:
        print(
            N_(
                "Woonplaats '{raw}' uit het bestand is onbekend; kies er een met --village-map \"{raw}=WOONPLAATS\"."
            ).format(raw=raw)
        )
    for visit in plan.visits:
        notes = [N_("nieuw gezin")] if visit.new_family else []
        if visit.date_from_above:
            notes.append(N_("datum van de regel erboven"))
        place = (
            N_("Werkblad {sheet}, regel {row}").format(sheet=visit.sheet, row=visit.row)
            if visit.sheet
            else N_("Regel {row}").format(row=visit.row)
        )
        print(
            N_(
                "{place}: {day} {family}, {children} kind(eren), {adults} volwassene(n), {village}{notes}"
            ).format(
                place=place,
                day=visit.day.strftime("%d-%m-%Y"),
                family=visit.family,
                children=visit.children,
                adults=visit.adults,
                village=visit.village or N_("woonplaats onbekend"),
                notes=f" ({', '.join(notes)})" if notes else "",
            )
        )
    for problem in sorted(plan.left_out + plan.unreadable + plan.skipped, key=lambda p: (p.sheet, p.row)):
        print(N_("Niet overgenomen: {line}").format(line=_line(problem)))
    print(
        N_(
            "Over te nemen: {visits} bezoeken ({families} nieuwe gezinnen, {mornings} nieuwe ochtenden). "
            "Niet leesbaar: {unreadable}. Al aanwezig of dubbel: {skipped}. Geen bezoek: {left_out}."
        ).format(
            visits=len(plan.visits),
            families=plan.new_families,
            mornings=plan.new_mornings,
            unreadable=len(plan.unreadable),
            skipped=len(plan.skipped),
            left_out=len(plan.left_out),
        )
    )
