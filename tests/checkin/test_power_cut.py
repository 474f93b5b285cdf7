"""A power cut: only what SQLite fsynced survives; every acknowledged action must be in it.

The database is the app's own (made by ``Database.open``, the app's schema, a morning and 40
families), opened through ``tests.helpers.power_cut.PowerCutVFS`` with the app's pragmas
(``checkin.db._set_pragmas``: WAL, ``synchronous=FULL``). A morning of check-ins, undos and drinks
runs, each one transaction, acknowledged when its COMMIT returns, until the power is cut after a
random number of disk writes (mid-transaction, mid-commit or mid-checkpoint). The files as the
disk holds them after the cut are then opened by the app (``check_file``, then a query): the
database must be sound and hold exactly the acknowledged actions, or those plus the one in flight.

The same harness with ``synchronous=OFF`` loses acknowledged actions: the test that says so proves
that the harness can fail.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path

import apsw
import pytest

from checkin.db import Database, _set_pragmas, check_file
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location, make_morning
from tests.helpers.power_cut import PowerCutVFS

ACTIONS = 150
"""Actions per run before the cut is certain (the cut usually comes earlier)."""


@pytest.fixture
def app_database(data_dir: Path) -> tuple[Path, int, list[int]]:
    """The app's database file, fsynced and closed: its path, the morning and the families."""
    database = Database.open(data_dir)
    with database.session() as session:
        ensure_default_lists(session)
        morning = make_morning(session, make_location(session))
        families = [make_family(session, name=f"Gezin {n}").id for n in range(40)]
        morning_id = morning.id
    database.dispose()  # checkpoints the WAL into the file
    assert morning_id is not None
    return database.path, morning_id, [f for f in families if f is not None]


def run_until_cut(
    db_path: Path, morning_id: int, family_ids: list[int], *, seed: int, synchronous: str, autocheckpoint: int
) -> tuple[PowerCutVFS, dict[int, int], dict[int, int], tuple[str, int] | None]:
    """A busy morning through the power-cut VFS; returns it, the acknowledged books and the action in flight."""
    rng = random.Random(seed)
    vfs = PowerCutVFS(f"powercut{seed}{synchronous}{autocheckpoint}")
    vfs.add_existing(db_path)
    connection = apsw.Connection(str(db_path), vfs=vfs.name)
    _set_pragmas(connection, None)  # the app's pragmas, exactly
    assert connection.execute("PRAGMA journal_mode").fetchall() == [("wal",)]  # the VFS can do WAL
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute(f"PRAGMA wal_autocheckpoint={autocheckpoint}")
    vfs.cut_after = vfs.operations + rng.randint(20, 40 * ACTIONS // 10)
    visits: dict[int, int] = {}  # visit -> family, acknowledged
    drinks: dict[int, int] = {}  # consumption -> visit (0: a passer-by), acknowledged
    in_flight: tuple[str, int] | None = None
    now = datetime(2026, 11, 25, 9, 30).isoformat(sep=" ")
    try:
        for _ in range(ACTIONS):
            roll = rng.random()
            absent = [f for f in family_ids if f not in visits.values()]
            if (roll < 0.4 and absent) or not visits:
                family_id = rng.choice(absent)
                in_flight = ("in", family_id)
                with connection:  # one transaction, committed on leaving the block
                    connection.execute(
                        "INSERT INTO visit (morning_id, family_id, arrived_at, mothers, fathers, grandparents,"
                        " others, imported) VALUES (?, ?, ?, 1, 0, 0, 0, 0)",
                        (morning_id, family_id, now),
                    )
                    new_id = connection.last_insert_rowid()
                if vfs.is_cut:  # the COMMIT came back, but the power was already off: no acknowledgement
                    break
                visits[new_id] = family_id
            elif roll < 0.6:
                visit_id = rng.choice(sorted(visits))
                in_flight = ("undo", visit_id)
                with connection:
                    connection.execute("DELETE FROM visit WHERE id = ?", (visit_id,))
                if vfs.is_cut:
                    break
                del visits[visit_id]
                drinks = {c: v for c, v in drinks.items() if v != visit_id}  # cascaded with the visit
            else:
                on = rng.choice([*visits, 0])
                in_flight = ("drink", on)
                with connection:
                    connection.execute(
                        "INSERT INTO consumption (morning_id, visit_id, kind, quantity, unit_price_cents,"
                        " payment, created_at) VALUES (?, ?, 'koffie', 1, 50, 'contant', ?)",
                        (morning_id, on or None, now),
                    )
                    new_id = connection.last_insert_rowid()
                if vfs.is_cut:
                    break
                drinks[new_id] = on
            in_flight = None  # acknowledged: the COMMIT returned with the power on
    except apsw.Error as error:
        assert vfs.is_cut, f"only the cut may stop the morning: {error}"
    vfs.cut()
    connection.close()
    vfs.unregister()  # the VFS keeps its record of the disk for survivors()
    return vfs, visits, drinks, in_flight


def after_the_cut(
    vfs: PowerCutVFS, folder: Path, *, rng: random.Random, keep: float
) -> tuple[dict, dict] | None:
    """Open what survived as the app would; None when the database is not sound."""
    files = vfs.survivors(folder, rng=rng, keep=keep)
    db_path = next(path for path in files if path.suffix == ".sqlite")
    if check_file(db_path):
        return None
    with sqlite3.connect(db_path) as connection:
        visits = dict(connection.execute("SELECT id, family_id FROM visit").fetchall())
        drinks = {c: v or 0 for c, v in connection.execute("SELECT id, visit_id FROM consumption").fetchall()}
    return visits, drinks


def holds(books: tuple[dict, dict], stored: tuple[dict, dict], in_flight: tuple[str, int] | None) -> bool:
    """The stored rows are the acknowledged ones, or those plus the action in flight."""
    visits, drinks = books
    stored_visits, stored_drinks = stored
    if stored == books:
        return True
    if in_flight is None:
        return False
    kind, number = in_flight
    if kind == "in":
        new = set(stored_visits) - set(visits)
        rest = {k: v for k, v in stored_visits.items() if k not in new}
        return stored_drinks == drinks and rest == visits and [stored_visits[n] for n in new] == [number]
    if kind == "undo":
        after = {k: v for k, v in visits.items() if k != number}
        return stored == (after, {c: v for c, v in drinks.items() if v != number})
    new = set(stored_drinks) - set(drinks)
    rest = {k: v for k, v in stored_drinks.items() if k not in new}
    return stored_visits == visits and rest == drinks and [stored_drinks[n] for n in new] == [number]


@pytest.mark.parametrize("autocheckpoint", [1000, 10], ids=["app-default-checkpoint", "frequent-checkpoints"])
@pytest.mark.parametrize("seed", range(6))
def test_a_power_cut_loses_no_acknowledged_action_with_synchronous_full(
    app_database, tmp_path: Path, seed: int, autocheckpoint: int
) -> None:
    db_path, morning_id, family_ids = app_database
    vfs, visits, drinks, in_flight = run_until_cut(
        db_path, morning_id, family_ids, seed=seed, synchronous="FULL", autocheckpoint=autocheckpoint
    )
    assert vfs.operations > 0
    for trial, keep in enumerate((0.0, 0.5, 0.9)):  # none, half or most of the un-synced writes survive
        stored = after_the_cut(
            vfs, tmp_path / f"disk{trial}", rng=random.Random(seed * 10 + trial), keep=keep
        )
        assert stored is not None, f"the database is damaged after the cut (keep={keep})"
        assert holds((visits, drinks), stored, in_flight), (
            f"keep={keep}: acknowledged {len(visits)} visits and {len(drinks)} drinks, "
            f"found {len(stored[0])} and {len(stored[1])} (in flight: {in_flight})"
        )


def test_the_harness_catches_synchronous_off(app_database, tmp_path: Path) -> None:
    """Proof that the harness can fail: without fsync, a power cut takes acknowledged actions."""
    db_path, morning_id, family_ids = app_database
    losses = 0
    for seed in range(3):
        vfs, visits, drinks, in_flight = run_until_cut(
            db_path, morning_id, family_ids, seed=seed, synchronous="OFF", autocheckpoint=1000
        )
        assert visits or drinks, "something was acknowledged before the cut"
        stored = after_the_cut(vfs, tmp_path / f"disk{seed}", rng=random.Random(seed), keep=0.0)
        losses += stored is None or not holds((visits, drinks), stored, in_flight)
    assert losses == 3
