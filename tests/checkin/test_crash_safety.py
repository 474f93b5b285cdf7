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


def read_acks(ack_file: Path) -> tuple[list[list[str]], list[str] | None]:
    """The acknowledged actions in order, and the action in flight at the kill (None if none).

    A line cut short by the kill (no newline yet) is an intention that was not finished writing:
    its action had not started, so it is not in flight.
    """
    text = ack_file.read_text()
    lines = text.split("\n")[:-1]  # the part after the last newline is cut short, or empty
    done = [line.split()[1:] for line in lines if line.startswith("ok ")]
    in_flight = lines[-1].split()[1:] if lines and lines[-1].startswith("try ") else None
    return done, in_flight


def apply(visits: dict[int, int], drinks: dict[int, int], action: list[str]) -> None:
    """Our books after one acknowledged action (SQLite may reuse a deleted highest rowid)."""
    kind, *numbers = action
    if kind == "in":
        visits[int(numbers[0])] = int(numbers[1])
    elif kind == "undo":
        visit_id = int(numbers[0])
        del visits[visit_id]
        for consumption_id in [c for c, v in drinks.items() if v == visit_id]:
            del drinks[consumption_id]  # gone with the visit
    else:
        drinks[int(numbers[0])] = int(numbers[1])


def outcomes(
    visits: dict[int, int], drinks: dict[int, int], in_flight: list[str] | None, stored: tuple[dict, dict]
) -> bool:
    """Whether the stored visits and drinks are the books, or the books plus the action in flight."""
    stored_visits, stored_drinks = stored
    if (stored_visits, stored_drinks) == (visits, drinks):
        return True
    if in_flight is None:
        return False
    kind, *numbers = in_flight
    if kind == "in":
        new = set(stored_visits) - set(visits)
        return (
            stored_drinks == drinks
            and len(new) == 1
            and {k: v for k, v in stored_visits.items() if k not in new} == visits
            and stored_visits[new.pop()] == int(numbers[0])
        )
    if kind == "undo":
        after_v, after_d = dict(visits), dict(drinks)
        apply(after_v, after_d, ["undo", numbers[0]])
        return (stored_visits, stored_drinks) == (after_v, after_d)
    new = set(stored_drinks) - set(drinks)
    return (
        stored_visits == visits
        and len(new) == 1
        and {k: v for k, v in stored_drinks.items() if k not in new} == drinks
        and stored_drinks[new.pop()] == int(numbers[0])
    )


def stored_state(database: Database, morning_id: int) -> tuple[dict[int, int], dict[int, int]]:
    reopened = Database.open(database.data_dir)
    try:
        with reopened.session() as s:
            stored_visits = {
                v.id: v.family_id for v in s.exec(select(Visit).where(Visit.morning_id == morning_id))
            }
            stored_drinks = {c.id: c.visit_id or 0 for c in s.exec(select(Consumption))}
    finally:
        reopened.dispose()
    return stored_visits, stored_drinks  # type: ignore[return-value]


@pytest.mark.slow  # about 15 s per database: five rounds or more, a thousand actions or more
def test_sigkill_loses_no_acknowledged_action(
    keyed_database: Database, key: str | None, tmp_path: Path
) -> None:
    """Every action the worker acknowledged (after its commit) is in the file after a SIGKILL.

    The worker runs freely and is killed wherever it happens to be once it has acknowledged a
    random number of actions; the test then reads the worker's complete acknowledgement file, so
    an action done but not yet read by the test cannot look lost. The stored visits and drinks must
    be exactly the acknowledged ones, or those plus the one action in flight at the kill.
    """
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
    visits_book, drinks_book = stored_state(database, morning.id)  # visit -> family; drink -> visit
    total, rounds = 0, 0
    while total < MIN_ACTIONS or rounds < 5:
        rounds += 1
        ack_file = tmp_path / f"acks-{rounds}.txt"
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.crash_worker",
                str(database.data_dir),
                str(morning.id),
                str(rounds),
                str(ack_file),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert worker.stdout is not None
        kill_after = rng.randint(100, 400)
        seen = 0
        while seen < kill_after:
            line = worker.stdout.readline()
            assert line, f"worker ended early in round {rounds}"
            seen += line.startswith("ok ")
        worker.send_signal(signal.SIGKILL)  # wherever it is now: the worker does not wait for us
        worker.wait(timeout=10)
        worker.stdout.close()
        assert worker.returncode == -signal.SIGKILL

        done, in_flight = read_acks(ack_file)  # complete: the worker is gone, nothing more comes
        assert len(done) >= kill_after
        for action in done:
            apply(visits_book, drinks_book, action)
        total += len(done)

        assert check_file(database.path) == []
        stored = stored_state(database, morning.id)
        assert outcomes(visits_book, drinks_book, in_flight, stored), (
            f"round {rounds}: the file differs from the {len(done)} acknowledged actions "
            f"(in flight: {in_flight}); missing visits "
            f"{sorted(set(visits_book.items()) - set(stored[0].items()))}, missing drinks "
            f"{sorted(set(drinks_book.items()) - set(stored[1].items()))}"
        )
        visits_book, drinks_book = dict(stored[0]), dict(stored[1])  # the action in flight, settled
    assert total >= MIN_ACTIONS


def test_the_check_finds_a_lost_or_extra_action(tmp_path: Path) -> None:
    """The harness can fail: a lost acknowledged action, an undo that came back, or a row nobody
    asked for are each caught; only the one action in flight may go either way."""
    ack_file = tmp_path / "acks.txt"
    ack_file.write_text("try in 7\nok in 1 7\ntry drink 1\nok drink 4 1\ntry undo 1\nok und")  # cut short
    done, in_flight = read_acks(ack_file)
    assert done == [["in", "1", "7"], ["drink", "4", "1"]] and in_flight == ["undo", "1"]
    visits, drinks = {}, {}
    for action in done:
        apply(visits, drinks, action)
    assert (visits, drinks) == ({1: 7}, {4: 1})
    assert outcomes(visits, drinks, in_flight, ({1: 7}, {4: 1}))  # the undo did not land
    assert outcomes(visits, drinks, in_flight, ({}, {}))  # it did, with its drink
    assert not outcomes(visits, drinks, None, ({}, {}))  # an acknowledged check-in lost
    assert not outcomes(visits, drinks, in_flight, ({1: 7}, {}))  # an acknowledged drink lost
    assert not outcomes(visits, drinks, in_flight, ({1: 7, 2: 8}, {4: 1}))  # a visit nobody made
    assert not outcomes({}, {}, ["in", "7"], ({1: 8}, {}))  # the check-in in flight, wrong family
