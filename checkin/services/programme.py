"""The programme of a location: dated activities (add, change, delete, list) and months."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session, col, select

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_, translate
from checkin.models import Activity, Location, Morning
from checkin.services._common import get_or_reject
from checkin.text import MONTHS, WEEKDAYS, clean


@dataclass(frozen=True)
class Month:
    """A calendar month, as the command line writes it: 2026-11."""

    year: int
    month: int

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def label(self) -> str:
        """'november 2026', the month's name in the window's language."""
        return f"{translate(MONTHS[self.month - 1])} {self.year}"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def days(self) -> list[date]:
        return [date(self.year, self.month, d) for d in range(1, self.last_day.day + 1)]

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)


def parse_month(text: str) -> Month:
    """'2026-11' -> Month(2026, 11); anything else is rejected with a Dutch message."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise Rejected(
            N_("'{text}' is geen geldige maand; schrijf JJJJ-MM, bijvoorbeeld 2026-03."), text=text
        )
    return Month(int(match.group(1)), int(match.group(2)))


def dutch_date(day: date) -> str:
    """'woensdag 25 november 2026' (in English 'Wednesday 25 November 2026': the words follow the
    window's language; the place's own texts stay as typed)."""
    return f"{translate(WEEKDAYS[day.weekday()])} {day.day} {translate(MONTHS[day.month - 1])} {day.year}"


def short_time(moment: time) -> str:
    """'9:30'."""
    return f"{moment.hour}:{moment.minute:02d}"


def hours_text(start: time, end: time) -> str:
    """'9:30 - 11:30'."""
    return f"{short_time(start)} - {short_time(end)}"


@dataclass(frozen=True)
class ActivityInput:
    """What the dialog or the command line hands in for one activity."""

    day: date
    title: str
    theme: str = ""
    description: str = ""
    partner: str = ""
    start: time | None = None
    end: time | None = None
    place: str = ""


def _validate(data: ActivityInput, *, today: date, allow_day: date | None = None) -> ActivityInput:
    title = clean(data.title)
    if not title:
        raise Rejected(N_("Vul een titel in voor de activiteit."))
    if len(title) > rules.MAX_ACTIVITY_TITLE_LENGTH:
        raise Rejected(
            N_("De titel is te lang ({length} tekens; hoogstens {n})."),
            length=len(title),
            n=rules.MAX_ACTIVITY_TITLE_LENGTH,
        )
    theme = clean(data.theme)
    if len(theme) > rules.MAX_LIST_VALUE_LENGTH:
        raise Rejected(N_("Het thema is te lang (hoogstens {n} tekens)."), n=rules.MAX_LIST_VALUE_LENGTH)
    description = (data.description or "").strip()
    if len(description) > rules.MAX_ACTIVITY_DESCRIPTION_LENGTH:
        raise Rejected(
            N_("De omschrijving is te lang (hoogstens {n} tekens)."), n=rules.MAX_ACTIVITY_DESCRIPTION_LENGTH
        )
    partner = clean(data.partner)
    if len(partner) > rules.MAX_PARTNER_LENGTH:
        raise Rejected(
            N_("De naam van de partner is te lang (hoogstens {n} tekens)."), n=rules.MAX_PARTNER_LENGTH
        )
    place = clean(data.place)
    if len(place) > rules.MAX_ACTIVITY_PLACE_LENGTH:
        raise Rejected(
            N_("Het veld Waar is te lang (hoogstens {n} tekens)."), n=rules.MAX_ACTIVITY_PLACE_LENGTH
        )
    if data.day < today and data.day != allow_day:
        raise Rejected(
            N_("De datum {day} is al voorbij; kies vandaag of een latere dag."),
            day=data.day.strftime("%d-%m-%Y"),
        )
    if (data.start is None) != (data.end is None):
        raise Rejected(N_("Vul zowel de begintijd als de eindtijd in, of geen van beide."))
    if data.start is not None and data.end is not None and data.end <= data.start:
        raise Rejected(N_("De eindtijd moet na de begintijd liggen."))
    return ActivityInput(
        day=data.day,
        title=title,
        theme=theme,
        description=description,
        partner=partner,
        start=data.start,
        end=data.end,
        place=place,
    )


def get_activity(session: Session, activity_id: int) -> Activity:
    return get_or_reject(session, Activity, activity_id, N_("Deze activiteit bestaat niet (meer)."))


def add_activity(
    session: Session, *, location_id: int, data: ActivityInput, today: date | None = None
) -> Activity:
    """Add an activity to a location's programme; a date in the past is refused."""
    get_or_reject(session, Location, location_id, N_("Deze ontmoetingsplek bestaat niet."))
    valid = _validate(data, today=today or date.today())
    activity = Activity(location_id=location_id, **vars(valid))
    session.add(activity)
    session.commit()
    session.refresh(activity)
    return activity


def update_activity(
    session: Session, *, activity_id: int, data: ActivityInput, today: date | None = None
) -> Activity:
    """Change an activity. Its own date may stay in the past; a new date may not."""
    activity = get_activity(session, activity_id)
    valid = _validate(data, today=today or date.today(), allow_day=activity.day)
    for key, value in vars(valid).items():
        setattr(activity, key, value)
    session.commit()
    session.refresh(activity)
    return activity


def delete_activity(session: Session, *, activity_id: int) -> None:
    """Remove an activity; mornings that had it keep their theme text."""
    activity = get_activity(session, activity_id)
    for morning in session.exec(select(Morning).where(Morning.activity_id == activity_id)):
        morning.activity_id = None
    session.delete(activity)
    session.commit()


def list_activities(
    session: Session, *, location_id: int, start: date | None = None, end: date | None = None
) -> list[Activity]:
    """The activities of a location between ``start`` and ``end`` (inclusive), by date."""
    query = select(Activity).where(Activity.location_id == location_id)
    if start is not None:
        query = query.where(Activity.day >= start)
    if end is not None:
        query = query.where(Activity.day <= end)
    return list(session.exec(query.order_by(col(Activity.day), col(Activity.start), col(Activity.id))))


def activities_in_month(session: Session, *, location_id: int, month: Month) -> list[Activity]:
    get_or_reject(session, Location, location_id, N_("Deze ontmoetingsplek bestaat niet."))
    return list_activities(session, location_id=location_id, start=month.first_day, end=month.last_day)
