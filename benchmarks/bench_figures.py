"""Figures over a million visits: `checkin export` against the same aggregate SQL run raw.

Targets (issue "Cijfers"): the whole export at most 1.5x the raw SQLite aggregate queries it
needs, on the same file; the figures of one location-year under 0.5 s.

The raw baseline is a separate Python process that imports nothing but ``sqlite3`` and runs the
aggregate queries of every section (``checkin.stats.measures.statements``) on the same file, so
the ratio is what the app adds: start-up, SQLAlchemy, the anonymity rules and writing the file.
For scale, the time of one plain ``count(*)``/``count(DISTINCT family)`` query is printed too.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks._data import build_years
from checkin.db import SCHEMA_REVISION

CACHE = Path(tempfile.gettempdir()) / f"checkin-bench-1m-{SCHEMA_REVISION}"
"""Per schema revision: a cache made by an older app would have to be upgraded by this one."""
FAMILIES, YEARS, PER_MORNING = 20_000, 20, 962  # 1,000,480 visits
WHOLE = (date(2016, 1, 1), date(2035, 12, 31))
ONE_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
RUNS = 3

RAW_RUNNER = """
import json, sqlite3, sys
queries = json.load(open(sys.argv[2]))
connection = sqlite3.connect(sys.argv[1])
for sql, params in queries:
    connection.execute(sql, params).fetchall()
"""


def _median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _raw_queries(folder: Path, target: Path) -> None:
    """The aggregate SQL of the export, with its parameters, as the raw process will run it."""
    from checkin.stats.measures import statements

    queries = []
    for sql, params in statements(location_id=1, start=WHOLE[0], end=WHOLE[1]).values():
        queries.append((sql, params))
    target.write_text(json.dumps(queries), encoding="utf-8")


def main() -> None:
    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = build_years(CACHE, families=FAMILIES, years=YEARS, per_morning=PER_MORNING)
    print(f"(data ready in {time.perf_counter() - started:.1f} s at {cached})")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "data"
        shutil.copytree(cached, folder)
        database = folder / "checkin.sqlite"
        queries = scratch / "queries.json"
        _raw_queries(folder, queries)

        count_query = [
            sys.executable,
            "-c",
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("
            "'SELECT count(*), count(DISTINCT family_id) FROM visit').fetchall()",
            str(database),
        ]
        raw = [sys.executable, "-c", RAW_RUNNER, str(database), str(queries)]
        export = [
            sys.executable,
            "-m",
            "checkin",
            "--data-dir",
            str(folder),
            "export",
            "--from",
            WHOLE[0].isoformat(),
            "--to",
            WHOLE[1].isoformat(),
            "--format",
            "csv",
            "--out",
            str(scratch / "cijfers.csv"),
        ]
        single = _median_seconds(count_query)
        raw_time = _median_seconds(raw)
        export_time = _median_seconds(export)
        print("visits: 1,000,480 over 20 years, one location")
        print(f"one count(*) + count(DISTINCT) query (raw, for scale): {single:.2f} s")
        print(f"the export's aggregate queries run raw with sqlite3:   {raw_time:.2f} s")
        print(
            f"checkin export --format csv (whole command):         {export_time:.2f} s "
            f"(ratio {export_time / raw_time:.2f}, target <= 1.5)"
        )
        for fmt in ("json", "xlsx", "pdf"):
            command = [*export[:-4], "--format", fmt, "--out", str(scratch / f"cijfers.{fmt}")]
            print(f"checkin export --format {fmt}:                      {_median_seconds(command):.2f} s")

        from checkin.db import Database
        from checkin.stats.measures import build_report

        db = Database.open(folder)
        times = []
        with db.session() as session:
            for _ in range(5):
                began = time.perf_counter()
                build_report(session, start=ONE_YEAR[0], end=ONE_YEAR[1], location_id=1)
                times.append(time.perf_counter() - began)
        db.dispose()
        print(
            f"one location-year (50,986 visits), figures in-process: median {statistics.median(times):.2f} s "
            "(target < 0.5)"
        )


if __name__ == "__main__":
    main()
