"""The door (Vandaag) screen's operations: one function per user action, and its named reads.

Each runs its service of ``checkin/`` in one session (the service commits: one action is one
transaction) and returns plain, frozen data. Undo lives in the core (``checkin.services.undo``):
the services record every undoable action in the same transaction, and :func:`last_undoable`
asks the database what Ctrl+Z would undo, so an undo survives a restart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from checkin import ages, journal, rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.journal import Desk
from checkin.models import Child, Consumption, Location, Morning
from checkin.services import drinks, families, lists, locations, mornings, undo, visits
from checkin.services._common import now_local
from checkin.services.families import ChildInput as ChildInput
from checkin.services.families import FamilyInput as FamilyInput
from checkin.services.families import FamilyMatch as FamilyMatch
from checkin.services.mornings import MorningSummary as MorningSummary
from checkin.services.mornings import MorningVersion as MorningVersion
from checkin.services.undo import Undoable as Undoable
from checkin.services.visits import MissedFamily as MissedFamily
from checkin.services.visits import Present as Present
from checkin.text import WEEKDAYS as WEEKDAYS
from ui.operations import NO_CONNECTION, Operations, Unreachable

T = TypeVar("T")

# ---------------------------------------------------------------------------------------- data

UNREACHABLE = N_("De database is even niet bereikbaar.")
WAIT_FOR_REPLAY = N_(
    "Eerst moet alles van de tijd zonder verbinding naar de server. Dat gebeurt vanzelf; probeer het zo nog eens."
)
EARLIER_ACTION = N_("de vorige handeling aan deze tafel")
"""What Ctrl+Z without a connection takes back when the journal holds nothing of this desk: its
newest action on the server, undone when the connection is back."""


@dataclass(frozen=True)
class Connection:
    """How the desk is connected: on a server only (the SQLite file is always 'online')."""

    offline: bool
    """The server could not be reached at the last try."""
    waiting: int
    """Door actions in the journal, to be sent to the server when it is back."""


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

    def offline(desk: Desk) -> DoorState:
        kept = desk.journal.get("door_state")
        if kept is None:
            raise Unreachable(NO_CONNECTION)
        place, morning = kept["location"], kept["morning"]
        return DoorState(
            location=None if place is None else PlaceInfo(**place),
            morning=None
            if morning is None
            else MorningInfo(**{**morning, "day": date.fromisoformat(morning["day"])}),
            themes=tuple(kept["themes"]),
            drink_kinds=tuple(kept["drink_kinds"]),
            planned_theme=kept["planned_theme"],
        )

    state = _read(ops, lambda: ops.run(read), offline)
    if ops.desk is not None and _offline(ops) is None:
        ops.desk.journal.put("door_state", asdict(state))
    return state


# ---------------------------------------------------------------------------------------- the desk


def _offline(ops: Operations) -> Desk | None:
    """The desk when its door works from the journal: the server away, or actions still to send."""
    desk = ops.desk
    if desk is not None and (not desk.online or desk.journal.has_pending()):
        return desk
    return None


def _read(ops: Operations, online: Callable[[], T], offline: Callable[[Desk], T]) -> T:
    """A read of the door from the server, or (the server away) from the desk's local copy."""
    desk = _offline(ops)
    if desk is None:
        try:
            return online()
        except Unreachable:
            desk = ops.desk
            assert desk is not None
    return offline(desk)


def _require_in_order(ops: Operations) -> None:
    """An action that the journal cannot hold waits until the journal has been sent."""
    desk = ops.desk
    if desk is not None and desk.journal.has_pending():
        raise Rejected(WAIT_FOR_REPLAY)


def connection(ops: Operations) -> Connection:
    """Whether the desk works without the server now, and how many actions wait to be sent."""
    desk = ops.desk
    if desk is None:
        return Connection(offline=False, waiting=0)
    return Connection(offline=not desk.online, waiting=len(desk.journal.pending()))


@dataclass(frozen=True)
class Replayed:
    """A background replay of the journal: how many actions went to the server, refused, left."""

    applied: int
    refused: tuple[str, ...]
    left: int


def replay(ops: Operations, *, location_id: int | None, today: date) -> Replayed | None:
    """Send the journal to the server if it is back (the background worker calls this every few
    seconds); then renew the local copy. None: nothing was waiting and the desk is online."""
    desk = ops.desk
    if desk is None or (desk.online and not desk.journal.has_pending()):
        return None
    from sqlalchemy.exc import DBAPIError

    try:
        done = desk.replay()
        if done.finished and desk.online and location_id is not None:
            desk.refresh_copy(location_id=location_id, day=today)
    except DBAPIError as error:
        if not journal.unreachable(error):
            raise
        desk.online = False
        return Replayed(applied=0, refused=(), left=len(desk.journal.pending()))
    return Replayed(applied=done.applied, refused=done.refused, left=done.left)


def refresh_copy(ops: Operations, *, location_id: int, today: date) -> None:
    """Renew the desk's local copy of the register and today's present list (while online)."""
    desk = ops.desk
    if desk is None or _offline(ops) is not None:
        return
    from sqlalchemy.exc import DBAPIError

    try:
        desk.refresh_copy(location_id=location_id, day=today)
    except DBAPIError as error:
        if not journal.unreachable(error):
            raise
        desk.online = False


def morning_version(ops: Operations, *, location_id: int, today: date) -> MorningVersion | None:
    """Today's morning as the other desks changed it (None: not started); the door polls it.

    One small indexed read: the morning's change counter, which every door action bumps in its
    own transaction, and whether it is closed. Without the server: ``Rejected`` at once (the
    background replay finds out when it is back).
    """
    if ops.desk is not None and not ops.desk.online:
        raise Unreachable(NO_CONNECTION)
    try:
        return ops.run(lambda s: mornings.version(s, location_id=location_id, day=today))
    except OperationalError as error:  # the file busy for too long
        raise Rejected(UNREACHABLE) from error


def search(ops: Operations, text: str) -> list[FamilyMatch]:
    """Families matching what the host typed, best first ([] for blank text)."""
    if not text.strip():
        return []
    return _read(
        ops, lambda: ops.run(lambda s: families.search_families(s, text)), lambda d: d.journal.search(text)
    )


def present(ops: Operations, morning_id: int) -> list[Present]:
    """Everyone checked in on the morning, first arrivals first (offline: with the journal's)."""
    return _read(
        ops, lambda: ops.run(lambda s: visits.present(s, morning_id)), lambda d: d.present(morning_id)
    )


def anonymous_sold(ops: Operations, morning_id: int) -> int:
    """How many drinks were sold this morning without a check-in."""
    key = f"anonymous_sold_{morning_id}"

    def online() -> int:
        sold = ops.run(lambda s: sum(c.quantity for c in drinks.drinks_of_morning(s, morning_id=morning_id)))
        if ops.desk is not None:
            ops.desk.journal.put(key, sold)
        return sold

    def offline(desk: Desk) -> int:
        waiting = sum(
            1
            for stored in desk.journal.pending()
            if stored.entry.kind == journal.DRINK and stored.entry.data.get("family") is None
        )
        return int(desk.journal.get(key) or 0) + waiting

    return _read(ops, online, offline)


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

    if visit_id < 0:
        return []  # checked in without the server: its drinks are in the journal
    return _read(ops, lambda: ops.run(read), lambda _desk: [])


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
    if visit_id < 0:  # checked in without the server: who came is changed when it is back
        raise Unreachable(NO_CONNECTION)

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

    def online() -> FormLists:
        form = ops.run(
            lambda s: FormLists(
                villages=tuple(lists.list_values(s, "village")),
                referrals=tuple(lists.list_values(s, "referral")),
            )
        )
        if ops.desk is not None:
            ops.desk.journal.put("form_lists", asdict(form))
        return form

    def offline(desk: Desk) -> FormLists:
        kept = desk.journal.get("form_lists") or {"villages": [], "referrals": []}
        return FormLists(villages=tuple(kept["villages"]), referrals=tuple(kept["referrals"]))

    return _read(ops, online, offline)


def similar_families(ops: Operations, *, name: str, village: str) -> list[FamilyMatch]:
    """Families that may be the one being registered (offline: none; the server flags them later)."""
    return _read(
        ops,
        lambda: ops.run(lambda s: families.similar_families(s, display_name=name, village=village)),
        lambda _d: [],
    )


def close_summary(ops: Operations, morning_id: int) -> MorningSummary:
    """The counts and the expected cash of a morning, for the closing dialog."""
    return ops.run(lambda s: mornings.summary(s, morning_id))


def families_we_miss(ops: Operations, *, location_id: int, today: date) -> list[MissedFamily]:
    """Families that came often but not in the last weeks (the signal list)."""
    return ops.run(lambda s: visits.families_we_miss(s, location_id=location_id, today=today))


def last_undoable(ops: Operations, morning_id: int) -> Undoable | None:
    """What Ctrl+Z would undo on the morning now (None: nothing)."""

    def offline(desk: Desk) -> Undoable | None:
        pending = desk.journal.pending()
        if pending and pending[-1].entry.kind != journal.UNDO:
            return _describe(desk, pending[-1].entry)
        return Undoable(entry_id=0, action=journal.UNDO, template=EARLIER_ACTION)

    return _read(ops, lambda: ops.run(lambda s: undo.last_entry(s, morning_id)), offline)


def _describe(desk: Desk, item: journal.Entry) -> Undoable:
    """What an action kept in the journal was, as Ctrl+Z names it (the templates of the core's undo)."""
    data = item.data
    name = ""
    if item.kind == journal.REGISTER:
        name = data["family"]["display_name"] or data.get("code") or ""
    elif data.get("family"):
        ref = data["family"]
        if ref.get("family_id") is not None:
            family = desk.journal.family(int(ref["family_id"])) or {}
            name = family.get("display_name") or family.get("code") or ""
        else:
            for stored in desk.journal.entries():
                if stored.entry.id == ref.get("family_entry"):
                    name = stored.entry.data["family"]["display_name"] or stored.entry.data.get("code") or ""
    templates = {
        journal.CHECK_IN: N_("inchecken van {name}"),
        journal.REGISTER: N_("inchecken van {name}"),
        journal.CHECK_OUT: N_("uitchecken van {name}"),
        journal.WHO_CAME: N_("wie er mee zijn met {name}"),
    }
    params = {"name": name}
    if item.kind == journal.DRINK:
        params["kind"] = str(data["kind"])
        template = N_("{kind} voor {name}") if data.get("family") else N_("{kind} los verkocht")
    elif item.kind == journal.REMOVE_DRINK:
        template, params["kind"] = N_("weghalen van {kind} (los verkocht)"), ""
    else:
        template = templates[item.kind]
    return Undoable(entry_id=0, action=item.kind, template=template, params=params)


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
    not checked in: the answer is :class:`NeedsWhoCame`, and the screen asks who came. Without
    the server (a desk's journal) the family is checked in at once; the server's rule chooses the
    children when the journal is sent.
    """

    def who_came(session: Session) -> NeedsWhoCame | None:
        day = mornings.get_morning(session, morning_id).day
        if child_ids is not None or not visits.needs_who_came(session, family_id=family_id, day=day):
            return None
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

    def act(session: Session) -> CheckedIn | NeedsWhoCame:
        ask = who_came(session)
        if ask is not None:
            return ask
        visit = visits.check_in(
            session,
            morning_id=morning_id,
            family_id=family_id,
            child_ids=list(child_ids) if child_ids is not None else None,
            adults=adults,
            now=now,
        )
        return _checked_in(session, visit.id or 0)

    desk = ops.desk
    if desk is None:
        return ops.run(act)
    ask = _read(ops, lambda: ops.run(who_came), lambda _desk: None)
    if ask is not None:
        return ask
    item = journal.check_in(
        morning_id=morning_id,
        family=journal.family_ref(family_id),
        now=now,
        child_ids=child_ids,
        adults=adults,
    )
    return _after(ops, desk.act(item), child_ids=child_ids)


def _after(ops: Operations, done: journal.Done, *, child_ids: Sequence[int] | None) -> CheckedIn:
    """The family just checked in by a desk: read back from the server, or as the journal has it."""
    if done.applied is not None:
        visit_id = int(done.applied.result.get("visit_id") or 0)
        try:
            return ops.run(lambda s: _checked_in(s, visit_id))
        except Unreachable:
            pass
    desk = ops.desk
    assert desk is not None
    data, day = done.entry.data, done.entry.created_at.date()
    if done.entry.kind == journal.REGISTER:
        form = data["family"]
        kids = [[0, y, m, e, n] for y, m, e, n in form["children"]]
        family: dict[str, Any] = {
            "id": 0,
            "display_name": form["display_name"],
            "code": data.get("code") or "",
        }
    else:
        family = desk.journal.family(int(data["family"]["family_id"])) or {
            "id": 0,
            "display_name": "",
            "code": "",
        }
        kids = family.get("children", [])
    came = [
        ChildCame(
            child_id=kid[0],
            nickname=kid[4],
            age_months=ages.age_in_months(
                birth_year=kid[1], birth_month=kid[2], expected=bool(kid[3]), on=day
            ),
        )
        for kid in kids
        if child_ids is None or kid[0] in child_ids
    ]
    return CheckedIn(
        visit_id=-(done.seq or 0),
        family_id=int(family.get("id") or 0),
        display_name=str(family.get("display_name") or ""),
        code=str(family.get("code") or ""),
        children=tuple(kid for kid in came if kid.age_months is not None),
    )


def register_and_check_in(ops: Operations, *, morning_id: int, data: FamilyInput, now: datetime) -> CheckedIn:
    """Register a new family and check it in: one action, one transaction.

    Without the server the family gets a code of this desk (``T3-0042``) and is registered when the
    journal is sent; the server flags it when it looks like a family registered already.
    """

    def act(session: Session) -> CheckedIn:
        visit = visits.register_and_check_in(session, morning_id=morning_id, data=data, now=now)
        return _checked_in(session, visit.id or 0)

    desk = ops.desk
    if desk is None:
        return ops.run(act)
    code = None
    if _offline(ops) is not None:
        code = _offline_code(desk, data, now)
    done = desk.act(journal.register(morning_id=morning_id, data=data, now=now, code=code))
    if done.offline and code is None:  # the server went away just now: the same entry, with a code
        code = _offline_code(desk, data, now)
        desk.journal.rewrite(done.entry.id, {**done.entry.data, "code": code})
        done = journal.Done(journal.replace_data(done.entry, code=code), None, seq=done.seq)
    return _after(ops, done, child_ids=None)


def _offline_code(desk: Desk, data: FamilyInput, now: datetime) -> str:
    """This desk's code for a family registered offline, after the checks that need no server."""
    if not data.consent:
        raise Rejected(N_("Lees de toestemmingstekst voor en vink aan dat de ouder akkoord is."))
    if len(data.children) > rules.MAX_CHILDREN_PER_FAMILY:
        raise Rejected(N_("Hoogstens {n} kinderen per gezin."), n=rules.MAX_CHILDREN_PER_FAMILY)
    for child in data.children:
        families.validate_child(child, today=now.date())
    return desk.offline_code()


def _visit_key(ops: Operations, visit_id: int) -> tuple[int, dict[str, Any]]:
    """The morning and the family of a visit, for a desk's journal entry."""
    desk = ops.desk
    assert desk is not None

    def offline(desk: Desk) -> tuple[int, dict[str, Any]]:
        kept = desk.journal.get("door_state") or {}
        morning = kept.get("morning") or {}
        return int(morning.get("morning_id") or 0), desk.family_of_visit(visit_id)

    if visit_id < 0:
        return offline(desk)

    def online() -> tuple[int, dict[str, Any]]:
        visit = ops.run(lambda s: visits.get_visit(s, visit_id))
        return visit.morning_id, journal.family_ref(visit.family_id)

    try:
        return online()
    except Unreachable:
        return offline(desk)


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

    desk = ops.desk
    if desk is None:
        return ops.run(act)
    if payment not in rules.PAYMENT_KINDS:
        raise Rejected(N_("Onbekende betaalwijze: {payment}."), payment=payment)
    family = None if visit_id is None else _visit_key(ops, visit_id)[1]
    done = desk.act(journal.drink(morning_id=morning_id, kind=kind, payment=payment, family=family, now=now))
    consumption_id = 0 if done.applied is None else int(done.applied.result.get("consumption_id") or 0)
    price = int(((desk.journal.get("door_state") or {}).get("location") or {}).get("price_cents") or 0)
    if consumption_id:
        try:
            sold = ops.run(lambda s: s.get(Consumption, consumption_id))
            price = sold.unit_price_cents if sold is not None else price
        except Unreachable:
            pass
    return DrinkSold(
        consumption_id=consumption_id,
        kind=kind,
        payment=payment,
        amount_cents=0 if payment == "gratis" else price,
    )


def sell_anonymous(
    ops: Operations, *, morning_id: int, kind: str, now: datetime, payment: str = "contant"
) -> DrinkSold:
    """A drink sold to someone who did not check in (cash, pin or given: ``rules.PAYMENTS``)."""
    return add_drink(ops, morning_id=morning_id, kind=kind, payment=payment, visit_id=None, now=now)


def remove_drink(ops: Operations, *, consumption_id: int) -> None:
    """Take a drink off a visit (Ctrl+Z puts it back)."""
    if ops.desk is None:
        ops.run(lambda s: drinks.undo_drinks(s, consumption_id=consumption_id))
        return
    ops.desk.act(journal.remove_drink(drink=journal.drink_ref(consumption_id), now=now_local()))


def check_out(ops: Operations, *, visit_id: int, now: datetime, mood: str | None = None) -> None:
    """Check a family out, with how it went (one of rules.MOODS) when the host asked."""
    if ops.desk is None:
        ops.run(lambda s: visits.check_out(s, visit_id=visit_id, now=now, mood=mood))
        return
    if mood is not None and mood not in rules.MOODS:
        raise Rejected(N_("Onbekende keuze: {mood}."), mood=mood)
    morning_id, family = _visit_key(ops, visit_id)
    ops.desk.act(journal.check_out(morning_id=morning_id, family=family, now=now, mood=mood))


def undo_check_in(ops: Operations, *, visit_id: int) -> None:
    """Take back a check-in from the list, with its drinks (and its undo entries)."""
    _require_in_order(ops)
    ops.run(lambda s: visits.undo_check_in(s, visit_id=visit_id))


def change_who_came(ops: Operations, *, visit_id: int, child_ids: Sequence[int], adults: Adults) -> None:
    """Change which children and adults came on a visit (Ctrl+Z restores the previous ones)."""
    if ops.desk is None:
        ops.run(lambda s: visits.update_visit(s, visit_id=visit_id, child_ids=list(child_ids), adults=adults))
        return
    morning_id, family = _visit_key(ops, visit_id)
    ops.desk.act(
        journal.who_came(
            morning_id=morning_id, family=family, child_ids=child_ids, adults=adults, now=now_local()
        )
    )


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
    _require_in_order(ops)
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
    _require_in_order(ops)
    ops.run(lambda s: mornings.reopen_morning(s, morning_id=morning_id))


def undo_last(ops: Operations, morning_id: int) -> Undoable:
    """Take back the newest undoable action of the morning; returns what was undone.

    At a desk on a server: this desk's newest action. Without the server, an action still in the
    journal is cancelled there; otherwise the undo itself waits in the journal for the server.
    """
    desk = ops.desk
    if desk is None:
        return ops.run(lambda s: undo.undo_last(s, morning_id))
    if _offline(ops) is None:
        try:
            last = ops.run(lambda s: undo.last_entry(s, morning_id))
        except Unreachable:
            last = None
        else:
            if last is None:
                raise Rejected(undo.NOTHING)
            desk.act(journal.undo_last(morning_id=morning_id, now=now_local()))
            return last
    cancelled = desk.cancel_last()
    if cancelled is not None:
        return _describe(desk, cancelled.entry)
    desk.act(journal.undo_last(morning_id=morning_id, now=now_local()))
    return Undoable(entry_id=0, action=journal.UNDO, template=EARLIER_ACTION)


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
