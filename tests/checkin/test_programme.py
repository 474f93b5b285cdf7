"""The programme service: activities validated with Dutch messages, months, and location details."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import Session

from checkin.errors import Rejected
from checkin.models import Activity, Location, Morning
from checkin.money import format_cents
from checkin.services import locations, programme
from checkin.services.programme import ActivityInput, Month
from tests.helpers.factories import make_morning

TODAY = date(2026, 11, 23)  # a Monday
NEXT_WEDNESDAY = date(2026, 11, 25)


def add(session: Session, location: Location, **changes: object) -> Activity:
    assert location.id is not None
    fields: dict[str, object] = {"day": NEXT_WEDNESDAY, "title": "Voorlezen", "theme": "Kinderboekenweek"}
    fields.update(changes)
    return programme.add_activity(
        session,
        location_id=location.id,
        data=ActivityInput(**fields),
        today=TODAY,  # type: ignore[arg-type]
    )


def test_add_activity_cleans_and_stores_it(session: Session, location: Location) -> None:
    activity = add(session, location, title="  Peutergym   met  Welzijn ", partner=" Welzijn HW ")
    stored = session.get(Activity, activity.id)
    assert stored is not None
    assert (stored.title, stored.partner, stored.day) == (
        "Peutergym met Welzijn",
        "Welzijn HW",
        NEXT_WEDNESDAY,
    )


def test_activity_today_is_allowed(session: Session, location: Location) -> None:
    assert add(session, location, day=TODAY).day == TODAY


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "Vul een titel in"),
        ({"title": "   "}, "Vul een titel in"),
        ({"title": "x" * 300}, "De titel is te lang (300 tekens; hoogstens 120)"),
        ({"day": date(2026, 11, 22)}, "De datum 22-11-2026 is al voorbij"),
        ({"start": time(11, 0), "end": time(10, 0)}, "De eindtijd moet na de begintijd liggen"),
        ({"start": time(10, 0), "end": time(10, 0)}, "De eindtijd moet na de begintijd liggen"),
        ({"start": time(10, 0)}, "zowel de begintijd als de eindtijd"),
        ({"description": "x" * 1001}, "De omschrijving is te lang"),
        ({"theme": "x" * 61}, "Het thema is te lang"),
    ],
)
def test_bad_activity_is_rejected_and_nothing_stored(
    session: Session, location: Location, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(Rejected, match=message.replace("(", r"\(").replace(")", r"\)")):
        add(session, location, **changes)
    assert programme.list_activities(session, location_id=location.id or 0) == []


def test_unknown_location_is_rejected(session: Session) -> None:
    with pytest.raises(Rejected, match="Deze ontmoetingsplek bestaat niet"):
        programme.add_activity(
            session, location_id=999, data=ActivityInput(day=NEXT_WEDNESDAY, title="Voorlezen"), today=TODAY
        )


def test_update_keeps_its_own_past_date_but_refuses_a_new_past_date(
    session: Session, location: Location
) -> None:
    activity = add(session, location)
    assert activity.id is not None
    later = date(2026, 12, 1)  # the activity's date has passed by now
    updated = programme.update_activity(
        session,
        activity_id=activity.id,
        data=ActivityInput(day=NEXT_WEDNESDAY, title="Voorlezen!"),
        today=later,
    )
    assert updated.title == "Voorlezen!"
    with pytest.raises(Rejected, match="al voorbij"):
        programme.update_activity(
            session,
            activity_id=activity.id,
            data=ActivityInput(day=date(2026, 11, 30), title="x"),
            today=later,
        )
    session.refresh(updated)
    assert updated.day == NEXT_WEDNESDAY


def test_update_validates_like_add(session: Session, location: Location) -> None:
    activity = add(session, location)
    assert activity.id is not None
    with pytest.raises(Rejected, match="Vul een titel in"):
        programme.update_activity(
            session, activity_id=activity.id, data=ActivityInput(day=NEXT_WEDNESDAY, title=""), today=TODAY
        )
    session.refresh(activity)
    assert activity.title == "Voorlezen"


def test_delete_activity_unlinks_its_morning(session: Session, location: Location) -> None:
    activity = add(session, location)
    morning = make_morning(session, location, day=NEXT_WEDNESDAY)
    assert morning.activity_id == activity.id and morning.theme == "Kinderboekenweek"
    assert activity.id is not None
    programme.delete_activity(session, activity_id=activity.id)
    session.expire_all()
    stored = session.get(Morning, morning.id)
    assert stored is not None and stored.activity_id is None and stored.theme == "Kinderboekenweek"
    with pytest.raises(Rejected, match="bestaat niet"):
        programme.delete_activity(session, activity_id=activity.id)


def test_activities_of_a_month(session: Session, location: Location) -> None:
    add(session, location, day=date(2026, 12, 16), title="Peutergym")
    add(session, location, day=date(2026, 12, 2), title="Sinterklaas")
    add(session, location, day=NEXT_WEDNESDAY, title="November")
    add(session, location, day=date(2027, 1, 6), title="Januari")
    titles = [
        a.title
        for a in programme.activities_in_month(session, location_id=location.id or 0, month=Month(2026, 12))
    ]
    assert titles == ["Sinterklaas", "Peutergym"]


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "13-2026", "2026", "", "november", "2026-1x"])
def test_bad_month_is_rejected_in_dutch(text: str) -> None:
    with pytest.raises(Rejected, match="is geen geldige maand; schrijf JJJJ-MM"):
        programme.parse_month(text)


def test_month_parsing_and_label() -> None:
    month = programme.parse_month("2026-03")
    assert (month.first_day, month.last_day, month.label, str(month)) == (
        date(2026, 3, 1),
        date(2026, 3, 31),
        "maart 2026",
        "2026-03",
    )
    assert programme.parse_month("2028-2").last_day == date(2028, 2, 29)


def test_dutch_dates_and_hours() -> None:
    assert programme.dutch_date(NEXT_WEDNESDAY) == "woensdag 25 november 2026"
    assert programme.hours_text(time(9, 30), time(11, 0)) == "9:30 - 11:00"


def test_price_is_formatted_in_one_place() -> None:
    assert format_cents(50) == "€ 0,50"
    assert format_cents(1250) == "€ 12,50"
    assert format_cents(0) == "€ 0,00"
    assert format_cents(123456) == "€ 1.234,56"
    assert format_cents(-150) == "-€ 1,50"


def test_update_location_refuses_an_invalid_url(session: Session, location: Location) -> None:
    with pytest.raises(Rejected, match="geen geldig webadres"):
        locations.update_location(session, location_id=location.id or 0, web_url="hoekschewaard dot nl")
    session.refresh(location)
    assert location.web_url == "https://hoekschewaard.alsvillage.nl/ontmoetingsplekken"


def test_update_location_refuses_an_unreadable_logo(
    session: Session, location: Location, tmp_path: Path
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image at all")
    for path in (broken, tmp_path / "missing.png"):
        with pytest.raises(Rejected, match="kan niet worden gelezen"):
            locations.update_location(session, location_id=location.id or 0, logo_path=str(path))
    session.refresh(location)
    assert location.logo_path == ""


def test_update_location_stores_details(session: Session, location: Location, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "orange").save(logo)
    updated = locations.update_location(
        session,
        location_id=location.id or 0,
        address=" Buttervliet  2 ",
        price_cents=75,
        web_url="https://example.org/knuistjes",
        logo_path=str(logo),
    )
    assert (updated.address, updated.price_cents, updated.web_url, updated.logo_path) == (
        "Buttervliet 2",
        75,
        "https://example.org/knuistjes",
        str(logo),
    )
    with pytest.raises(Rejected, match="tussen 0 en 10 euro"):
        locations.update_location(session, location_id=location.id or 0, price_cents=2000)
