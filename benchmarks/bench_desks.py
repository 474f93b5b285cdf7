"""Several desks at one door: check-in latency with 1, 2 and 5 desk processes on one server.

Issue 14's measure: each desk a process of its own (``benchmarks/_desk.py``: the door's named
operations, as the window calls them) that, per family, types three letters (one search), checks
the family in with its children and sells it a drink, each one committed transaction. The peers'
peak need is 120 check-ins per desk in 15 minutes, one per 7.5 s; the desks run at that pace, at
ten times it (one per 0.75 s) and flat out (the ceiling), against a throwaway PostgreSQL server
(``tests/helpers/pg_server.py``: a real cluster in a temporary folder, unix socket, fsync off)
and, as the baseline measured in the same run, against one SQLite file shared by the same
processes (WAL, synchronous FULL, as the app runs it). Every run starts from a fresh copy of the
same demo place (``checkin demo``, 1,500 families, a year of mornings) with today's morning
started. Latencies are p50/p95 over every check-in of every desk of a run.

On this machine the server and every desk share the same 2 cores: with 5 desks flat out, six
busy processes take turns on two cores, so the latencies there include waiting for a core and
the ceiling is what two cores give desks and server together; a real server with the desks on
their own laptops has more. The paced runs leave the cores mostly idle and measure one action.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from sqlmodel import col, select

from checkin.db import Database
from checkin.demo import fill_demo
from checkin.models import Family, Location
from checkin.services import visits

NEED_INTERVAL = 15 * 60 / 120
"""The peers' peak need: 120 check-ins per desk in 15 minutes."""
MODES = (
    ("at the need (one per 7.5 s)", NEED_INTERVAL, 6),
    ("10x the need (one per 0.75 s)", NEED_INTERVAL / 10, 40),
    ("flat out", 0.0, 120),
)
"""(label, seconds between a desk's check-ins, check-ins per desk)."""
DESKS = (1, 2, 5)
FAMILIES, WEEKS = 1_500, 52


def _pct(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def _make_place(data_dir: Path, url: str | None) -> list[int]:
    """The demo place; returns the families that can come today with at least one child."""
    database = Database.open(data_dir, url=url)
    try:
        with database.session() as session:
            fill_demo(session, families=FAMILIES, weeks=WEEKS, seed=3)
        today = date.today()
        with database.session() as session:
            ids = list(
                session.exec(
                    select(Family.id).where(col(Family.erased_at).is_(None)).order_by(col(Family.id))
                )
            )
            return [i for i in ids if i is not None and visits.born_children(session, family_id=i, day=today)]
    finally:
        database.dispose()


def _start_morning(data_dir: Path, url: str | None) -> int:
    from ui.operations import Operations, door

    database = Database.open(data_dir, url=url, migrate=False, scan_pages=False)
    try:
        with database.session() as session:
            location_id = session.exec(select(Location.id)).first()
        assert location_id is not None
        morning = door.start_morning(
            Operations(database=database), location_id=location_id, theme="", hosts=2, now=datetime.now()
        )
        return morning.morning_id
    finally:
        database.dispose()


def _run_desks(
    data_dir: Path,
    url: str | None,
    morning_id: int,
    *,
    desks: int,
    interval: float,
    per_desk: int,
    families: list[int],
) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("CHECKIN_DATABASE_URL", "CHECKIN_PASSPHRASE")}
    processes = []
    for desk in range(desks):
        mine = families[desk * per_desk : (desk + 1) * per_desk]
        assert len(mine) == per_desk, "not enough families"
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "benchmarks._desk",
                    str(data_dir),
                    url or "-",
                    str(morning_id),
                    str(interval),
                ]
                + [str(f) for f in mine],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
        )
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    # Stagger the paced desks over one interval, as families do not arrive at two desks at once.
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
        if interval:
            time.sleep(interval / desks)
    results = []
    for process in processes:
        out, _ = process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"a desk failed (exit {process.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    rows = [row for result in results for row in result["rows"]]
    return {
        "check_in": [row[1] for row in rows],
        "whole": [sum(row) for row in rows],
        "count": len(rows),
        "elapsed": max(result["elapsed"] for result in results),
        "refused": sum(result["refused"] for result in results),
    }


def _report(label: str, desks: int, result: dict, *, flat_out: bool) -> None:
    check_in, whole = result["check_in"], result["whole"]
    line = (
        f"  {label:<30} {desks} desk(s): check-in p50 {_ms(statistics.median(check_in))} ms, "
        f"p95 {_ms(_pct(check_in, 0.95))} ms; search + check-in + drink p50 {_ms(statistics.median(whole))} ms, "
        f"p95 {_ms(_pct(whole, 0.95))} ms ({result['count']} families"
    )
    if flat_out:
        line += f", {result['count'] / result['elapsed']:.0f} check-ins/s sustained over {result['elapsed']:.1f} s"
    if result["refused"]:
        line += f", {result['refused']} refused"
    print(line + f"; load {os.getloadavg()[0]:.1f})", flush=True)


def main() -> None:
    from tests.helpers import pg_server

    print(f"load average before: {', '.join(f'{n:.2f}' for n in os.getloadavg())}; {os.cpu_count()} cores")
    print(
        "2 shared cores: the server and every desk process run on the same two cores, so the flat-out "
        "runs measure what two cores give desks and server together (with 5 desks, six busy processes "
        "wait for a core); a server with the desks on their own laptops sustains more"
    )
    reason = pg_server.missing_reason()
    with tempfile.TemporaryDirectory(prefix="checkin-bench-desks-") as scratch_name:
        scratch = Path(scratch_name)
        engines: list[tuple[str, object]] = [("SQLite, one file", None)]
        if reason is None:
            engines.insert(0, ("PostgreSQL, one local server", "pg"))
        else:
            print(f"PostgreSQL skipped: {reason}")
        with pg_server.running_server() if reason is None else contextlib.nullcontext() as server:
            for engine_label, kind in engines:
                started = time.perf_counter()
                base_dir = scratch / f"base-{'pg' if kind else 'sqlite'}"
                base_dir.mkdir()
                if kind:
                    server.admin("CREATE DATABASE bench_base")
                    families = _make_place(base_dir, server.url("bench_base"))
                else:
                    families = _make_place(base_dir, None)
                print(
                    f"-- {engine_label}: demo place made in {time.perf_counter() - started:.1f} s, "
                    f"{len(families)} families can come with children",
                    flush=True,
                )
                for label, interval, per_desk in MODES:
                    for desks in DESKS:
                        name = f"run_{desks}_{int(interval * 100)}"
                        data_dir = scratch / f"{name}-{'pg' if kind else 'sqlite'}"
                        if kind:
                            data_dir.mkdir()
                            server.admin(f"CREATE DATABASE {name} TEMPLATE bench_base")
                            url = server.url(name)
                        else:
                            shutil.copytree(base_dir, data_dir)
                            url = None
                        morning_id = _start_morning(data_dir, url)
                        result = _run_desks(
                            data_dir,
                            url,
                            morning_id,
                            desks=desks,
                            interval=interval,
                            per_desk=per_desk,
                            families=families,
                        )
                        _report(label, desks, result, flat_out=interval == 0)
                        if kind:
                            server.admin(f"DROP DATABASE {name}")
                        else:
                            shutil.rmtree(data_dir)
    print(f"load average after: {', '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
