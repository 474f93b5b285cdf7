"""Gathering what the flyers and cards print from the database, and making their PDFs (bytes).

The caller writes the bytes (``checkin.files.write_atomic``) or shows them in a preview:
everything is checked before a byte is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from checkin.errors import Rejected
from checkin.i18n import N_, translate
from checkin.models import Activity, Family, Location
from checkin.services import locations
from checkin.services.locations import get_location, schedule, slot_on, validate_logo, validate_url
from checkin.services.programme import Month, dutch_date, get_activity, hours_text, list_activities
from checkin.text import WEEKDAYS

if TYPE_CHECKING:
    from checkin.pdf.documents import ActivityInfo, PlaceInfo, ProgrammeDay


def current_location(session: Session) -> Location:
    """The location this laptop serves (:func:`locations.current_location`); refused when none."""
    location = locations.current_location(session)
    if location is None:
        raise Rejected(N_("Er is nog geen ontmoetingsplek ingesteld."))
    return location


def schedule_lines(session: Session, *, location_id: int) -> list[str]:
    """The weekly openings as flyers print them, in the window's language: 'Elke woensdag 9:30 - 11:30'."""
    return [
        translate(N_("Elke {weekday} {hours}")).format(
            weekday=translate(WEEKDAYS[slot.weekday]), hours=hours_text(slot.start, slot.end)
        )
        for slot in schedule(session, location_id)
    ]


def next_opening(session: Session, *, location_id: int, today: date) -> date:
    """The first day from ``today`` on that the location opens (``today`` when it has no schedule)."""
    weekdays = {slot.weekday for slot in schedule(session, location_id)}
    for ahead in range(7):
        day = today + timedelta(days=ahead)
        if day.weekday() in weekdays:
            return day
    return today


def place_info(session: Session, location: Location) -> PlaceInfo:
    """The place as the flyers show it; an invalid web address or unreadable logo is refused."""
    from checkin.pdf.documents import PlaceInfo

    assert location.id is not None
    return PlaceInfo(
        name=location.name,
        address=location.address,
        village=location.village,
        schedule=tuple(schedule_lines(session, location_id=location.id)),
        price_cents=location.price_cents,
        web_url=validate_url(location.web_url),
        logo_path=validate_logo(location.logo_path),
    )


def activity_info(session: Session, activity: Activity) -> ActivityInfo:
    from checkin.pdf.documents import ActivityInfo

    if activity.start is not None and activity.end is not None:
        hours = hours_text(activity.start, activity.end)
    else:
        slot = slot_on(session, location_id=activity.location_id, day=activity.day)
        hours = hours_text(slot.start, slot.end) if slot else ""
    return ActivityInfo(
        day=activity.day,
        day_text=dutch_date(activity.day),
        hours=hours,
        title=activity.title,
        theme=activity.theme,
        description=activity.description,
        partner=activity.partner,
        place=activity.place,
    )


def poster_pdf(session: Session, *, activity_id: int, size: str = "a4", invariant: bool = False) -> bytes:
    """The poster of one activity (A4, or two A5 handouts on A4) as PDF bytes."""
    from checkin.pdf import documents

    activity = get_activity(session, activity_id)
    location = get_location(session, activity.location_id)
    return documents.poster(
        place_info(session, location), activity_info(session, activity), size=size, invariant=invariant
    )


def programme_days(session: Session, *, location_id: int, month: Month) -> list[ProgrammeDay]:
    """Every opening of the month from the weekly schedule, with the activities of each day."""
    from checkin.pdf.documents import ProgrammeDay

    weekdays = {slot.weekday: slot for slot in schedule(session, location_id)}
    by_day: dict[date, list[Activity]] = {}
    for activity in list_activities(
        session, location_id=location_id, start=month.first_day, end=month.last_day
    ):
        by_day.setdefault(activity.day, []).append(activity)
    days = []
    for day in month.days():
        slot = weekdays.get(day.weekday())
        if slot is None and day not in by_day:
            continue
        days.append(
            ProgrammeDay(
                day=day,
                day_text=dutch_date(day).rsplit(" ", 1)[0],  # without the year: the header has it
                hours=hours_text(slot.start, slot.end) if slot else "",
                activities=tuple(activity_info(session, a) for a in by_day.get(day, [])),
            )
        )
    return days


def programme_pdf(
    session: Session, *, location_id: int, month: Month, size: str = "a4", invariant: bool = False
) -> bytes:
    """The month's programme of a location as PDF bytes (A4, or two A5 handouts on A4)."""
    from checkin.pdf import documents

    location = get_location(session, location_id)
    assert location.id is not None
    days = programme_days(session, location_id=location.id, month=month)
    return documents.month_programme(
        place_info(session, location), month.label, days, size=size, invariant=invariant
    )


def active_families(session: Session) -> list[Family]:
    """Families that have a card: not erased, with a code; by code."""
    return list(
        session.exec(
            select(Family)
            .where(col(Family.erased_at).is_(None), col(Family.code).is_not(None))
            .order_by(col(Family.code))
        )
    )


def cards_pdf(
    session: Session,
    *,
    codes: Sequence[str] | None = None,
    location_id: int | None = None,
    with_names: bool = True,
    invariant: bool = False,
) -> bytes:
    """Check-in cards for the families with ``codes`` (all active families when None)."""
    from checkin.pdf import documents
    from checkin.services.families import family_by_code

    location = get_location(session, location_id) if location_id is not None else current_location(session)
    if codes is None:
        families = active_families(session)
    else:
        families = []
        for code in codes:
            family = family_by_code(session, code)
            if family.erased_at is not None or family.code is None:
                raise Rejected(N_("Het gezin met de code '{code}' is gewist."), code=code)
            if family not in families:
                families.append(family)
    if not families:
        raise Rejected(N_("Er zijn geen gezinnen om kaarten voor te maken."))
    cards = [documents.CardInfo(code=f.code or "", name=f.display_name or "") for f in families]
    return documents.family_cards(location.name, cards, with_names=with_names, invariant=invariant)
