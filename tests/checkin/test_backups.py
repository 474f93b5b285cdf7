"""Automatic backups: the thinning rule, verification, description, restore and damaged files."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin import backups, paths
from checkin.db import Database, check_file, restore_database
from checkin.errors import Rejected
from checkin.services import visits
from tests.helpers.factories import make_family, make_morning

NOW = datetime(2026, 11, 25, 12, 0)


def _dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    # Every hour for two years.
    stamps = [NOW - timedelta(hours=h) for h in range(0, 24 * 730)]
    keep = backups.backups_to_keep(stamps, now=NOW)
    ordered = sorted(stamps, reverse=True)
    assert set(ordered[:10]) <= keep
    days = {s.date() for s in keep if NOW - s <= timedelta(days=14)}
    assert len(days) == 15  # today and 14 days back, one each
    assert all(NOW - s <= timedelta(days=366) for s in keep)  # nothing older than 12 months
    months = {(s.year, s.month) for s in keep}
    assert len(months) == 12
    assert len(keep) < 10 + 15 + 9 + 12


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=NOW), max_size=60))
def test_thinning_always_keeps_the_newest_and_never_invents(stamps: list[datetime]) -> None:
    keep = backups.backups_to_keep(stamps, now=NOW)
    assert keep <= set(stamps)
    newest = sorted(set(stamps), reverse=True)[:10]
    assert set(newest) <= keep
    # Thinning again keeps the same set: the rule is stable.
    assert backups.backups_to_keep(keep, now=NOW) == keep


def test_make_backup_is_verified_and_thinned(database: Database, session, location) -> None:
    folder = paths.backup_dir(database.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    old = NOW - timedelta(days=40)
    for h in range(30):  # 30 backups on one day, 40 days ago
        stamp = (old + timedelta(minutes=h)).strftime("%Y%m%d-%H%M%S-%f")
        (folder / f"checkin-{stamp}-periodiek.sqlite").write_bytes(database.path.read_bytes())
    kept_for_reason = folder / f"checkin-{old.strftime('%Y%m%d-%H%M%S-%f')}-voor-upgrade.sqlite"
    kept_for_reason.write_bytes(b"x")
    made = backups.make_backup(database, reason="start", now=NOW)
    assert check_file(made) == []
    remaining = backups.list_backups(database.data_dir)
    periodic = [b for b in remaining if b.reason == "periodiek"]
    assert len(periodic) == 9  # with the new one, the ten newest stay; the rest of that day goes
    assert kept_for_reason.exists()


def test_describe_shows_families_and_mornings(database: Database, session, location) -> None:
    make_morning(session, location)
    make_family(session)
    make_family(session, name="Sanne")
    info = backups.describe(backups.make_backup(database, reason="start"))
    assert (info.families, info.mornings, info.sound) == (2, 1, True)
    assert info.last_morning is not None


def test_restore_round_trip_has_identical_content(database: Database, session, location) -> None:
    morning = make_morning(session, location)
    family = make_family(session)
    visits.check_in(session, morning_id=morning.id, family_id=family.id)
    made = backups.make_backup(database, reason="start")
    before = _dump(database.path)
    make_family(session, name="Na de backup")
    database.dispose()
    kept = restore_database(made, database.data_dir)
    assert kept is not None and check_file(kept) == []
    assert _dump(database.path) == before
    assert "Na de backup" in "\n".join(_dump(kept))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    for page in range(1, len(data) // 4096):
        for _ in range(200):
            data[page * 4096 + rng.randrange(4096)] = rng.randrange(256)
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("dit is geen database\n" * 100)


@pytest.mark.parametrize("damage", [_truncate, _scribble, _foreign, _empty, _text])
def test_damaged_file_is_refused_and_set_aside_on_restore(
    database: Database, session, location, damage
) -> None:
    for n in range(40):
        make_family(session, name=f"Gezin {n}")
    good = backups.make_backup(database, reason="start")
    database.dispose()
    for side in ("-wal", "-shm"):
        Path(f"{database.path}{side}").unlink(missing_ok=True)
    damage(database.path)
    damaged_bytes = database.path.read_bytes()
    if damaged_bytes:  # an empty file is a new database to SQLite; the app opens it as new
        assert check_file(database.path) != []
        with pytest.raises(Rejected):
            Database.open(database.data_dir)
        assert database.path.read_bytes() == damaged_bytes  # nothing written to the damaged file
    newest = backups.newest_sound_backup(database.data_dir)
    assert newest is not None and newest.path == good
    kept = restore_database(newest.path, database.data_dir)
    assert check_file(database.path) == []
    if (
        damaged_bytes
        and check_file(good) == []
        and kept is not None
        and kept.name.endswith("beschadigd.sqlite")
    ):
        assert kept.read_bytes() == damaged_bytes
    reopened = Database.open(database.data_dir)
    try:
        assert backups.describe(database.path).families == 40
    finally:
        reopened.dispose()


def test_erase_in_backups_needs_matching_id_and_code(database: Database, session, location) -> None:
    family = make_family(session, name="Wilhelmina")
    made = backups.make_backup(database, reason="start")
    assert backups.erase_in_backups(database.data_dir, families=[(family.id, "ZZZZ")], now=NOW) == 0
    assert b"Wilhelmina" in made.read_bytes()
    assert backups.erase_in_backups(database.data_dir, families=[(family.id, family.code)], now=NOW) == 1
    assert b"Wilhelmina" not in made.read_bytes()
    assert check_file(made) == []
    assert backups.describe(made).families == 0
