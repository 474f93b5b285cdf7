"""Offline at the door (issue 14, item 3): the desk's journal, its replay, merges and undo per desk.

Each desk is a ``journal.Desk`` on its own data folder; a desk "without the server" is the same
desk whose engine points at a server that is not there (a unix socket folder with no server):
a real connection error, no mock. The database is the real SQLite file or the real throwaway
PostgreSQL server (``any_database``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session, col, func, select

from checkin import desks, journal
from checkin.adults import Adults
from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Consumption, Family, JournalApplied, Location, Visit, VisitChild
from checkin.services import undo
from checkin.services.families import ChildInput, FamilyInput, children_of
from tests.helpers.factories import WEDNESDAY, make_family, make_location, make_morning

TEN = datetime.combine(WEDNESDAY, time(10, 0))


def _desk(database: Database, folder: Path) -> Database:
    """The same database seen from another laptop (its own data folder and desk id)."""
    folder.mkdir(parents=True, exist_ok=True)
    return dataclasses.replace(database, data_dir=folder, desk=desks.desk_id(folder), mark=None)


def _away(desk: Database, tmp_path: Path) -> Database:
    """The desk's database while the server cannot be reached: a server address where none runs."""
    nowhere = tmp_path / "no-server"
    nowhere.mkdir(exist_ok=True)
    engine = create_engine(f"postgresql+psycopg://nobody@/checkin?host={nowhere}", poolclass=NullPool)
    return dataclasses.replace(desk, engine=engine)


@pytest.fixture
def setup(any_database: Database, tmp_path: Path) -> Iterator[tuple[Database, int, Location]]:
    with any_database.session() as session:
        location = make_location(session)
        morning = make_morning(session, location)
    assert morning.id is not None
    yield any_database, morning.id, location


def _counts(database: Database, morning_id: int) -> tuple[int, int, int, int]:
    with database.session() as session:
        return (
            session.exec(select(func.count()).select_from(Family)).one(),
            session.exec(select(func.count()).select_from(Visit).where(Visit.morning_id == morning_id)).one(),
            session.exec(select(func.count()).select_from(VisitChild)).one(),
            session.exec(
                select(func.coalesce(func.sum(Consumption.quantity), 0)).where(
                    Consumption.morning_id == morning_id
                )
            ).one(),
        )


def test_offline_actions_replay_once_even_when_the_replay_is_repeated(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        family = make_family(session, name="Anna")
    assert family.id is not None
    online = _desk(database, tmp_path / "desk-a")
    desk = journal.Desk(online)
    desk.database = _away(online, tmp_path)
    ref = journal.family_ref(family.id)
    done = [
        desk.act(journal.check_in(morning_id=morning_id, family=ref, now=TEN, child_ids=[])),
        desk.act(journal.drink(morning_id=morning_id, kind="koffie", payment="contant", family=ref, now=TEN)),
        desk.act(journal.drink(morning_id=morning_id, kind="thee", payment="pin", family=None, now=TEN)),
    ]
    new = FamilyInput(
        display_name="Noor",
        village="Numansdorp",
        referral="flyer/poster",
        children=(ChildInput(birth_year=2025, birth_month=2, nickname="Mo"),),
        consent=True,
    )
    code = desk.offline_code()
    registered = desk.act(journal.register(morning_id=morning_id, data=new, now=TEN, code=code))
    noor = journal.family_ref(made_by=registered.entry.id)
    done += [
        registered,
        desk.act(journal.drink(morning_id=morning_id, kind="koffie", payment="gratis", family=noor, now=TEN)),
        desk.act(journal.check_out(morning_id=morning_id, family=ref, now=TEN.replace(hour=11))),
    ]
    assert all(d.offline for d in done)
    assert code == f"T{desk.number()}-0001"
    before = _counts(database, morning_id)
    assert desk.replay().left == len(done)  # still away: nothing applied, nothing lost

    desk.database = online  # the server is back
    replayed = desk.replay()
    assert (replayed.applied, replayed.refused, replayed.left) == (6, (), 0)
    after = _counts(database, morning_id)
    assert after == (before[0] + 1, 2, before[2] + 1, 3)
    with database.session() as session:
        assert session.exec(select(Family).where(Family.code == code)).one().display_name == "Noor"
        visit = session.exec(select(Visit).where(Visit.family_id == family.id)).one()
        assert visit.left_at == TEN.replace(hour=11)

    # As if the desk had crashed after the server's commits but before it noted them: all again.
    with desk.journal.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE entry SET state = 'pending'")
    again = desk.replay()
    assert (again.applied, again.left) == (6, 0)
    assert _counts(database, morning_id) == after
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(JournalApplied)).one() == 6
    desk.dispose()


def test_a_family_checked_in_offline_and_at_another_desk_is_one_visit(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        family = make_family(
            session,
            name="Sara",
            children=(
                ChildInput(birth_year=2023, birth_month=3, nickname="Ali"),
                ChildInput(birth_year=2025, birth_month=1, nickname="Bo"),
            ),
        )
    with database.session() as session:
        ali, bo = (c.id or 0 for c in children_of(session, family.id or 0))
    offline_db = _desk(database, tmp_path / "desk-a")
    desk_a = journal.Desk(offline_db)
    desk_a.database = _away(offline_db, tmp_path)
    desk_b = journal.Desk(_desk(database, tmp_path / "desk-b"))
    ref = journal.family_ref(family.id)
    desk_a.act(
        journal.check_in(
            morning_id=morning_id, family=ref, now=TEN, child_ids=[ali], adults=Adults(mothers=1)
        )
    )
    later = TEN.replace(minute=20)
    at_b = desk_b.act(
        journal.check_in(
            morning_id=morning_id, family=ref, now=later, child_ids=[bo], adults=Adults(fathers=1)
        )
    )
    assert not at_b.offline
    desk_a.database = offline_db
    assert desk_a.replay().applied == 1
    with database.session() as session:
        visit = session.exec(select(Visit).where(Visit.morning_id == morning_id)).one()
        assert (visit.arrived_at, visit.mothers, visit.fathers) == (TEN, 1, 1)
        came = set(session.exec(select(VisitChild.child_id).where(VisitChild.visit_id == visit.id)))
        assert came == {ali, bo}
    desk_a.dispose()
    desk_b.dispose()


def test_a_family_registered_offline_twice_is_flagged_and_gets_a_desk_code(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        make_family(session, name="Özlem")  # Numansdorp, Ela born 5-2024
    first = _desk(database, tmp_path / "desk-a")
    second = _desk(database, tmp_path / "desk-b")
    desk_a, desk_b = journal.Desk(first), journal.Desk(second)
    assert {desk_a.number(), desk_b.number()} == {1, 2}
    desk_a.database = _away(first, tmp_path)
    desk_b.database = _away(second, tmp_path)
    same = FamilyInput(
        display_name="özlem ",
        village="Numansdorp",
        referral="flyer/poster",
        children=(ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),),
        consent=True,
    )
    other = dataclasses.replace(same, children=(ChildInput(birth_year=2024, birth_month=6, nickname="Ela"),))
    codes = [desk_a.offline_code(), desk_b.offline_code(), desk_a.offline_code()]
    assert codes == [f"T{desk_a.number()}-0001", f"T{desk_b.number()}-0001", f"T{desk_a.number()}-0002"]
    desk_a.act(journal.register(morning_id=morning_id, data=same, now=TEN, code=codes[0]))
    desk_b.act(journal.register(morning_id=morning_id, data=other, now=TEN, code=codes[1]))
    desk_a.database, desk_b.database = first, second
    assert desk_a.replay().applied == 1 and desk_b.replay().applied == 1
    with database.session() as session:
        assert journal.double_registrations(session) == 1
        assert set(session.exec(select(Family.code).where(col(Family.code).in_(codes)))) == set(codes[:2])
        [double] = journal.possible_doubles(session)
        assert double.name == f"özlem ({codes[0]})" and double.other_name.startswith("Özlem (")
    desk_a.dispose()
    desk_b.dispose()


def test_checkin_check_counts_the_possible_double_registrations(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.cli import main

    folder = tmp_path / "coordinator"
    folder.mkdir()
    database = Database.open(folder, url=pg_url)
    with database.session() as session:
        location = make_location(session)
        morning = make_morning(session, location)
        make_family(session, name="Özlem")
    same = FamilyInput(
        display_name="Özlem",
        village="Numansdorp",
        referral="flyer/poster",
        children=(ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),),
        consent=True,
    )
    item = journal.register(morning_id=morning.id or 0, data=same, now=TEN, code="T1-0001")
    with database.session() as session:
        journal.apply(
            session, journal.Entry(item.id, item.kind, item.data, item.created_at, offline=True), desk="d"
        )
    database.dispose()
    assert main(["--data-dir", str(folder), "--database", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "Mogelijk dubbel ingeschreven" in out and ": 1." in out


def test_undo_at_a_desk_takes_back_that_desks_last_action(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        anna = make_family(session, name="Anna")
        bram = make_family(session, name="Bram")
    desk_a = journal.Desk(_desk(database, tmp_path / "desk-a"))
    desk_b = journal.Desk(_desk(database, tmp_path / "desk-b"))
    desk_a.act(
        journal.check_in(morning_id=morning_id, family=journal.family_ref(anna.id), now=TEN, child_ids=[])
    )
    desk_b.act(
        journal.check_in(morning_id=morning_id, family=journal.family_ref(bram.id), now=TEN, child_ids=[])
    )
    done = desk_a.act(journal.undo_last(morning_id=morning_id, now=TEN))
    assert done.applied is not None and "Anna" in done.applied.result["undone"]
    with database.session() as session:
        assert list(session.exec(select(Visit.family_id))) == [bram.id]
    with desk_a.database.session() as session:
        assert undo.last_entry(session, morning_id) is None
    with desk_b.database.session() as session:
        last = undo.last_entry(session, morning_id)
        assert last is not None and last.params["name"] == "Bram"
    desk_a.dispose()
    desk_b.dispose()


def test_ctrl_z_offline_cancels_the_journals_last_action_then_undoes_the_servers(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        anna = make_family(session, name="Anna")
        bram = make_family(session, name="Bram")
    online = _desk(database, tmp_path / "desk-a")
    desk = journal.Desk(online)
    desk.act(
        journal.check_in(morning_id=morning_id, family=journal.family_ref(anna.id), now=TEN, child_ids=[])
    )
    desk.database = _away(online, tmp_path)
    desk.act(
        journal.check_in(morning_id=morning_id, family=journal.family_ref(bram.id), now=TEN, child_ids=[])
    )
    cancelled = desk.cancel_last()
    assert cancelled is not None and cancelled.entry.data["family"] == {"family_id": bram.id}
    assert desk.cancel_last() is None  # nothing left in the journal: Ctrl+Z is for the server
    desk.act(journal.undo_last(morning_id=morning_id, now=TEN))
    assert desk.cancel_last() is None  # an undo is not cancelled by the next Ctrl+Z
    desk.database = online
    assert desk.replay().applied == 1
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Visit)).one() == 0
    desk.dispose()


def test_an_entry_the_server_refuses_on_replay_is_kept_as_refused(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, _location = setup
    with database.session() as session:
        anna = make_family(session, name="Anna")
    online = _desk(database, tmp_path / "desk-a")
    desk = journal.Desk(online)
    desk.database = _away(online, tmp_path)
    desk.act(journal.check_out(morning_id=morning_id, family=journal.family_ref(anna.id), now=TEN))
    desk.database = online
    replayed = desk.replay()
    assert replayed.applied == 0 and len(replayed.refused) == 1 and replayed.finished
    assert [s.state for s in desk.journal.entries()] == [journal.REFUSED]
    with pytest.raises(Rejected):  # online, the host sees the refusal itself
        desk.act(journal.check_out(morning_id=morning_id, family=journal.family_ref(anna.id), now=TEN))
    desk.dispose()


def test_offline_search_and_present_list_come_from_the_local_copy(
    setup: tuple[Database, int, Location], tmp_path: Path
) -> None:
    database, morning_id, location = setup
    with database.session() as session:
        anna = make_family(session, name="Anna")
        make_family(session, name="Bram")
    online = _desk(database, tmp_path / "desk-a")
    desk = journal.Desk(online)
    desk.act(
        journal.check_in(morning_id=morning_id, family=journal.family_ref(anna.id), now=TEN, child_ids=[])
    )
    assert location.id is not None
    desk.refresh_copy(location_id=location.id, day=WEDNESDAY)
    desk.database = _away(online, tmp_path)
    assert [m.display_name for m in desk.journal.search("bra")] == ["Bram"]
    assert [m.children for m in desk.journal.search("ela")] == ["Ela", "Ela"]
    bram = desk.journal.search("bram")[0]
    desk.act(journal.check_in(morning_id=morning_id, family=journal.family_ref(bram.family_id), now=TEN))
    rows = desk.present(morning_id)
    assert [(r.display_name, r.visit_id < 0) for r in rows] == [("Anna", False), ("Bram", True)]
    assert desk.family_of_visit(rows[1].visit_id) == journal.family_ref(bram.family_id)
    desk.dispose()


def test_the_journal_file_is_encrypted_when_the_folder_has_a_key(
    any_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if any_database.engine.dialect.name == "sqlite":
        pytest.skip("the journal is for a desk on a server")
    monkeypatch.setenv("CHECKIN_PASSPHRASE", "a key of this laptop")
    desk = journal.Desk(_desk(any_database, tmp_path / "desk-a"))
    with Session(desk.journal.engine):
        pass
    assert desk.journal.path.read_bytes()[:16] != b"SQLite format 3\x00"
    desk.dispose()
