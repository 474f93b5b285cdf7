"""Locations and their weekly schedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from urllib.parse import urlparse

from sqlmodel import Session, col, select

from checkin import rules
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Location, ScheduleSlot
from checkin.settings import load_settings
from checkin.text import clean


@dataclass(frozen=True)
class Slot:
    weekday: int
    start: time
    end: time


def validate_url(url: str) -> str:
    url = clean(url)
    if not url:
        return ""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in url or "." not in parsed.netloc:
        raise Rejected(N_("'{url}' is geen geldig webadres (begin met https://)."), url=url)
    return url


def create_location(
    session: Session,
    *,
    name: str,
    address: str = "",
    village: str = "",
    slots: list[Slot] | tuple[Slot, ...] = (),
    price_cents: int = rules.DEFAULT_PRICE_CENTS,
    capacity: int = 30,
    web_url: str = "",
) -> Location:
    name = clean(name)
    if not name:
        raise Rejected(N_("Vul de naam van de ontmoetingsplek in."))
    if len(name) > 80:
        raise Rejected(N_("De naam van de ontmoetingsplek is te lang (hoogstens 80 tekens)."))
    if session.exec(select(Location).where(Location.name == name)).first() is not None:
        raise Rejected(N_("Er is al een ontmoetingsplek met de naam '{name}'."), name=name)
    if not 0 <= price_cents <= rules.MAX_PRICE_CENTS:
        raise Rejected(N_("De prijs per drankje moet tussen 0 en 10 euro liggen."))
    if not 1 <= capacity <= 500:
        raise Rejected(N_("Het aantal plaatsen moet tussen 1 en 500 liggen."))
    for slot in slots:
        if not 0 <= slot.weekday <= 6 or slot.start >= slot.end:
            raise Rejected(N_("Een openingstijd moet eindigen na het begin."))
    location = Location(
        name=name,
        address=clean(address),
        village=clean(village),
        price_cents=price_cents,
        capacity=capacity,
        web_url=validate_url(web_url),
    )
    session.add(location)
    session.flush()
    for slot in slots:
        assert location.id is not None
        session.add(
            ScheduleSlot(location_id=location.id, weekday=slot.weekday, start=slot.start, end=slot.end)
        )
    session.commit()
    return location


def list_locations(session: Session) -> list[Location]:
    return list(session.exec(select(Location).order_by(Location.name)))


def current_location(session: Session) -> Location | None:
    """The location this laptop serves: the one in the settings, else the first by name; None
    when there is none yet."""
    location_id = load_settings(session).location_id
    chosen = session.get(Location, location_id) if location_id is not None else None
    if chosen is not None:
        return chosen
    return session.exec(select(Location).order_by(Location.name)).first()


def schedule(session: Session, location_id: int) -> list[Slot]:
    rows = session.exec(
        select(ScheduleSlot)
        .where(ScheduleSlot.location_id == location_id)
        .order_by(col(ScheduleSlot.weekday))
    )
    return [Slot(weekday=row.weekday, start=row.start, end=row.end) for row in rows]


def slot_on(session: Session, *, location_id: int, day: date) -> Slot | None:
    """The weekly opening that falls on ``day``, if any."""
    for slot in schedule(session, location_id):
        if slot.weekday == day.weekday():
            return slot
    return None


def update_place(session: Session, *, location_id: int, name: str, slots: list[Slot]) -> Location:
    """Rename the place and set its weekly openings: what the first-start form asked, changed later.

    Mornings already held keep their own hours.
    """
    location = get_location(session, location_id)
    name = clean(name)
    if not name:
        raise Rejected(N_("Vul de naam van de ontmoetingsplek in."))
    if len(name) > 80:
        raise Rejected(N_("De naam van de ontmoetingsplek is te lang (hoogstens 80 tekens)."))
    other = session.exec(select(Location).where(Location.name == name, Location.id != location_id)).first()
    if other is not None:
        raise Rejected(N_("Er is al een ontmoetingsplek met de naam '{name}'."), name=name)
    for slot in slots:
        if not 0 <= slot.weekday <= 6 or slot.start >= slot.end:
            raise Rejected(N_("Een openingstijd moet eindigen na het begin."))
    if len({slot.weekday for slot in slots}) != len(slots):
        raise Rejected(N_("Elke dag kan maar een keer in de openingstijden staan."))
    location.name = name
    for row in session.exec(select(ScheduleSlot).where(ScheduleSlot.location_id == location_id)):
        session.delete(row)
    session.flush()
    for slot in slots:
        session.add(
            ScheduleSlot(location_id=location_id, weekday=slot.weekday, start=slot.start, end=slot.end)
        )
    session.commit()
    session.refresh(location)
    return location


def get_location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None:
        raise Rejected(N_("Deze ontmoetingsplek bestaat niet."))
    return location


def validate_logo(path: str) -> str:
    """A logo must be a readable PNG or JPEG image file; '' means no logo."""
    path = (path or "").strip()
    if not path:
        return ""
    from reportlab.lib.utils import ImageReader  # only when a logo is used: keeps the CLI start fast

    try:
        if Path(path).stat().st_size > rules.MAX_LOGO_BYTES:
            raise Rejected(N_("Het logo {path} is te groot (hoogstens 10 MB)."), path=path)
        width, height = ImageReader(path).getSize()
    except Rejected:
        raise
    except Exception as error:  # missing, unreadable, not an image: all the same to the host
        raise Rejected(
            N_("Het logo {path} kan niet worden gelezen; kies een PNG- of JPEG-bestand."), path=path
        ) from error
    if width < 1 or height < 1:
        raise Rejected(
            N_("Het logo {path} kan niet worden gelezen; kies een PNG- of JPEG-bestand."), path=path
        )
    return path


def check_price(price_cents: int) -> int:
    """A price per consumption the place may ask, in cents."""
    if isinstance(price_cents, bool) or not isinstance(price_cents, int):
        raise Rejected(N_("De prijs per drankje moet een bedrag in euro's zijn."))
    if not 0 <= price_cents <= rules.MAX_PRICE_CENTS:
        raise Rejected(N_("De prijs per drankje moet tussen 0 en 10 euro liggen."))
    return price_cents


def update_location(
    session: Session,
    *,
    location_id: int,
    address: str | None = None,
    village: str | None = None,
    price_cents: int | None = None,
    web_url: str | None = None,
    logo_path: str | None = None,
) -> Location:
    """Change the details that flyers print; None leaves a field as it is."""
    location = get_location(session, location_id)
    if price_cents is not None:
        check_price(price_cents)
    if address is not None and len(clean(address)) > 120:
        raise Rejected(N_("Het adres is te lang (hoogstens 120 tekens)."))
    if village is not None and len(clean(village)) > 60:
        raise Rejected(N_("De naam van de plaats is te lang (hoogstens 60 tekens)."))
    if web_url is not None and len(clean(web_url)) > 300:
        raise Rejected(N_("Het webadres is te lang (hoogstens 300 tekens)."))
    url = validate_url(web_url) if web_url is not None else None
    logo = validate_logo(logo_path) if logo_path is not None else None
    if address is not None:
        location.address = clean(address)
    if village is not None:
        location.village = clean(village)
    if price_cents is not None:
        location.price_cents = price_cents
    if url is not None:
        location.web_url = url
    if logo is not None:
        location.logo_path = logo
    session.commit()
    session.refresh(location)
    return location
