"""Writing many past records at once: the import of an earlier list and the demo data.

The one writer of families, mornings and visits for work in bulk. Each function checks what it
writes by the rules the services at the door apply (a family's name, village, referral and
children as in ``families``; a morning's hosts, theme, notes and cash as in ``mornings``; the
adults of a visit as ``Adults``; a drink's kind, number and payment as in ``drinks``), plus what
only a past record needs (a visit belongs to an existing morning and a family that is not
erased, once per morning; a child comes with its own family). Then it writes with multi-row
inserts, without an ORM object per row, so tens of thousands of rows take seconds.

None of them commits: the caller (``imports.apply``, ``demo.fill_demo``) writes everything in
one transaction, and a ``Rejected`` leaves it to the caller to roll back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import Session, col, select

from checkin import rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Child, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services.families import ChildInput, _validate_name, random_code, search_key, validate_child
from checkin.services.lists import list_values
from checkin.services.locations import check_price
from checkin.services.mornings import check_cash, check_hosts, check_notes, check_theme
from checkin.text import clean

CODE_PATTERN = re.compile(r"[A-Z0-9]{1,8}")
"""A family code brought by a list: 1 to 8 capitals or digits (codes made here are shorter)."""
_CHUNK = 5_000
"""Ids per IN (...) query: well under SQLite's limit on bound variables."""


# ---------------------------------------------------------------------------------------- families


@dataclass(frozen=True)
class PastFamily:
    """A family to add: from an earlier list (no consent date) or made up for the demo."""

    display_name: str
    village: str
    referral: str
    created_at: datetime
    consent_date: date | None
    consent_version: str
    code: str | None = None
    """None: a new code, one that no family has and that is not in ``reserved``."""
    children: Sequence[ChildInput] = ()


@dataclass(frozen=True)
class AddedFamily:
    id: int
    code: str
    child_ids: tuple[int, ...]
    """The ids of the family's children, in the order they were given."""


def add_families(
    session: Session, families: Sequence[PastFamily], *, reserved: Collection[str] = ()
) -> list[AddedFamily]:
    """Add ``families`` with their children; their ids and codes, in the order given.

    The name, village, referral and children follow the rules of registration, except that a
    family taken over from a list (no consent date) may lack a village or referral (''); a given
    code must be free.
    """
    villages = set(list_values(session, "village"))
    referrals = set(list_values(session, "referral"))
    taken = {code for (code,) in session.connection().execute(select(col(Family.code))) if code}
    rows: list[dict[str, Any]] = []
    checked_children: list[list[ChildInput]] = []
    for family in families:
        name = _validate_name(family.display_name, what=N_("De naam"))
        registered = family.consent_date is not None  # not taken over from a list
        village = _in_list(
            family.village, villages, N_("Kies de woonplaats uit de lijst."), required=registered
        )
        referral = _in_list(
            family.referral,
            referrals,
            N_("Kies uit de lijst hoe het gezin ons gevonden heeft."),
            required=registered,
        )
        if len(family.children) > rules.MAX_CHILDREN_PER_FAMILY:
            raise Rejected(N_("Hoogstens {n} kinderen per gezin."), n=rules.MAX_CHILDREN_PER_FAMILY)
        children = [validate_child(child, today=family.created_at.date()) for child in family.children]
        code = _free_code(family.code, taken=taken, reserved=reserved)
        taken.add(code)
        row = {
            "code": code,
            "display_name": name or None,
            "village": village,
            "referral": referral,
            "consent_date": family.consent_date,
            "consent_version": family.consent_version,
            "created_at": family.created_at,
            "erased_at": None,
        }
        row["search_key"] = search_key(
            Family(code=code, display_name=name or None, created_at=family.created_at), children
        )
        rows.append(row)
        checked_children.append(children)
    family_ids = _insert(session, _table(Family), rows, returning=True)
    child_rows = [
        {
            "family_id": family_id,
            "birth_year": child.birth_year,
            "birth_month": child.birth_month,
            "expected": child.expected,
            "nickname": child.nickname,
        }
        for family_id, children in zip(family_ids, checked_children, strict=True)
        for child in children
    ]
    child_ids = iter(_insert(session, _table(Child), child_rows, returning=True))
    return [
        AddedFamily(id=family_id, code=row["code"], child_ids=tuple(next(child_ids) for _ in children))
        for family_id, row, children in zip(family_ids, rows, checked_children, strict=True)
    ]


def _in_list(value: str, allowed: set[str], message: str, *, required: bool) -> str:
    """``value`` cleaned if it is an active entry of its list (or empty, when not ``required``);
    the rule of ``lists.require_in_list``."""
    value = clean(value)
    if (value or required) and value not in allowed:
        raise Rejected(message, value=value)
    return value


def _free_code(code: str | None, *, taken: set[str], reserved: Collection[str]) -> str:
    if code is None:
        while True:  # a new code must not be one that a later row of a list brings
            code = random_code()
            if code not in taken and code not in reserved:
                return code
    if not CODE_PATTERN.fullmatch(code):
        raise Rejected(N_("'{value}' is geen gezinscode (1 tot 8 letters of cijfers)."), value=code)
    if code in taken:
        raise Rejected(N_("Er is al een gezin met de code '{code}'."), code=code)
    return code


# ---------------------------------------------------------------------------------------- mornings


@dataclass(frozen=True)
class PastMorning:
    """A morning that took place: its hours, when it was opened and closed, and its counts."""

    location_id: int
    day: date
    start: time
    end: time
    opened_at: datetime
    closed_at: datetime | None
    hosts: int = 0
    theme: str = ""
    activity_id: int | None = None
    host_notes: str = ""
    cash_counted_cents: int | None = None


def add_mornings(session: Session, mornings: Sequence[PastMorning]) -> list[int]:
    """Add ``mornings`` (one per location and day, none there yet); their ids, in the order given."""
    locations = set(session.exec(select(Location.id)))
    days = {
        (location_id, day)
        for location_id, day in session.exec(select(col(Morning.location_id), col(Morning.day)))
    }
    rows = []
    for morning in mornings:
        if morning.location_id not in locations:
            raise Rejected(N_("Kies eerst een ontmoetingsplek."))
        if (morning.location_id, morning.day) in days:
            raise Rejected(N_("De ochtend van {day} is al begonnen."), day=morning.day.strftime("%d-%m-%Y"))
        if morning.end <= morning.start:
            raise Rejected(N_("Het einde van de ochtend moet na het begin liggen."))
        days.add((morning.location_id, morning.day))
        rows.append(
            {
                "location_id": morning.location_id,
                "day": morning.day,
                "start": morning.start,
                "end": morning.end,
                "theme": check_theme(morning.theme),
                "activity_id": morning.activity_id,
                "hosts": check_hosts(morning.hosts),
                "host_notes": check_notes(morning.host_notes),
                "opened_at": morning.opened_at,
                "closed_at": morning.closed_at,
                "cash_counted_cents": check_cash(morning.cash_counted_cents),
            }
        )
    return _insert(session, _table(Morning), rows, returning=True)


# ---------------------------------------------------------------------------------------- visits


@dataclass(frozen=True)
class PastChild:
    """A child on a past visit: one of the family's children, or (``child_id`` None) only counted."""

    child_id: int | None
    age_months: int | None
    age_known: bool = True


@dataclass(frozen=True)
class PastDrink:
    kind: str
    quantity: int
    unit_price_cents: int
    payment: str
    created_at: datetime


@dataclass(frozen=True)
class PastVisit:
    morning_id: int
    family_id: int
    arrived_at: datetime
    left_at: datetime | None
    adults: Adults
    children: Sequence[PastChild] = ()
    drinks: Sequence[PastDrink] = ()
    mood: str | None = None
    imported: bool = False


def record_visits_in_bulk(session: Session, visits: Sequence[PastVisit]) -> list[int]:
    """Record past ``visits`` with their children and drinks; the visits' ids, in the order given."""
    mornings = _existing(session, col(Morning.id), {visit.morning_id for visit in visits})
    families = _existing(
        session,
        col(Family.id),
        {visit.family_id for visit in visits},
        col(Family.erased_at).is_(None),
    )
    child_ids = {visit.family_id: set[int]() for visit in visits}
    wanted = {child.child_id for visit in visits for child in visit.children if child.child_id is not None}
    if wanted:
        for child_id, family_id in _rows(
            session, (col(Child.id), col(Child.family_id)), col(Child.id), wanted
        ):
            child_ids.setdefault(family_id, set()).add(child_id)
    seen = set(_rows(session, (col(Visit.morning_id), col(Visit.family_id)), col(Visit.morning_id), mornings))
    kinds = set(list_values(session, "consumption"))
    for visit in visits:
        _check_visit(visit, mornings=mornings, families=families, child_ids=child_ids, seen=seen, kinds=kinds)
        seen.add((visit.morning_id, visit.family_id))
    ids = _insert(
        session,
        _table(Visit),
        [
            {
                "morning_id": visit.morning_id,
                "family_id": visit.family_id,
                "arrived_at": visit.arrived_at,
                "left_at": visit.left_at,
                **visit.adults.columns(),
                "mood": visit.mood,
                "imported": visit.imported,
            }
            for visit in visits
        ],
        returning=True,
    )
    _insert(
        session,
        _table(VisitChild),
        [
            {
                "visit_id": visit_id,
                "child_id": child.child_id,
                "age_months": child.age_months,
                "age_known": child.age_known,
            }
            for visit_id, visit in zip(ids, visits, strict=True)
            for child in visit.children
        ],
    )
    _insert(
        session,
        _table(Consumption),
        [
            _drink_row(visit.morning_id, visit_id, drink)
            for visit_id, visit in zip(ids, visits, strict=True)
            for drink in visit.drinks
        ],
    )
    return ids


def record_drinks_in_bulk(session: Session, *, morning_id: int, drinks: Sequence[PastDrink]) -> None:
    """Record past anonymous drinks (passers-by) of a morning."""
    if not _existing(session, col(Morning.id), {morning_id}):
        raise Rejected(N_("Deze ochtend bestaat niet (meer)."))
    kinds = set(list_values(session, "consumption"))
    for drink in drinks:
        _check_drink(drink, kinds)
    _insert(session, _table(Consumption), [_drink_row(morning_id, None, drink) for drink in drinks])


def _check_visit(
    visit: PastVisit,
    *,
    mornings: set[int],
    families: set[int],
    child_ids: dict[int, set[int]],
    seen: set[tuple[int, int]],
    kinds: set[str],
) -> None:
    if visit.morning_id not in mornings:
        raise Rejected(N_("Deze ochtend bestaat niet (meer)."))
    if visit.family_id not in families:
        raise Rejected(N_("Dit gezin bestaat niet."))
    if (visit.morning_id, visit.family_id) in seen:
        raise Rejected(N_("Dit gezin staat op deze ochtend al bij de bezoeken."))
    visit.adults.validated()
    if visit.left_at is not None and visit.left_at < visit.arrived_at:
        raise Rejected(N_("Een gezin kan niet weggaan voordat het gekomen is."))
    if visit.mood is not None and visit.mood not in rules.MOODS:
        raise Rejected(N_("Onbekende keuze: {mood}."), mood=visit.mood)
    if len(visit.children) > rules.MAX_CHILDREN_PER_FAMILY:
        raise Rejected(N_("Hoogstens {n} kinderen per gezin."), n=rules.MAX_CHILDREN_PER_FAMILY)
    came = [child.child_id for child in visit.children if child.child_id is not None]
    if len(set(came)) != len(came) or not set(came) <= child_ids.get(visit.family_id, set()):
        raise Rejected(N_("Dit kind hoort niet bij dit gezin."))
    for drink in visit.drinks:
        _check_drink(drink, kinds)


def _check_drink(drink: PastDrink, kinds: set[str]) -> None:
    """The rules of ``drinks.record_drinks``, for a drink of the past."""
    if drink.kind not in kinds:
        raise Rejected(N_("Onbekend drankje: '{value}'."), value=drink.kind)
    if isinstance(drink.quantity, bool) or not 1 <= drink.quantity <= rules.MAX_QUANTITY_PER_ACTION:
        raise Rejected(N_("Het aantal moet tussen 1 en {n} liggen."), n=rules.MAX_QUANTITY_PER_ACTION)
    if drink.payment not in rules.PAYMENT_KINDS:
        raise Rejected(N_("Onbekende betaalwijze: {payment}."), payment=drink.payment)
    check_price(drink.unit_price_cents)


def _drink_row(morning_id: int, visit_id: int | None, drink: PastDrink) -> dict[str, Any]:
    return {
        "morning_id": morning_id,
        "visit_id": visit_id,
        "kind": drink.kind,
        "quantity": drink.quantity,
        "unit_price_cents": drink.unit_price_cents,
        "payment": drink.payment,
        "created_at": drink.created_at,
    }


# ---------------------------------------------------------------------------------------- writing


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert(
    session: Session, table: Table, rows: list[dict[str, Any]], *, returning: bool = False
) -> list[int]:
    """Insert ``rows`` into ``table`` in one multi-row statement; with ``returning``, their new ids
    in the order of ``rows``."""
    if not rows:
        return []
    if not returning:
        session.connection().execute(insert(table), rows)
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row_id for (row_id,) in session.connection().execute(statement, rows)]


def _existing(session: Session, column: Any, ids: Iterable[int], *where: Any) -> set[int]:
    """Which of ``ids`` are in ``column`` (an id column), with the ``where`` conditions."""
    return {row_id for (row_id,) in _rows(session, (column,), column, set(ids), *where)}


def _rows(
    session: Session, columns: tuple[Any, ...], key: Any, ids: set[int], *where: Any
) -> list[tuple[Any, ...]]:
    """Rows of ``columns`` whose ``key`` is one of ``ids``, a chunk of ids per query."""
    found: list[tuple[Any, ...]] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        query = select(*columns).where(key.in_(ordered[start : start + _CHUNK]), *where)
        found.extend(tuple(row) for row in session.connection().execute(query))
    return found
