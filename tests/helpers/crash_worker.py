"""A busy morning for the crash test: check-ins, undos and drinks until killed.

Usage: python -m tests.helpers.crash_worker DATA_DIR MORNING_ID SEED ACK_FILE

Before each action the worker appends what it is about to do to ACK_FILE (``try in FAMILY``,
``try undo VISIT``, ``try drink VISIT``), and after its commit what was done (``ok in VISIT FAMILY``,
``ok undo VISIT``, ``ok drink CONSUMPTION VISIT``; VISIT 0 for a passer-by). Each line is one
``write`` on an O_APPEND descriptor, so it is in the file, whole, the moment ``write`` returns, and a
SIGKILL cannot lose it (the kernel keeps it); at most the last line can be cut short. The same line
goes to stdout, so the test can count actions and choose when to kill.

After the kill the test reads the whole file: every ``ok`` line is an acknowledged action, and the
``try`` line after the last ``ok`` (if any) is the one action in flight, which may or may not have
landed. Nothing is written after the kill, because the process is gone.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlmodel import select

from checkin.db import Database
from checkin.models import Family, Visit
from checkin.services import drinks, visits


def main(data_dir: Path, morning_id: int, seed: int, ack_file: Path) -> None:
    rng = random.Random(seed)
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def say(line: str) -> None:
        os.write(ack, f"{line}\n".encode())
        print(line, flush=True)

    database = Database.open(data_dir)
    with database.session() as session:  # each action below gets a fresh session, as in ui.Operations
        family_ids = [f.id for f in session.exec(select(Family).where(Family.erased_at.is_(None)))]  # type: ignore[union-attr]
        present = {
            v.family_id: v.id for v in session.exec(select(Visit).where(Visit.morning_id == morning_id))
        }
    while True:
        with database.session() as session:
            roll = rng.random()
            absent = [f for f in family_ids if f not in present]
            if (roll < 0.4 and absent) or not present:
                family_id = rng.choice(absent)
                say(f"try in {family_id}")
                visit = visits.check_in(session, morning_id=morning_id, family_id=family_id)
                present[family_id] = visit.id
                say(f"ok in {visit.id} {family_id}")
            elif roll < 0.6:
                family_id = rng.choice(sorted(present))
                visit_id = present.pop(family_id)
                say(f"try undo {visit_id}")
                visits.undo_check_in(session, visit_id=visit_id)
                say(f"ok undo {visit_id}")
            else:
                visit_id = rng.choice([*present.values(), None])
                say(f"try drink {visit_id or 0}")
                consumption = drinks.record_drinks(
                    session,
                    morning_id=morning_id,
                    kind=rng.choice(["koffie", "thee", "limonade"]),
                    quantity=rng.randint(1, 3),
                    payment=rng.choice(["contant", "pin", "gratis"]),
                    visit_id=visit_id,
                )
                say(f"ok drink {consumption.id} {visit_id or 0}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
