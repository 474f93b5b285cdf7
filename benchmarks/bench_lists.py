"""Reading and previewing large and hostile lists (issue 12): time and peak memory.

- a 50,000-row CSV and the same list as XLSX, laid out as volunteers keep it (the date only on a
  morning's first row, a subtotal after each morning, village spellings), read with
  ``imports.read_table`` and previewed with ``imports.preview`` into an empty data folder;
- a small XLSX (about 1.8 KB) whose sheet claims the range A1:XFD1048576, and one that also has a
  cell in row 1,048,576.

Time is measured without tracing; peak memory is measured in a second run under ``tracemalloc``
(Python allocations), and the process's peak resident size is printed at the end.
Targets: under 10 s and under 300 MB for 50,000 rows; the small claiming file in under 2 s.
"""

from __future__ import annotations

import random
import re
import resource
import tempfile
import time
import tracemalloc
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from checkin.demo import NAMES

ROWS = 50_000
TODAY = date(2026, 11, 25)
VILLAGES = ["Numansdorp", "Oud Beijerland", "OBL", "Gravendeel", "strijen", ""]


def rows(count: int = ROWS, seed: int = 12) -> list[list[object]]:
    """``count`` data rows: per morning ~60 families with the date on the first row, then a subtotal."""
    rng = random.Random(seed)
    families = [f"{rng.choice(NAMES)} {n}" for n in range(3_000)]
    out: list[list[object]] = []
    day = datetime(2020, 1, 8)
    while len(out) < count:
        for index, name in enumerate(rng.sample(families, 60)):
            out.append([day if index == 0 else None, name, rng.randrange(0, 4), 1, rng.choice(VILLAGES)])
            if len(out) >= count - 1:
                break
        out.append([None, "Subtotaal", 99, 60, None])
        day += timedelta(days=2)  # ~820 mornings: three a week, 2020 to 2024
    return out[:count]


def write_csv(path: Path, data: list[list[object]]) -> Path:
    lines = ["Datum;Naam;Kinderen;Volwassenen;Woonplaats"]
    for cells in data:
        lines.append(
            ";".join(
                f"{c:%d-%m-%Y}" if isinstance(c, datetime) else "" if c is None else str(c) for c in cells
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, data: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Bezoeken")
    sheet.append(["Datum", "Naam", "Kinderen", "Volwassenen", "Woonplaats"])
    for cells in data:
        sheet.append(cells)
    workbook.save(path)
    return path


def write_claiming(path: Path, *, last_row: bool) -> Path:
    """A tiny workbook whose sheet claims A1:XFD1048576 (and, with ``last_row``, has a cell there)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Datum", "Naam", "Kinderen"])
    sheet.append([datetime(2026, 3, 4), "Sanne", 2])
    if last_row:
        sheet.cell(row=1_048_576, column=1, value="x")
    workbook.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, content in parts.items():
            target.writestr(filename, content)
    return path


def read_and_preview(path: Path, data_dir: Path) -> tuple[int, int]:
    from checkin import imports
    from checkin.db import Database
    from checkin.models import Location
    from checkin.services.lists import ensure_default_lists

    database = Database.open(data_dir)
    try:
        with database.session() as session:
            ensure_default_lists(session)
            location = session.get(Location, 1)
            if location is None:
                location = Location(name="De Kleine Knuistjes")
                session.add(location)
                session.commit()
            assert location.id is not None
            table = imports.read_table(path)
            mapping = imports.guess_mapping(table.headers, table.rows)
            plan = imports.preview(
                session, table=table, mapping=mapping, location_id=location.id, today=TODAY
            )
    finally:
        database.dispose()
    return len(plan.visits), len(plan.left_out)


def measure(label: str, path: Path, data_dir: Path) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    visits, left_out = read_and_preview(path, data_dir)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    tracemalloc.start()
    read_and_preview(path, data_dir)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label} ({path.stat().st_size / 1e6:.1f} MB): read + preview {elapsed:.2f} s ({cpu:.2f} s CPU), "
        f"peak traced memory {peak / 1e6:.0f} MB ({visits:,} visits, {left_out:,} subtotal rows left out)"
    )


def measure_claiming(path: Path) -> None:
    from checkin import imports
    from checkin.errors import Rejected

    started = time.perf_counter()
    tracemalloc.start()
    try:
        table = imports.read_table(path)
        outcome = f"read: {len(table.rows)} row(s)"
    except Rejected as error:
        outcome = f"refused: {error.message}"
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{path.name} ({path.stat().st_size:,} bytes, claims A1:XFD1048576): {outcome} in "
        f"{time.perf_counter() - started:.2f} s, peak traced memory {peak / 1e6:.1f} MB"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = rows()
        measure("CSV, 50,000 rows", write_csv(folder / "lijst.csv", data), folder / "data")
        measure("XLSX, 50,000 rows", write_xlsx(folder / "lijst.xlsx", data), folder / "data")
        measure_claiming(write_claiming(folder / "claim.xlsx", last_row=False))
        measure_claiming(write_claiming(folder / "claim-last-row.xlsx", last_row=True))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"process peak resident size (all of the above, incl. writing the files): {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
