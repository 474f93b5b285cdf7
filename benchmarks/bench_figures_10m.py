"""`checkin export` over ten million visits, on PostgreSQL and on SQLite (issue 14's measure).

100 places x 10 years of weekly mornings, 193 visits a morning: 10,036,000 visits, 100,000
families (a family comes to the next place now and then: one register), one child per visit
(``benchmarks/_data.py``: ``build_places``). The yardstick is the speed issue's (17): one full
scan of the visits by a bare client on the same engine (``count(*)`` + ``count(DISTINCT
family_id)``, a ``python -c`` with only ``sqlite3`` or only ``psycopg``), and, beside it, the
export's own SQL: on SQLite every statement ``build_report`` runs for the export, recorded with
its parameters and replayed by a bare client; on PostgreSQL (where running the export's SQL once
more would take minutes) the durations the server logs for the export's statements of
``SLOW_MS`` or more while the export runs. The whole command ``checkin export --format
csv`` runs as a coordinator runs it, through the app's own code only, so the benchmark keeps
measuring the export whatever the export reads.

The data is built once per schema revision and kept in the temporary folder (``CACHE``): the
SQLite file (plain ``executemany``, journal off: about 2 minutes) and a PostgreSQL cluster
(``tests/helpers/pg_server.py`` in a kept folder; the rows copied from the file with COPY),
which is started for the run and stopped (cleanly) at its end. Delete the folder to build again.
The server runs with PostgreSQL's default memory settings (shared_buffers 128MB, work_mem 4MB)
but without fsync, as a throwaway. Both cores; medians of ``RUNS`` runs for the scans, one run
of the slow ones, wall clock with the CPU time of the client process (user + system) in brackets.
On PostgreSQL the server's own work is not in the client's CPU time.
"""

from __future__ import annotations

import os
import pickle
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks._data import build_places, copy_to_server
from checkin.db import SCHEMA_REVISION

CACHE = Path(tempfile.gettempdir()) / f"checkin-bench-10m-{SCHEMA_REVISION}"
"""Per schema revision: a cache made by an older app would have to be upgraded by this one."""
PLACES, YEARS, PER_MORNING = 100, 10, 193
WHOLE = (date(2016, 1, 1), date(2025, 12, 31))
RUNS = 3
SLOW_MS = 100
"""The server logs the statements that take at least this long (the export's SQL on PostgreSQL)."""
DATABASE = "checkin"

SQLITE_SCAN = """
import sqlite3, sys
sqlite3.connect(sys.argv[1]).execute('SELECT count(*), count(DISTINCT family_id) FROM visit').fetchall()
"""
PG_SCAN = """
import psycopg, sys
with psycopg.connect(host=sys.argv[1], user=sys.argv[2], dbname=sys.argv[3]) as c:
    c.execute('SELECT count(*), count(DISTINCT family_id) FROM visit').fetchall()
"""
SQLITE_RAW = """
import pickle, sqlite3, sys
statements = pickle.load(open(sys.argv[2], 'rb'))
connection = sqlite3.connect(sys.argv[1])
for sql, params in statements:
    connection.execute(sql, params).fetchall()
"""
PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], runs: int) -> tuple[float, float, str]:
    """Median wall time, median CPU time of ``runs`` runs of ``command``, and its last output."""
    walls, cpus, out = [], [], ""
    for _ in range(runs):
        cpu = _children_cpu()
        started = time.perf_counter()
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus), out


def _record_statements(folder: Path, url: str | None, target: Path) -> tuple[int, float]:
    """Record every statement ``build_report`` runs for the whole export (in this process);
    returns their number and how long ``build_report`` took here."""
    from sqlalchemy import event

    from checkin.db import Database
    from checkin.stats.measures import build_report

    recorded: list[tuple[str, object]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: object, *_rest: object) -> None:
        recorded.append((statement, parameters))

    db = Database.open(folder, url=url, scan_pages=False, migrate=False)
    event.listen(db.engine, "before_cursor_execute", record)
    started = time.perf_counter()
    with db.session() as session:
        build_report(session, start=WHOLE[0], end=WHOLE[1])
    took = time.perf_counter() - started
    db.dispose()
    target.write_bytes(pickle.dumps(recorded))
    return len(recorded), took


def _load() -> str:
    return "load average " + ", ".join(f"{n:.2f}" for n in os.getloadavg())


def _logged_sql(log: Path, offset: int) -> tuple[int, float]:
    """The statements the server logged after ``offset`` (those of at least
    ``log_min_duration_statement``): their number and their total seconds."""
    with log.open("rb") as handle:
        handle.seek(offset)
        text = handle.read().decode(errors="replace")
    durations = [float(m) for m in re.findall(r"duration: ([0-9.]+) ms", text)]
    return len(durations), sum(durations) / 1000


def _measure(
    label: str,
    *,
    folder: Path,
    url: str | None,
    scan: list[str],
    raw: list[str] | None = None,
    statements: Path | None = None,
    server_log: Path | None = None,
) -> None:
    out = folder / "cijfers.csv"
    base = [sys.executable, "-m", "checkin", "--data-dir", str(folder)]
    if url is not None:
        base += ["--database", url]
    export = [
        *base,
        "export",
        "--from",
        WHOLE[0].isoformat(),
        "--to",
        WHOLE[1].isoformat(),
        "--format",
        "csv",
        "--out",
        str(out),
    ]
    print(f"-- {label} ({_load()})", flush=True)
    scan_wall, scan_cpu, _ = _timed(scan, RUNS)
    print(
        f"one full scan, count(*) + count(DISTINCT family_id), bare client: {scan_wall:.2f} s ({scan_cpu:.2f} s)"
    )
    offset = server_log.stat().st_size if server_log is not None else 0
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *export], check=False, capture_output=True, text=True)
    export_wall, export_cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode == 0:
        print(
            f"checkin export --format csv (whole command, {len(out.read_text(encoding='utf-8').splitlines())} "
            f"rows): {export_wall:.1f} s ({export_cpu:.1f} s), peak resident {int(done.stdout) / 1024:.0f} MB; "
            f"ratio to one full scan {export_wall / scan_wall:.1f}",
            flush=True,
        )
    else:
        said = [line for line in done.stderr.splitlines() if line.strip()]
        print(f"checkin export FAILED after {export_wall:.1f} s: {said[0] if said else '?'}", flush=True)
    if server_log is not None:
        count, seconds = _logged_sql(server_log, offset)
        print(
            f"the export's statements of {SLOW_MS} ms or more, as the server logged them: {count}, "
            f"{seconds:.1f} s together, ratio to one full scan {seconds / scan_wall:.1f}",
            flush=True,
        )
    if done.returncode != 0 and url is not None:
        # The app's statement timeout (checkin.engines.SERVER_SETTINGS) stops the export's pass:
        # its figures in this process with the timeout lifted, to say what the pass costs.
        from checkin import engines

        engines.SERVER_SETTINGS["statement_timeout"] = "0"
        offset = server_log.stat().st_size if server_log is not None else 0
        count, in_process = _record_statements(folder, url, folder / "statements.pickle")
        logged = _logged_sql(server_log, offset) if server_log is not None else (0, 0.0)
        print(
            f"build_report in this process with the statement timeout lifted: {in_process:.1f} s, "
            f"ratio to one full scan {in_process / scan_wall:.1f}; {count} statements, of which the server "
            f"logged {logged[0]} of {SLOW_MS} ms or more, {logged[1]:.1f} s together",
            flush=True,
        )
    if raw is not None and statements is not None:
        count, in_process = _record_statements(folder, url, statements)
        raw_wall, raw_cpu, _ = _timed(raw, 1)
        print(
            f"the export's own SQL ({count} statements) replayed by the bare client: {raw_wall:.1f} s "
            f"({raw_cpu:.1f} s), ratio to one full scan {raw_wall / scan_wall:.1f}; the export's ratio to it "
            f"{export_wall / raw_wall:.2f} (build_report in-process: {in_process:.1f} s)",
            flush=True,
        )


def main() -> None:
    from tests.helpers import pg_server

    print(f"{_load()}; {os.cpu_count()} cores")
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sqlite_cache = build_places(CACHE / "sqlite", places=PLACES, years=YEARS, per_morning=PER_MORNING)
    print(f"(SQLite data ready in {time.perf_counter() - started:.0f} s at {sqlite_cache})", flush=True)
    with tempfile.TemporaryDirectory(prefix="checkin-bench-10m-") as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "sqlite"
        folder.mkdir()
        for name in os.listdir(sqlite_cache):
            if name.startswith("checkin.sqlite"):
                shutil.copy2(sqlite_cache / name, folder / name)
        _measure(
            "SQLite, one file",
            folder=folder,
            url=None,
            scan=[sys.executable, "-c", SQLITE_SCAN, str(folder / "checkin.sqlite")],
            raw=[
                sys.executable,
                "-c",
                SQLITE_RAW,
                str(folder / "checkin.sqlite"),
                str(scratch / "sqlite.pickle"),
            ],
            statements=scratch / "sqlite.pickle",
        )
        shutil.rmtree(folder)
        reason = pg_server.missing_reason()
        if reason is not None:
            print(f"PostgreSQL skipped: {reason}")
            return
        with pg_server.running_server(
            folder=CACHE / "pg", settings=f"-c shared_buffers=128MB -c log_min_duration_statement={SLOW_MS}"
        ) as server:
            marker = CACHE / f"pg-done-{PLACES}-{YEARS}-{PER_MORNING}"
            if not marker.exists():
                started = time.perf_counter()
                server.admin(f"DROP DATABASE IF EXISTS {DATABASE}")
                server.admin(f"CREATE DATABASE {DATABASE}")
                copy_to_server(sqlite_cache, server.url(DATABASE))
                marker.touch()
                print(f"(PostgreSQL data copied in {time.perf_counter() - started:.0f} s)", flush=True)
            folder = scratch / "pg"
            folder.mkdir()
            where = [str(server.socket_dir), server.user, DATABASE]
            _measure(
                "PostgreSQL, one local server",
                folder=folder,
                url=server.url(DATABASE),
                scan=[sys.executable, "-c", PG_SCAN, *where],
                server_log=server.folder / "server.log",
            )
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
