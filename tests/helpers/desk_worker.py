"""A desk in its own process: checks in the given families on a morning, as fast as it can.

``python -m tests.helpers.desk_worker DATA_DIR URL MORNING_ID FAMILY_ID...`` (URL '-' for the
folder's SQLite file) prints how many check-ins succeeded and how many were refused.

``python -m tests.helpers.desk_worker journal DATA_DIR URL MORNING_ID LOG PACE FAMILY:CHILD...``
is a desk with its offline journal (``checkin.journal``): it checks in each family with that
child (and one adult, a mother at the even desk numbers' turn, see ``--fathers``), a drink for
every 10th family it checked in, an anonymous drink every 25th, a check-out every 15th, one
action each PACE seconds, trying a replay every 2 s while its journal holds actions, and at the
end replays until the journal is empty (at most two minutes). Each acknowledged action (on the
server, or kept in the journal) is written as one JSON line to LOG before the next; the number
of actions done so far is in LOG.progress. It prints a JSON summary.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from checkin.db import Database
from checkin.errors import Rejected
from checkin.services import visits

NINE = datetime(2026, 11, 25, 9, 30)


def journal_desk(argv: list[str]) -> int:
    from checkin import journal
    from checkin.adults import Adults

    data_dir, url, morning_text, log_name, pace_text, role, *pairs = argv
    morning_id, pace = int(morning_text), float(pace_text)
    adults = Adults(fathers=1) if role == "fathers" else Adults(mothers=1)
    database = Database.open(Path(data_dir), url=url, migrate=False)
    desk = journal.Desk(database)
    log = Path(log_name).open("a", encoding="utf-8")  # noqa: SIM115 - closed in the finally below
    progress = Path(f"{log_name}.progress")
    acknowledged = refused = checked_in = 0
    last_replay = time.monotonic()

    def do(item: journal.Entry) -> bool:
        nonlocal acknowledged, refused
        try:
            done = desk.act(item)
        except Rejected:
            refused += 1
            return False
        acknowledged += 1
        line = {"id": item.id, "kind": item.kind, "data": dict(item.data), "at": item.created_at.isoformat()}
        log.write(json.dumps(line) + "\n")
        log.flush()
        return done is not None

    try:
        for step, pair in enumerate(pairs):
            family_id, child_id = (int(n) for n in pair.split(":"))
            now = NINE + timedelta(seconds=7 * step)
            ref = journal.family_ref(family_id)
            if do(
                journal.check_in(
                    morning_id=morning_id, family=ref, now=now, child_ids=[child_id], adults=adults
                )
            ):
                checked_in += 1
                if checked_in % 10 == 0:
                    do(
                        journal.drink(
                            morning_id=morning_id, kind="koffie", payment="contant", family=ref, now=now
                        )
                    )
                if checked_in % 15 == 0 and role != "fathers":
                    do(journal.check_out(morning_id=morning_id, family=ref, now=now + timedelta(minutes=50)))
            if step % 25 == 24:
                do(journal.drink(morning_id=morning_id, kind="thee", payment="pin", family=None, now=now))
            progress.write_text(str(step + 1))
            if desk.journal.has_pending() and time.monotonic() - last_replay > 2:
                last_replay = time.monotonic()
                desk.replay()
            time.sleep(pace)
        deadline = time.monotonic() + 120
        while desk.journal.has_pending() and time.monotonic() < deadline:
            desk.replay()
            time.sleep(0.5)
        states: dict[str, int] = {}
        for stored in desk.journal.entries():
            states[stored.state] = states.get(stored.state, 0) + 1
    finally:
        log.close()
        desk.dispose()
        database.dispose()
    print(json.dumps({"acknowledged": acknowledged, "refused": refused, "journal": states}))
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "journal":
        return journal_desk(argv[1:])
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
