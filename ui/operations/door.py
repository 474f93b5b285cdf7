"""The door (Vandaag) screen's operations: one function per user action, and its named reads.

Each runs its service of ``checkin/`` in one session (the service commits: one action is one
transaction) and returns plain, frozen data. Undo lives in the core (``checkin.services.undo``):
the services record every undoable action in the same transaction, and :func:`last_undoable`
asks the database what Ctrl+Z would undo, so an undo survives a restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from checkin import ages
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Child, Location, Morning
from checkin.services import drinks, families, lists, locations, mornings, undo, visits
from checkin.services.families import ChildInput as ChildInput
from checkin.services.families import FamilyInput as FamilyInput
from checkin.services.families import FamilyMatch as FamilyMatch
from checkin.services.mornings import MorningSummary as MorningSummary
from checkin.services.mornings import MorningVersion as MorningVersion
from checkin.services.undo import Undoable as Undoable
from checkin.services.visits import MissedFamily as MissedFamily
from checkin.services.visits import Present as Present
from checkin.text import WEEKDAYS as WEEKDAYS
from ui.operations import Operations

# ---------------------------------------------------------------------------------------- data

UNREACHABLE = N_("De database is even niet bereikbaar.")


@dataclass(frozen=True)
class PlaceInfo:
    """The location this laptop serves, as the door screen shows it."""

    location_id: int
    name: str
    price_cents: int
    capacity: int


@dataclass(frozen=True)
class MorningInfo:
    """Today's morning: open (``closed`` False) or closed."""

    morning_id: int
    day: date
    theme: str
    closed: bool

    @property
    def is_open(self) -> bool:
        return not self.closed


@dataclass(frozen=True)
class DoorState:
    """What the door screen reads when it (re)loads."""

    location: PlaceInfo | None
    morning: MorningInfo | None
    themes: tuple[str, ...]
    drink_kinds: tuple[str, ...]
    planned_theme: str
    """The theme the programme has for today ('' when none)."""


@dataclass(frozen=True)
class ChildCame:
    """A child of a family with its age in months on the morning (None: still expected)."""

    child_id: int
    nickname: str
    age_months: int | None


@dataclass(frozen=True)
class CheckedIn:
    """A family just checked in, with the children who came along."""

    visit_id: int
    family_id: int
    display_name: str
    code: str
    children: tuple[ChildCame, ...]

    @property
    def name(self) -> str:
        return self.display_name or self.code


@dataclass(frozen=True)
class NeedsWhoCame:
    """Not checked in yet: the family came without children last time but has children now.

    The door asks who came ("Wie zijn er mee?") and checks in with :func:`check_in` given the
    children and adults, instead of silently copying "no children".
    """

    family_id: int
    display_name: str
    code: str
    children: tuple[ChildCame, ...]
    """The children who can come along (born by today)."""
    adults: Adults
    """The adults of the last visit, to start from."""

    @property
    def name(self) -> str:
        return self.display_name or self.code


@dataclass(frozen=True)
class DrinkSold:
    consumption_id: int
    kind: str
    payment: str
    amount_cents: int


@dataclass(frozen=True)
class DrinkRow:
    """A drink of a visit, newest first in the list."""

    consumption_id: int
    created_at: datetime
    kind: str
    quantity: int
    payment: str
    amount_cents: int


@dataclass(frozen=True)
class VisitForEdit:
    """Who came on a visit, for the dialog 'Wie zijn er mee?'."""

    visit_id: int
    family_name: str
    children: tuple[ChildCame, ...]
    came: frozenset[int]
    adults: Adults


@dataclass(frozen=True)
class FormLists:
    villages: tuple[str, ...]
    referrals: tuple[str, ...]


# ---------------------------------------------------------------------------------------- reads


def _place(location: Location | None) -> PlaceInfo | None:
    if location is None or location.id is None:
        return None
    return PlaceInfo(
        location_id=location.id,
        name=location.name,
        price_cents=location.price_cents,
        capacity=location.capacity,
    )


def _morning(morning: Morning | None) -> MorningInfo | None:
    if morning is None or morning.id is None:
        return None
    return MorningInfo(
        morning_id=morning.id, day=morning.day, theme=morning.theme, closed=morning.closed_at is not None
    )


def door_state(ops: Operations, *, today: date) -> DoorState:
    """The location, today's morning (if started), the theme and drink lists, the planned theme."""

    def read(session: Session) -> DoorState:
        location = locations.current_location(session)
        morning = None
        planned = ""
        if location is not None and location.id is not None:
            morning = mornings.morning_on(session, location_id=location.id, day=today)
            planned = mornings.programme_theme(session, location_id=location.id, day=today)[0]
        return DoorState(
            location=_place(location),
            morning=_morning(morning),
            themes=tuple(lists.list_values(session, "theme")),
            drink_kinds=tuple(lists.list_values(session, "consumption")),
            planned_theme=planned,
        )

    return ops.run(read)


def morning_version(ops: Operations, *, location_id: int, today: date) -> MorningVersion | None:
    """Today's morning as the other desks changed it (None: not started); the door polls it.

    One small indexed read: the morning's change counter, which every door action bumps in its
    own transaction, and whether it is closed.
    """
    try:
        return ops.run(lambda s: mornings.version(s, location_id=location_id, day=today))
    except OperationalError as error:  # the server out of reach (issue 14 item 3 adds the banner)
        raise Rejected(UNREACHABLE) from error


def search(ops: Operations, text: str) -> list[FamilyMatch]:
    """Families matching what the host typed, best first ([] for blank text)."""
    if not text.strip():
        return []
    return ops.run(lambda s: families.search_families(s, text))


def present(ops: Operations, morning_id: int) -> list[Present]:
    """Everyone checked in on the morning, first arrivals first."""
    return ops.run(lambda s: visits.present(s, morning_id))


def anonymous_sold(ops: Operations, morning_id: int) -> int:
    """How many drinks were sold this morning without a check-in."""
    return ops.run(lambda s: sum(c.quantity for c in drinks.drinks_of_morning(s, morning_id=morning_id)))


def drinks_of_visit(ops: Operations, *, morning_id: int, visit_id: int) -> list[DrinkRow]:
    """The drinks of one visit, newest first."""

    def read(session: Session) -> list[DrinkRow]:
        return [
            DrinkRow(
                consumption_id=c.id or 0,
                created_at=c.created_at,
                kind=c.kind,
                quantity=c.quantity,
                payment=c.payment,
                amount_cents=c.amount_cents,
            )
            for c in drinks.drinks_of_morning(session, morning_id=morning_id, visit_id=visit_id)
        ]

    return ops.run(read)


def _age(child: Child, day: date) -> int | None:
    return ages.age_in_months(
        birth_year=child.birth_year, birth_month=child.birth_month, expected=child.expected, on=day
    )


def _children_of_visit(session: Session, visit_id: int) -> tuple[tuple[ChildCame, ...], frozenset[int]]:
    """The family's children who can come along (an expected baby cannot), and those who came."""
    visit = visits.get_visit(session, visit_id)
    day = mornings.get_morning(session, visit.morning_id).day
    kids = tuple(
        ChildCame(child_id=child.id or 0, nickname=child.nickname, age_months=_age(child, day))
        for child in visits.born_children(session, family_id=visit.family_id, day=day)
    )
    return kids, frozenset(visits.visit_child_ids(session, visit_id))


def _checked_in(session: Session, visit_id: int) -> CheckedIn:
    visit = visits.get_visit(session, visit_id)
    family = families.get_family(session, visit.family_id)
    kids, came = _children_of_visit(session, visit_id)
    return CheckedIn(
        visit_id=visit_id,
        family_id=visit.family_id,
        display_name=family.display_name or "",
        code=family.code or "",
        children=tuple(kid for kid in kids if kid.child_id in came),
    )


def visit_for_edit(ops: Operations, visit_id: int) -> VisitForEdit:
    """The family's children (with who came) and the adults of a visit."""

    def read(session: Session) -> VisitForEdit:
        visit = visits.get_visit(session, visit_id)
        family = families.get_family(session, visit.family_id)
        kids, came = _children_of_visit(session, visit_id)
        return VisitForEdit(
            visit_id=visit_id,
            family_name=family.display_name or family.code or "",
            children=kids,
            came=came,
            adults=visits.visit_adults(visit),
        )

    return ops.run(read)


def family_form_lists(ops: Operations) -> FormLists:
    """The villages and referral sources the new-family form offers."""
    return ops.run(
        lambda s: FormLists(
            villages=tuple(lists.list_values(s, "village")), referrals=tuple(lists.list_values(s, "referral"))
        )
    )


def similar_families(ops: Operations, *, name: str, village: str) -> list[FamilyMatch]:
    """Families that may be the one being registered."""
    return ops.run(lambda s: families.similar_families(s, display_name=name, village=village))


def close_summary(ops: Operations, morning_id: int) -> MorningSummary:
    """The counts and the expected cash of a morning, for the closing dialog."""
    return ops.run(lambda s: mornings.summary(s, morning_id))


def families_we_miss(ops: Operations, *, location_id: int, today: date) -> list[MissedFamily]:
    """Families that came often but not in the last weeks (the signal list)."""
    return ops.run(lambda s: visits.families_we_miss(s, location_id=location_id, today=today))


def last_undoable(ops: Operations, morning_id: int) -> Undoable | None:
    """What Ctrl+Z would undo on the morning now (None: nothing)."""
    return ops.run(lambda s: undo.last_entry(s, morning_id))


def villages(ops: Operations) -> list[str]:
    """The villages list (the welcome panel's choice of place)."""
    return ops.run(lambda s: lists.list_values(s, "village"))


# ---------------------------------------------------------------------------------------- actions


def start_morning(ops: Operations, *, location_id: int, theme: str, hosts: int, now: datetime) -> MorningInfo:
    """Open today's morning (``now``'s day) with its theme and number of hosts."""

    def act(session: Session) -> MorningInfo:
        morning = mornings.start_morning(
            session, location_id=location_id, day=now.date(), theme=theme, hosts=hosts, now=now
        )
        info = _morning(morning)
        assert info is not None
        return info

    return ops.run(act)


def set_theme(ops: Operations, *, morning_id: int, theme: str) -> str:
    """Change the theme of the morning; returns the theme as stored."""
    return ops.run(lambda s: mornings.set_theme(s, morning_id=morning_id, theme=theme).theme)


def check_in(
    ops: Operations,
    *,
    morning_id: int,
    family_id: int,
    now: datetime,
    child_ids: Sequence[int] | None = None,
    adults: Adults | None = None,
) -> CheckedIn | NeedsWhoCame:
    """Check a family in: with the children and adults of its last visit, or with those given.

    Without ``child_ids``, a family that came without children last time but has children now is
    not checked in: the answer is :class:`NeedsWhoCame`, and the screen asks who came.
    """

    def act(session: Session) -> CheckedIn | NeedsWhoCame:
        day = mornings.get_morning(session, morning_id).day
        if child_ids is None and visits.needs_who_came(session, family_id=family_id, day=day):
            family = families.get_family(session, family_id)
            return NeedsWhoCame(
                family_id=family_id,
                display_name=family.display_name or "",
                code=family.code or "",
                children=tuple(
                    ChildCame(child_id=child.id or 0, nickname=child.nickname, age_months=_age(child, day))
                    for child in visits.born_children(session, family_id=family_id, day=day)
                ),
                adults=visits.last_visit_adults(session, family_id),
            )
        visit = visits.check_in(
            session,
            morning_id=morning_id,
            family_id=family_id,
            child_ids=list(child_ids) if child_ids is not None else None,
            adults=adults,
            now=now,
        )
        return _checked_in(session, visit.id or 0)

    return ops.run(act)


def register_and_check_in(ops: Operations, *, morning_id: int, data: FamilyInput, now: datetime) -> CheckedIn:
    """Register a new family and check it in: one action, one transaction."""

    def act(session: Session) -> CheckedIn:
        visit = visits.register_and_check_in(session, morning_id=morning_id, data=data, now=now)
        return _checked_in(session, visit.id or 0)

    return ops.run(act)


def add_drink(
    ops: Operations, *, morning_id: int, kind: str, payment: str, visit_id: int | None, now: datetime
) -> DrinkSold:
    """One drink at the location's price, on a visit (or, ``visit_id`` None, sold anonymously)."""

    def act(session: Session) -> DrinkSold:
        c = drinks.record_drinks(
            session, morning_id=morning_id, kind=kind, quantity=1, payment=payment, visit_id=visit_id, now=now
        )
        return DrinkSold(
            consumption_id=c.id or 0, kind=c.kind, payment=c.payment, amount_cents=c.amount_cents
        )

    return ops.run(act)


def sell_anonymous(
    ops: Operations, *, morning_id: int, kind: str, now: datetime, payment: str = "contant"
) -> DrinkSold:
    """A drink sold to someone who did not check in (cash, pin or given: ``rules.PAYMENTS``)."""
    return add_drink(ops, morning_id=morning_id, kind=kind, payment=payment, visit_id=None, now=now)


def remove_drink(ops: Operations, *, consumption_id: int) -> None:
    """Take a drink off a visit (Ctrl+Z puts it back)."""
    ops.run(lambda s: drinks.undo_drinks(s, consumption_id=consumption_id))


def check_out(ops: Operations, *, visit_id: int, now: datetime, mood: str | None = None) -> None:
    """Check a family out, with how it went (one of rules.MOODS) when the host asked."""
    ops.run(lambda s: visits.check_out(s, visit_id=visit_id, now=now, mood=mood))


def undo_check_in(ops: Operations, *, visit_id: int) -> None:
    """Take back a check-in from the list, with its drinks (and its undo entries)."""
    ops.run(lambda s: visits.undo_check_in(s, visit_id=visit_id))


def change_who_came(ops: Operations, *, visit_id: int, child_ids: Sequence[int], adults: Adults) -> None:
    """Change which children and adults came on a visit (Ctrl+Z restores the previous ones)."""
    ops.run(lambda s: visits.update_visit(s, visit_id=visit_id, child_ids=list(child_ids), adults=adults))


def close_morning(
    ops: Operations,
    *,
    morning_id: int,
    cash_counted_cents: int | None,
    host_notes: str,
    now: datetime,
    cash_float_cents: int | None = None,
) -> MorningSummary:
    """Close the morning with the counted cash (float included), the float and notes.

    The place remembers the float for the next close; then the app's listeners run (backup).
    """
    summary = ops.run(
        lambda s: mornings.close_morning(
            s,
            morning_id=morning_id,
            cash_counted_cents=cash_counted_cents,
            host_notes=host_notes,
            now=now,
            cash_float_cents=cash_float_cents,
        )
    )
    ops.morning_closed()
    return summary


def reopen_morning(ops: Operations, *, morning_id: int) -> None:
    ops.run(lambda s: mornings.reopen_morning(s, morning_id=morning_id))


def undo_last(ops: Operations, morning_id: int) -> Undoable:
    """Take back the newest undoable action of the morning; returns what was undone."""
    return ops.run(lambda s: undo.undo_last(s, morning_id))


# ---------------------------------------------------------------------------------------- welcome


def create_first_location(
    ops: Operations,
    *,
    name: str,
    address: str,
    village: str,
    weekday: int,
    start: time,
    end: time,
    price_cents: int,
    capacity: int,
    web_url: str,
) -> PlaceInfo:
    """Create the meeting place with its weekly opening (the welcome panel)."""

    def act(session: Session) -> PlaceInfo:
        location = locations.create_location(
            session,
            name=name,
            address=address,
            village=village,
            slots=[locations.Slot(weekday=weekday, start=start, end=end)],
            price_cents=price_cents,
            capacity=capacity,
            web_url=web_url,
        )
        place = _place(location)
        assert place is not None
        return place

    return ops.run(act)


def fill_demo_data(ops: Operations) -> dict[str, int]:
    """Fill an empty database with made-up families and mornings; counts of what was made."""
    from checkin.demo import fill_demo  # the names and places of the demo: not needed at every start

    return ops.run(lambda s: fill_demo(s))
