"""Time to make a flyer after import (target: under 0.3 s). Run by hand: python benchmarks/bench_flyers.py.

Not a test: timings depend on the machine. Measures a poster straight after import (fonts are
registered on first use, so that one includes loading them), then warm runs of each document.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

started = time.perf_counter()
import checkin.pdf.documents  # noqa: E402, F401  (import time is reported separately)
from checkin.db import Database  # noqa: E402
from checkin.demo import fill_demo  # noqa: E402
from checkin.services import printing  # noqa: E402
from checkin.services.programme import ActivityInput, Month, add_activity  # noqa: E402

IMPORTED = time.perf_counter() - started
TARGET_SECONDS = 0.3
RUNS = 20


def timed(work: object) -> float:
    begin = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - begin


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder))
        with database.session() as session:
            fill_demo(session, families=120, weeks=52)
            location = printing.current_location(session)
            assert location.id is not None
            day = printing.next_opening(
                session, location_id=location.id, today=date.today() + timedelta(days=1)
            )
            activity = add_activity(
                session,
                location_id=location.id,
                data=ActivityInput(
                    day=day, title="Voorlezen met de bibliotheek", description="Boekjes en liedjes."
                ),
            )
            assert activity.id is not None
            activity_id, location_id = activity.id, location.id
            month = Month.of(day)

            first = timed(lambda: printing.poster_pdf(session, activity_id=activity_id))
            figures = {
                "poster A4": [
                    timed(lambda: printing.poster_pdf(session, activity_id=activity_id)) for _ in range(RUNS)
                ],
                "A5 handouts": [
                    timed(lambda: printing.poster_pdf(session, activity_id=activity_id, size="a5"))
                    for _ in range(RUNS)
                ],
                "month programme": [
                    timed(lambda: printing.programme_pdf(session, location_id=location_id, month=month))
                    for _ in range(RUNS)
                ],
                "120 family cards": [timed(lambda: printing.cards_pdf(session)) for _ in range(3)],
            }
        database.dispose()
    print(f"imports:                      {IMPORTED:.3f} s")
    print(f"first poster after import:    {first:.3f} s (target < {TARGET_SECONDS} s)")
    for name, times in figures.items():
        print(f"{name + ', median:':30}{statistics.median(times):.3f} s")
    return 0 if first < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
