"""Vandaag at the door: search latency per keystroke, check-in latency, and launch time.

Targets (issue 3): search under 16 ms median per keystroke with 10,000 families; check-in under
50 ms with 10 years of data; launch until the window is visible at most 1.3x a bare PySide6 window.
"""

from __future__ import annotations

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

CACHE = Path(tempfile.gettempdir()) / "checkin-bench-10y"
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


LAUNCH_PROBE = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
kind, data_dir = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv)

def report_and_quit():
    print(time.perf_counter() - started, flush=True)
    app.quit()

if kind == "bare":
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.show()
    QTimer.singleShot(0, report_and_quit)
    app.exec()
else:
    from checkin.__main__ import main
    sys.argv = ["checkin", "--data-dir", data_dir]
    if kind == "app":  # the first turn of the event loop: the window has been shown
        QTimer.singleShot(0, report_and_quit)
    else:  # "ready": the Vandaag screen is there, the search field takes keys
        def ready():
            if any(getattr(w, "tabs", None) is not None and w.tabs.count() for w in app.topLevelWidgets()):
                timer.stop()
                report_and_quit()
        timer = QTimer()
        timer.timeout.connect(ready)
        timer.start(2)
    main()
"""


def bench_launch(folder: Path) -> None:
    """Seconds from the first line of the program to the window on screen, measured inside the
    process (the interpreter's own start is the same for both and left out)."""

    def run(kind: str) -> float:
        result = subprocess.run(
            [sys.executable, "-c", LAUNCH_PROBE, kind, str(folder)],
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
            stderr=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        return float(result.stdout.split()[0])

    run("bare"), run("app")  # warm the file cache
    bare = statistics.median(run("bare") for _ in range(7))
    shown = statistics.median(run("app") for _ in range(7))
    ready = statistics.median(run("ready") for _ in range(7))
    print(
        f"launch until the window is shown: app {_ms(shown)}, bare PySide6 window {_ms(bare)}, "
        f"ratio {shown / bare:.2f} (target <= 1.3)"
    )
    print(
        f"launch until Vandaag is ready for the first check-in: {_ms(ready)} (ratio to bare {ready / bare:.2f})"
    )


def main() -> None:
    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = build_years(CACHE, families=10_000, years=10, per_morning=60)
    print(f"(data ready in {time.perf_counter() - started:.1f} s at {cached})")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        shutil.copytree(cached, folder)  # the benchmark checks families in: never into the cache
        bench_search_and_check_in(folder)
        bench_launch(folder)


if __name__ == "__main__":
    main()
