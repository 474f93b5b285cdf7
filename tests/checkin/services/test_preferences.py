"""The settings page saves price and settings together, or nothing."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Location
from checkin.services.preferences import load_preferences, save_preferences
from checkin.settings import load_settings, save_settings
from tests.helpers.dbdump import counts


@pytest.fixture
def current(session: Session, location: Location) -> Location:
    save_settings(session, location_id=location.id)
    return location


def test_defaults(session: Session, current: Location) -> None:
    prefs = load_preferences(session)
    assert (prefs.price_cents, prefs.retention_months, prefs.min_count, prefs.language) == (50, 24, 5, "nl")


def test_save_changes_price_and_settings(database: Database, session: Session, current: Location) -> None:
    save_preferences(session, price_cents=60, retention_months=12, min_count=7, language="en")
    with database.session() as fresh:
        assert fresh.get(Location, current.id).price_cents == 60  # type: ignore[union-attr]
        settings = load_settings(fresh)
        assert (settings.retention_months, settings.min_count, settings.language) == (12, 7, "en")


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"price_cents": 1001}, "tussen 0 en 10 euro"),
        ({"min_count": 2}, "niet lager zijn dan 3"),
        ({"retention_months": 0}, "bewaartermijn"),
        ({"language": "fr"}, "Onbekende taal"),
    ],
)
def test_a_bad_value_changes_nothing(
    database: Database, session: Session, current: Location, changes: dict[str, object], phrase: str
) -> None:
    values: dict[str, object] = {"price_cents": 70, "retention_months": 6, "min_count": 4, "language": "nl"}
    before = counts(database)
    with pytest.raises(Rejected, match=phrase):
        save_preferences(session, **{**values, **changes})  # type: ignore[arg-type]
    with database.session() as fresh:
        assert fresh.get(Location, current.id).price_cents == 50  # type: ignore[union-attr]
        assert load_settings(fresh).min_count == 5
        assert load_settings(fresh).retention_months == 24
    assert counts(database) == before
