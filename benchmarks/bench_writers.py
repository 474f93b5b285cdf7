"""The bulk writers: importing a large earlier list, and filling a demo folder.

Figures (issue 10): the import of a generated list of 20,000 rows (CSV, two years of weekly
mornings, families by code and by name, adults by role) and `fill_demo` with 500 families and
52 weeks, each into a fresh data folder. The import and the demo write through the services'
bulk writer; these figures show it is as fast as the inserts it replaced.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from checkin.demo import NAMES

ROWS = 20_000
IMPORT_NOW = datetime(2026, 11, 25, 12, 0)
DEMO_TODAY = date(2026, 11, 25)


def write_list(path: Path, *, rows: int = ROWS, seed: int = 11) -> Path:
    """A semicolon CSV of ``rows`` visits: weekly mornings, about 200 families each, no duplicates."""
    rng = random.Random(seed)
    families = [(f"F{n:05d}" if n % 2 else "", f"{rng.choice(NAMES)} {n}") for n in range(3_000)]
    lines = ["datum;naam;code;kinderen;volwassenen;moeders;vaders;woonplaats"]
    day = date(2024, 11, 6)
    while len(lines) <= rows:
        for code, name in rng.sample(families, 200):
            mothers = rng.choice((1, 1, 1, 0))
            fathers = rng.choice((0, 0, 1))
            adults = max(1, mothers + fathers + rng.choice((0, 0, 0, 1)))
            village = rng.choice(("Numansdorp", "Strijen", "klaaswaal", ""))
            lines.append(
                f"{day:%d-%m-%Y};{name};{code};{rng.randrange(0, 4)};{adults};{mothers};{fathers};{village}"
            )
            if len(lines) > rows:
                break
        day += timedelta(weeks=1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bench_import(folder: Path) -> float:
    from checkin import imports
    from checkin.db import Database
    from checkin.models import Location
    from checkin.services.lists import ensure_default_lists

    csv_path = write_list(folder / "lijst.csv")
    database = Database.open(folder / "data")
    try:
        with database.session() as session:
            ensure_default_lists(session)
            location = Location(name="De Kleine Knuistjes")
            session.add(location)
            session.commit()
            assert location.id is not None
            location_id = location.id
        table = imports.read_table(csv_path)
        mapping = imports.guess_mapping(table.headers)
        with database.session() as session:
            started, cpu = time.perf_counter(), time.process_time()
            result = imports.apply(
                session, table=table, mapping=mapping, location_id=location_id, now=IMPORT_NOW
            )
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        database.dispose()
    print(
        f"import of {len(table.rows):,} rows ({result.visits:,} visits, {result.families:,} new families, "
        f"{result.mornings} mornings): {elapsed:.2f} s ({cpu:.2f} s CPU)"
    )
    return elapsed


def bench_demo(folder: Path, *, families: int = 500, weeks: int = 52) -> float:
    from checkin.db import Database
    from checkin.demo import fill_demo

    database = Database.open(folder / "demo")
    try:
        with database.session() as session:
            started, cpu = time.perf_counter(), time.process_time()
            counts = fill_demo(session, families=families, weeks=weeks, today=DEMO_TODAY)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        database.dispose()
    print(
        f"demo with {families} families and {weeks} weeks ({counts['visits']:,} visits, "
        f"{counts['drinks']:,} drinks): {elapsed:.2f} s ({cpu:.2f} s CPU)"
    )
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp))
        bench_demo(Path(tmp))


if __name__ == "__main__":
    main()
