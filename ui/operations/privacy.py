"""Operations of the coordinator PIN and the privacy settings the window reads.

Checking in never needs the PIN; the figures, the settings, erasure and restore ask for it.
"""

from __future__ import annotations

from checkin import privacy
from checkin.privacy import FREE_TRIES as FREE_TRIES
from checkin.privacy import PIN_MAX as PIN_MAX
from checkin.privacy import PIN_MIN as PIN_MIN
from checkin.privacy import SHORT_PIN_TIP as SHORT_PIN_TIP
from checkin.settings import load_settings
from ui.operations import Operations


def pin_is_set(operations: Operations) -> bool:
    """True when the coordinator has set a PIN."""
    return operations.run(privacy.pin_is_set)


def check_pin(operations: Operations, pin: str) -> bool:
    """True when ``pin`` is the coordinator PIN, or when no PIN has been set.

    A wrong PIN is counted (in the database); after ``FREE_TRIES`` in a row every try waits
    ``pin_wait_seconds`` and is refused until then.
    """
    return operations.run(lambda session: privacy.check_pin(session, pin=pin))


def pin_wait_seconds(operations: Operations) -> int:
    """Seconds until the PIN may be tried again after too many wrong ones (0: now)."""
    return operations.run(privacy.pin_wait_seconds)


def pin_is_short(pin: str) -> bool:
    """True for an old PIN of fewer than ``PIN_MIN`` digits: suggest a longer one."""
    return privacy.pin_is_short(pin)


def set_pin(operations: Operations, *, new_pin: str, current_pin: str = "") -> None:
    """Set or change the PIN (``PIN_MIN`` to ``PIN_MAX`` digits); changing needs the current one,
    else ``Rejected``."""
    operations.run(lambda session: privacy.set_pin(session, new_pin=new_pin, current_pin=current_pin))


def remove_pin(operations: Operations, *, current_pin: str) -> None:
    """Take the PIN away; ``Rejected`` when ``current_pin`` is not the PIN."""
    operations.run(lambda session: privacy.remove_pin(session, current_pin=current_pin))


def retention_months(operations: Operations) -> int:
    """After how many months without a visit a family is anonymised."""
    return operations.run(lambda session: load_settings(session).retention_months)


def verify_pin(operations: Operations, pin: str) -> None:
    """``Rejected`` (Dutch) unless ``pin`` is the coordinator PIN: a wrong one, or any during the
    wait after too many wrong ones (the message says how long)."""
    operations.run(lambda session: privacy.verify_pin(session, pin=pin))
