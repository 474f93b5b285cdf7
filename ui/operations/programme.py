"""Operations of the Programma screen: the place and its schedule, activities, flyers and cards.

One function per user action or named read; each runs its service of ``checkin/`` in one
session and returns plain data. The PDF functions return bytes for the preview (the screen runs
them in the background runner).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from checkin.errors import Rejected
from checkin.services import printing
from checkin.services import programme as _programme
from checkin.services.lists import list_values
from checkin.services.locations import get_location, list_locations, update_location
from checkin.services.programme import ActivityInput as ActivityInput
from checkin.services.programme import Month as Month
from checkin.services.programme import dutch_date as dutch_date
from checkin.services.programme import hours_text as hours_text
from checkin.services.programme import parse_month as parse_month

if TYPE_CHECKING:
    from sqlmodel import Session

    from checkin.models import Activity
    from ui.operations import Operations


@dataclass(frozen=True)
class ActivityRow:
    """An activity as plain data for the table (no session attached)."""

    id: int
    location_id: int
    day: date
    title: str
    theme: str
    description: str
    partner: str
    start: time | None
    end: time | None
    place: str

    def as_input(self) -> ActivityInput:
        """The activity as the dialog edits it."""
        return ActivityInput(
            day=self.day,
            title=self.title,
            theme=self.theme,
            description=self.description,
            partner=self.partner,
            start=self.start,
            end=self.end,
            place=self.place,
        )


def _row(activity: Activity) -> ActivityRow:
    assert activity.id is not None
    return ActivityRow(
        id=activity.id,
        location_id=activity.location_id,
        day=activity.day,
        title=activity.title,
        theme=activity.theme,
        description=activity.description,
        partner=activity.partner,
        start=activity.start,
        end=activity.end,
        place=activity.place,
    )


@dataclass(frozen=True)
class Place:
    """A meeting place to choose in the screen."""

    id: int
    name: str


@dataclass(frozen=True)
class Places:
    """Every meeting place by name, and the one this laptop serves (None: there is none yet)."""

    places: tuple[Place, ...]
    current: int | None


@dataclass(frozen=True)
class Programme:
    """What the screen shows of one place: its weekly openings and its activities."""

    schedule: tuple[str, ...]
    """'Elke woensdag 9:30 - 11:30', as the flyers print it."""
    activities: tuple[ActivityRow, ...]
    """By date, the earliest first."""


@dataclass(frozen=True)
class FlyerDetails:
    """What the flyers print about the place and can be changed here."""

    address: str
    village: str
    web_url: str
    logo_path: str


# --- Reads ---------------------------------------------------------------------------------------
def places(operations: Operations) -> Places:
    """The meeting places, and the one this laptop serves (settings, else the first by name)."""

    def read(session: Session) -> Places:
        rows = tuple(Place(id=loc.id or 0, name=loc.name) for loc in list_locations(session))
        try:
            current = printing.current_location(session).id
        except Rejected:
            current = None
        return Places(places=rows, current=current)

    return operations.run(read)


def programme(operations: Operations, *, location_id: int, since: date | None = None) -> Programme:
    """The weekly openings and the activities of a place (from ``since`` on; None: all of them)."""
    return operations.run(
        lambda session: Programme(
            schedule=tuple(printing.schedule_lines(session, location_id=location_id)),
            activities=tuple(
                _row(activity)
                for activity in _programme.list_activities(session, location_id=location_id, start=since)
            ),
        )
    )


def themes(operations: Operations) -> list[str]:
    """The themes to choose from for an activity (the active entries of the list)."""
    return operations.run(lambda session: list_values(session, "theme"))


def next_opening(operations: Operations, *, location_id: int, today: date) -> date:
    """The first day from ``today`` on that the place opens: the date a new activity starts with."""
    return operations.run(
        lambda session: printing.next_opening(session, location_id=location_id, today=today)
    )


def flyer_details(operations: Operations, *, location_id: int) -> FlyerDetails:
    """The address, place, web address and logo the flyers print."""

    def read(session: Session) -> FlyerDetails:
        location = get_location(session, location_id)
        return FlyerDetails(
            address=location.address,
            village=location.village,
            web_url=location.web_url,
            logo_path=location.logo_path,
        )

    return operations.run(read)


# --- Actions -------------------------------------------------------------------------------------
def save_flyer_details(operations: Operations, *, location_id: int, details: FlyerDetails) -> FlyerDetails:
    """Change what the flyers print; a bad web address or logo is refused and nothing changes."""

    def save(session: Session) -> FlyerDetails:
        location = update_location(
            session,
            location_id=location_id,
            address=details.address,
            village=details.village,
            web_url=details.web_url,
            logo_path=details.logo_path,
        )
        return FlyerDetails(
            address=location.address,
            village=location.village,
            web_url=location.web_url,
            logo_path=location.logo_path,
        )

    return operations.run(save)


def add_activity(
    operations: Operations, *, location_id: int, data: ActivityInput, today: date
) -> ActivityRow:
    """Add an activity to the place's programme; a date before ``today`` is refused."""
    return operations.run(
        lambda session: _row(
            _programme.add_activity(session, location_id=location_id, data=data, today=today)
        )
    )


def update_activity(
    operations: Operations, *, activity_id: int, data: ActivityInput, today: date
) -> ActivityRow:
    """Change an activity; its own date may stay in the past, a new date may not."""
    return operations.run(
        lambda session: _row(
            _programme.update_activity(session, activity_id=activity_id, data=data, today=today)
        )
    )


def delete_activity(operations: Operations, *, activity_id: int) -> None:
    """Remove an activity; mornings that had it keep their theme text."""
    operations.run(lambda session: _programme.delete_activity(session, activity_id=activity_id))


# --- Printing ------------------------------------------------------------------------------------
def poster_pdf(operations: Operations, *, activity_id: int, size: str) -> bytes:
    """The poster of one activity ("a4", or "a5": two handouts on A4) as PDF bytes."""
    return operations.run(lambda session: printing.poster_pdf(session, activity_id=activity_id, size=size))


def programme_pdf(operations: Operations, *, location_id: int, month: Month, size: str) -> bytes:
    """The month's programme of a place as PDF bytes."""
    return operations.run(
        lambda session: printing.programme_pdf(session, location_id=location_id, month=month, size=size)
    )


def cards_pdf(
    operations: Operations,
    *,
    codes: Sequence[str] | None,
    location_id: int | None,
    with_names: bool,
) -> bytes:
    """Check-in cards for the families with ``codes`` (None: every active family) as PDF bytes."""
    return operations.run(
        lambda session: printing.cards_pdf(
            session, codes=codes, location_id=location_id, with_names=with_names
        )
    )


def cheat_sheet_pdf(operations: Operations) -> bytes:
    """The one-page "spiekbriefje" for the door, with the name of this laptop's place."""
    from checkin.pdf.spiekbriefje import spiekbriefje
    from checkin.services.locations import current_location

    location = operations.run(current_location)
    return spiekbriefje(place_name=location.name if location is not None else "")
