"""A busy morning for the crash test: check-ins, undos and drinks until killed.

Usage: python -m tests.helpers.crash_worker DATA_DIR MORNING_ID SEED

Prints one acknowledgement line after each committed action, flushed at once:
``in VISIT FAMILY``, ``undo VISIT``, ``drink CONSUMPTION VISIT`` (VISIT 0 for a passer-by).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlmodel import select

from checkin.db import Database
from checkin.models import Family, Visit
from checkin.services import drinks, visits


def main(data_dir: Path, morning_id: int, seed: int) -> None:
    rng = random.Random(seed)
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
                visit = visits.check_in(session, morning_id=morning_id, family_id=family_id)
                present[family_id] = visit.id
                print(f"in {visit.id} {family_id}", flush=True)
            elif roll < 0.6:
                family_id = rng.choice(sorted(present))
                visit_id = present.pop(family_id)
                visits.undo_check_in(session, visit_id=visit_id)
                print(f"undo {visit_id}", flush=True)
            else:
                visit_id = rng.choice([*present.values(), None])
                consumption = drinks.record_drinks(
                    session,
                    morning_id=morning_id,
                    kind=rng.choice(["koffie", "thee", "limonade"]),
                    quantity=rng.randint(1, 3),
                    payment=rng.choice(["contant", "pin", "gratis"]),
                    visit_id=visit_id,
                )
                print(f"drink {consumption.id} {visit_id or 0}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
