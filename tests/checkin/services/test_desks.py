"""Several desks on one database (issue 14, item 2), on SQLite and on PostgreSQL.

Each desk is its own ``Database`` (its own connections) on the same database; the races run in
threads, and in two processes, for real.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlmodel import Session, col, func, select

from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Family, Location, Morning, Visit
from checkin.services import drinks, mornings, undo, visits
from tests.helpers.dbdump import reopen
from tests.helpers.factories import WEDNESDAY, make_family, make_morning

TEN = datetime.combine(WEDNESDAY, time(10, 0))


@pytest.fixture
def other(database: Database) -> Iterator[Database]:
    """A second desk on the same database."""
    desk = reopen(database)
    yield desk
    desk.dispose()


def _version(desk: Database, location: Location) -> mornings.MorningVersion | None:
    assert location.id is not None
    with desk.session() as session:
        return mornings.version(session, location_id=location.id, day=WEDNESDAY)


def _visits(desk: Database, morning_id: int) -> dict[int, int]:
    with desk.session() as session:
        return dict(
            session.exec(
                select(Visit.family_id, func.count())
                .where(Visit.morning_id == morning_id)
                .group_by(col(Visit.family_id))
            ).all()
        )


def test_every_door_action_at_one_desk_changes_the_version_the_other_desk_reads(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    assert _version(other, location) is None
    morning = make_morning(session, location)
    assert morning.id is not None
    family = make_family(session)
    assert family.id is not None
    seen = _version(other, location)
    assert seen is not None and (seen.morning_id, seen.closed) == (morning.id, False)
    actions: list[Callable[[], object]] = [
        lambda: visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0, now=TEN),
        lambda: drinks.record_drinks(session, morning_id=morning.id or 0, kind="koffie", now=TEN),
        lambda: undo.undo_last(session, morning.id or 0),
        lambda: visits.check_out(session, visit_id=_visit_of(session, family.id or 0), now=TEN),
        lambda: visits.undo_check_out(session, visit_id=_visit_of(session, family.id or 0)),
        lambda: mornings.set_theme(session, morning_id=morning.id or 0, theme="Voorlezen"),
        lambda: mornings.close_morning(session, morning_id=morning.id or 0, cash_counted_cents=None),
        lambda: mornings.reopen_morning(session, morning_id=morning.id or 0),
    ]
    for action in actions:
        action()
        now = _version(other, location)
        assert now is not None and now != seen
        seen = now
    assert not seen.closed


def _visit_of(session: Session, family_id: int) -> int:
    visit = session.exec(select(Visit).where(Visit.family_id == family_id)).one()
    assert visit.id is not None
    return visit.id


def test_a_family_checked_in_at_one_desk_is_refused_at_the_other(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    family = make_family(session)
    assert morning.id is not None and family.id is not None
    visits.check_in(session, morning_id=morning.id, family_id=family.id, now=TEN)
    with other.session() as there, pytest.raises(Rejected) as refused:
        visits.check_in(there, morning_id=morning.id, family_id=family.id, now=TEN)
    assert "al ingecheckt" in str(refused.value)
    assert _visits(database, morning.id) == {family.id: 1}


def _race(desks: list[Database], work: Callable[[Session], object]) -> list[object]:
    """``work`` at every desk at once (one thread each); what each returned or raised."""
    barrier = threading.Barrier(len(desks))
    results: list[object] = [None] * len(desks)

    def run(i: int) -> None:
        with desks[i].session() as session:
            barrier.wait()
            try:
                results[i] = work(session)
            except Rejected as error:
                results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_the_same_families_at_two_desks_at_once_give_one_visit_each(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    assert morning.id is not None
    ids = [make_family(session, name=f"Gezin {n}").id or 0 for n in range(12)]
    for family_id in ids:
        results = _race(
            [database, other],
            lambda s, f=family_id: visits.check_in(
                s, morning_id=morning.id or 0, family_id=f, child_ids=[], now=TEN
            ),
        )
        assert sorted(type(r).__name__ for r in results) == ["Rejected", "Visit"], results
        refusal = next(r for r in results if isinstance(r, Rejected))
        assert "al ingecheckt" in str(refusal) or "andere tafel" in str(refusal)
    assert _visits(database, morning.id) == dict.fromkeys(ids, 1)


def test_two_desks_starting_the_morning_at_once_make_one_morning(
    database: Database, other: Database, location: Location
) -> None:
    assert location.id is not None
    results = _race(
        [database, other],
        lambda s: mornings.start_morning(s, location_id=location.id or 0, day=WEDNESDAY, now=TEN),
    )
    assert sorted(type(r).__name__ for r in results) == ["Morning", "Rejected"], results
    assert "begonnen" in str(next(r for r in results if isinstance(r, Rejected)))
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Morning)).one() == 1


def test_the_morning_is_closed_once(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    family = make_family(session)
    assert morning.id is not None and family.id is not None
    visits.check_in(session, morning_id=morning.id, family_id=family.id, now=TEN)
    results = _race(
        [database, other],
        lambda s: mornings.close_morning(s, morning_id=morning.id or 0, cash_counted_cents=5000, now=TEN),
    )
    assert sorted(type(r).__name__ for r in results) == ["MorningSummary", "Rejected"], results
    assert "al afgesloten" in str(next(r for r in results if isinstance(r, Rejected)))
    # and a desk that still shows it open cannot check in on it any more
    late = make_family(session, name="Laat")
    with other.session() as there, pytest.raises(Rejected, match="al afgesloten"):
        visits.check_in(there, morning_id=morning.id, family_id=late.id or 0, now=TEN)
    assert _visits(database, morning.id) == {family.id: 1}


def test_two_desk_processes_checking_in_the_same_families_leave_one_visit_each(
    database: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    assert morning.id is not None
    ids = [str(make_family(session, name=f"Gezin {n}").id) for n in range(40)]
    url = "-"
    if database.engine.dialect.name != "sqlite":
        url = database.engine.url.render_as_string(hide_password=False)
    root = Path(__file__).resolve().parents[3]
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.desk_worker",
                str(database.data_dir),
                url,
                str(morning.id),
                *order,
            ],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        for order in (ids, ids[::-1])
    ]
    outputs = [desk.communicate(timeout=120) for desk in desks]
    assert all(desk.returncode == 0 for desk in desks), [err for _, err in outputs]
    done = [tuple(int(n) for n in out.split()) for out, _ in outputs]
    assert sum(d for d, _ in done) == len(ids)
    assert sum(r for _, r in done) == len(ids)
    assert _visits(database, morning.id) == {int(f): 1 for f in ids}
    assert session.exec(select(func.count()).select_from(Family)).one() == len(ids)


def test_a_visit_written_meanwhile_without_the_claim_still_gives_one_visit_and_a_dutch_message(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    """The unique (morning, family) catches what the claim does not: a writer that skipped it
    (an import, an older app) committing the same family's visit just before this desk's insert.
    On PostgreSQL only: on SQLite the other writer would wait for this desk's write lock."""
    if database.engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer: nothing can come in between")
    morning = make_morning(session, location)
    family = make_family(session)
    assert morning.id is not None and family.id is not None

    done: list[bool] = []

    def meanwhile(*_args: object) -> None:
        if done or not any(isinstance(row, Visit) for row in here.new):
            return
        done.append(True)
        with other.session() as there:
            there.add(Visit(morning_id=morning.id, family_id=family.id, arrived_at=TEN))
            there.commit()

    with database.session() as here:
        event.listen(here, "before_flush", meanwhile)
        with pytest.raises(Rejected, match="andere tafel"):
            visits.check_in(here, morning_id=morning.id, family_id=family.id, child_ids=[], now=TEN)
    assert _visits(database, morning.id) == {family.id: 1}


def test_a_family_checked_out_at_two_desks_at_once_is_checked_out_once(
    database: Database, other: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    family = make_family(session)
    assert morning.id is not None and family.id is not None
    visit = visits.check_in(session, morning_id=morning.id, family_id=family.id, now=TEN)
    assert visit.id is not None
    results = _race(
        [database, other], lambda s: visits.check_out(s, visit_id=visit.id or 0, mood="blij", now=TEN)
    )
    assert sorted(type(r).__name__ for r in results) == ["Rejected", "Visit"], results
    assert "al uitgecheckt" in str(next(r for r in results if isinstance(r, Rejected)))
