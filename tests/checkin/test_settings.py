"""Typed settings with a version, stored per key."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from checkin import rules
from checkin.db import Database
from checkin.models import Location, Setting
from checkin.settings import SETTINGS_VERSION, Settings, load_settings, save_settings
from tests.helpers.dbdump import rejected_unchanged


def test_defaults_without_anything_stored(session: Session) -> None:
    assert load_settings(session) == Settings(
        location_id=None, min_count=rules.DEFAULT_MIN_COUNT, retention_months=24, language="nl"
    )
    assert rules.DEFAULT_MIN_COUNT == 5


def test_round_trip(database: Database, session: Session, location: Location) -> None:
    saved = save_settings(session, location_id=location.id, min_count=3, retention_months=36, language="en")
    with database.session() as fresh:
        assert (
            load_settings(fresh)
            == saved
            == Settings(location_id=location.id, min_count=3, retention_months=36, language="en")
        )
        version = fresh.exec(select(Setting.value).where(Setting.key == "_version")).one()
    assert version == str(SETTINGS_VERSION)
    # a second save changes only what is named
    save_settings(session, min_count=7)
    with database.session() as fresh:
        assert load_settings(fresh) == Settings(
            location_id=location.id, min_count=7, retention_months=36, language="en"
        )


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"min_count": 2}, "niet lager zijn dan 3"),
        ({"min_count": 0}, "niet lager zijn dan 3"),
        ({"min_count": -5}, "niet lager zijn dan 3"),
        ({"retention_months": 0}, "bewaartermijn"),
        ({"retention_months": 121}, "bewaartermijn"),
        ({"language": "fr"}, "Onbekende taal: fr"),
        ({"colour": "blue"}, "Onbekende instelling"),
    ],
)
def test_bad_settings_are_refused(
    database: Database, session: Session, changes: dict[str, object], phrase: str
) -> None:
    save_settings(session, min_count=4)
    with rejected_unchanged(database, phrase):
        save_settings(session, **changes)
    with database.session() as fresh:
        assert load_settings(fresh).min_count == 4


def test_unknown_stored_keys_are_ignored(session: Session) -> None:
    session.add(Setting(key="removed_in_an_old_version", value='"x"'))
    session.commit()
    assert load_settings(session) == Settings()
