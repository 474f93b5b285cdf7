"""Offline at the door: a desk's journal of door actions while the server cannot be reached.

A desk on a PostgreSQL server (:class:`Desk`) does each door action as an :class:`Entry`: an id
made on the desk (uuid4), a kind and its data. Online, :func:`apply` runs the entry on the server
in one transaction that also records the entry's id (table ``journalapplied``). When the server
cannot be reached, the entry goes into the desk's journal, a local SQLite file in the data folder
(``journal.sqlite``, encrypted with the laptop's key like the data folder's database), and every
later action goes there too, in order, until :meth:`Desk.replay` has applied them all when the
server is back: each entry in its own transaction, skipped when its id is already recorded, so a
replay that was interrupted and repeated counts nothing twice.

Replayed entries are merged where the desks met meanwhile: a family checked in offline that was
checked in at another desk too becomes one visit (the children and adults of both, the earliest
arrival); a family registered offline gets a code unique across the desks (``T3-0042``, see
``checkin.desks``) and, when a family with the same name, village and children's birth months is
already on the server, is flagged as a possible double registration for the coordinator. An entry
that the server refuses (the morning was closed meanwhile, ...) is kept in the journal as refused,
with the reason, and counts nothing.

For the search and the present list while offline the journal file also holds a read copy of the
register (families and children) and of today's morning with its present list, refreshed while
online (:meth:`Desk.refresh_copy`).

Entries refer to families, visits and drinks by their server ids, or, for what was made offline,
by the id of the entry that made it (``family_entry``, ``drink_entry``): the server's record of
an applied entry keeps the ids it made.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col
from sqlmodel import select as model_select

from checkin import ages, db
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import (
    Child,
    DoubleRegistration,
    Family,
    JournalApplied,
    Visit,
    VisitChild,
)
from checkin.services import drinks, families, mornings, undo, visits
from checkin.services._common import now_local
from checkin.text import clean, fold

JOURNAL_FILE = "journal.sqlite"

CHECK_IN = "check_in"
REGISTER = "register"
DRINK = "drink"
REMOVE_DRINK = "remove_drink"
CHECK_OUT = "check_out"
WHO_CAME = "who_came"
UNDO = "undo"
KINDS = (CHECK_IN, REGISTER, DRINK, REMOVE_DRINK, CHECK_OUT, WHO_CAME, UNDO)

PENDING, APPLIED, REFUSED, CANCELLED = "pending", "applied", "refused", "cancelled"

NOT_REGISTERED_OFFLINE = N_(
    "Deze tafel heeft nog geen nummer van de server; een nieuw gezin inschrijven kan pas weer als er "
    "verbinding is."
)
NOT_APPLIED = N_("Dit hoort bij een eerdere handeling die de server niet heeft overgenomen.")
NO_VISIT = N_("Dit gezin is niet op deze ochtend ingecheckt.")


# ---------------------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Entry:
    """One door action of a desk: its id (made on the desk), kind and data (JSON)."""

    id: str
    kind: str
    data: Mapping[str, Any]
    created_at: datetime
    offline: bool = False
    """Made while the server could not be reached: replayed with the merges of an offline entry."""


def entry(kind: str, /, *, now: datetime | None = None, **data: Any) -> Entry:
    """A new entry of ``kind`` with a fresh id."""
    assert kind in KINDS, kind
    return Entry(id=str(uuid.uuid4()), kind=kind, data=data, created_at=now or now_local())


def check_in(
    *,
    morning_id: int,
    family: Mapping[str, Any],
    now: datetime,
    child_ids: Sequence[int] | None = None,
    adults: Adults | None = None,
) -> Entry:
    return entry(
        CHECK_IN,
        now=now,
        morning_id=morning_id,
        family=dict(family),
        child_ids=None if child_ids is None else list(child_ids),
        adults=None if adults is None else adults.columns(),
    )


def register(*, morning_id: int, data: families.FamilyInput, now: datetime, code: str | None = None) -> Entry:
    return entry(
        REGISTER,
        now=now,
        morning_id=morning_id,
        code=code,
        family={
            "display_name": data.display_name,
            "village": data.village,
            "referral": data.referral,
            "consent": data.consent,
            "children": [[c.birth_year, c.birth_month, c.expected, c.nickname] for c in data.children],
        },
    )


def drink(
    *, morning_id: int, kind: str, payment: str, family: Mapping[str, Any] | None, now: datetime
) -> Entry:
    """A drink on the visit of ``family`` (None: sold anonymously)."""
    return entry(
        DRINK,
        now=now,
        morning_id=morning_id,
        kind=kind,
        payment=payment,
        family=None if family is None else dict(family),
    )


def remove_drink(*, drink: Mapping[str, Any], now: datetime) -> Entry:
    return entry(REMOVE_DRINK, now=now, drink=dict(drink))


def check_out(*, morning_id: int, family: Mapping[str, Any], now: datetime, mood: str | None = None) -> Entry:
    return entry(CHECK_OUT, now=now, morning_id=morning_id, family=dict(family), mood=mood)


def who_came(
    *, morning_id: int, family: Mapping[str, Any], child_ids: Sequence[int], adults: Adults, now: datetime
) -> Entry:
    return entry(
        WHO_CAME,
        now=now,
        morning_id=morning_id,
        family=dict(family),
        child_ids=list(child_ids),
        adults=adults.columns(),
    )


def undo_last(*, morning_id: int, now: datetime) -> Entry:
    """Ctrl+Z: the desk's newest action on the server (replayed in order, so the newest then)."""
    return entry(UNDO, now=now, morning_id=morning_id)


def replace_data(item: Entry, **changes: Any) -> Entry:
    """``item`` with some of its data changed (the same id)."""
    return Entry(item.id, item.kind, {**item.data, **changes}, item.created_at, offline=item.offline)


def family_ref(family_id: int | None = None, *, made_by: str | None = None) -> dict[str, Any]:
    """A family by its server id, or by the id of the entry that registered it offline."""
    return {"family_id": family_id} if made_by is None else {"family_entry": made_by}


def drink_ref(consumption_id: int | None = None, *, made_by: str | None = None) -> dict[str, Any]:
    return {"consumption_id": consumption_id} if made_by is None else {"drink_entry": made_by}


# ---------------------------------------------------------------------------------------- the server


def unreachable(error: BaseException) -> bool:
    """Whether ``error`` means the server cannot be reached (not a refusal, not a bug).

    A lost or refused connection, or a server shutting down: psycopg's errors without an SQLSTATE
    or of class 08 (connection) and 57P (operator intervention).
    """
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    return state is None or str(state).startswith(("08", "57P"))


@dataclass(frozen=True)
class Applied:
    """What the server did with an entry: the ids it made, or why it refused it."""

    entry_id: str
    result: Mapping[str, Any]
    again: bool = False
    """Already applied before (a repeated replay): nothing was done this time."""

    @property
    def refused(self) -> str | None:
        value = self.result.get("refused")
        return None if value is None else str(value)


_MADE = {"Family": "family_id", "Visit": "visit_id", "Consumption": "consumption_id"}
"""The ids an entry makes that later entries of the journal may refer to."""


def applied_result(session: Session, entry_id: str) -> dict[str, Any] | None:
    """The server's record of an applied entry (None: not applied)."""
    row = session.get(JournalApplied, entry_id)
    return None if row is None else dict(json.loads(row.result or "{}"))


def apply(session: Session, item: Entry, *, desk: str) -> Applied:
    """Apply ``item`` on the server in one transaction, recording its id; once only.

    ``Rejected`` passes through for an online entry (the host sees why) after nothing changed; an
    offline entry that the server refuses is recorded as refused (its reason in the result), so a
    replay goes on with the next one. Connection errors pass through unchanged.
    """
    known = applied_result(session, item.id)
    session.rollback()
    if known is not None:
        return Applied(item.id, known, again=True)
    made: dict[str, Any] = {}
    marker = JournalApplied(entry_id=item.id, desk=desk, applied_at=now_local(), result="{}")

    def collect(s: Session, _context: Any) -> None:
        for obj in list(s.new):
            name = _MADE.get(type(obj).__name__)
            if name is not None and name not in made:
                made[name] = obj.id

    def fill(s: Session) -> None:
        marker.result = json.dumps(made)
        s.add(marker)

    event.listen(session, "after_flush", collect)
    event.listen(session, "before_commit", fill)
    try:
        try:
            _ACTIONS[item.kind](session, item, made)
        except Rejected as refusal:
            session.rollback()
            if not item.offline:
                raise
            made.clear()
            made["refused"] = str(refusal)
            session.commit()  # fill() adds the marker with the reason
        except IntegrityError:  # applied at the same moment by a replay elsewhere
            session.rollback()
            again = applied_result(session, item.id)
            if again is None:
                raise
            return Applied(item.id, again, again=True)
    finally:
        event.remove(session, "after_flush", collect)
        event.remove(session, "before_commit", fill)
    return Applied(item.id, dict(made))


def _family_id(session: Session, ref: Mapping[str, Any]) -> int:
    if ref.get("family_id") is not None:
        return int(ref["family_id"])
    made = applied_result(session, str(ref.get("family_entry")))
    if made is None or made.get("family_id") is None:
        raise Rejected(NOT_APPLIED)
    return int(made["family_id"])


def _visit_of(session: Session, morning_id: int, ref: Mapping[str, Any]) -> Visit | None:
    family_id = _family_id(session, ref)
    return session.exec(
        model_select(Visit).where(Visit.morning_id == morning_id, Visit.family_id == family_id)
    ).first()


def _when(item: Entry) -> datetime:
    return item.created_at


def _apply_check_in(session: Session, item: Entry, made: dict[str, Any]) -> None:
    data = item.data
    family_id = _family_id(session, data["family"])
    adults = None if data.get("adults") is None else Adults(**data["adults"])
    child_ids = data.get("child_ids")
    existing = _visit_of(session, int(data["morning_id"]), data["family"]) if item.offline else None
    if existing is not None:
        made["visit_id"] = existing.id
        _merge(session, existing, child_ids=child_ids, adults=adults, arrived=_when(item))
        return
    try:
        visit = visits.check_in(
            session,
            morning_id=int(data["morning_id"]),
            family_id=family_id,
            child_ids=child_ids,
            adults=adults,
            now=_when(item),
        )
    except Rejected:
        if not item.offline or child_ids is not None:
            raise
        # Offline the desk could not ask who came; the server's rule asks: all the born children.
        session.rollback()
        day = mornings.get_morning(session, int(data["morning_id"])).day
        born = [child.id or 0 for child in visits.born_children(session, family_id=family_id, day=day)]
        visit = visits.check_in(
            session,
            morning_id=int(data["morning_id"]),
            family_id=family_id,
            child_ids=born,
            adults=adults,
            now=_when(item),
        )
    made["visit_id"] = visit.id


def _merge(
    session: Session,
    visit: Visit,
    *,
    child_ids: Sequence[int] | None,
    adults: Adults | None,
    arrived: datetime,
) -> None:
    """One visit of a family checked in at two desks: the children and adults of both, the earliest
    arrival. Ctrl+Z at this desk then restores the visit as the other desk made it."""
    morning = mornings.require_open(session, visit.morning_id)
    session.refresh(visit)
    before = undo.visit_state(session, visit)
    if adults is not None:
        for column, n in adults.validated().columns().items():
            setattr(visit, column, max(int(getattr(visit, column)), n))
    visit.arrived_at = min(visit.arrived_at, arrived)
    came = set(visits.visit_child_ids(session, visit.id or 0))
    children = {child.id: child for child in families.children_of(session, visit.family_id)}
    for child_id in child_ids or []:
        child = children.get(child_id)
        if child is None or child_id in came:
            continue
        age = ages.age_in_months(
            birth_year=child.birth_year,
            birth_month=child.birth_month,
            expected=child.expected,
            on=morning.day,
        )
        if age is None:
            continue  # still expected: cannot have come
        session.add(VisitChild(visit_id=visit.id or 0, child_id=child_id, age_months=age))
    session.flush()
    if not undo.same_people(before, undo.visit_state(session, visit)):
        undo.record(
            session, morning_id=visit.morning_id, action=undo.VISIT_CHANGED, visit_id=visit.id, before=before
        )
    session.commit()


def _apply_register(session: Session, item: Entry, made: dict[str, Any]) -> None:
    data = item.data
    raw = data["family"]
    form = families.FamilyInput(
        display_name=raw["display_name"],
        village=raw["village"],
        referral=raw["referral"],
        consent=bool(raw["consent"]),
        children=tuple(
            families.ChildInput(birth_year=y, birth_month=m, expected=bool(e), nickname=n)
            for y, m, e, n in raw["children"]
        ),
    )
    morning_id = int(data["morning_id"])
    moment = _when(item)
    mornings.require_open(session, morning_id)
    twins = _same_families(session, form) if item.offline else []
    code = data.get("code")
    if code and (len(code) > 8 or session.exec(model_select(Family.id).where(Family.code == code)).first()):
        code = None  # taken (a desk's journal made anew): a code of the server's own
    family = families.add_family(session, data=form, now=moment, code=code)
    assert family.id is not None
    for other in twins:
        session.add(DoubleRegistration(family_id=family.id, other_family_id=other, created_at=moment))
    visits.check_in(session, morning_id=morning_id, family_id=family.id, now=moment)


def _same_families(session: Session, form: families.FamilyInput) -> list[int]:
    """The families on the server with the same name, village and children's birth months."""
    name = fold(clean(form.display_name))
    months = sorted((c.birth_year, c.birth_month) for c in form.children)
    candidates = session.exec(
        model_select(Family.id, Family.display_name).where(
            Family.village == form.village, col(Family.erased_at).is_(None)
        )
    ).all()
    found = []
    for family_id, display_name in candidates:
        if fold(display_name or "") != name or family_id is None:
            continue
        theirs = sorted(
            (y, m)
            for y, m in session.exec(
                model_select(Child.birth_year, Child.birth_month).where(Child.family_id == family_id)
            )
        )
        if theirs == months:
            found.append(family_id)
    return found


def _apply_drink(session: Session, item: Entry, made: dict[str, Any]) -> None:
    data = item.data
    morning_id = int(data["morning_id"])
    visit_id = None
    if data.get("family") is not None:
        visit = _visit_of(session, morning_id, data["family"])
        if visit is None and not item.offline:
            raise Rejected(NO_VISIT)
        visit_id = None if visit is None else visit.id  # taken back meanwhile: the drink stays, sold
    drinks.record_drinks(
        session,
        morning_id=morning_id,
        kind=data["kind"],
        payment=data["payment"],
        visit_id=visit_id,
        now=_when(item),
    )


def _apply_remove_drink(session: Session, item: Entry, made: dict[str, Any]) -> None:
    ref = item.data["drink"]
    consumption_id = ref.get("consumption_id")
    if consumption_id is None:
        found = applied_result(session, str(ref.get("drink_entry")))
        if found is None or found.get("consumption_id") is None:
            raise Rejected(NOT_APPLIED)
        consumption_id = found["consumption_id"]
    drinks.undo_drinks(session, consumption_id=int(consumption_id))


def _apply_check_out(session: Session, item: Entry, made: dict[str, Any]) -> None:
    visit = _visit_of(session, int(item.data["morning_id"]), item.data["family"])
    if visit is None:
        raise Rejected(NO_VISIT)
    visits.check_out(session, visit_id=visit.id or 0, now=_when(item), mood=item.data.get("mood"))


def _apply_who_came(session: Session, item: Entry, made: dict[str, Any]) -> None:
    visit = _visit_of(session, int(item.data["morning_id"]), item.data["family"])
    if visit is None:
        raise Rejected(NO_VISIT)
    visits.update_visit(
        session,
        visit_id=visit.id or 0,
        child_ids=item.data["child_ids"],
        adults=Adults(**item.data["adults"]),
    )


def _apply_undo(session: Session, item: Entry, made: dict[str, Any]) -> None:
    undone = undo.undo_last(session, int(item.data["morning_id"]))
    made["undone"] = undone.description


_ACTIONS: dict[str, Callable[[Session, Entry, dict[str, Any]], None]] = {
    CHECK_IN: _apply_check_in,
    REGISTER: _apply_register,
    DRINK: _apply_drink,
    REMOVE_DRINK: _apply_remove_drink,
    CHECK_OUT: _apply_check_out,
    WHO_CAME: _apply_who_came,
    UNDO: _apply_undo,
}


def double_registrations(session: Session) -> int:
    """How many families registered offline may be registered twice (for the coordinator)."""
    return len(session.exec(model_select(DoubleRegistration.id)).all())


@dataclass(frozen=True)
class PossibleDouble:
    """A family registered offline and the family on the server it looks like (names or codes)."""

    family_id: int
    name: str
    other_id: int
    other_name: str


def possible_doubles(session: Session) -> list[PossibleDouble]:
    """The flagged families, for the coordinator (Gezinnen); erased families drop out."""

    def shown(family: Family | None) -> str:
        if family is None:
            return ""
        return f"{family.display_name} ({family.code})" if family.display_name else family.code or ""

    found = []
    for flag in session.exec(model_select(DoubleRegistration).order_by(col(DoubleRegistration.id))):
        family, other = session.get(Family, flag.family_id), session.get(Family, flag.other_family_id)
        if family is None or other is None or family.erased_at is not None or other.erased_at is not None:
            continue
        found.append(PossibleDouble(flag.family_id, shown(family), flag.other_family_id, shown(other)))
    return found


# ---------------------------------------------------------------------------------------- the file

_local = MetaData()
_entries = Table(
    "entry",
    _local,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("data", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("state", String(10), nullable=False),
    Column("result", Text, nullable=False, default="{}"),
)
_meta = Table(
    "meta",
    _local,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
_families = Table(
    "family",
    _local,
    Column("id", Integer, primary_key=True),
    Column("code", String(8)),
    Column("display_name", String(80)),
    Column("village", String(80)),
    Column("search_key", Text, nullable=False),
    Column("children", Text, nullable=False),
)


@dataclass(frozen=True)
class Stored:
    """An entry as the journal keeps it, with its place in the order and its state."""

    seq: int
    entry: Entry
    state: str
    result: Mapping[str, Any] = field(default_factory=dict)


class Journal:
    """The desk's local file: the journal of entries and the read copy of the register."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / JOURNAL_FILE
        from checkin.files import create_private

        create_private(self.path)
        self.engine: Engine = db.make_engine(self.path)
        _local.create_all(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- entries

    def add(self, item: Entry) -> int:
        with self.engine.begin() as connection:
            return int(
                connection.execute(  # type: ignore[index]
                    insert(_entries).values(
                        id=item.id,
                        kind=item.kind,
                        data=json.dumps(dict(item.data)),
                        created_at=item.created_at.isoformat(),
                        state=PENDING,
                        result="{}",
                    )
                ).inserted_primary_key[0]
            )

    def entries(self, *, state: str | None = None) -> list[Stored]:
        query = select(_entries).order_by(_entries.c.seq)
        if state is not None:
            query = query.where(_entries.c.state == state)
        with self.engine.connect() as connection:
            return [
                Stored(
                    seq=row.seq,
                    entry=Entry(
                        id=row.id,
                        kind=row.kind,
                        data=json.loads(row.data),
                        created_at=datetime.fromisoformat(row.created_at),
                        offline=True,
                    ),
                    state=row.state,
                    result=json.loads(row.result or "{}"),
                )
                for row in connection.execute(query)
            ]

    def pending(self) -> list[Stored]:
        return self.entries(state=PENDING)

    def has_pending(self) -> bool:
        with self.engine.connect() as connection:
            return (
                connection.execute(select(_entries.c.seq).where(_entries.c.state == PENDING).limit(1)).first()
                is not None
            )

    def settle(self, entry_id: str, state: str, result: Mapping[str, Any]) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(_entries)
                .where(_entries.c.id == entry_id)
                .values(state=state, result=json.dumps(dict(result)))
            )

    def rewrite(self, entry_id: str, data: Mapping[str, Any]) -> None:
        """Change the data of a pending entry (a family code given just after the server went away)."""
        with self.engine.begin() as connection:
            connection.execute(
                update(_entries)
                .where(_entries.c.id == entry_id, _entries.c.state == PENDING)
                .values(data=json.dumps(dict(data)))
            )

    def get(self, key: str) -> Any:
        with self.engine.connect() as connection:
            row = connection.execute(select(_meta.c.value).where(_meta.c.key == key)).first()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: Any, *, connection: Any = None) -> None:
        with contextlib.ExitStack() as stack:
            if connection is None:
                connection = stack.enter_context(self.engine.begin())
            connection.execute(delete(_meta).where(_meta.c.key == key))
            connection.execute(insert(_meta).values(key=key, value=json.dumps(value, default=str)))

    def next_code_number(self) -> int:
        """The next number of this desk's offline family codes (counted in the file)."""
        with self.engine.begin() as connection:
            row = connection.execute(select(_meta.c.value).where(_meta.c.key == "codes")).first()
            number = (json.loads(row[0]) if row is not None else 0) + 1
            self.put("codes", number, connection=connection)
        return number

    # -- the read copy

    def store_copy(self, families_rows: list[dict[str, Any]], door: Mapping[str, Any]) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(_families))
            if families_rows:
                connection.execute(insert(_families), families_rows)
            self.put("door", dict(door), connection=connection)

    def search(self, text: str, *, limit: int = 12) -> list[families.FamilyMatch]:
        """Families of the read copy matching ``text``, best first (as the server's search ranks)."""
        needle = fold(text)
        if not needle:
            return []
        code = clean(text).upper()
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(_families).where(_families.c.search_key.contains(needle, autoescape=True))
            ).all()
        today = now_local().date()

        def rank(row: Any) -> tuple[int, str, int]:
            key = row.search_key
            first = (
                0
                if row.code == code
                else 1
                if key.startswith(" " + needle)
                else 2
                if " " + needle in key
                else 3
            )
            return (first, row.display_name or "", row.id)

        matches = []
        for row in sorted(rows, key=rank)[:limit]:
            kids = json.loads(row.children)
            matches.append(
                families.FamilyMatch(
                    family_id=row.id,
                    code=row.code or "",
                    display_name=row.display_name or "",
                    village=row.village or "",
                    children=", ".join(k[4] for k in kids if k[4]),
                    unnamed_ages=tuple(
                        ages.age_in_months(birth_year=k[1], birth_month=k[2], expected=bool(k[3]), on=today)
                        for k in kids
                        if not k[4]
                    ),
                )
            )
        return matches

    def family(self, family_id: int) -> dict[str, Any] | None:
        """A family of the read copy: code, name and its children ``[id, year, month, expected, nickname]``."""
        with self.engine.connect() as connection:
            row = connection.execute(select(_families).where(_families.c.id == family_id)).first()
        if row is None:
            return None
        return {
            "id": row.id,
            "code": row.code or "",
            "display_name": row.display_name or "",
            "children": json.loads(row.children),
        }


# ---------------------------------------------------------------------------------------- the desk


@dataclass(frozen=True)
class Done:
    """An action of the desk: applied on the server (``applied``) or kept in the journal."""

    entry: Entry
    applied: Applied | None
    seq: int | None = None
    """Its place in the journal (kept offline)."""

    @property
    def offline(self) -> bool:
        return self.applied is None


@dataclass(frozen=True)
class Replayed:
    """What a replay did: entries applied, refused (with their reasons), and left for later."""

    applied: int = 0
    refused: tuple[str, ...] = ()
    left: int = 0

    @property
    def finished(self) -> bool:
        return self.left == 0


class Desk:
    """This laptop at the door of a server database, with its journal for when the server is away.

    Every door action goes through :meth:`act`: online straight to the server (one transaction,
    its id recorded); when the server cannot be reached, or while the journal still holds actions
    not yet replayed (their order is kept), into the journal. :meth:`replay` applies the journal.
    """

    def __init__(self, database: db.Database) -> None:
        assert database.desk is not None, "a desk on a server"
        self.database = database
        self.desk: str = database.desk
        self.journal = Journal(database.data_dir)
        self.online = True
        with contextlib.suppress(DBAPIError):
            self.number()

    def dispose(self) -> None:
        self.journal.dispose()

    def number(self) -> int | None:
        """The server's number of this desk (asked once, then kept in the journal file)."""
        known = self.journal.get("desk_number")
        if known is not None:
            return int(known)
        from checkin import desks

        with self.database.session() as session:
            number = desks.desk_number(session, self.desk)
        self.journal.put("desk_number", number)
        return number

    def offline_code(self) -> str:
        """A family code for a family registered offline, unique across the desks."""
        from checkin import desks

        number = self.journal.get("desk_number")
        if number is None:
            raise Rejected(NOT_REGISTERED_OFFLINE)
        return desks.offline_code(int(number), self.journal.next_code_number())

    def act(self, item: Entry) -> Done:
        """Do ``item``: on the server, or (server away, or journal not yet replayed) in the journal.

        ``Rejected`` passes through when the server refuses it (nothing changed).
        """
        if not self.journal.has_pending():
            try:
                with self.database.session() as session:
                    done = apply(session, item, desk=self.desk)
                self.online = True
                return Done(item, done)
            except DBAPIError as error:
                if not unreachable(error):
                    raise
                self.online = False
        offline = Entry(item.id, item.kind, item.data, item.created_at, offline=True)
        return Done(offline, None, seq=self.journal.add(offline))

    def probe(self) -> bool:
        """Whether the server can be reached now (one connection); notes it in ``online``."""
        try:
            with self.database.engine.connect():
                pass
        except DBAPIError as error:
            if not unreachable(error):
                raise
            self.online = False
            return False
        self.online = True
        return True

    def replay(self) -> Replayed:
        """Apply the journal's pending entries in order; stops at the first that cannot reach the server."""
        applied, refused = 0, list[str]()
        pending = self.journal.pending()
        if not pending:
            self.probe()
            return Replayed()
        for index, stored in enumerate(pending):
            try:
                with self.database.session() as session:
                    done = apply(session, stored.entry, desk=self.desk)
            except DBAPIError as error:
                if not unreachable(error):
                    raise
                self.online = False
                return Replayed(applied=applied, refused=tuple(refused), left=len(pending) - index)
            if done.refused is not None:
                refused.append(done.refused)
                self.journal.settle(stored.entry.id, REFUSED, done.result)
            else:
                applied += 1
                self.journal.settle(stored.entry.id, APPLIED, done.result)
        self.online = True
        return Replayed(applied=applied, refused=tuple(refused), left=0)

    def cancel_last(self) -> Stored | None:
        """Ctrl+Z offline on an action still in the journal: it is cancelled, never replayed.

        None when the newest pending entry is not one to cancel (none, or an undo itself): then
        Ctrl+Z is an :func:`undo_last` entry for the desk's newest action on the server.
        """
        pending = self.journal.pending()
        if not pending or pending[-1].entry.kind == UNDO:
            return None
        last = pending[-1]
        self.journal.settle(last.entry.id, CANCELLED, {})
        return last

    def refresh_copy(self, *, location_id: int, day: date) -> None:
        """Copy the register and today's morning with its present list into the journal file."""
        with self.database.session() as session:
            children: dict[int, list[list[Any]]] = {}
            for child in session.exec(model_select(Child).order_by(col(Child.id))):
                children.setdefault(child.family_id, []).append(
                    [child.id, child.birth_year, child.birth_month, child.expected, child.nickname]
                )
            rows = [
                {
                    "id": family.id,
                    "code": family.code,
                    "display_name": family.display_name,
                    "village": family.village,
                    "search_key": family.search_key,
                    "children": json.dumps(children.get(family.id or 0, [])),
                }
                for family in session.exec(model_select(Family).where(col(Family.erased_at).is_(None)))
            ]
            morning = mornings.morning_on(session, location_id=location_id, day=day)
            present = [] if morning is None else visits.present(session, morning.id or 0)
            door = {
                "location_id": location_id,
                "day": day.isoformat(),
                "morning": None
                if morning is None
                else {"id": morning.id, "closed": morning.closed_at is not None, "theme": morning.theme},
                "present": [
                    {
                        "visit_id": p.visit_id,
                        "family_id": p.family_id,
                        "code": p.code,
                        "display_name": p.display_name,
                        "arrived_at": p.arrived_at.isoformat(),
                        "left_at": None if p.left_at is None else p.left_at.isoformat(),
                        "adults": p.adults,
                        "children": p.children,
                        "drinks": p.drinks,
                        "owed_cents": p.owed_cents,
                    }
                    for p in present
                ],
                "price_cents": _price(session, location_id),
            }
        self.journal.store_copy(rows, door)

    def present(self, morning_id: int) -> list[visits.Present]:
        """The present list while offline: the copy's, with the journal's pending actions on top.

        A family checked in offline shows with ``visit_id`` minus its place in the journal.
        """
        door = self.journal.get("door") or {}
        rows: dict[str, dict[str, Any]] = {}
        if (door.get("morning") or {}).get("id") == morning_id:
            for p in door.get("present", []):
                rows[f"f{p['family_id']}"] = dict(p)
        price = int(door.get("price_cents") or 0)
        for stored in self.journal.pending():
            item = stored.entry
            if item.data.get("morning_id") not in (None, morning_id):
                continue
            if item.kind in (CHECK_IN, REGISTER):
                key = _key(item.data["family"]) if item.kind == CHECK_IN else f"e{item.id}"
                if key in rows:
                    continue
                family = self.journal.family(int(item.data["family"]["family_id"])) if key[0] == "f" else None
                form = item.data["family"] if item.kind == REGISTER else {}
                rows[key] = {
                    "visit_id": -stored.seq,
                    "family_id": (family or {}).get("id", 0),
                    "code": (family or {}).get("code", item.data.get("code") or ""),
                    "display_name": (family or {}).get("display_name", form.get("display_name", "")),
                    "arrived_at": item.created_at.isoformat(),
                    "left_at": None,
                    "adults": sum((item.data.get("adults") or {"mothers": 1}).values()),
                    "children": _children_count(item, family, form),
                    "drinks": 0,
                    "owed_cents": 0,
                }
            elif item.kind == CHECK_OUT and _key(item.data["family"]) in rows:
                rows[_key(item.data["family"])]["left_at"] = item.created_at.isoformat()
            elif item.kind == DRINK and item.data.get("family") and _key(item.data["family"]) in rows:
                row = rows[_key(item.data["family"])]
                row["drinks"] += 1
                row["owed_cents"] += 0 if item.data["payment"] == "gratis" else price
        result = [
            visits.Present(
                **{
                    **row,
                    "arrived_at": datetime.fromisoformat(row["arrived_at"]),
                    "left_at": None if row["left_at"] is None else datetime.fromisoformat(row["left_at"]),
                }
            )
            for row in rows.values()
        ]
        return sorted(result, key=lambda p: p.arrived_at)

    def family_of_visit(self, visit_id: int) -> dict[str, Any]:
        """The family reference of a row of the offline present list (see :meth:`present`)."""
        if visit_id < 0:
            for stored in self.journal.entries():
                if stored.seq == -visit_id:
                    if stored.entry.kind == REGISTER:
                        return family_ref(made_by=stored.entry.id)
                    return dict(stored.entry.data["family"])
            raise Rejected(NO_VISIT)
        door = self.journal.get("door") or {}
        for p in door.get("present", []):
            if p["visit_id"] == visit_id:
                return family_ref(int(p["family_id"]))
        with self.database.session() as session:  # online: the server knows
            return family_ref(visits.get_visit(session, visit_id).family_id)


def _children_count(item: Entry, family: Mapping[str, Any] | None, form: Mapping[str, Any]) -> int:
    """The children of an offline check-in as the present list counts them (born by the day)."""
    if item.data.get("child_ids") is not None:
        return len(item.data["child_ids"])
    kids = form.get("children") or [k[1:] for k in (family or {}).get("children", [])]
    day = item.created_at.date()
    return sum(
        1
        for year, month, expected, _name in kids
        if ages.age_in_months(birth_year=year, birth_month=month, expected=bool(expected), on=day) is not None
    )


def _key(ref: Mapping[str, Any]) -> str:
    return f"f{ref['family_id']}" if ref.get("family_id") is not None else f"e{ref.get('family_entry')}"


def _price(session: Session, location_id: int) -> int:
    from checkin.models import Location

    location = session.get(Location, location_id)
    return 0 if location is None else location.price_cents


@contextlib.contextmanager
def open_desk(database: db.Database) -> Iterator[Desk]:
    desk = Desk(database)
    try:
        yield desk
    finally:
        desk.dispose()
