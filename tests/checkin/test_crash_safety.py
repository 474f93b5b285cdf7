"""Pulling the plug: SIGKILL at random moments during a busy morning loses no acknowledged action."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from checkin import crypto
from checkin.db import Database, check_file
from checkin.models import Consumption, Visit
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location, make_morning

ROOT = Path(__file__).resolve().parents[2]
MIN_ACTIONS = 1000


@pytest.fixture(params=["plain", "sqlcipher"])
def key(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    if request.param == "plain":
        return None
    pytest.importorskip("sqlcipher3")
    monkeypatch.setenv("CHECKIN_PASSPHRASE", "sleutel voor de crashtest")  # the worker inherits it
    return "sleutel voor de crashtest"


@pytest.fixture
def keyed_database(key: str | None, data_dir: Path):
    db = Database.open(data_dir)
    with db.session() as s:
        ensure_default_lists(s)
    yield db
    db.dispose()


def test_sigkill_loses_no_acknowledged_action(keyed_database: Database, key: str | None) -> None:
    database = keyed_database
    session = database.session()
    location = make_location(session)
    morning = make_morning(session, location)
    for n in range(40):
        make_family(session, name=f"Gezin {n}")
    session.close()
    database.dispose()
    assert (key is None) == crypto.is_plain(database.path)

    rng = random.Random(2026)
    checked_in: dict[int, int] = {}  # visit -> family, acknowledged and not undone
    undone: set[int] = set()
    drinks_on: dict[int, int] = {}  # consumption -> visit (0: passer-by)
    total, rounds = 0, 0
    while total < MIN_ACTIONS or rounds < 5:
        rounds += 1
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.crash_worker",
                str(database.data_dir),
                str(morning.id),
                str(rounds),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert worker.stdout is not None
        kill_after = rng.randint(100, 400)
        for _ in range(kill_after):
            line = worker.stdout.readline()
            assert line, f"worker ended early in round {rounds}"
            kind, *numbers = line.split()
            # SQLite reuses the highest rowid after a delete, so an id can come back as a new row.
            if kind == "in":
                checked_in[int(numbers[0])] = int(numbers[1])
                undone.discard(int(numbers[0]))
            elif kind == "undo":
                visit_id = int(numbers[0])
                checked_in.pop(visit_id)
                undone.add(visit_id)
                drinks_on = {c: v for c, v in drinks_on.items() if v != visit_id}  # gone with the visit
            else:
                drinks_on[int(numbers[0])] = int(numbers[1])
            total += 1
        worker.send_signal(signal.SIGKILL)  # mid-action: the worker does not wait for us
        worker.wait(timeout=10)
        worker.stdout.close()
        assert worker.returncode == -signal.SIGKILL

        assert check_file(database.path) == []
        reopened = Database.open(database.data_dir)
        try:
            with reopened.session() as s:
                stored_visits = {
                    v.id: v.family_id for v in s.exec(select(Visit).where(Visit.morning_id == morning.id))
                }
                stored_drinks = {c.id: c.visit_id or 0 for c in s.exec(select(Consumption))}
        finally:
            reopened.dispose()
        for visit_id, family_id in checked_in.items():
            assert stored_visits.get(visit_id) == family_id, f"check-in {visit_id} lost in round {rounds}"
        assert not (undone & set(stored_visits)), "an acknowledged undo came back"
        for consumption_id, visit_id in drinks_on.items():
            assert stored_drinks.get(consumption_id) == visit_id, f"drink {consumption_id} lost"
        # The one action in flight at the kill may or may not have landed; make our books match the file.
        checked_in = dict(stored_visits)
        undone -= set(stored_visits)
        drinks_on = {c: v for c, v in stored_drinks.items()}
    assert total >= MIN_ACTIONS
