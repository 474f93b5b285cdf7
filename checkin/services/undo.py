"""Undo at the door: the morning's undoable actions, recorded by the core in the database.

Each service whose action the host may take back with Ctrl+Z calls :func:`record` before it
commits, so the entry is written in the same transaction as the action: an undo survives a
restart and a crash, and the screen asks the core what Ctrl+Z would undo rather than keeping a
stack of its own. :func:`undo_last` takes back the newest entry of a morning in one
transaction and returns what it undid.

An entry stores what the action changed (``UndoEntry.before``, JSON): for a change of who came
the children and adults before it, so that the undo restores the edit; for a removed drink the
drink itself. It stores no name: the description (a Dutch ``N_`` template with parameters,
translated by the screen) is made when the entry is read. Entries go when their morning is
closed (:func:`forget_morning`), with their visit or drink (foreign keys) and when their family
is erased (:func:`forget_family`).

Several desks on one server each undo their own actions: an entry keeps the desk of the session
that recorded it (``session.info["desk"]``, set by ``Database.session`` on a server), and Ctrl+Z
at a desk takes back that desk's newest entry, not another desk's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Child, Consumption, Family, Morning, UndoEntry, Visit, VisitChild
from checkin.services._common import now_local

CHECK_IN = "check_in"
DRINKS = "drinks"
DRINK_REMOVED = "drink_removed"
CHECK_OUT = "check_out"
VISIT_CHANGED = "visit_changed"
ACTIONS = (CHECK_IN, DRINKS, DRINK_REMOVED, CHECK_OUT, VISIT_CHANGED)

ADULT_COLUMNS = ("mothers", "fathers", "grandparents", "others")

NOTHING = N_("Er is niets om ongedaan te maken.")


@dataclass(frozen=True)
class Undoable:
    """What Ctrl+Z would undo (or has undone): a Dutch ``N_`` template and its parameters."""

    entry_id: int
    action: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    visit_id: int | None = None

    @property
    def description(self) -> str:
        """The Dutch description, untranslated (the screen translates ``template`` itself)."""
        return self.template.format(**self.params)


def record(
    session: Session,
    *,
    morning_id: int,
    action: str,
    visit_id: int | None = None,
    consumption_id: int | None = None,
    before: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    """Record an undoable action; the calling service commits it together with the action."""
    assert action in ACTIONS, action
    session.add(
        UndoEntry(
            desk=desk_of(session),
            morning_id=morning_id,
            action=action,
            visit_id=visit_id,
            consumption_id=consumption_id,
            before=json.dumps(dict(before or {}), default=str),
            created_at=now or now_local(),
        )
    )


def desk_of(session: Session) -> str | None:
    """The desk whose action ``session`` does (None: the one desk of an SQLite file)."""
    desk = session.info.get("desk")
    return str(desk) if desk else None


def visit_state(session: Session, visit: Visit) -> dict[str, Any]:
    """Who came on ``visit``: its adults by column and its children rows (for :func:`record`)."""
    rows = session.exec(
        select(VisitChild).where(VisitChild.visit_id == visit.id).order_by(col(VisitChild.id))
    ).all()
    return {
        "adults": {column: getattr(visit, column) for column in ADULT_COLUMNS},
        "children": [[row.id, row.child_id, row.age_months, row.age_known] for row in rows],
    }


def same_people(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two :func:`visit_state` snapshots have the same adults and children."""

    def people(state: Mapping[str, Any]) -> tuple[Any, ...]:
        return (
            state["adults"],
            sorted((c[1], c[2], c[3]) for c in state["children"]),
        )

    return people(a) == people(b)


def consumption_state(session: Session, consumption: Consumption) -> dict[str, Any]:
    """A drink as :func:`undo_last` puts it back after it was removed, with its own entry."""
    entries = session.exec(select(UndoEntry).where(UndoEntry.consumption_id == consumption.id)).all()
    return {
        "entries": [[e.id, e.action, e.visit_id, e.before, e.created_at.isoformat()] for e in entries],
        "id": consumption.id,
        "visit_id": consumption.visit_id,
        "kind": consumption.kind,
        "quantity": consumption.quantity,
        "unit_price_cents": consumption.unit_price_cents,
        "payment": consumption.payment,
        "created_at": consumption.created_at.isoformat(),
    }


def forget_morning(session: Session, morning_id: int) -> None:
    """Drop the entries of a morning (it is being closed); the caller commits."""
    session.exec(delete(UndoEntry).where(col(UndoEntry.morning_id) == morning_id))


def forget_family(session: Session, family_id: int) -> None:
    """Drop the entries of a family's visits (it is being erased); the caller commits."""
    visit_ids = select(Visit.id).where(Visit.family_id == family_id)
    session.exec(delete(UndoEntry).where(col(UndoEntry.visit_id).in_(visit_ids)))


def _latest(session: Session, morning_id: int) -> UndoEntry | None:
    morning = session.get(Morning, morning_id)
    if morning is None or morning.closed_at is not None:
        return None
    query = select(UndoEntry).where(UndoEntry.morning_id == morning_id)
    desk = desk_of(session)
    if desk is not None:
        query = query.where(UndoEntry.desk == desk)
    return session.exec(query.order_by(col(UndoEntry.id).desc()).limit(1)).first()


def _family_name(session: Session, visit_id: int | None) -> str:
    if visit_id is None:
        return ""
    visit = session.get(Visit, visit_id)
    family = session.get(Family, visit.family_id) if visit is not None else None
    if family is None:
        return ""
    return family.display_name or family.code or ""


def _describe(session: Session, entry: UndoEntry) -> Undoable:
    before = json.loads(entry.before or "{}")
    name = _family_name(session, entry.visit_id)
    template: str
    params: dict[str, str] = {"name": name}
    if entry.action == CHECK_IN:
        template = N_("inchecken van {name}")
    elif entry.action == CHECK_OUT:
        template = N_("uitchecken van {name}")
    elif entry.action == VISIT_CHANGED:
        template = N_("wie er mee zijn met {name}")
    elif entry.action == DRINKS:
        consumption = session.get(Consumption, entry.consumption_id) if entry.consumption_id else None
        params["kind"] = consumption.kind if consumption is not None else ""
        template = N_("{kind} voor {name}") if entry.visit_id is not None else N_("{kind} los verkocht")
    else:
        params["kind"] = str(before.get("kind", ""))
        template = (
            N_("weghalen van {kind} van {name}")
            if entry.visit_id is not None
            else N_("weghalen van {kind} (los verkocht)")
        )
    return Undoable(
        entry_id=entry.id or 0, action=entry.action, template=template, params=params, visit_id=entry.visit_id
    )


def last_entry(session: Session, morning_id: int) -> Undoable | None:
    """What Ctrl+Z would undo on the morning now; None when nothing (or the morning is closed)."""
    entry = _latest(session, morning_id)
    return _describe(session, entry) if entry is not None else None


def undo_last(session: Session, morning_id: int) -> Undoable:
    """Take back the newest undoable action of an open morning, in one transaction."""
    from checkin.services.mornings import require_open  # mornings imports this module

    require_open(session, morning_id)
    entry = _latest(session, morning_id)
    if entry is None:
        raise Rejected(NOTHING)
    undone = _describe(session, entry)
    before = json.loads(entry.before or "{}")
    visit = session.get(Visit, entry.visit_id) if entry.visit_id is not None else None
    session.delete(entry)
    session.flush()
    if entry.action == CHECK_IN:
        if visit is not None:
            session.delete(visit)
    elif entry.action == CHECK_OUT:
        if visit is not None:
            visit.left_at = None
            visit.mood = before.get("mood")
    elif entry.action == VISIT_CHANGED:
        if visit is not None:
            _restore_people(session, visit, before)
    elif entry.action == DRINKS:
        consumption = session.get(Consumption, entry.consumption_id) if entry.consumption_id else None
        if consumption is not None:
            session.delete(consumption)
    elif entry.action == DRINK_REMOVED:
        _restore_drink(session, morning_id, before)
    session.commit()
    return undone


def _restore_people(session: Session, visit: Visit, before: Mapping[str, Any]) -> None:
    for column, n in before["adults"].items():
        if column in ADULT_COLUMNS:
            setattr(visit, column, int(n))
    for row in session.exec(select(VisitChild).where(VisitChild.visit_id == visit.id)):
        session.delete(row)
    session.flush()
    for row_id, child_id, age_months, age_known in before["children"]:
        if child_id is not None and session.get(Child, child_id) is None:
            continue  # erased meanwhile (e.g. in a restored backup): nothing of the child comes back
        free = row_id is not None and session.get(VisitChild, row_id) is None
        session.add(
            VisitChild(
                id=row_id if free else None,
                visit_id=visit.id or 0,
                child_id=child_id,
                age_months=age_months,
                age_known=bool(age_known),
            )
        )


def _restore_drink(session: Session, morning_id: int, before: Mapping[str, Any]) -> None:
    row_id = before.get("id")
    free = row_id is not None and session.get(Consumption, row_id) is None
    visit_id = before.get("visit_id")
    if visit_id is not None and session.get(Visit, visit_id) is None:
        return  # the visit went meanwhile (its entries go with it, so this is a safeguard)
    consumption = Consumption(
        id=row_id if free else None,
        morning_id=morning_id,
        visit_id=visit_id,
        kind=str(before["kind"]),
        quantity=int(before["quantity"]),
        unit_price_cents=int(before["unit_price_cents"]),
        payment=str(before["payment"]),
        created_at=datetime.fromisoformat(str(before["created_at"])),
    )
    session.add(consumption)
    session.flush()
    for entry_id, action, entry_visit, entry_before, created_at in before.get("entries", []):
        free = session.get(UndoEntry, entry_id) is None
        session.add(
            UndoEntry(
                id=entry_id if free else None,
                desk=desk_of(session),
                morning_id=morning_id,
                action=action,
                visit_id=entry_visit,
                consumption_id=consumption.id,
                before=entry_before,
                created_at=datetime.fromisoformat(created_at),
            )
        )
