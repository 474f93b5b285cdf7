"""Registering, editing, finding and erasing families and their children."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from checkin import rules
from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Child, Family, ListItem, Location, Visit, VisitChild
from checkin.services import families, visits
from checkin.services.families import ChildInput, FamilyInput
from checkin.services.lists import add_list_value
from tests.helpers.dbdump import counts, rejected_unchanged
from tests.helpers.factories import WEDNESDAY, make_family, make_morning


def _input(**changes: object) -> FamilyInput:
    values: dict[str, object] = {
        "display_name": "Fatma",
        "village": "Klaaswaal",
        "referral": "consultatiebureau/JGZ",
        "children": (ChildInput(birth_year=2025, birth_month=2, nickname="Elif"),),
        "consent": True,
    }
    values.update(changes)
    return FamilyInput(**values)  # type: ignore[arg-type]


def _register(session: Session, data: FamilyInput, *, code: str | None = None) -> Family:
    return families.register_family(
        session, data=data, today=WEDNESDAY, now=datetime.combine(WEDNESDAY, time(9, 45)), code=code
    )


def test_register_stores_the_family_its_children_and_the_consent(
    database: Database, session: Session
) -> None:
    family = _register(
        session,
        _input(
            display_name="  Fatma  ",
            children=(
                ChildInput(birth_year=2025, birth_month=2, nickname="Elif"),
                ChildInput(birth_year=2027, birth_month=3, expected=True),
            ),
        ),
    )
    with database.session() as fresh:
        stored = fresh.get(Family, family.id)
        assert stored is not None
        kids = fresh.exec(select(Child).order_by(Child.birth_year)).all()
    assert stored.display_name == "Fatma"
    assert stored.code is not None and len(stored.code) == rules.CODE_LENGTH
    assert set(stored.code) <= set(rules.CODE_ALPHABET)
    assert (stored.village, stored.referral) == ("Klaaswaal", "consultatiebureau/JGZ")
    assert stored.consent_date == WEDNESDAY
    assert stored.consent_version == rules.CONSENT_VERSION
    assert stored.erased_at is None
    assert stored.search_key == f" fatma elif {stored.code.lower()} "
    assert [(k.birth_year, k.birth_month, k.expected, k.nickname) for k in kids] == [
        (2025, 2, False, "Elif"),
        (2027, 3, True, ""),
    ]


def test_an_empty_display_name_is_allowed(session: Session) -> None:
    family = _register(session, _input(display_name="   ", children=()))
    assert family.display_name is None


def test_codes_are_unique(session: Session) -> None:
    codes = {_register(session, _input(children=())).code for _ in range(30)}
    assert len(codes) == 30


def test_the_oldest_and_the_youngest_child_accepted(session: Session) -> None:
    # WEDNESDAY is 2026-11-25: born 2014-12 is 11 years and 11 months old
    family = _register(
        session,
        _input(
            children=(
                ChildInput(birth_year=2014, birth_month=12),
                ChildInput(birth_year=2026, birth_month=11),
                ChildInput(birth_year=2026, birth_month=11, expected=True),
                ChildInput(birth_year=2027, birth_month=9, expected=True),
            )
        ),
    )
    assert len(families.children_of(session, family.id or 0)) == 4


BAD_FAMILIES = [
    pytest.param(_input(consent=False), "toestemmingstekst", id="no consent"),
    pytest.param(_input(village="Rotterdam"), "woonplaats uit de lijst", id="village not in list"),
    pytest.param(_input(village=""), "woonplaats uit de lijst", id="no village"),
    pytest.param(_input(referral="de krant"), "hoe het gezin ons gevonden heeft", id="referral not in list"),
    pytest.param(_input(display_name="A" * 200), "te lang", id="200-character name"),
    pytest.param(_input(display_name="A" * 41), "hoogstens 40 tekens", id="41-character name"),
    pytest.param(
        _input(children=(ChildInput(birth_year=2025, birth_month=1, nickname="B" * 200),)),
        "De naam van het kind is te lang",
        id="200-character child nickname",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2026, birth_month=12),)),
        "kan niet in de toekomst liggen",
        id="born next month",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2030, birth_month=1),)),
        "kan niet in de toekomst liggen",
        id="born in 2030",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2014, birth_month=11),)),
        "jonger dan 12 jaar",
        id="born exactly 12 years ago",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=1990, birth_month=6),)),
        "jonger dan 12 jaar",
        id="born in 1990",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2026, birth_month=10, expected=True),)),
        "verwachte geboortemaand kan niet in het verleden",
        id="expected last month",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2027, birth_month=10, expected=True),)),
        "hoogstens 10 maanden vooruit",
        id="expected 11 months ahead",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2025, birth_month=13),)),
        "maand van 1 tot en met 12",
        id="month 13",
    ),
    pytest.param(
        _input(children=(ChildInput(birth_year=2025, birth_month=0),)),
        "maand van 1 tot en met 12",
        id="month 0",
    ),
    pytest.param(
        _input(children=tuple(ChildInput(birth_year=2024, birth_month=1) for _ in range(13))),
        "Hoogstens 12 kinderen",
        id="13 children",
    ),
    pytest.param(
        _input(
            children=(
                ChildInput(birth_year=2024, birth_month=1, nickname="Goed"),
                ChildInput(birth_year=2026, birth_month=12, nickname="Toekomst"),
            )
        ),
        "toekomst",
        id="second child wrong",
    ),
]


@pytest.mark.parametrize(("data", "phrase"), BAD_FAMILIES)
def test_register_rejects_bad_input_and_stores_nothing(
    database: Database, session: Session, data: FamilyInput, phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        _register(session, data)
    session.rollback()
    assert counts(database)["family"] == 0
    assert counts(database)["child"] == 0


def test_a_village_switched_off_is_refused(database: Database, session: Session) -> None:
    item = session.exec(select(ListItem).where(ListItem.kind == "village", ListItem.value == "Maasdam")).one()
    item.active = False
    session.commit()
    with rejected_unchanged(database, "woonplaats uit de lijst"):
        _register(session, _input(village="Maasdam"))


def test_a_village_added_to_the_list_is_accepted(session: Session) -> None:
    add_list_value(session, kind="village", value="Dordrecht")
    assert _register(session, _input(village="Dordrecht")).village == "Dordrecht"


def test_update_adds_changes_and_removes_children(database: Database, session: Session) -> None:
    family = _register(
        session,
        _input(
            children=(
                ChildInput(birth_year=2023, birth_month=4, nickname="Ada"),
                ChildInput(birth_year=2025, birth_month=8, nickname="Bo"),
            )
        ),
    )
    ada, bo = families.children_of(session, family.id or 0)
    assert (ada.nickname, bo.nickname) == ("Ada", "Bo")
    families.update_family(
        session,
        family_id=family.id or 0,
        data=_input(
            display_name="Fatma B",
            village="Strijen",
            referral="anders",
            children=(
                ChildInput(birth_year=2023, birth_month=5, nickname="Adaatje", id=ada.id),
                ChildInput(birth_year=2026, birth_month=9, nickname="Cas"),
            ),
        ),
        today=WEDNESDAY,
    )
    with database.session() as fresh:
        stored = fresh.get(Family, family.id)
        kids = fresh.exec(select(Child).order_by(Child.birth_year)).all()
    assert stored is not None
    assert (stored.display_name, stored.village, stored.referral) == ("Fatma B", "Strijen", "anders")
    assert [(k.id, k.birth_year, k.birth_month, k.nickname) for k in kids] == [
        (ada.id, 2023, 5, "Adaatje"),
        (kids[1].id, 2026, 9, "Cas"),
    ]
    assert kids[1].id != bo.id
    assert "cas" in stored.search_key and "bo" not in stored.search_key.split()
    # the new names are found, the old one no longer
    assert [m.family_id for m in families.search_families(session, "adaatje")] == [family.id]
    assert families.search_families(session, "Bo") == []


def test_update_rejects_a_child_of_another_family(database: Database, session: Session) -> None:
    mine = _register(session, _input())
    other = _register(session, _input(display_name="Sanne"))
    their_child = families.children_of(session, other.id or 0)[0]
    data = _input(children=(ChildInput(birth_year=2022, birth_month=1, nickname="X", id=their_child.id),))
    with rejected_unchanged(database, "hoort niet bij dit gezin"):
        families.update_family(session, family_id=mine.id or 0, data=data, today=WEDNESDAY)


@pytest.mark.parametrize(("data", "phrase"), BAD_FAMILIES[1:])
def test_update_rejects_bad_input_and_changes_nothing(
    database: Database, session: Session, data: FamilyInput, phrase: str
) -> None:
    family = _register(session, _input())
    with rejected_unchanged(database, phrase):
        families.update_family(session, family_id=family.id or 0, data=data, today=WEDNESDAY)


def test_update_of_an_erased_or_unknown_family(database: Database, session: Session) -> None:
    family = _register(session, _input())
    families.erase_family(session, family_id=family.id or 0)
    with rejected_unchanged(database, "gewist"):
        families.update_family(session, family_id=family.id or 0, data=_input(), today=WEDNESDAY)
    with rejected_unchanged(database, "bestaat niet"):
        families.update_family(session, family_id=4242, data=_input(), today=WEDNESDAY)


# --- finding -------------------------------------------------------------------------------------


def _ids(matches: list[families.FamilyMatch]) -> list[int]:
    return [m.family_id for m in matches]


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("Özlem", "ozlem"),
        ("Özlem", "ÖZL"),
        ("Małgorzata", "malgorzata"),
        ("Małgorzata", "MAŁG"),
        ("José", "jose"),
        ("Søren", "soren"),
        ("Zoë", "zoe"),
    ],
)
def test_search_ignores_case_and_accents(session: Session, name: str, query: str) -> None:
    wanted = _register(session, _input(display_name=name, children=()))
    _register(session, _input(display_name="Anouk", children=()))
    assert _ids(families.search_families(session, query)) == [wanted.id]


def test_search_finds_a_childs_nickname_and_shows_the_children(session: Session) -> None:
    family = _register(
        session,
        _input(
            display_name="Kim",
            children=(
                ChildInput(birth_year=2024, birth_month=1, nickname="Daan"),
                ChildInput(birth_year=2025, birth_month=1, nickname="Mila"),
            ),
        ),
    )
    (match,) = families.search_families(session, "mila")
    assert match.family_id == family.id
    assert match.display_name == "Kim"
    assert match.village == "Klaaswaal"
    assert match.children == "Daan, Mila"
    assert match.code == family.code


def test_an_exact_code_ranks_first_even_before_a_recent_name_match(
    session: Session, location: Location
) -> None:
    by_code = _register(session, _input(display_name="Anouk", children=()), code="TEAM")
    by_name = _register(session, _input(display_name="Teamleider", children=()), code="KKKK")
    morning = make_morning(session, location)
    visits.check_in(session, morning_id=morning.id or 0, family_id=by_name.id or 0)
    assert _ids(families.search_families(session, "team")) == [by_code.id, by_name.id]


def test_search_ranks_name_starts_before_word_starts_before_the_rest(session: Session) -> None:
    inside = _register(session, _input(display_name="Marian", children=()))
    word = _register(session, _input(display_name="Oma Ria", children=()))
    start = _register(session, _input(display_name="Riet", children=()))
    assert _ids(families.search_families(session, "ri")) == [start.id, word.id, inside.id]


def test_within_a_rank_the_family_that_came_last_comes_first(session: Session, location: Location) -> None:
    never = _register(session, _input(display_name="Sanne", children=()))
    long_ago = _register(session, _input(display_name="Sanne", children=()))
    recent = _register(session, _input(display_name="Sanne", children=()))
    old = make_morning(session, location, day=WEDNESDAY - timedelta(weeks=5))
    new = make_morning(session, location)
    visits.check_in(
        session, morning_id=old.id or 0, family_id=long_ago.id or 0, now=datetime.combine(old.day, time(10))
    )
    visits.check_in(
        session, morning_id=new.id or 0, family_id=recent.id or 0, now=datetime.combine(new.day, time(10))
    )
    assert _ids(families.search_families(session, "sanne")) == [recent.id, long_ago.id, never.id]


def test_search_respects_the_limit_and_ignores_wildcards(session: Session) -> None:
    for _ in range(5):
        _register(session, _input(display_name="Emma", children=()))
    assert len(families.search_families(session, "emma", limit=3)) == 3
    assert families.search_families(session, "%") == []
    assert families.search_families(session, "_") == []
    assert families.search_families(session, "   ") == []
    assert families.search_families(session, "xyz") == []


def test_erased_families_are_never_found(session: Session) -> None:
    family = _register(session, _input(display_name="Özlem"))
    code = family.code
    assert code is not None
    assert _ids(families.search_families(session, "ozlem")) == [family.id]
    families.erase_family(session, family_id=family.id or 0)
    assert families.search_families(session, "ozlem") == []
    assert families.search_families(session, "elif") == []
    assert families.search_families(session, code) == []


def test_family_by_code(database: Database, session: Session) -> None:
    family = _register(session, _input(), code="K7F3")
    assert families.family_by_code(session, "K7F3").id == family.id
    assert families.family_by_code(session, "  k7f3 ").id == family.id
    with rejected_unchanged(database, "geen gezin met de code 'K7F4'"):
        families.family_by_code(session, "k7f4")
    with rejected_unchanged(database, "geen gezin met de code"):
        families.family_by_code(session, "   ")
    families.erase_family(session, family_id=family.id or 0)
    with rejected_unchanged(database, "geen gezin met de code 'K7F3'"):
        families.family_by_code(session, "K7F3")


def test_similar_families(session: Session) -> None:
    same = _register(session, _input(display_name="Noor", village="Strijen", children=()))
    near = _register(session, _input(display_name="Noortje", village="Klaaswaal", children=()))
    _register(session, _input(display_name="Noortje", village="Strijen", children=()))
    found = _ids(families.similar_families(session, display_name="noor", village="Klaaswaal"))
    assert set(found) == {same.id, near.id}
    assert families.similar_families(session, display_name="", village="Klaaswaal") == []


# --- erasing -------------------------------------------------------------------------------------


def test_erase_keeps_the_visits_with_ages_and_removes_what_identifies(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(
        session,
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2026, birth_month=1, nickname="Mo"),
        ),
    )
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
    families.erase_family(session, family_id=family.id or 0, now=datetime(2026, 11, 26, 10, 0))

    with database.session() as fresh:
        stored = fresh.get(Family, family.id)
        assert stored is not None
        kept_visits = fresh.exec(select(Visit)).all()
        kept_children = fresh.exec(select(VisitChild).order_by(VisitChild.id)).all()
        assert fresh.exec(select(Child)).all() == []
    assert stored.code is None
    assert stored.display_name is None
    assert stored.search_key == ""
    assert stored.consent_date is None
    assert stored.erased_at == datetime(2026, 11, 26, 10, 0)
    assert [v.id for v in kept_visits] == [visit.id]
    assert [(vc.child_id, vc.age_months) for vc in kept_children] == [(None, 30), (None, 10)]


def test_an_erased_family_cannot_check_in_nor_be_erased_again(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    families.erase_family(session, family_id=family.id or 0)
    with rejected_unchanged(database, "gewist"):
        visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
    with rejected_unchanged(database, "gewist"):
        families.erase_family(session, family_id=family.id or 0)
    with rejected_unchanged(database, "bestaat niet"):
        families.erase_family(session, family_id=999)


def test_family_visit_count_and_last_visit_children(session: Session, location: Location) -> None:
    family = make_family(
        session,
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2025, birth_month=5, nickname="Mo"),
        ),
    )
    ela, mo = families.children_of(session, family.id or 0)
    assert families.last_visit_child_ids(session, family.id or 0) == [ela.id, mo.id]
    assert families.family_visit_count(session, family.id or 0) == 0
    morning = make_morning(session, location, day=date(2026, 11, 18))
    visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0, child_ids=[mo.id or 0])
    assert families.last_visit_child_ids(session, family.id or 0) == [mo.id]
    assert families.family_visit_count(session, family.id or 0) == 1


def test_removing_a_child_who_came_keeps_the_age_at_that_visit(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(
        session,
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2025, birth_month=11, nickname="Mo"),
        ),
    )
    ela, mo = families.children_of(session, family.id or 0)
    morning = make_morning(session, location)
    visits.check_in(session, morning_id=morning.id or 0, family_id=family.id or 0)
    families.update_family(
        session,
        family_id=family.id or 0,
        data=FamilyInput(
            display_name="Özlem",
            village="Numansdorp",
            referral="flyer/poster",
            children=(ChildInput(birth_year=2024, birth_month=5, nickname="Ela", id=ela.id),),
            consent=True,
        ),
        today=WEDNESDAY,
    )
    with database.session() as fresh:
        rows = sorted(((vc.child_id or 0), vc.age_months or 0) for vc in fresh.exec(select(VisitChild)).all())
        assert [c.id for c in fresh.exec(select(Child)).all()] == [ela.id]
    assert rows == [(0, 12), (ela.id or 0, 30)]
    assert mo.id not in [c for c, _ in rows]


@given(
    year=st.integers(min_value=1990, max_value=2040),
    month=st.integers(min_value=1, max_value=12),
    expected=st.booleans(),
)
def test_validate_child_accepts_exactly_the_plausible_months(year: int, month: int, expected: bool) -> None:
    months = (WEDNESDAY.year - year) * 12 + (WEDNESDAY.month - month)
    plausible = -rules.MAX_EXPECTED_MONTHS_AHEAD <= months <= 0 if expected else 0 <= months < 12 * 12
    child = ChildInput(birth_year=year, birth_month=month, expected=expected, nickname="  Kim  ")
    if plausible:
        assert families.validate_child(child, today=WEDNESDAY).nickname == "Kim"
    else:
        with pytest.raises(Rejected):
            families.validate_child(child, today=WEDNESDAY)


def test_family_overview_lists_families_with_ages_visits_and_last_visit(
    session: Session, location: Location
) -> None:
    ozlem = make_family(
        session,
        name="Özlem",
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2027, birth_month=1, expected=True),
        ),
    )
    anna = make_family(session, name="anna", children=())
    nameless = make_family(session, name="", children=())
    gone = make_family(session, name="Gewist")
    for day in (date(2026, 11, 11), date(2026, 11, 18)):
        morning = make_morning(session, location, day=day)
        visits.check_in(
            session,
            morning_id=morning.id or 0,
            family_id=ozlem.id or 0,
            now=datetime.combine(day, time(9, 40)),
        )
        visits.check_in(
            session, morning_id=morning.id or 0, family_id=gone.id or 0, now=datetime.combine(day, time(10))
        )
    families.erase_family(session, family_id=gone.id or 0)

    rows = families.family_overview(session, today=WEDNESDAY)

    assert [row.family_id for row in rows] == [anna.id, ozlem.id, nameless.id]
    row = rows[1]
    assert (row.code, row.display_name, row.village) == (ozlem.code, "Özlem", "Numansdorp")
    assert row.children == (
        families.ChildAge(nickname="Ela", months=30),
        families.ChildAge(nickname="", months=None),
    )
    assert (row.visits, row.last_visit) == (2, date(2026, 11, 18))
    assert (rows[0].visits, rows[0].last_visit, rows[0].children) == (0, None, ())


def test_search_filter_keeps_what_search_families_finds(session: Session) -> None:
    make_family(session, name="Özlem", children=(ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),))
    make_family(session, name="Sanne", children=())
    make_family(session, name="Ozan", children=())
    rows = families.family_overview(session, today=WEDNESDAY)
    for query in ("oz", "ÖZ", "ela", "an", "%", "zz", rows[0].code.lower()):
        keep = families.search_filter(query)
        found = {match.family_id for match in families.search_families(session, query, limit=100)}
        assert {row.family_id for row in rows if keep(row.search_key)} == found, query
    assert all(families.search_filter("  ")(row.search_key) for row in rows)
