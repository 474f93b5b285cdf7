"""Drinks (consumptions): one-tap sales on a visit or to a passer-by, and their undo."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Consumption, Location
from checkin.services import undo
from checkin.services._common import get_or_reject, now_local
from checkin.services.lists import require_in_list
from checkin.services.mornings import require_open
from checkin.services.visits import get_visit


def record_drinks(
    session: Session,
    *,
    morning_id: int,
    kind: str,
    quantity: int = 1,
    payment: str = "contant",
    visit_id: int | None = None,
    now: datetime | None = None,
) -> Consumption:
    """Record drinks at the location's current price; on a visit, or anonymous without one."""
    morning = require_open(session, morning_id)
    kind = require_in_list(
        session, kind="consumption", value=kind, message=N_("Onbekend drankje: '{value}'.")
    )
    if (
        isinstance(quantity, bool)
        or not isinstance(quantity, int)
        or not 1 <= quantity <= rules.MAX_QUANTITY_PER_ACTION
    ):
        raise Rejected(N_("Het aantal moet tussen 1 en {n} liggen."), n=rules.MAX_QUANTITY_PER_ACTION)
    if payment not in rules.PAYMENT_KINDS:
        raise Rejected(N_("Onbekende betaalwijze: {payment}."), payment=payment)
    if visit_id is not None:
        visit = get_visit(session, visit_id)
        if visit.morning_id != morning_id:
            raise Rejected(N_("Dit gezin is niet op deze ochtend ingecheckt."))
    location = get_or_reject(session, Location, morning.location_id, N_("Kies eerst een ontmoetingsplek."))
    consumption = Consumption(
        morning_id=morning_id,
        visit_id=visit_id,
        kind=kind,
        quantity=quantity,
        unit_price_cents=location.price_cents,
        payment=payment,
        created_at=now or now_local(),
    )
    session.add(consumption)
    session.flush()
    undo.record(
        session,
        morning_id=morning_id,
        action=undo.DRINKS,
        visit_id=visit_id,
        consumption_id=consumption.id,
        now=consumption.created_at,
    )
    session.commit()
    return consumption


def undo_drinks(session: Session, *, consumption_id: int) -> None:
    consumption = get_or_reject(session, Consumption, consumption_id, N_("Dit drankje bestaat niet (meer)."))
    require_open(session, consumption.morning_id)
    undo.record(
        session,
        morning_id=consumption.morning_id,
        action=undo.DRINK_REMOVED,
        visit_id=consumption.visit_id,
        before=undo.consumption_state(session, consumption),
    )
    session.delete(consumption)
    session.commit()


def drinks_of_morning(session: Session, *, morning_id: int, visit_id: int | None = None) -> list[Consumption]:
    """The drinks of a morning, newest first: of one visit, or (visit_id None) the anonymous sales."""
    query = select(Consumption).where(Consumption.morning_id == morning_id)
    if visit_id is None:
        query = query.where(col(Consumption.visit_id).is_(None))
    else:
        query = query.where(Consumption.visit_id == visit_id)
    return list(session.exec(query.order_by(col(Consumption.created_at).desc(), col(Consumption.id).desc())))
