"""Checking a family in and out of a morning, undoing it, and who is here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from checkin import ages, rules
from checkin.adults import ONE_MOTHER, Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Child, Consumption, Family, Morning, Visit, VisitChild
from checkin.services import undo
from checkin.services._common import get_or_reject, now_local
from checkin.services.families import (
    FamilyInput,
    add_family,
    children_of,
    get_family,
    last_visit,
    last_visit_child_ids,
)
from checkin.services.mornings import require_open

CHECKED_IN_ELSEWHERE = N_("{name} is al binnen: net ingecheckt aan een andere tafel.")
"""Two desks checking in one family at the same moment: the second waits for the first's claim
of the morning, and the unique (morning, family) of the visit then refuses its insert."""


def check_in(
    session: Session,
    *,
    morning_id: int,
    family_id: int,
    child_ids: Sequence[int] | None = None,
    adults: Adults | None = None,
    now: datetime | None = None,
) -> Visit:
    """Check a family in on an open morning, with the children who came and the adults by role.

    Without ``child_ids`` the children of the family's last visit come along (all its children
    on a first visit); without ``adults`` the adults of the last visit (one mother on a first
    visit, the most common case).
    """
    family = get_family(session, family_id)
    duplicate = session.exec(
        select(Visit).where(Visit.morning_id == morning_id, Visit.family_id == family_id)
    ).first()
    name = family.display_name or family.code or ""
    if duplicate is not None:
        raise Rejected(
            N_("{name} is vanochtend al ingecheckt (om {time})."),
            name=name,
            time=duplicate.arrived_at.strftime("%H:%M"),
        )
    morning = require_open(session, morning_id)  # another desk checking it in now goes first
    counts = (adults if adults is not None else last_visit_adults(session, family_id)).validated()
    children = {child.id: child for child in children_of(session, family_id)}
    if child_ids is None and needs_who_came(session, family_id=family_id, day=morning.day):
        raise Rejected(
            N_("Vraag eerst welke kinderen er mee zijn: de vorige keer kwam {name} zonder kinderen."),
            name=family.display_name or family.code or "",
        )
    chosen = list(child_ids) if child_ids is not None else last_visit_child_ids(session, family_id)
    if child_ids is None:  # a child still expected on the last visit (or this one) is not copied
        chosen = [child_id for child_id in chosen if _age_at(children[child_id], morning.day) is not None]
    _check_children(children, chosen, morning.day)
    moment = now or now_local()
    visit = Visit(
        morning_id=morning_id,
        family_id=family_id,
        arrived_at=moment,
        mothers=counts.mothers,
        fathers=counts.fathers,
        grandparents=counts.grandparents,
        others=counts.others,
    )
    session.add(visit)
    try:
        session.flush()
    except IntegrityError:  # checked in at another desk at the same moment: one visit
        session.rollback()
        raise Rejected(CHECKED_IN_ELSEWHERE, name=name) from None
    assert visit.id is not None
    for child_id in chosen:
        child = children[child_id]
        session.add(VisitChild(visit_id=visit.id, child_id=child_id, age_months=_age_at(child, morning.day)))
    undo.record(session, morning_id=morning_id, action=undo.CHECK_IN, visit_id=visit.id, now=moment)
    session.commit()
    return visit


def register_and_check_in(
    session: Session,
    *,
    morning_id: int,
    data: FamilyInput,
    adults: Adults | None = None,
    now: datetime | None = None,
) -> Visit:
    """Register a new family and check it in with all its children: one action, one transaction."""
    moment = now or now_local()
    require_open(session, morning_id)
    try:
        family = add_family(session, data=data, now=moment)
        assert family.id is not None
        return check_in(session, morning_id=morning_id, family_id=family.id, adults=adults, now=moment)
    except BaseException:
        session.rollback()
        raise


def last_visit_adults(session: Session, family_id: int) -> Adults:
    """The adults by role who came on the family's last visit; one mother if it never came."""
    last = last_visit(session, family_id)
    return ONE_MOTHER if last is None else Adults.of(last)


def visit_adults(visit: Visit) -> Adults:
    return Adults.of(visit)


def visit_child_ids(session: Session, visit_id: int) -> list[int]:
    return [
        c
        for c in session.exec(select(VisitChild.child_id).where(VisitChild.visit_id == visit_id))
        if c is not None
    ]


def _check_children(children: Mapping[int | None, Child], chosen: list[int], day: date) -> None:
    """Each chosen child once, of this family, and born by ``day`` (an expected baby is not present)."""
    if len(set(chosen)) != len(chosen) or any(child_id not in children for child_id in chosen):
        raise Rejected(N_("Dit kind hoort niet bij dit gezin."))
    for child_id in chosen:
        child = children[child_id]
        if _age_at(child, day) is None and child.nickname:
            raise Rejected(N_("{name} wordt nog verwacht en kan nog niet mee zijn."), name=child.nickname)
        if _age_at(child, day) is None:
            raise Rejected(N_("Een kind dat nog verwacht wordt, kan nog niet mee zijn."))


def born_children(session: Session, *, family_id: int, day: date) -> list[Child]:
    """The family's children born by ``day``: the ones who can come along."""
    return [child for child in children_of(session, family_id) if _age_at(child, day) is not None]


def needs_who_came(session: Session, *, family_id: int, day: date) -> bool:
    """True when the family came before without children but has children now: ask who came.

    Copying "no children" from the last visit would silently count a family with Jan as one
    without; the door asks instead.
    """
    last = session.exec(
        select(Visit.id)
        .join(Morning, col(Morning.id) == Visit.morning_id)
        .where(Visit.family_id == family_id, Morning.day < day)
        .order_by(col(Morning.day).desc())
        .limit(1)
    ).first()
    if last is None:
        return False
    came = session.exec(select(func.count()).select_from(VisitChild).where(VisitChild.visit_id == last)).one()
    return came == 0 and bool(born_children(session, family_id=family_id, day=day))


def _age_at(child: Child, day: date) -> int | None:
    return ages.age_in_months(
        birth_year=child.birth_year, birth_month=child.birth_month, expected=child.expected, on=day
    )


def get_visit(session: Session, visit_id: int) -> Visit:
    return get_or_reject(session, Visit, visit_id, N_("Dit bezoek bestaat niet (meer)."))


def update_visit(
    session: Session,
    *,
    visit_id: int,
    child_ids: Sequence[int] | None = None,
    adults: Adults | None = None,
) -> Visit:
    """Change which children and adults came on a visit of an open morning."""
    visit = get_visit(session, visit_id)
    morning = require_open(session, visit.morning_id)
    before = undo.visit_state(session, visit)
    if adults is not None:
        for column, n in adults.validated().columns().items():
            setattr(visit, column, n)
    if child_ids is not None:
        children = {child.id: child for child in children_of(session, visit.family_id)}
        _check_children(children, list(child_ids), morning.day)
        for row in session.exec(select(VisitChild).where(VisitChild.visit_id == visit_id)):
            session.delete(row)
        for child_id in child_ids:
            session.add(
                VisitChild(
                    visit_id=visit_id, child_id=child_id, age_months=_age_at(children[child_id], morning.day)
                )
            )
    session.flush()
    if not undo.same_people(before, undo.visit_state(session, visit)):
        undo.record(
            session, morning_id=visit.morning_id, action=undo.VISIT_CHANGED, visit_id=visit_id, before=before
        )
    session.commit()
    return visit


def undo_check_in(session: Session, *, visit_id: int) -> None:
    """Take back a check-in of an open morning, with the drinks recorded on it."""
    visit = get_visit(session, visit_id)
    require_open(session, visit.morning_id)
    session.delete(visit)
    session.commit()


def check_out(
    session: Session, *, visit_id: int, mood: str | None = None, now: datetime | None = None
) -> Visit:
    visit = get_visit(session, visit_id)
    require_open(session, visit.morning_id)
    session.refresh(visit)  # as another desk may just have left it
    if visit.left_at is not None:
        raise Rejected(N_("Dit gezin is al uitgecheckt."))
    if mood is not None and mood not in rules.MOODS:
        raise Rejected(N_("Onbekende keuze: {mood}."), mood=mood)
    undo.record(
        session,
        morning_id=visit.morning_id,
        action=undo.CHECK_OUT,
        visit_id=visit_id,
        before={"mood": visit.mood},
        now=now,
    )
    visit.left_at = now or now_local()
    visit.mood = mood
    session.commit()
    return visit


def undo_check_out(session: Session, *, visit_id: int) -> Visit:
    """Take back a check-out: the family is present again."""
    visit = get_visit(session, visit_id)
    require_open(session, visit.morning_id)
    session.refresh(visit)  # as another desk may just have left it
    if visit.left_at is None:
        raise Rejected(N_("Dit gezin is nog niet uitgecheckt."))
    visit.left_at = None
    visit.mood = None
    session.commit()
    return visit


@dataclass(frozen=True)
class Present:
    """A row of the present list."""

    visit_id: int
    family_id: int
    code: str
    display_name: str
    arrived_at: datetime
    left_at: datetime | None
    adults: int
    children: int
    drinks: int
    owed_cents: int
    """What the family's drinks cost (paid ones by cash or pin; 'gratis' counts zero)."""


def present(session: Session, morning_id: int) -> list[Present]:
    """Everyone checked in on the morning, first arrivals first."""
    child_counts = dict(
        session.exec(
            select(VisitChild.visit_id, func.count())
            .join(Visit, col(Visit.id) == VisitChild.visit_id)
            .where(Visit.morning_id == morning_id)
            .group_by(col(VisitChild.visit_id))
        ).all()
    )
    drinks: dict[int, tuple[int, int]] = {}
    for consumption in session.exec(
        select(Consumption).where(
            Consumption.morning_id == morning_id, col(Consumption.visit_id).is_not(None)
        )
    ):
        n, cents = drinks.get(consumption.visit_id or 0, (0, 0))
        drinks[consumption.visit_id or 0] = (n + consumption.quantity, cents + consumption.amount_cents)
    rows = session.exec(
        select(Visit, Family)
        .join(Family, col(Family.id) == Visit.family_id)
        .where(Visit.morning_id == morning_id)
        .order_by(col(Visit.arrived_at), col(Visit.id))
    ).all()
    return [
        Present(
            visit_id=visit.id or 0,
            family_id=family.id or 0,
            code=family.code or "",
            display_name=family.display_name or "",
            arrived_at=visit.arrived_at,
            left_at=visit.left_at,
            adults=Adults.of(visit).total,
            children=child_counts.get(visit.id or 0, 0),
            drinks=drinks.get(visit.id or 0, (0, 0))[0],
            owed_cents=drinks.get(visit.id or 0, (0, 0))[1],
        )
        for visit, family in rows
    ]


@dataclass(frozen=True)
class MissedFamily:
    family_id: int
    code: str
    display_name: str
    visits: int
    last_day: date


def families_we_miss(session: Session, *, location_id: int, today: date) -> list[MissedFamily]:
    """Families that came at least three times, but not in the last eight weeks (the signal list)."""
    cutoff = today - timedelta(weeks=rules.LAPSED_AFTER_WEEKS)
    last_day = func.max(Morning.day)
    rows = session.exec(
        select(Family, func.count(col(Visit.id)), last_day)
        .join(Visit, col(Visit.family_id) == Family.id)
        .join(Morning, col(Morning.id) == Visit.morning_id)
        .where(Morning.location_id == location_id, col(Family.erased_at).is_(None))
        .group_by(col(Family.id))
        .having(func.count(col(Visit.id)) >= rules.MISSED_MIN_VISITS)
        .having(last_day < cutoff)
        .order_by(last_day.desc())
    ).all()
    return [
        MissedFamily(
            family_id=f.id or 0,
            code=f.code or "",
            display_name=f.display_name or "",
            visits=n,
            last_day=last if isinstance(last, date) else date.fromisoformat(str(last)),
        )
        for f, n, last in rows
    ]
