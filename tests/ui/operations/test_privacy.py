"""The PIN operations on a real SQLite file: a wrong current PIN changes nothing."""

from __future__ import annotations

from checkin.db import Database
from tests.helpers.dbdump import rejected_unchanged
from ui.operations import Operations, privacy


def test_set_change_and_remove_the_pin(operations: Operations, database: Database) -> None:
    assert not privacy.pin_is_set(operations)
    assert privacy.check_pin(operations, "")  # no PIN: everything is open
    privacy.set_pin(operations, new_pin="2468")
    assert privacy.pin_is_set(operations)
    assert privacy.check_pin(operations, "2468") and not privacy.check_pin(operations, "1111")

    with rejected_unchanged(database, "huidige pincode klopt niet"):
        privacy.set_pin(operations, new_pin="1357", current_pin="1111")
    with rejected_unchanged(database, f"{privacy.PIN_MIN} tot {privacy.PIN_MAX} cijfers"):
        privacy.set_pin(operations, new_pin="12", current_pin="2468")
    with rejected_unchanged(database, "huidige pincode klopt niet"):
        privacy.remove_pin(operations, current_pin="1111")
    assert privacy.check_pin(operations, "2468")

    privacy.set_pin(operations, new_pin="1357", current_pin="2468")
    assert privacy.check_pin(operations, "1357") and not privacy.check_pin(operations, "2468")
    privacy.remove_pin(operations, current_pin="1357")
    assert not privacy.pin_is_set(operations)


def test_retention_months_reads_the_setting(operations: Operations) -> None:
    from ui.operations import settings

    months = privacy.retention_months(operations)
    assert months == settings.load_preferences(operations).retention_months
    prefs = settings.load_preferences(operations)
    settings.save_preferences(
        operations,
        price_cents=prefs.price_cents,
        retention_months=months + 1,
        min_count=prefs.min_count,
        language=prefs.language,
    )
    assert privacy.retention_months(operations) == months + 1
