"""Privacy: retention, erasure everywhere (database, WAL, backups, logs), the coordinator PIN."""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlmodel import select

from checkin import backups, logs, privacy
from checkin.db import Database, check_file
from checkin.errors import Rejected
from checkin.models import ERASED_FAMILY, ERASED_FAMILY_KEPT, Child, Family, Visit, VisitChild
from checkin.services import drinks, mornings, visits
from checkin.services.families import ChildInput
from checkin.settings import load_settings, save_settings
from tests.helpers.dbdump import dump
from tests.helpers.factories import make_family, make_morning

NAME, CHILD = "Wilhelmientje", "Pietertje"


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def _found(needle: str, files: list[Path]) -> list[str]:
    variants = {needle.encode(), needle.lower().encode(), needle.upper().encode()}
    return [f"{p.name}" for p in files for v in variants if v in p.read_bytes()]


def test_erased_family_is_gone_from_every_file_and_still_counted(
    database: Database, session, location, tmp_path: Path
) -> None:
    log_path = logs.configure(folder=tmp_path / "logs", level=logging.DEBUG)
    try:
        family = make_family(
            session, name=NAME, children=(ChildInput(birth_year=2024, birth_month=5, nickname=CHILD),)
        )
        code = family.code
        others = [make_family(session, name=f"Ander {n}") for n in range(5)]
        morning = make_morning(session, location)
        visit = visits.check_in(session, morning_id=morning.id, family_id=family.id)
        drinks.record_drinks(session, morning_id=morning.id, kind="koffie", visit_id=visit.id)
        visits.check_in(session, morning_id=morning.id, family_id=others[0].id)
        with pytest.raises(Rejected):  # a message with the name in it, which must not reach the log
            visits.check_in(session, morning_id=morning.id, family_id=family.id)
        logging.getLogger("checkin.test").info("Checked in family %s", code)
        old_backup = backups.make_backup(database, reason="start")
        assert _found(NAME, [old_backup])  # the backup had the family, as it should
        session.close()

        result = privacy.erase_everywhere(database, family_id=family.id)
        assert result.backups_changed == 1
        after = backups.make_backup(database, reason="periodiek")

        with database.session() as s:
            erased = s.get(Family, family.id)
            assert erased.display_name is None and erased.code is None and erased.erased_at is not None
            assert s.exec(select(Child).where(Child.family_id == family.id)).all() == []
            assert s.exec(select(Visit).where(Visit.family_id == family.id)).one().id == visit.id
            ages = s.exec(select(VisitChild.age_months).where(VisitChild.visit_id == visit.id)).all()
            assert ages == [30]  # the child still counts, with its age, anonymously
            assert mornings.summary(s, morning.id).visits == 2
        live = _files(database.data_dir)  # while the app still runs: the WAL is there
        assert Path(f"{database.path}-wal") in live
        assert _found(NAME, live) == [] and _found(CHILD, live) == []
        database.dispose()
        logs.shutdown()
        files = _files(database.data_dir, tmp_path / "logs")
        assert database.path in files and old_backup in files and after in files and log_path in files
        assert _found(NAME, files) == []
        assert _found(CHILD, files) == []
        assert _found(f" {code.lower()} ", files) == []  # the search key held the code
        assert b"Ander 1" in database.path.read_bytes()  # the others are untouched
        for backup in (old_backup, after):
            assert check_file(backup) == []
    finally:
        logs.shutdown()


def test_retention_anonymises_only_families_past_the_period(database: Database, session, location) -> None:
    old_day = date(2024, 6, 5)
    old = make_family(session, name="Lang geleden", today=old_day)
    recent = make_family(session, name="Vorige maand")
    never = make_family(session, name="Nooit geweest", today=date(2024, 1, 10), children=())
    old_morning = make_morning(session, location, day=old_day)
    visits.check_in(
        session, morning_id=old_morning.id, family_id=old.id, now=datetime.combine(old_day, time(10))
    )
    visits.check_in(
        session, morning_id=old_morning.id, family_id=recent.id, now=datetime.combine(old_day, time(10))
    )
    new_morning = make_morning(session, location, day=date(2026, 10, 28))
    visits.check_in(session, morning_id=new_morning.id, family_id=recent.id, now=datetime(2026, 10, 28, 10))
    backups.make_backup(database, reason="start")
    session.close()
    result = privacy.apply_retention(database, today=date(2026, 11, 25))
    assert (result.families, result.backups_changed) == (2, 1)
    with database.session() as s:
        assert s.get(Family, old.id).erased_at is not None
        assert s.get(Family, never.id).erased_at is not None
        assert s.get(Family, recent.id).erased_at is None
        assert len(s.exec(select(Visit).where(Visit.morning_id == old_morning.id)).all()) == 2
    assert privacy.apply_retention(database, today=date(2026, 11, 25)).families == 0


def test_retention_period_is_a_setting(database: Database, session, location) -> None:
    make_family(session, today=date(2026, 6, 1))
    make_family(session, name="Nieuw", today=date(2026, 11, 25))  # the place is in use
    save_settings(session, retention_months=6)
    session.close()
    assert privacy.apply_retention(database, today=date(2026, 11, 25)).families == 0
    assert privacy.apply_retention(database, today=date(2026, 12, 2)).families == 1


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 11, 25), 24, date(2024, 11, 25)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert privacy.months_before(day, months) == expected


def test_pin_is_stored_hashed_and_checked(session) -> None:
    assert privacy.check_pin(session, pin="") and not privacy.pin_is_set(session)
    privacy.set_pin(session, new_pin="482913")
    stored = load_settings(session).coordinator_pin
    assert "482913" not in stored and stored.startswith("scrypt$")
    assert privacy.check_pin(session, pin="482913")
    assert not privacy.check_pin(session, pin="482914")
    with pytest.raises(Rejected, match="huidige pincode"):
        privacy.set_pin(session, new_pin="11111", current_pin="0000")
    with pytest.raises(Rejected, match="5 tot 12 cijfers"):
        privacy.set_pin(session, new_pin="12a4", current_pin="482913")
    assert privacy.check_pin(session, pin="482913")  # a refused change changes nothing
    privacy.remove_pin(session, current_pin="482913")
    assert not privacy.pin_is_set(session)


def test_two_hashes_of_one_pin_differ(session) -> None:
    assert privacy.hash_pin("1234") != privacy.hash_pin("1234")
    assert privacy.pin_matches("1234", privacy.hash_pin("1234"))
    assert not privacy.pin_matches("1234", "rubbish")


def test_a_clock_years_ahead_does_not_anonymise_everyone(database: Database, session, location) -> None:
    family = make_family(session, name="Vorige week")
    morning = make_morning(session, location)
    visits.check_in(session, morning_id=morning.id, family_id=family.id)
    session.close()
    assert privacy.apply_retention(database, today=date(2031, 1, 1)).families == 0


def test_the_erasure_list_names_every_column_of_a_family() -> None:
    """A new column of Family must be declared erased or kept: erasure cannot forget it."""
    assert not set(ERASED_FAMILY) & ERASED_FAMILY_KEPT
    assert set(ERASED_FAMILY) | ERASED_FAMILY_KEPT == set(Family.model_fields)


def test_erasure_leaves_the_same_family_row_in_the_database_and_in_a_backup(
    database: Database, session, location
) -> None:
    family = make_family(
        session, name=NAME, children=(ChildInput(birth_year=2024, birth_month=5, nickname=CHILD),)
    )
    make_family(session, name="Ander")
    backup = backups.make_backup(database, reason="start")
    session.close()
    moment = datetime(2026, 11, 26, 10, 30)
    assert privacy.erase_everywhere(database, family_id=family.id, now=moment).backups_changed == 1
    in_database, in_backup = dump(database.path), dump(backup)
    assert in_backup["family"] == in_database["family"]
    assert in_backup["child"] == in_database["child"]
    with database.session() as s:
        erased = s.get(Family, family.id)
        assert erased.erased_at == moment
        assert {column: getattr(erased, column) for column in ERASED_FAMILY} == ERASED_FAMILY
        assert s.exec(select(Child).where(Child.family_id == family.id)).all() == []
    assert _found(NAME, [database.path, backup]) == [] and _found(CHILD, [backup]) == []


def test_erasure_removes_damaged_files_set_aside_and_partial_copies(database: Database, session) -> None:
    from checkin import paths
    from checkin.db import set_aside
    from checkin.files import DATABASE_TEMP_PREFIX

    family = make_family(session, name=NAME)
    session.close()
    folder = paths.backup_dir(database.data_dir)
    good = backups.make_backup(database, reason="start")
    damaged_copy = backups.make_backup(database, reason="periodiek")
    set_aside_path = set_aside(damaged_copy, folder / "checkin-20260101-120000-000000-beschadigd.sqlite")
    partial = folder / f"{DATABASE_TEMP_PREFIX}checkin-x.sqlite.abc.tmp"
    partial.write_bytes(good.read_bytes())
    assert _found(NAME, [set_aside_path, partial])
    privacy.erase_everywhere(database, family_id=family.id)
    assert not set_aside_path.exists() and not partial.exists()
    assert good.exists() and _found(NAME, [good]) == []


def test_wrong_pins_make_a_growing_wait_that_survives_a_restart(database: Database, caplog) -> None:
    with database.session() as s:
        privacy.set_pin(s, new_pin="482913")
    now = 1_800_000_000.0
    waits = []
    for _ in range(8):
        with database.session() as s:  # each try in its own session, as the window does
            assert not privacy.check_pin(s, pin="000000", now=now)
            waits.append(privacy.pin_wait_seconds(s, now=now))
            now += waits[-1]
    assert waits == [0, 0, 0, 0, 30, 60, 120, 240]
    with database.session() as s:  # while waiting, even the right PIN is refused
        assert not privacy.check_pin(s, pin="482913", now=now - 1)
    data_dir = database.data_dir
    database.dispose()
    restarted = Database.open(data_dir)
    try:
        with restarted.session() as s:
            assert privacy.pin_wait_seconds(s, now=now - 1) == 1
            with pytest.raises(Rejected, match="Te veel verkeerde pincodes"):
                privacy.verify_pin(s, pin="482913", now=now - 1)
            assert privacy.check_pin(s, pin="482913", now=now)
            assert privacy.pin_wait_seconds(s, now=now) == 0
            assert load_settings(s).pin_failures == 0
    finally:
        restarted.dispose()
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "wrong in a row" in logged and "000000" not in logged and "482913" not in logged


def test_an_old_four_digit_pin_keeps_working_with_a_nudge(session) -> None:
    save_settings(session, coordinator_pin=privacy.hash_pin("2468"))
    assert privacy.check_pin(session, pin="2468")
    assert privacy.pin_is_short("2468") and not privacy.pin_is_short("24680")
    with pytest.raises(Rejected, match="5 tot 12 cijfers"):
        privacy.set_pin(session, new_pin="1357", current_pin="2468")
    privacy.set_pin(session, new_pin="13579", current_pin="2468")


def _old_families(session, location, count: int) -> list[int]:
    """``count`` families registered long ago who never came, and a morning today (2026-11-25)."""
    ids = [
        make_family(session, name=f"Oud{n}", today=date(2024, 1, 10), children=()).id for n in range(count)
    ]
    make_morning(session, location, day=date(2026, 11, 25))
    return ids


def test_check_in_between_retention_batches(database: Database, session, location) -> None:
    """The retention rule commits batch by batch: a check-in from another connection goes through
    between two batches, and a family that came meanwhile is not anonymised."""
    import threading

    ids = _old_families(session, location, 6)
    morning = mornings.morning_on(session, location_id=location.id, day=date(2026, 11, 25))
    session.close()
    paused, go = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def after_batch(done: int) -> None:
        if not paused.is_set():
            paused.set()
            go.wait(30)

    def work() -> None:
        try:
            outcome["result"] = privacy.apply_retention(
                database, today=date(2026, 11, 25), batch=2, after_batch=after_batch
            )
        except BaseException as error:  # handed to the test
            outcome["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert paused.wait(30)
        other = Database.open(database.data_dir)  # another engine: another connection
        try:
            with other.transaction() as door:
                visits.check_in(
                    door, morning_id=morning.id, family_id=ids[-1], now=datetime(2026, 11, 25, 10)
                )
        finally:
            other.dispose()
    finally:
        go.set()
        worker.join(30)
    assert not worker.is_alive() and "error" not in outcome
    assert outcome["result"].families == 5
    with database.session() as s:
        assert s.get(Family, ids[-1]).erased_at is None
        assert all(s.get(Family, i).erased_at is not None for i in ids[:-1])
        assert not load_settings(s).backups_to_erase


def test_retention_stopped_midway_finishes_the_backups_at_the_next_start(
    database: Database, session, location
) -> None:
    ids = _old_families(session, location, 4)
    session.close()
    made = backups.make_backup(database, reason="start")

    def stop(done: int) -> None:
        raise KeyboardInterrupt  # as if the app was killed after the first batch

    with pytest.raises(KeyboardInterrupt):
        privacy.apply_retention(database, today=date(2026, 11, 25), batch=2, after_batch=stop)
    with database.session() as s:
        assert [s.get(Family, i).erased_at is not None for i in ids] == [True, True, False, False]
        assert len(load_settings(s).backups_to_erase) == 2
    assert b"Oud0" in made.read_bytes()  # the backups were not reached
    assert privacy.apply_retention(database, today=date(2026, 11, 25), batch=2).families == 2
    assert not _found("Oud0", [made]) and not _found("Oud3", [made])
    with database.session() as s:
        assert not load_settings(s).backups_to_erase
