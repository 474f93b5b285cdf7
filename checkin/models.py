"""The data of docs/product.md as SQLModel tables, and the input classes that validate what comes in.

Data minimisation: no full names, addresses, phone numbers, dates of birth. A child has a birth
month and year only. Money is integer euro cents. Times are naive local wall-clock times of the place
(arrivals are counted by the half hour of the clock on the wall).
"""

from __future__ import annotations

from datetime import date, time

from pydantic import NaiveDatetime
from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from checkin import rules

# Naming convention so that alembic's batch migrations can name constraints on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Location(SQLModel, table=True):
    """A meeting place (ontmoetingsplek) with its prices and its web page for QR codes."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    address: str = Field(default="", max_length=120)
    village: str = Field(default="", max_length=60)
    price_cents: int = Field(default=rules.DEFAULT_PRICE_CENTS, ge=0)
    capacity: int = Field(default=30, ge=1)
    web_url: str = Field(default="", max_length=300)
    logo_path: str = Field(default="", max_length=500)
    cash_float_cents: int = Field(default=0, ge=0, sa_column_kwargs={"server_default": "0"})
    """The float (wisselgeld) the cash box keeps; remembered from the last close."""


class ScheduleSlot(SQLModel, table=True):
    """A weekly opening of a location: weekday (0 = Monday) and hours."""

    __table_args__ = (
        UniqueConstraint("location_id", "weekday"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
    )
    id: int | None = Field(default=None, primary_key=True)
    location_id: int = Field(foreign_key="location.id", ondelete="CASCADE", index=True)
    weekday: int
    start: time
    end: time


class ListItem(SQLModel, table=True):
    """An entry of an editable list: villages, referral sources, consumption kinds, themes."""

    __table_args__ = (UniqueConstraint("kind", "value"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20, index=True)
    value: str = Field(max_length=rules.MAX_LIST_VALUE_LENGTH)
    position: int = 0
    active: bool = True


class Setting(SQLModel, table=True):
    """One typed setting, stored as JSON text; checkin.settings declares them."""

    key: str = Field(primary_key=True, max_length=60)
    value: str


class Activity(SQLModel, table=True):
    """A dated activity or theme in a location's programme."""

    id: int | None = Field(default=None, primary_key=True)
    location_id: int = Field(foreign_key="location.id", ondelete="CASCADE", index=True)
    day: date = Field(index=True)
    title: str = Field(max_length=120)
    theme: str = Field(default="", max_length=rules.MAX_LIST_VALUE_LENGTH)
    description: str = Field(default="", max_length=1000)
    partner: str = Field(default="", max_length=80)
    start: time | None = None
    end: time | None = None
    place: str = Field(default="", max_length=120)


class Morning(SQLModel, table=True):
    """One session (ochtend) of a location on a date."""

    __table_args__ = (UniqueConstraint("location_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    location_id: int = Field(foreign_key="location.id", ondelete="RESTRICT", index=True)
    day: date = Field(index=True)
    start: time
    end: time
    theme: str = Field(default="", max_length=rules.MAX_LIST_VALUE_LENGTH)
    activity_id: int | None = Field(default=None, foreign_key="activity.id", ondelete="SET NULL")
    hosts: int = Field(default=1, ge=0)
    host_notes: str = Field(default="", max_length=rules.MAX_NOTE_LENGTH)
    """Private to the hosts: never exported."""
    opened_at: NaiveDatetime
    closed_at: NaiveDatetime | None = None
    cash_counted_cents: int | None = None
    """All the cash in the box at the close, the float included."""
    cash_float_cents: int = Field(default=0, ge=0, sa_column_kwargs={"server_default": "0"})
    """The float (wisselgeld) of the box at the close: not takings."""
    changes: int = Field(default=0, ge=0, sa_column_kwargs={"server_default": "0"})
    """Goes up by one with every door action on the morning, in that action's transaction
    (``services.mornings.require_open``): the desks on one database poll it to see each other's
    check-ins, and the lock of this row makes the desks' actions on one morning take turns."""


class Family(SQLModel, table=True):
    """A family (gezin). After erasure only the anonymous row remains (code and name gone)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str | None = Field(default=None, max_length=8, unique=True)
    display_name: str | None = Field(default=None, max_length=rules.MAX_NAME_LENGTH)
    search_key: str = Field(default="", max_length=400, index=True)
    """Lower-case, accent-free names and code, for instant search at the door."""
    village: str = Field(default="", max_length=rules.MAX_LIST_VALUE_LENGTH)
    referral: str = Field(default="", max_length=rules.MAX_LIST_VALUE_LENGTH)
    consent_date: date | None = None
    consent_version: str = Field(default="", max_length=20)
    created_at: NaiveDatetime
    erased_at: NaiveDatetime | None = None


ERASED_FAMILY: dict[str, str | None] = {
    "code": None,
    "display_name": None,
    "search_key": "",
    "consent_date": None,
}
"""What erasure writes into a family's identifying columns; it also deletes the family's children
and sets ``erased_at``. The one list that ``services.families.anonymise`` (the database) and
``backups.erase_in_backups`` (the backups) apply. Kept: village, referral, consent version and
created_at, which identify no one and let the figures count the family's visits."""
ERASED_FAMILY_KEPT: frozenset[str] = frozenset(
    {"id", "village", "referral", "consent_version", "created_at", "erased_at"}
)
"""The family's columns that erasure leaves (a test checks that these and ERASED_FAMILY are all)."""


class Child(SQLModel, table=True):
    """A child of a family: birth month and year only (or the expected month)."""

    __table_args__ = (CheckConstraint("birth_month BETWEEN 1 AND 12", name="birth_month"),)
    id: int | None = Field(default=None, primary_key=True)
    family_id: int = Field(foreign_key="family.id", ondelete="CASCADE", index=True)
    birth_year: int
    birth_month: int
    expected: bool = False
    nickname: str = Field(default="", max_length=rules.MAX_NAME_LENGTH)


class Visit(SQLModel, table=True):
    """A family checked in on a morning, with the adults who came by role."""

    __table_args__ = (
        UniqueConstraint("morning_id", "family_id"),
        Index("ix_visit_family_arrived", "family_id", "arrived_at"),
        # The figures read a morning's visits from this index alone (migration 0007); a visit's
        # other look-ups by morning use the unique index on morning and family.
        Index(
            "ix_visit_figures",
            "morning_id",
            "imported",
            "arrived_at",
            "mood",
            "mothers",
            "fathers",
            "grandparents",
            "others",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    morning_id: int = Field(foreign_key="morning.id", ondelete="CASCADE")
    family_id: int = Field(foreign_key="family.id", ondelete="RESTRICT")
    arrived_at: NaiveDatetime
    left_at: NaiveDatetime | None = None
    mothers: int = Field(default=0, ge=0)
    fathers: int = Field(default=0, ge=0)
    grandparents: int = Field(default=0, ge=0)
    others: int = Field(default=0, ge=0)
    mood: str | None = Field(default=None, max_length=20)
    imported: bool = False
    """Taken over from an earlier paper or Excel list rather than checked in at the door."""


class VisitChild(SQLModel, table=True):
    """A child who came along on a visit, with its age in months at that visit.

    The age is kept here so that the figures survive when a family is erased (child_id then
    becomes NULL); ``age_months`` NULL means the child was still expected, unless ``age_known``
    is False.
    """

    # The figures read a visit's children's ages from this index alone (migration 0007).
    __table_args__ = (Index("ix_visitchild_figures", "visit_id", "age_known", "age_months"),)
    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", ondelete="CASCADE")
    child_id: int | None = Field(default=None, foreign_key="child.id", ondelete="SET NULL", index=True)
    age_months: int | None = None
    age_known: bool = True
    """False for children counted from an earlier list without their ages (band 'onbekend')."""


class Consumption(SQLModel, table=True):
    """Drinks sold or given: on a visit, or anonymous (a passer-by buying a coffee)."""

    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)
    id: int | None = Field(default=None, primary_key=True)
    morning_id: int = Field(foreign_key="morning.id", ondelete="CASCADE", index=True)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", ondelete="CASCADE")
    kind: str = Field(max_length=rules.MAX_LIST_VALUE_LENGTH)
    quantity: int
    unit_price_cents: int
    payment: str = Field(max_length=10)
    created_at: NaiveDatetime

    @property
    def amount_cents(self) -> int:
        """What was received: nothing for drinks given away."""
        return 0 if self.payment == "gratis" else self.quantity * self.unit_price_cents


class UndoEntry(SQLModel, table=True):
    """An action of an open morning that Ctrl+Z can take back, newest last.

    Written by the service in the same transaction as the action (``checkin.services.undo``),
    so an undo survives a restart. ``before`` holds, as JSON, what the action changed (the
    children and adults before an edit, the drink that was removed), never a name: the
    description is made when it is read. Entries go when their morning is closed, their visit
    or drink is deleted (foreign keys) or their family is erased. No indexes: the table holds only
    the open mornings' few entries, and each index would be one more page written per check-in.
    """

    id: int | None = Field(default=None, primary_key=True)
    morning_id: int = Field(foreign_key="morning.id", ondelete="CASCADE")
    action: str = Field(max_length=20)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", ondelete="CASCADE")
    consumption_id: int | None = Field(default=None, foreign_key="consumption.id", ondelete="CASCADE")
    before: str = Field(default="{}", max_length=4000)
    created_at: NaiveDatetime
    desk: str | None = Field(default=None, max_length=36)
    """The desk (laptop) that did the action, on a server (``checkin.desks``): Ctrl+Z at a desk
    undoes that desk's last action. None on the SQLite file (one desk)."""


class Desk(SQLModel, table=True):
    """A laptop working on a server database, numbered in the order they first came
    (``checkin.desks``): the number makes the family codes it gives offline unique (T3-0042)."""

    id: str = Field(primary_key=True, max_length=36)
    number: int = Field(unique=True)
    created_at: NaiveDatetime


class JournalApplied(SQLModel, table=True):
    """A door action of a desk (its id made on the desk) that the server has applied: written in
    the action's own transaction, so an action replayed from a desk's offline journal
    (``checkin.journal``) is never applied twice. ``result`` holds, as JSON, the ids the action
    made (family, visit, drink) for the later actions of the journal that refer to them."""

    entry_id: str = Field(primary_key=True, max_length=36)
    desk: str = Field(max_length=36)
    applied_at: NaiveDatetime
    result: str = Field(default="{}", max_length=2000)


class DoubleRegistration(SQLModel, table=True):
    """A family registered offline while a family with the same name, village and children's
    birth months was already on the server: perhaps registered twice, for the coordinator."""

    id: int | None = Field(default=None, primary_key=True)
    family_id: int = Field(foreign_key="family.id", ondelete="CASCADE", index=True)
    other_family_id: int = Field(foreign_key="family.id", ondelete="CASCADE")
    created_at: NaiveDatetime


class MorningFigures(SQLModel, table=True):
    """What the figures read of one morning, kept so that a report need not read every visit.

    A cache, derived only from the morning's visits, their children and its drinks
    (``checkin.services.kept_figures``). ``version`` goes up, through the database's own triggers
    (migration 0010), with every change to those rows, whoever makes it; the kept values count
    only while ``kept_version`` equals it. Nothing in it is personal beyond the visits' family ids.
    """

    morning_id: int = Field(foreign_key="morning.id", ondelete="CASCADE", primary_key=True)
    version: int = 0
    kept_version: int | None = None
    visits: str | None = None
    """The visits grouped by imported, arrival (ten minutes) and mood: a JSON list of rows."""
    families: bytes | None = None
    """The visits' family ids, as 8-byte little-endian integers (``checkin.services.kept_figures.pack``)."""
    children: str | None = None
    """The children grouped by age: a JSON list of [number, children] (``checkin.stats.counting``)."""
    drinks: str | None = None
    """The drinks grouped by kind and payment: a JSON list of [kind, payment, quantity, cents]."""
