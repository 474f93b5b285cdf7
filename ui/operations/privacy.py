"""Operations of the coordinator PIN and the privacy settings the window reads.

Checking in never needs the PIN; the figures, the settings, erasure and restore ask for it.
"""

from __future__ import annotations

from checkin import privacy
from checkin.privacy import PIN_MAX as PIN_MAX
from checkin.privacy import PIN_MIN as PIN_MIN
from checkin.settings import load_settings
from ui.operations import Operations


def pin_is_set(operations: Operations) -> bool:
    """True when the coordinator has set a PIN."""
    return operations.run(privacy.pin_is_set)


def check_pin(operations: Operations, pin: str) -> bool:
    """True when ``pin`` is the coordinator PIN, or when no PIN has been set."""
    return operations.run(lambda session: privacy.check_pin(session, pin=pin))


def set_pin(operations: Operations, *, new_pin: str, current_pin: str = "") -> None:
    """Set or change the PIN (4 to 12 digits); changing needs the current one, else ``Rejected``."""
    operations.run(lambda session: privacy.set_pin(session, new_pin=new_pin, current_pin=current_pin))


def remove_pin(operations: Operations, *, current_pin: str) -> None:
    """Take the PIN away; ``Rejected`` when ``current_pin`` is not the PIN."""
    operations.run(lambda session: privacy.remove_pin(session, current_pin=current_pin))


def retention_months(operations: Operations) -> int:
    """After how many months without a visit a family is anonymised."""
    return operations.run(lambda session: load_settings(session).retention_months)
