"""The PIN operations on a real SQLite file: a wrong current PIN changes nothing but the count of
wrong tries."""

from __future__ import annotations

import pytest

from checkin.db import Database
from checkin.errors import Rejected
from tests.helpers.dbdump import dump, rejected_unchanged
from ui.operations import Operations, privacy


def _without_settings(database: Database) -> dict[str, list[tuple[object, ...]]]:
    return {table: rows for table, rows in dump(database.path).items() if table != "setting"}


def test_set_change_and_remove_the_pin(operations: Operations, database: Database) -> None:
    assert not privacy.pin_is_set(operations)
    assert privacy.check_pin(operations, "")  # no PIN: everything is open
    privacy.set_pin(operations, new_pin="24680")
    assert privacy.pin_is_set(operations)
    assert privacy.check_pin(operations, "24680") and not privacy.check_pin(operations, "1111")

    before = _without_settings(database)
    with pytest.raises(Rejected, match="huidige pincode klopt niet"):
        privacy.set_pin(operations, new_pin="13579", current_pin="1111")
    assert _without_settings(database) == before
    assert privacy.check_pin(operations, "24680")  # a right PIN resets the count
    with rejected_unchanged(database, f"{privacy.PIN_MIN} tot {privacy.PIN_MAX} cijfers"):
        privacy.set_pin(operations, new_pin="1234", current_pin="24680")
    with pytest.raises(Rejected, match="huidige pincode klopt niet"):
        privacy.remove_pin(operations, current_pin="1111")
    assert privacy.check_pin(operations, "24680")

    privacy.set_pin(operations, new_pin="13579", current_pin="24680")
    assert privacy.check_pin(operations, "13579") and not privacy.check_pin(operations, "24680")
    privacy.remove_pin(operations, current_pin="13579")
    assert not privacy.pin_is_set(operations)
    assert privacy.PIN_MIN == 5
