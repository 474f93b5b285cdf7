"""One desk at the door in its own process, for ``bench_desks``: search, check in, a drink.

``python -m benchmarks._desk DATA_DIR URL MORNING_ID INTERVAL FAMILY_ID...`` (URL '-': the
folder's SQLite file; INTERVAL 0: flat out). The desk opens the database as the window does
(``Database.open`` and the door's named operations of ``ui.operations.door``), prints ``ready``,
waits for a line on stdin (so that every desk starts together), then for each family types the
first three letters of its name (one search), checks it in with its children born by today and
sells it a drink, each a committed transaction, one family every INTERVAL seconds (or at once
when it fell behind). It prints one JSON line: per family the seconds of the search, the
check-in and the drink, and the seconds from the start to the last family done.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from checkin.db import Database
from checkin.services import families, lists, visits
from ui.operations import Operations, door


def main(argv: list[str]) -> int:
    data_dir, url, morning_text, interval_text, *family_ids = argv
    morning_id, interval = int(morning_text), float(interval_text)
    database = Database.open(Path(data_dir), url=None if url == "-" else url, migrate=False, scan_pages=False)
    ops = Operations(database=database)
    plan = []
    with database.session() as session:
        kind = lists.list_values(session, "consumption")[0]
        today = datetime.now().date()
        for family_id in map(int, family_ids):
            family = families.get_family(session, family_id)
            children = [
                child.id or 0 for child in visits.born_children(session, family_id=family_id, day=today)
            ]
            plan.append((family_id, (family.display_name or family.code or "")[:3], children))
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.perf_counter()
    rows = []
    refused = 0
    try:
        for number, (family_id, typed, children) in enumerate(plan):
            wait = started + number * interval - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            t0 = time.perf_counter()
            door.search(ops, typed)
            t1 = time.perf_counter()
            done = door.check_in(
                ops, morning_id=morning_id, family_id=family_id, child_ids=children, now=datetime.now()
            )
            t2 = time.perf_counter()
            if isinstance(done, door.CheckedIn):
                door.add_drink(
                    ops,
                    morning_id=morning_id,
                    kind=kind,
                    payment="contant",
                    visit_id=done.visit_id,
                    now=datetime.now(),
                )
            else:
                refused += 1
            t3 = time.perf_counter()
            rows.append((t1 - t0, t2 - t1, t3 - t2))
    finally:
        database.dispose()
    print(
        json.dumps({"rows": rows, "elapsed": time.perf_counter() - started, "refused": refused}), flush=True
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
