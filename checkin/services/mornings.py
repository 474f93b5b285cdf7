"""Starting, theming and closing a morning (ochtend), and its summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select, update

from checkin import rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Activity, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services import kept_figures, undo
from checkin.services._common import get_or_reject, now_local
from checkin.services.locations import slot_on
from checkin.text import clean

DEFAULT_START = time(9, 30)
DEFAULT_END = time(11, 30)


def check_hosts(hosts: int) -> int:
    if not 0 <= hosts <= 20:
        raise Rejected(N_("Het aantal gastvrouwen en gastheren moet tussen 0 en 20 liggen."))
    return hosts


def check_theme(theme: str) -> str:
    """``theme`` cleaned, if it is not too long."""
    theme = clean(theme)
    if len(theme) > rules.MAX_LIST_VALUE_LENGTH:
        raise Rejected(N_("Het thema is te lang (hoogstens {n} tekens)."), n=rules.MAX_LIST_VALUE_LENGTH)
    return theme


def check_cash(cash_counted_cents: int | None) -> int | None:
    if cash_counted_cents is not None and not 0 <= cash_counted_cents <= 1_000_000:
        raise Rejected(N_("Het getelde bedrag moet tussen 0 en 10.000 euro liggen."))
    return cash_counted_cents


def check_notes(host_notes: str) -> str:
    """The hosts' notes trimmed, if they are not too long."""
    notes = (host_notes or "").strip()
    if len(notes) > rules.MAX_NOTE_LENGTH:
        raise Rejected(N_("De notities zijn te lang (hoogstens {n} tekens)."), n=rules.MAX_NOTE_LENGTH)
    return notes


CLOSED = N_("De ochtend van {day} is al afgesloten.")
STARTED_ELSEWHERE = N_("De ochtend van {day} is net aan een andere tafel begonnen.")


def get_morning(session: Session, morning_id: int) -> Morning:
    return get_or_reject(session, Morning, morning_id, N_("Deze ochtend bestaat niet (meer)."))


def require_open(session: Session, morning_id: int) -> Morning:
    """The open morning that a door action is about to change, claimed for its transaction.

    Every door action calls this first, and it is the action's first write: the morning's
    ``changes`` counter goes up by one, only while the morning is open. So the other desks on the
    same database see the change (:func:`version`, which they poll), an action never lands on a
    morning that another desk closed meanwhile, and the row's lock makes the desks' actions on
    one morning take turns (on PostgreSQL; SQLite has one writer anyway), always taking the
    morning first, so they cannot deadlock, and each reads what the one before it committed.
    """
    claimed = session.exec(
        update(Morning)
        .where(col(Morning.id) == morning_id, col(Morning.closed_at).is_(None))
        .values(changes=col(Morning.changes) + 1)
        .execution_options(synchronize_session=False)
    )
    morning = get_morning(session, morning_id)
    if claimed.rowcount == 0:
        raise Rejected(CLOSED, day=morning.day.strftime("%d-%m-%Y"))
    return morning


def _bump(session: Session, morning_id: int) -> None:
    """The counter up by one for a change of a morning that may be closed (theme, reopening)."""
    session.exec(
        update(Morning)
        .where(col(Morning.id) == morning_id)
        .values(changes=col(Morning.changes) + 1)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class MorningVersion:
    """What a desk polls to see the other desks' changes to today's morning."""

    morning_id: int
    changes: int
    closed: bool


def version(session: Session, *, location_id: int, day: date) -> MorningVersion | None:
    """The morning of ``day`` as far as the desks' refresh goes (None: not started): one indexed read."""
    row = session.exec(
        select(Morning.id, Morning.changes, Morning.closed_at).where(
            Morning.location_id == location_id, Morning.day == day
        )
    ).first()
    if row is None:
        return None
    morning_id, changes, closed_at = row
    return MorningVersion(morning_id=morning_id or 0, changes=changes, closed=closed_at is not None)


def morning_on(session: Session, *, location_id: int, day: date) -> Morning | None:
    return session.exec(select(Morning).where(Morning.location_id == location_id, Morning.day == day)).first()


def programme_theme(session: Session, *, location_id: int, day: date) -> tuple[str, int | None]:
    """The theme and activity the programme has for that day ('' and None when there is none)."""
    activity = session.exec(
        select(Activity)
        .where(Activity.location_id == location_id, Activity.day == day)
        .order_by(col(Activity.id))
    ).first()
    if activity is None:
        return "", None
    return (activity.theme or activity.title), activity.id


def start_morning(
    session: Session,
    *,
    location_id: int,
    day: date,
    theme: str | None = None,
    hosts: int = 1,
    now: datetime | None = None,
) -> Morning:
    """Open the morning of ``day``: hours from the weekly schedule, theme from the programme."""
    location = get_or_reject(session, Location, location_id, N_("Kies eerst een ontmoetingsplek."))
    existing = morning_on(session, location_id=location_id, day=day)
    if existing is not None:
        if existing.closed_at is not None:
            raise Rejected(CLOSED, day=day.strftime("%d-%m-%Y"))
        raise Rejected(N_("De ochtend van {day} is al begonnen."), day=day.strftime("%d-%m-%Y"))
    check_hosts(hosts)
    slot = slot_on(session, location_id=location_id, day=day)
    planned_theme, activity_id = programme_theme(session, location_id=location_id, day=day)
    chosen = check_theme(theme if theme is not None else planned_theme)
    assert location.id is not None
    morning = Morning(
        location_id=location.id,
        day=day,
        start=slot.start if slot else DEFAULT_START,
        end=slot.end if slot else DEFAULT_END,
        theme=chosen,
        activity_id=activity_id,
        hosts=hosts,
        opened_at=now or now_local(),
    )
    session.add(morning)
    try:
        session.commit()
    except IntegrityError:  # another desk started it at the same moment: one morning
        session.rollback()
        raise Rejected(STARTED_ELSEWHERE, day=day.strftime("%d-%m-%Y")) from None
    return morning


def set_theme(session: Session, *, morning_id: int, theme: str) -> Morning:
    morning = get_morning(session, morning_id)
    morning.theme = check_theme(theme)
    _bump(session, morning_id)
    session.commit()
    return morning


@dataclass(frozen=True)
class MorningSummary:
    morning_id: int
    visits: int
    new_families: int
    adults: int
    children: int
    drinks: int
    expected_cash_cents: int
    pin_cents: int
    cash_counted_cents: int | None
    """All the cash counted in the box, the float included."""
    float_cents: int = 0
    """The float (wisselgeld): the morning's once closed, else the place's remembered one."""

    @property
    def cash_difference_cents(self) -> int | None:
        """Counted minus float minus cash takings: positive is too much, negative too little."""
        if self.cash_counted_cents is None:
            return None
        return self.cash_counted_cents - self.float_cents - self.expected_cash_cents


def summary(session: Session, morning_id: int) -> MorningSummary:
    morning = get_morning(session, morning_id)
    visits = list(session.exec(select(Visit).where(Visit.morning_id == morning_id)))
    family_ids = [visit.family_id for visit in visits]
    new_families = 0
    if family_ids:
        earlier = set(
            session.exec(
                select(Visit.family_id)
                .join(Morning, col(Morning.id) == Visit.morning_id)
                .where(col(Visit.family_id).in_(family_ids), Morning.day < morning.day)
            )
        )
        new_families = len(set(family_ids) - earlier)

    children = session.exec(
        select(func.count())
        .select_from(VisitChild)
        .join(Visit, col(Visit.id) == VisitChild.visit_id)
        .where(Visit.morning_id == morning_id)
        # an expected baby recorded on a visit (before this was refused) is not a child who came
        .where(~(col(VisitChild.age_months).is_(None) & col(VisitChild.age_known)))
    ).one()
    consumptions = list(session.exec(select(Consumption).where(Consumption.morning_id == morning_id)))
    return MorningSummary(
        morning_id=morning_id,
        visits=len(visits),
        new_families=new_families,
        adults=sum(Adults.of(v).total for v in visits),
        children=children,
        drinks=sum(c.quantity for c in consumptions),
        expected_cash_cents=sum(c.amount_cents for c in consumptions if c.payment == "contant"),
        pin_cents=sum(c.amount_cents for c in consumptions if c.payment == "pin"),
        cash_counted_cents=morning.cash_counted_cents,
        float_cents=morning.cash_float_cents
        if morning.closed_at is not None
        else _place_float(session, morning),
    )


def _place_float(session: Session, morning: Morning) -> int:
    location = session.get(Location, morning.location_id)
    return location.cash_float_cents if location is not None else 0


def close_morning(
    session: Session,
    *,
    morning_id: int,
    cash_counted_cents: int | None,
    host_notes: str = "",
    hosts: int | None = None,
    now: datetime | None = None,
    cash_float_cents: int | None = None,
) -> MorningSummary:
    """Close the morning with the counted cash and private host notes; check out who is left.

    ``cash_float_cents`` is the float (wisselgeld) counted with the cash; the place remembers it
    for the next close. Without it, the place's remembered float is used.
    """
    morning = require_open(session, morning_id)
    check_cash(cash_counted_cents)
    notes = check_notes(host_notes)
    if hosts is not None:
        check_hosts(hosts)
    if cash_float_cents is not None and not 0 <= cash_float_cents <= 100_000:
        raise Rejected(N_("Het wisselgeld moet tussen 0 en 1.000 euro liggen."))
    moment = now or now_local()
    for visit in session.exec(
        select(Visit).where(Visit.morning_id == morning_id, col(Visit.left_at).is_(None))
    ):
        visit.left_at = moment
    morning.closed_at = moment
    morning.cash_counted_cents = cash_counted_cents
    location = session.get(Location, morning.location_id)
    if cash_float_cents is not None and location is not None:
        location.cash_float_cents = cash_float_cents  # remembered for the next morning
    morning.cash_float_cents = (
        cash_float_cents if cash_float_cents is not None else (location.cash_float_cents if location else 0)
    )
    morning.host_notes = notes
    if hosts is not None:
        morning.hosts = hosts
    undo.forget_morning(session, morning_id)
    session.flush()
    kept_figures.refresh_morning(session.connection(), morning_id)  # the figures of a closed morning, kept
    session.commit()
    return summary(session, morning_id)


def reopen_morning(session: Session, *, morning_id: int) -> Morning:
    """Open a closed morning again (a host closed it too early); the counted cash is kept."""
    morning = get_morning(session, morning_id)
    if morning.closed_at is None:
        raise Rejected(N_("Deze ochtend is nog open."))
    morning.closed_at = None
    _bump(session, morning_id)
    session.commit()
    return morning


def count_families(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Family)).one()
