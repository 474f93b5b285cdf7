"""The Programma screen's operations on a real SQLite file: plain rows out, refusals change nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlmodel import Session, select

from checkin.errors import Rejected
from checkin.models import Activity, Location
from checkin.settings import save_settings
from tests.helpers.factories import make_family, make_location
from tests.helpers.pdfs import pdf_pages, pdf_text
from ui.operations import Operations, programme
from ui.operations.programme import ActivityInput, FlyerDetails, Month

TODAY = date(2026, 11, 23)  # a Monday; the place opens on Wednesdays


def test_no_place_yet(operations: Operations) -> None:
    assert programme.places(operations) == programme.Places(places=(), current=None)


def test_places_by_name_and_the_one_this_laptop_serves(operations: Operations, session: Session) -> None:
    make_location(session, name="Zeemeeuw")
    second = make_location(session, name="Anker")
    first = programme.places(operations)
    assert [place.name for place in first.places] == ["Anker", "Zeemeeuw"]
    assert first.current == second.id  # no setting: the first by name
    zeemeeuw = first.places[1]
    save_settings(session, location_id=zeemeeuw.id)
    assert programme.places(operations).current == zeemeeuw.id


def test_programme_schedule_and_activities_from_a_day(
    operations: Operations, location: Location, session: Session
) -> None:
    assert location.id is not None
    for day, title in ((date(2026, 11, 4), "Peutergym"), (date(2026, 11, 25), "Voorlezen")):
        session.add(Activity(location_id=location.id, day=day, title=title))
    session.commit()
    everything = programme.programme(operations, location_id=location.id)
    assert everything.schedule == ("Elke woensdag 9:30 - 11:30",)
    assert [row.title for row in everything.activities] == ["Peutergym", "Voorlezen"]
    coming = programme.programme(operations, location_id=location.id, since=TODAY)
    assert [row.title for row in coming.activities] == ["Voorlezen"]
    assert programme.next_opening(operations, location_id=location.id, today=TODAY) == date(2026, 11, 25)


def test_add_change_and_delete_an_activity(
    operations: Operations, location: Location, session: Session
) -> None:
    assert location.id is not None
    row = programme.add_activity(
        operations,
        location_id=location.id,
        data=ActivityInput(
            day=date(2026, 11, 25), title="  Zingen   met Jong JGZ ", start=time(10), end=time(11)
        ),
        today=TODAY,
    )
    assert (row.title, row.start, row.location_id) == ("Zingen met Jong JGZ", time(10), location.id)
    changed = programme.update_activity(
        operations, activity_id=row.id, data=replace(row.as_input(), partner="Jong JGZ"), today=TODAY
    )
    assert changed.partner == "Jong JGZ" and changed.id == row.id
    session.expire_all()
    assert session.get(Activity, row.id).partner == "Jong JGZ"  # type: ignore[union-attr]
    programme.delete_activity(operations, activity_id=row.id)
    assert session.exec(select(Activity)).all() == []
    with pytest.raises(Rejected) as refused:
        programme.delete_activity(operations, activity_id=row.id)
    assert refused.value.message == "Deze activiteit bestaat niet (meer)."


def test_a_refused_activity_changes_nothing(
    operations: Operations, location: Location, session: Session
) -> None:
    assert location.id is not None
    with pytest.raises(Rejected) as refused:
        programme.add_activity(
            operations,
            location_id=location.id,
            data=ActivityInput(day=date(2026, 11, 20), title="Te laat"),
            today=TODAY,
        )
    assert refused.value.message == "De datum 20-11-2026 is al voorbij; kies vandaag of een latere dag."
    assert session.exec(select(Activity)).all() == []


def test_flyer_details_saved_cleaned_and_refused_unchanged(
    operations: Operations, location: Location, session: Session
) -> None:
    assert location.id is not None
    before = programme.flyer_details(operations, location_id=location.id)
    assert before.web_url == "https://hoekschewaard.alsvillage.nl/ontmoetingsplekken"
    with pytest.raises(Rejected):
        programme.save_flyer_details(
            operations,
            location_id=location.id,
            details=FlyerDetails("Dorpsstraat 1", "Numansdorp", "www.x", ""),
        )
    assert programme.flyer_details(operations, location_id=location.id) == before
    saved = programme.save_flyer_details(
        operations,
        location_id=location.id,
        details=FlyerDetails("  Dorpsstraat   1 ", "Numansdorp", "https://knuistjes.example.nl", ""),
    )
    assert saved == FlyerDetails("Dorpsstraat 1", "Numansdorp", "https://knuistjes.example.nl", "")
    assert programme.flyer_details(operations, location_id=location.id) == saved


def test_themes_are_the_active_list(operations: Operations) -> None:
    themes = programme.themes(operations)
    assert themes and all(isinstance(theme, str) for theme in themes)


def test_pdfs_as_bytes(operations: Operations, location: Location, session: Session) -> None:
    assert location.id is not None
    row = programme.add_activity(
        operations,
        location_id=location.id,
        data=ActivityInput(day=date(2026, 11, 25), title="Voorlezen"),
        today=TODAY,
    )
    poster = programme.poster_pdf(operations, activity_id=row.id, size="a4")
    assert "Voorlezen" in pdf_text(poster) and len(pdf_pages(poster)) == 1
    month = programme.programme_pdf(operations, location_id=location.id, month=Month(2026, 11), size="a5")
    assert pdf_text(month).count("Programma november 2026") == 2
    family = make_family(session, name="Łucja")
    cards = programme.cards_pdf(
        operations, codes=[family.code or ""], location_id=location.id, with_names=True
    )
    assert "Łucja" in pdf_text(cards)
    with pytest.raises(Rejected) as refused:
        programme.cards_pdf(operations, codes=["QQQQ"], location_id=location.id, with_names=True)
    assert refused.value.message == "Er is geen gezin met de code 'QQQQ'."
