"""Figures over a million visits: `checkin export` against one full scan and against its own SQL.

Targets (issue 17): the whole `checkin export` at most 10 times one full scan of the visits
(a bare ``python -c`` running ``count(*)`` and ``count(DISTINCT family_id)`` over them); the
figures of one location-year under 0.3 s, also on one core.

The export's own SQL is every statement that ``build_report`` runs for the export (recorded
here through SQLAlchemy's ``before_cursor_execute``, with its parameters) run again by a bare
``python -c`` that imports nothing but ``sqlite3``: the ratio to it is what the app adds
(start-up, SQLAlchemy, the counting in Python, the anonymity rules, writing the file).
The statements are those of a second report: the first one computes every morning's figures
from its visits and keeps them (``checkin.services.kept_figures``); that first export, on a fresh
copy of the data, is timed once on its own ("first export"). Everything runs on all cores and on one core (``taskset -c 0``, standing for an old laptop).
Times are medians of the wall clock; the CPU time (user + system) of the same runs is printed
beside them, as it moves less on a shared machine. The app's own modules are compiled to
bytecode first (``compileall``), as in an installed app.
"""

from __future__ import annotations

import compileall
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks._data import build_years
from checkin.db import SCHEMA_REVISION, Database

CACHE = Path(tempfile.gettempdir()) / f"checkin-bench-1m-{SCHEMA_REVISION}"
"""Per schema revision: a cache made by an older app would have to be upgraded by this one."""
FAMILIES, YEARS, PER_MORNING = 20_000, 20, 962  # 1,000,480 visits
WHOLE = (date(2016, 1, 1), date(2035, 12, 31))
ONE_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
RUNS = 3

FULL_SCAN = """
import sqlite3, sys
sqlite3.connect(sys.argv[1]).execute('SELECT count(*), count(DISTINCT family_id) FROM visit').fetchall()
"""
RAW_RUNNER = """
import json, sqlite3, sys
statements = json.load(open(sys.argv[2]))
connection = sqlite3.connect(sys.argv[1])
for sql, params in statements:
    connection.execute(sql, params).fetchall()
"""
ONE_LOCATION_YEAR = """
import json, statistics, sys, time
from datetime import date
from pathlib import Path
from checkin.db import Database
from checkin.stats.measures import build_report
db = Database.open(Path(sys.argv[1]), scan_pages=False)
times = []
with db.session() as session:
    for _ in range(6):
        began = time.perf_counter()
        build_report(session, start=date(2025, 1, 1), end=date(2025, 12, 31), location_id=1)
        times.append(time.perf_counter() - began)
db.dispose()
print(json.dumps(times[1:]))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _median(command: list[str]) -> tuple[float, float]:
    """Median wall time and median CPU time of ``RUNS`` runs of ``command``."""
    walls, cpus = [], []
    for _ in range(RUNS):
        cpu = _children_cpu()
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _export_statements(folder: Path, target: Path) -> int:
    """Record every statement the export's ``build_report`` runs, with its parameters."""
    from sqlalchemy import event

    from checkin.db import Database
    from checkin.stats.measures import build_report

    recorded: list[tuple[str, object]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: object, *_rest: object) -> None:
        recorded.append((statement, list(parameters) if isinstance(parameters, tuple) else parameters))

    db = Database.open(folder, scan_pages=False)
    with db.session() as session:  # the first report keeps the mornings' figures: record the next one
        build_report(session, start=WHOLE[0], end=WHOLE[1])
    event.listen(db.engine, "before_cursor_execute", record)
    with db.session() as session:
        build_report(session, start=WHOLE[0], end=WHOLE[1])
    db.dispose()
    target.write_text(json.dumps(recorded), encoding="utf-8")
    return len(recorded)


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _load() -> str:
    return "load average " + ", ".join(f"{n:.2f}" for n in os.getloadavg())


def main() -> None:
    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = build_years(CACHE, families=FAMILIES, years=YEARS, per_morning=PER_MORNING)
    print(f"(data ready in {time.perf_counter() - started:.1f} s at {cached})")
    import checkin

    compileall.compile_dir(str(Path(checkin.__file__).parent), quiet=1)
    one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else None
    print(f"machine: {_machine()}; before: {_load()}")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "data"
        shutil.copytree(cached, folder)
        Database.open(folder, scan_pages=False).dispose()  # a cache of an older app: upgraded first
        database = folder / "checkin.sqlite"
        statements = scratch / "statements.json"
        count = _export_statements(folder, statements)
        full_scan = [sys.executable, "-c", FULL_SCAN, str(database)]
        raw = [sys.executable, "-c", RAW_RUNNER, str(database), str(statements)]
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
        year = [sys.executable, "-c", ONE_LOCATION_YEAR, str(folder)]
        firsts = {}
        for label, prefix in [("all cores", []), ("one core (taskset -c 0)", one_core or [])]:
            fresh = scratch / "fresh"
            shutil.copytree(cached, fresh)
            Database.open(fresh, scan_pages=False).dispose()
            command = [*export[:4], str(fresh), *export[5:-1], str(scratch / "eerste.csv")]
            started = time.perf_counter()
            subprocess.run(prefix + command, check=True, capture_output=True)
            firsts[label] = time.perf_counter() - started
            shutil.rmtree(fresh)
        print("visits: 1,000,480 over 20 years, one location; medians of 3 (CPU time in brackets)")
        print(f"the export runs {count} SQL statements (all of them, not only those over the visits)")
        cores = [("all cores", [])] + ([("one core (taskset -c 0)", one_core)] if one_core else [])
        for label, prefix in cores:
            scan_wall, scan_cpu = _median(prefix + full_scan)
            raw_wall, raw_cpu = _median(prefix + raw)
            export_wall, export_cpu = _median(prefix + export)
            times = json.loads(
                subprocess.run(prefix + year, check=True, capture_output=True, text=True).stdout
            )
            print(f"-- {label}")
            print(
                f"one full scan, count(*) + count(DISTINCT family_id):  {scan_wall:.2f} s ({scan_cpu:.2f} s)"
            )
            print(
                f"the export's own SQL run raw with sqlite3:             {raw_wall:.2f} s ({raw_cpu:.2f} s)"
            )
            print(
                f"checkin export --format csv (whole command):           {export_wall:.2f} s ({export_cpu:.2f} s)"
            )
            print(
                f"   ratio to one full scan {export_wall / scan_wall:.1f} (CPU {export_cpu / scan_cpu:.1f}), "
                f"target <= 10; to its own SQL {export_wall / raw_wall:.2f} (CPU {export_cpu / raw_cpu:.2f})"
            )
            if label in firsts:
                print(f"first export, no figures kept yet (once):            {firsts[label]:.2f} s")
            print(
                f"one location-year (50,986 visits), figures in-process: median {statistics.median(times):.3f} s "
                f"of 5 (best {min(times):.3f}), target < 0.3"
            )
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
