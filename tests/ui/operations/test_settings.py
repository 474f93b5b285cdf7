"""The Instellingen operations on a real SQLite file: saved together, lists entry by entry."""

from __future__ import annotations

from sqlmodel import Session

from checkin.db import Database
from checkin.models import Location
from checkin.settings import save_settings
from tests.helpers.dbdump import rejected_unchanged
from ui.operations import Operations, settings


def test_preferences_are_plain_and_saved_together(
    operations: Operations, database: Database, session: Session, location: Location
) -> None:
    save_settings(session, location_id=location.id)
    prefs = settings.load_preferences(operations)
    assert prefs == settings.Preferences(
        location_id=location.id,
        price_cents=50,
        retention_months=prefs.retention_months,
        min_count=5,
        language="nl",
    )
    # The price is fine, k is not: neither is stored.
    with rejected_unchanged(database, "k mag niet lager zijn"):
        settings.save_preferences(operations, price_cents=60, retention_months=12, min_count=2, language="nl")
    with rejected_unchanged(database, "tussen 0 en 10 euro"):
        settings.save_preferences(
            operations, price_cents=2000, retention_months=12, min_count=7, language="nl"
        )
    saved = settings.save_preferences(
        operations, price_cents=60, retention_months=12, min_count=7, language="en"
    )
    assert saved == settings.Preferences(
        location_id=location.id, price_cents=60, retention_months=12, min_count=7, language="en"
    )
    assert settings.load_preferences(operations) == saved


def test_list_entries_are_added_and_switched_off_one_by_one(
    operations: Operations, database: Database
) -> None:
    assert settings.add_list_value(operations, kind="theme", value="  Samen   koken ") == "Samen koken"
    assert settings.list_values(operations, "theme")[-1] == "Samen koken"
    with rejected_unchanged(database, "staat al in de lijst"):
        settings.add_list_value(operations, kind="theme", value="Samen koken")
    with rejected_unchanged(database, "Onbekende lijst"):
        settings.add_list_value(operations, kind="colour", value="blauw")

    assert settings.switch_off_list_value(operations, kind="theme", value="Samen koken") == "Samen koken"
    assert "Samen koken" not in settings.list_values(operations, "theme")
    with rejected_unchanged(database, "niet (meer) in de lijst"):
        settings.switch_off_list_value(operations, kind="theme", value="Samen koken")
    assert (
        settings.add_list_value(operations, kind="theme", value="Samen koken") == "Samen koken"
    )  # back again

    referrals = settings.list_values(operations, "referral")
    for value in referrals[:-1]:
        settings.switch_off_list_value(operations, kind="referral", value=value)
    with rejected_unchanged(database, "minstens één keuze"):
        settings.switch_off_list_value(operations, kind="referral", value=referrals[-1])
    assert settings.list_values(operations, "referral") == referrals[-1:]
