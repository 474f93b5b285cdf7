"""Vandaag at the door, as the host sees it: search per keystroke, check-in, launch, memory.

Targets (issues 3 and 17): search under 16 ms median per keystroke with 10,000 families on one
core; check-in under 50 ms with 10 years of data; launch to the first drawn frame at most 1.3x a
bare PySide6 window drawn in the same run; launch until a check-in can be made at most 1.0 s on one
core; resident memory of Vandaag with 10 years of data at most 150 MB. Every figure on both cores
and on one core (``taskset -c 0``, an old laptop). Launches are watched under Xvfb from outside
(benchmarks/_watch.py): needs Xvfb, xdotool and taskset.
"""

from __future__ import annotations

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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._data import build_years
from checkin.db import SCHEMA_REVISION

CACHE = Path(tempfile.gettempdir()) / f"checkin-bench-10y-{SCHEMA_REVISION}"
"""Per schema revision: a cache made by an older app would have to be upgraded by this one."""
QUERIES = ["o", "oz", "ozl", "s", "sa", "san", "m", "ma", "mał", "e", "em", "emm", "f", "fa", "fat"]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_search_and_check_in(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from checkin.db import Database
    from checkin.services import mornings, visits
    from ui.operations import Operations
    from ui.tasks import ImmediateRunner
    from ui.vandaag import VandaagScreen

    app = QApplication.instance() or QApplication(sys.argv)
    database = Database.open(folder)
    operations = Operations(database=database)
    day = date(2026, 11, 25)
    screen = VandaagScreen(
        operations=operations, runner=ImmediateRunner(), clock=lambda: datetime(2026, 11, 25, 10)
    )
    screen.show()
    screen.start_morning()
    timings = []
    for _round in range(5):
        for query in QUERIES:
            started = time.perf_counter()
            screen.search.setText(query)  # what one keystroke does: query, model, view
            app.processEvents()
            timings.append(time.perf_counter() - started)
            screen.search.clear()
    timings.sort()
    print(
        f"search per keystroke, 10,000 families: median {_ms(statistics.median(timings))}, "
        f"p95 {_ms(timings[int(len(timings) * 0.95)])} (target median < 16 ms, "
        f"ratio to target {statistics.median(timings) / 0.016:.2f})"
    )

    with database.session() as session:
        morning = mornings.morning_on(session, location_id=1, day=day)
        assert morning is not None and morning.id is not None
        morning_id = morning.id
    check_ins = []
    for family_id in range(5000, 5060):
        started = time.perf_counter()
        operations.run(lambda s, f=family_id: visits.check_in(s, morning_id=morning_id, family_id=f))
        check_ins.append(time.perf_counter() - started)
    check_ins.sort()
    print(
        f"check-in with 10 years of data (31,200 visits): median {_ms(statistics.median(check_ins))}, "
        f"p95 {_ms(check_ins[int(len(check_ins) * 0.95)])} (target < 50 ms, "
        f"ratio to target {statistics.median(check_ins) / 0.050:.2f})"
    )
    screen.close()
    database.dispose()


BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 760)\n"
    "window.show()\n"
    "app.exec()\n"
)
ONE_CORE = ["taskset", "-c", "0"]
ENCRYPTION_KEY = "benchmark-key-0123456789abcdef"


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display, black root (a window nothing has painted yet looks black)."""
    number = _free_display()
    process = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-br"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(500):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.01)
    return process, f":{number}"


def watch(
    display: str, command: list[str], *, one_core: bool, ready: Path | None, env: dict[str, str]
) -> dict:
    """One launch, watched from outside as a person sees it (benchmarks/_watch.py)."""
    watcher = [sys.executable, "-m", "benchmarks._watch", "--settle", "1.5"]
    if one_core:
        watcher += ["--cpus", "1"]  # the watcher grabs on the other core
    if ready is not None:
        watcher += ["--ready", str(ready)]
    result = subprocess.run(
        [*watcher, "--", *(ONE_CORE if one_core else []), *command],
        check=True,
        env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_launch(folder: Path, *, runs: int = 5) -> None:
    """From launch to the first drawn frame and to a check-in that can be made, as a person sees it
    under Xvfb, against a bare PySide6 window drawn in the same run; both cores and one core; a
    plain and an encrypted database (SQLCipher: the key derivation counts); and resident memory."""
    from checkin import crypto, paths

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CHECKIN_PASSPHRASE")}
    # Bytecode as an installed app has it (a checkout run with PYTHONDONTWRITEBYTECODE compiles
    # every module at every start).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "checkin", "ui"], check=False, env=env)
    encrypted = folder.parent / "encrypted"
    encrypted.mkdir()
    crypto.encrypt_copy(paths.database_path(folder), paths.database_path(encrypted), key=ENCRYPTION_KEY)
    xvfb, display = start_xvfb()
    ready = folder.parent / "ready"
    app = [sys.executable, "-m", "checkin", "--data-dir"]
    try:
        for one_core in (False, True):
            where = "one core (taskset -c 0)" if one_core else "both cores"
            watch(display, [sys.executable, "-c", BARE_WINDOW], one_core=one_core, ready=None, env=env)
            watch(display, [*app, str(folder)], one_core=one_core, ready=ready, env=env)  # warm
            keyed_env = {**env, "CHECKIN_PASSPHRASE": ENCRYPTION_KEY}
            watch(display, [*app, str(encrypted)], one_core=one_core, ready=ready, env=keyed_env)  # warm
            bare: list[dict] = []
            plain: list[dict] = []
            keyed: list[dict] = []
            for _ in range(runs):  # taken in turn, so a change of load on the machine hits all three
                bare.append(
                    watch(
                        display, [sys.executable, "-c", BARE_WINDOW], one_core=one_core, ready=None, env=env
                    )
                )
                plain.append(watch(display, [*app, str(folder)], one_core=one_core, ready=ready, env=env))
                keyed.append(
                    watch(display, [*app, str(encrypted)], one_core=one_core, ready=ready, env=keyed_env)
                )

            def med(rows: list[dict], key: str) -> float:
                return statistics.median(row[key] for row in rows)

            def best(rows: list[dict], key: str) -> float:
                return min(row[key] for row in rows)

            bare_drawn = med(bare, "drawn")
            print(f"-- {where}, median (best) of {runs} launches, load {os.getloadavg()[0]:.1f}")
            print(
                f"bare PySide6 window: drawn after {_ms(bare_drawn)} ({_ms(best(bare, 'drawn'))}), "
                f"{med(bare, 'rss_mb'):.0f} MB resident"
            )
            for name, rows in (("plain database", plain), ("encrypted database", keyed)):
                print(
                    f"app, {name}: first drawn frame {_ms(med(rows, 'drawn'))} ({_ms(best(rows, 'drawn'))}), "
                    f"ratio to bare {med(rows, 'drawn') / bare_drawn:.2f} "
                    f"({best(rows, 'drawn') / best(bare, 'drawn'):.2f}) (target <= 1.3); "
                    f"ready for a check-in {_ms(med(rows, 'ready'))} ({_ms(best(rows, 'ready'))}) "
                    f"(target <= 1000 ms on one core); {med(rows, 'rss_mb'):.0f} MB resident 1.5 s after "
                    "(target <= 150 MB)"
                )
    finally:
        xvfb.terminate()
        xvfb.wait()


def _search_in_subprocess(folder: Path, *, one_core: bool) -> None:
    code = (
        "from pathlib import Path; from benchmarks.bench_checkin import bench_search_and_check_in; "
        f"bench_search_and_check_in(Path({str(folder)!r}))"
    )
    print(f"-- {'one core (taskset -c 0)' if one_core else 'both cores'}, load {os.getloadavg()[0]:.1f}")
    subprocess.run([*(ONE_CORE if one_core else []), sys.executable, "-c", code], check=True)


def main() -> None:
    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = build_years(CACHE, families=10_000, years=10, per_morning=60)
    print(f"(data ready in {time.perf_counter() - started:.1f} s at {cached})")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        shutil.copytree(cached, folder)  # the benchmark checks families in: never into the cache
        for one_core in (False, True):
            fresh = Path(scratch) / f"search-{one_core}"
            shutil.copytree(cached, fresh)  # each run checks the same families in
            _search_in_subprocess(fresh, one_core=one_core)
        first = Path(scratch) / "first"
        shutil.copytree(cached, first)
        bench_first_start(first)
        bench_launch(folder)


def bench_first_start(folder: Path) -> None:
    """The first start of a folder whose families are partly past the retention period (the raw
    data of _data.py was never opened by the app): the window must be drawn as fast as at any start."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CHECKIN_PASSPHRASE")}
    xvfb, display = start_xvfb()
    try:
        row = watch(
            display,
            [sys.executable, "-m", "checkin", "--data-dir", str(folder)],
            one_core=True,
            ready=folder.parent / "ready-first",
            env=env,
        )
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(
        f"first start with families to anonymise, one core: first drawn frame {_ms(row['drawn'])}, "
        f"ready for a check-in {_ms(row['ready'])} (the retention rule runs after, in a worker thread)"
    )


if __name__ == "__main__":
    main()
