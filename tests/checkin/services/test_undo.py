"""Undo in the core: every undoable action of the door is taken back exactly, also after a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Child, Consumption, Family, Location, UndoEntry, Visit, VisitChild
from checkin.services import drinks, families, mornings, undo, visits
from checkin.services.families import ChildInput, FamilyInput
from tests.helpers.dbdump import COUNTER, dump, rejected_unchanged, reopen
from tests.helpers.factories import WEDNESDAY, make_family, make_morning

TWO_KIDS = (
    ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
    ChildInput(birth_year=2022, birth_month=9, nickname="Mo"),
)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(WEDNESDAY, time(hour, minute))


class Door:
    """A morning under way with two families checked in, one of them with a coffee."""

    def __init__(self, session: Session, location: Location) -> None:
        self.morning_id = make_morning(session, location).id or 0
        fatma = make_family(session, name="Fatma", children=TWO_KIDS)
        jan = make_family(session, name="Jan", children=())
        self.fatma_id, self.jan_id = fatma.id or 0, jan.id or 0
        self.fatma_visit = (
            visits.check_in(session, morning_id=self.morning_id, family_id=self.fatma_id, now=_at(9, 40)).id
            or 0
        )
        self.jan_visit = (
            visits.check_in(session, morning_id=self.morning_id, family_id=self.jan_id, now=_at(9, 45)).id
            or 0
        )
        self.coffee = (
            drinks.record_drinks(
                session, morning_id=self.morning_id, kind="koffie", visit_id=self.jan_visit, now=_at(9, 50)
            ).id
            or 0
        )


@pytest.fixture
def door(session: Session, location: Location) -> Door:
    return Door(session, location)


def _children(session: Session, door: Door) -> list[int]:
    return [c.id or 0 for c in families.children_of(session, door.fatma_id)]


ACTIONS: dict[str, tuple[Callable[[Session, Door], object], str]] = {
    "check_in": (
        lambda s, d: visits.check_in(
            s, morning_id=d.morning_id, family_id=make_family(s, name="Gülşen").id or 0, now=_at(10)
        ),
        "inchecken van Gülşen",
    ),
    "drink_on_a_visit": (
        lambda s, d: drinks.record_drinks(
            s, morning_id=d.morning_id, kind="thee", payment="pin", visit_id=d.fatma_visit, now=_at(10)
        ),
        "thee voor Fatma",
    ),
    "drink_anonymous": (
        lambda s, d: drinks.record_drinks(s, morning_id=d.morning_id, kind="koffie", quantity=2, now=_at(10)),
        "koffie los verkocht",
    ),
    "drink_removed": (
        lambda s, d: drinks.undo_drinks(s, consumption_id=d.coffee),
        "weghalen van koffie van Jan",
    ),
    "check_out": (
        lambda s, d: visits.check_out(s, visit_id=d.fatma_visit, mood="blij", now=_at(11)),
        "uitchecken van Fatma",
    ),
    "who_came": (
        lambda s, d: visits.update_visit(
            s,
            visit_id=d.fatma_visit,
            child_ids=_children(s, d)[1:],
            adults=Adults(mothers=1, fathers=1, grandparents=2),
        ),
        "wie er mee zijn met Fatma",
    ),
}


@pytest.mark.parametrize("restart", [False, True], ids=["same-session", "after-restart"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_undo_restores_exactly_the_state_before_the_action(
    database: Database, data_dir: Path, door: Door, action: str, restart: bool
) -> None:
    perform, description = ACTIONS[action]
    if action == "check_in":
        with database.session() as session:  # the family exists before: only the check-in is undone
            make_family(session, name="Gülşen")
        perform = lambda s, d: visits.check_in(  # noqa: E731
            s,
            morning_id=d.morning_id,
            family_id=s.exec(select(Family.id).where(Family.display_name == "Gülşen")).one() or 0,
            now=_at(10),
        )
    before = dump(database, skip=COUNTER)
    with database.session() as session:
        perform(session, door)
    assert dump(database) != before
    if restart:
        database.dispose()
        database = reopen(database)
    try:
        with database.session() as session:
            last = undo.last_entry(session, door.morning_id)
            assert last is not None and last.description == description
            undone = undo.undo_last(session, door.morning_id)
            assert undone.description == description
        assert dump(database, skip=COUNTER) == before
    finally:
        if restart:
            database.dispose()


def test_undo_after_an_edit_restores_the_edit_not_the_coffee_before_it(
    database: Database, session: Session, door: Door
) -> None:
    kids = _children(session, door)
    visits.update_visit(session, visit_id=door.jan_visit, adults=Adults(fathers=1, mothers=1))
    assert undo.last_entry(session, door.morning_id).description == "wie er mee zijn met Jan"  # type: ignore[union-attr]
    undo.undo_last(session, door.morning_id)
    session.expire_all()
    jan = session.get(Visit, door.jan_visit)
    assert jan is not None and (jan.mothers, jan.fathers) == (1, 0)
    assert session.get(Consumption, door.coffee) is not None  # the coffee is still there
    assert undo.last_entry(session, door.morning_id).description == "koffie voor Jan"  # type: ignore[union-attr]
    # children too: Fatma came with both, then only with Mo, then back
    visits.update_visit(session, visit_id=door.fatma_visit, child_ids=kids[1:])
    undo.undo_last(session, door.morning_id)
    came = session.exec(select(VisitChild.child_id).where(VisitChild.visit_id == door.fatma_visit)).all()
    assert sorted(c or 0 for c in came) == sorted(kids)


def test_an_edit_that_changes_nothing_is_not_an_undo_step(session: Session, door: Door) -> None:
    visits.update_visit(session, visit_id=door.jan_visit, adults=Adults(mothers=1))
    assert undo.last_entry(session, door.morning_id).description == "koffie voor Jan"  # type: ignore[union-attr]


def test_undo_goes_back_step_by_step_to_the_start_of_the_morning(
    database: Database, session: Session, door: Door
) -> None:
    steps = []
    while (last := undo.last_entry(session, door.morning_id)) is not None:
        steps.append(undo.undo_last(session, door.morning_id).description)
        assert last.description == steps[-1]
    assert steps == ["koffie voor Jan", "inchecken van Jan", "inchecken van Fatma"]
    assert session.exec(select(Visit)).all() == []
    with rejected_unchanged(database, "niets om ongedaan te maken"):
        undo.undo_last(session, door.morning_id)


def test_register_and_check_in_is_undone_as_a_check_in_the_family_stays(session: Session, door: Door) -> None:
    visit = visits.register_and_check_in(
        session,
        morning_id=door.morning_id,
        data=FamilyInput(
            display_name="Łucja", village="Strijen", referral="flyer/poster", children=TWO_KIDS, consent=True
        ),
        now=_at(10),
    )
    assert undo.last_entry(session, door.morning_id).description == "inchecken van Łucja"  # type: ignore[union-attr]
    undo.undo_last(session, door.morning_id)
    assert session.get(Visit, visit.id) is None
    family = session.get(Family, visit.family_id)
    assert family is not None and family.display_name == "Łucja"  # found again by the search


def test_undoing_a_check_in_from_the_list_drops_the_entries_of_that_visit(
    session: Session, door: Door
) -> None:
    visits.check_out(session, visit_id=door.fatma_visit, now=_at(11))
    visits.undo_check_in(session, visit_id=door.jan_visit)
    entries = session.exec(select(UndoEntry.visit_id)).all()
    assert door.jan_visit not in entries
    assert undo.last_entry(session, door.morning_id).description == "uitchecken van Fatma"  # type: ignore[union-attr]


def test_removing_a_drink_drops_the_entry_that_added_it(session: Session, door: Door) -> None:
    drinks.undo_drinks(session, consumption_id=door.coffee)
    assert [e.action for e in session.exec(select(UndoEntry).order_by(col(UndoEntry.id)))] == [
        "check_in",
        "check_in",
        "drink_removed",
    ]


def test_closing_the_morning_drops_its_entries_and_reopening_does_not_bring_them_back(
    database: Database, session: Session, door: Door
) -> None:
    mornings.close_morning(session, morning_id=door.morning_id, cash_counted_cents=50)
    assert session.exec(select(UndoEntry)).all() == []
    assert undo.last_entry(session, door.morning_id) is None
    mornings.reopen_morning(session, morning_id=door.morning_id)
    assert undo.last_entry(session, door.morning_id) is None
    with rejected_unchanged(database, "niets om ongedaan te maken"):
        undo.undo_last(session, door.morning_id)


def test_erasing_a_family_drops_its_entries(session: Session, door: Door) -> None:
    visits.update_visit(session, visit_id=door.fatma_visit, child_ids=_children(session, door)[:1])
    families.erase_family(session, family_id=door.fatma_id)
    remaining = session.exec(select(UndoEntry.visit_id)).all()
    assert door.fatma_visit not in remaining and remaining == [door.jan_visit, door.jan_visit]
    assert undo.last_entry(session, door.morning_id).description == "koffie voor Jan"  # type: ignore[union-attr]


def test_the_undo_is_one_transaction(database: Database, session: Session, door: Door) -> None:
    """A refused undo (the morning was closed on another screen) changes nothing."""
    with database.session() as other:
        mornings.close_morning(other, morning_id=door.morning_id, cash_counted_cents=None)
    with rejected_unchanged(database, "al afgesloten"):
        undo.undo_last(session, door.morning_id)


def test_undoing_an_edit_brings_back_no_child_erased_meanwhile(session: Session, door: Door) -> None:
    """As in a backup restored after the family's children were erased by raw SQL there: the undo
    of the edit restores the adults and the children that still exist, and never fails."""
    kids = _children(session, door)
    visits.update_visit(session, visit_id=door.fatma_visit, child_ids=kids[:1], adults=Adults(fathers=1))
    child = session.get(Child, kids[1])
    session.delete(child)
    session.commit()
    undone = undo.undo_last(session, door.morning_id)
    assert undone.action == undo.VISIT_CHANGED
    session.expire_all()
    visit = session.get(Visit, door.fatma_visit)
    assert visit is not None and (visit.mothers, visit.fathers) == (1, 0)
    came = session.exec(select(VisitChild.child_id).where(VisitChild.visit_id == door.fatma_visit)).all()
    assert came == [kids[0]]
