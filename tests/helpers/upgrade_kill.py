"""Kill an upgrade at random moments: the worker of the migration kill test.

Usage: python -m tests.helpers.upgrade_kill SOURCE_DIR WORK_DIR TRIALS SEED

SOURCE_DIR is a data folder at an older revision. For each trial the worker copies it to
``WORK_DIR/trial-<n>``, forks, and the child opens it with ``Database.open`` (backup
``voor-upgrade``, then the migrations) and is SIGKILLed at a random moment: half of the trials
after a random number of SQLite VM steps (a progress handler on every connection, so inside any
statement of the upgrade), half after a random delay on a timer thread (so also inside a write or
an fsync, where SQLite has let go of the GIL). A first run without a kill measures both ranges.
The worker only kills; the test then looks at what each trial folder holds.

Forking from one warm process keeps a trial as cheap as the upgrade itself.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from checkin.db import Database

_steps = [0]


def _run_child(data_dir: Path, *, kill_at_step: int | None, kill_after: float | None, report: Path) -> None:
    def tick() -> int:
        _steps[0] += 1
        if kill_at_step is not None and _steps[0] >= kill_at_step:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_progress_handler(tick, 20)

    event.listen(Engine, "connect", on_connect)
    if kill_after is not None:
        threading.Timer(kill_after, os.kill, (os.getpid(), signal.SIGKILL)).start()
    started = time.perf_counter()
    Database.open(data_dir).dispose()
    report.write_text(f"{_steps[0]} {time.perf_counter() - started}")
    os._exit(0)


def _trial(source: Path, target: Path, **kill: Any) -> int:
    shutil.copytree(source, target)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            _run_child(target, report=target.parent / f"{target.name}.done", **kill)
        finally:
            os._exit(3)
    _pid, status = os.waitpid(pid, 0)
    return status


def main(source: Path, work: Path, trials: int, seed: int) -> None:
    rng = random.Random(seed)
    _trial(source, work / "measure", kill_at_step=None, kill_after=None)
    steps_text, seconds_text = (work / "measure.done").read_text().split()
    steps, seconds = int(steps_text), float(seconds_text)
    for n in range(trials):
        if n % 2 == 0:
            kill = {"kill_at_step": rng.randint(1, steps), "kill_after": None}
        else:
            kill = {"kill_at_step": None, "kill_after": rng.uniform(0, seconds * 1.2)}
        status = _trial(source, work / f"trial-{n}", **kill)
        print(n, status, kill, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
