"""`checkin demo`: the same seed and day give the same data, and the data looks like a real place."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

from checkin import rules
from checkin.db import Database, check_file
from checkin.demo import PLACES, fill_demo
from checkin.errors import Rejected
from checkin.models import Activity, Child, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services import families as family_service
from checkin.services import visits as visit_service
from tests.helpers.dbdump import dump, rejected_unchanged

TODAY = date(2026, 11, 23)


def _demo_dump(folder: Path, **options: int) -> dict[str, list[tuple[object, ...]]]:
    database = Database.open(folder)
    try:
        with database.session() as session:
            fill_demo(session, today=TODAY, **options)
        return dump(database.path)
    finally:
        database.dispose()


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    options = {"families": 30, "weeks": 12, "locations": 2, "seed": 7}
    first = _demo_dump(tmp_path / "a", **options)
    second = _demo_dump(tmp_path / "b", **options)
    assert first == second
    assert len(first["visit"]) > 30


def test_a_different_seed_gives_different_data(tmp_path: Path) -> None:
    first = _demo_dump(tmp_path / "a", families=30, weeks=12, seed=7)
    other = _demo_dump(tmp_path / "b", families=30, weeks=12, seed=8)
    assert first["family"] != other["family"]
    assert first["visit"] != other["visit"]
    assert first["location"] == other["location"]  # the places themselves are fixed


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A year of the default demo at one place."""
    database = Database.open(tmp_path_factory.mktemp("demo") / "data")
    with database.session() as session:
        counts = fill_demo(session, today=TODAY)
    assert counts["families"] == 120 and counts["mornings"] == 52 and counts["locations"] == 1
    yield database
    database.dispose()


def test_the_demo_database_is_sound(year: Database) -> None:
    assert check_file(year.path) == []


def test_weekly_mornings_on_the_places_weekday_before_today(year: Database) -> None:
    with year.session() as session:
        days = sorted(session.exec(select(Morning.day)).all())
    assert len(days) == 52
    assert {day.weekday() for day in days} == {PLACES[0].weekday}
    assert days[-1] < TODAY and TODAY - days[-1] <= timedelta(days=7)
    assert all(b - a == timedelta(weeks=1) for a, b in itertools.pairwise(days))


def test_mostly_mothers_but_also_fathers_and_grandparents(year: Database) -> None:
    with year.session() as session:
        all_visits = session.exec(select(Visit)).all()
    n = len(all_visits)
    mothers = sum(1 for v in all_visits if v.mothers) / n
    fathers = sum(1 for v in all_visits if v.fathers) / n
    grandparents = sum(1 for v in all_visits if v.grandparents) / n
    others = sum(1 for v in all_visits if v.others) / n
    assert mothers > 0.6
    assert mothers > 2 * (fathers + grandparents + others) / 2
    assert 0.03 < fathers < 0.35
    assert 0.02 < grandparents < 0.3
    assert others > 0


def test_children_are_mostly_under_four_and_one_to_three_per_family(year: Database) -> None:
    with year.session() as session:
        ages = [a for a in session.exec(select(VisitChild.age_months)).all() if a is not None]
        per_family = Counter(
            session.exec(select(Child.family_id).where(col(Child.expected).is_(False))).all()
        )
        expected = session.exec(select(func.count()).select_from(Child).where(col(Child.expected))).one()
    assert sum(1 for a in ages if a < 48) / len(ages) > 0.85
    assert min(ages) >= 0 and max(ages) < 12 * 12
    assert set(per_family.values()) <= {1, 2, 3}
    assert Counter(per_family.values()).most_common(1)[0][0] == 1
    assert len(per_family) == 120
    assert expected > 0  # some babies on the way


def test_villages_are_weighted_towards_the_places_own(year: Database) -> None:
    with year.session() as session:
        villages = Counter(session.exec(select(Family.village)).all())
        referrals = Counter(session.exec(select(Family.referral)).all())
    (top, top_count), *_ = villages.most_common()
    assert top == PLACES[0].village
    assert top_count / 120 > 0.3
    assert len(villages) >= 5
    neighbours = sum(villages[v] for v in PLACES[0].neighbours)
    assert neighbours > 0
    assert set(referrals) <= set(rules.DEFAULT_REFERRALS)
    assert len(referrals) >= 4


def test_two_or_three_themed_mornings_a_month(year: Database) -> None:
    with year.session() as session:
        themed = session.exec(select(Morning).where(Morning.theme != "")).all()
        activities = session.exec(select(func.count()).select_from(Activity)).one()
    per_month = len(themed) / 12
    assert 2 <= per_month <= 3.5
    assert activities == len(themed)
    assert all(m.activity_id is not None for m in themed)
    assert len({m.theme for m in themed}) >= 5


def test_families_arrive_over_time_and_some_stop_coming(year: Database) -> None:
    with year.session() as session:
        location_id = session.exec(select(Location.id)).one()
        assert location_id is not None
        first_and_last = session.exec(
            select(func.min(Morning.day), func.max(Morning.day))
            .join(Visit, col(Visit.morning_id) == Morning.id)
            .group_by(Visit.family_id)
        ).all()
        missed = visit_service.families_we_miss(session, location_id=location_id, today=TODAY)
    start = TODAY - timedelta(weeks=52)
    late_arrivals = sum(1 for first, _last in first_and_last if first > start + timedelta(weeks=26))
    stopped = sum(1 for _first, last in first_and_last if last < TODAY - timedelta(weeks=12))
    assert late_arrivals >= 5
    assert stopped >= 10
    assert len(missed) >= 3


def test_drinks_with_every_payment_kind_and_a_plausible_cash_count(year: Database) -> None:
    with year.session() as session:
        payments = Counter(session.exec(select(Consumption.payment)).all())
        anonymous = session.exec(
            select(func.count()).select_from(Consumption).where(col(Consumption.visit_id).is_(None))
        ).one()
        closed = session.exec(select(Morning).where(col(Morning.closed_at).is_not(None))).all()
    assert set(payments) == set(rules.PAYMENT_KINDS)
    assert payments["contant"] > payments["pin"] > payments["gratis"]
    assert anonymous > 0
    assert len(closed) == 52
    assert all(m.cash_counted_cents is not None and m.cash_counted_cents >= 0 for m in closed)


def test_the_demo_families_are_found_at_the_door(year: Database) -> None:
    with year.session() as session:
        family = session.exec(select(Family).where(col(Family.display_name).is_not(None))).first()
        assert family is not None and family.code is not None and family.display_name is not None
        assert family.id in [m.family_id for m in family_service.search_families(session, family.code)][:1]
        found = family_service.search_families(session, family.display_name.lower(), limit=200)
        assert family.id in [m.family_id for m in found]


def test_the_villages_of_several_places_lean_to_their_own(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "data")
    try:
        with database.session() as session:
            fill_demo(session, families=160, weeks=4, locations=4, seed=2, today=TODAY)
            rows = session.exec(
                select(Location.village, Family.id, Family.village)
                .join(Visit, col(Visit.family_id) == Family.id)
                .join(Morning, col(Morning.id) == Visit.morning_id)
                .join(Location, col(Location.id) == Morning.location_id)
                .distinct()
            ).all()
    finally:
        database.dispose()
    for place in PLACES:
        homes = Counter(home for own, _family, home in rows if own == place.village)
        assert homes.most_common(1)[0][0] == place.village


def test_demo_refuses_a_folder_with_data(database: Database, session: Session) -> None:
    from tests.helpers.factories import make_family

    make_family(session)
    with rejected_unchanged(database, "bevat al gegevens"):
        fill_demo(session, families=5, weeks=2, today=TODAY)


@pytest.mark.parametrize(
    ("options", "phrase"),
    [
        ({"locations": 0}, "locaties"),
        ({"locations": 5}, "locaties"),
        ({"families": 0}, "gezinnen"),
        ({"weeks": 521}, "weken"),
    ],
)
def test_demo_rejects_impossible_options(
    database: Database, session: Session, options: dict[str, int], phrase: str
) -> None:
    with rejected_unchanged(database, phrase) as info:
        fill_demo(session, today=TODAY, **options)
    assert isinstance(info.value, Rejected)


def test_five_years_of_demo_respect_the_retention_period(tmp_path: Path) -> None:
    """Families who stopped coming long ago are anonymised as the app would have done then, so
    the first start has nothing left to anonymise; their visits still count."""
    from checkin import privacy

    database = Database.open(tmp_path / "data")
    try:
        with database.session() as session:
            counts = fill_demo(session, families=80, weeks=260, today=TODAY)
        with database.session() as session:
            erased = session.exec(select(Family).where(col(Family.erased_at).is_not(None))).all()
            visits = session.exec(select(func.count()).select_from(Visit)).one()
        assert erased and all(f.display_name is None and f.erased_at is not None for f in erased)
        assert all(f.erased_at is not None and f.erased_at.date() <= TODAY for f in erased)
        assert visits == counts["visits"]
        assert privacy.apply_retention(database, today=TODAY).families == 0
    finally:
        database.dispose()
