"""A desk in its own process: checks in the given families on a morning, as fast as it can.

``python -m tests.helpers.desk_worker DATA_DIR URL MORNING_ID FAMILY_ID...`` (URL '-' for the
folder's SQLite file) prints how many check-ins succeeded and how many were refused.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from checkin.db import Database
from checkin.errors import Rejected
from checkin.services import visits


def main(argv: list[str]) -> int:
    data_dir, url, morning_id, *family_ids = argv
    database = Database.open(Path(data_dir), url=None if url == "-" else url, migrate=False)
    done = refused = 0
    try:
        for family_id in family_ids:
            with database.session() as session:
                try:
                    visits.check_in(
                        session,
                        morning_id=int(morning_id),
                        family_id=int(family_id),
                        child_ids=[],
                        now=datetime(2026, 11, 25, 10, 0),
                    )
                    done += 1
                except Rejected:
                    refused += 1
    finally:
        database.dispose()
    print(done, refused)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
