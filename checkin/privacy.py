"""Privacy controls: retention, erasure everywhere, and the coordinator PIN.

- Retention: families without a visit for ``Settings.retention_months`` are anonymised at start
  (name, code and children go; visits stay as anonymous counts with the children's ages).
- Erasure on request goes through the same anonymisation, then empties the WAL and erases the
  family from the backups in the data folder too (see ``checkin.backups.erase_in_backups``).
  Backups made afterwards never held the family. Copies on a USB stick cannot be reached: the
  coordinator is told so.
- The coordinator PIN is stored as a salted scrypt hash in the settings; wrong tries in a row are
  counted there too, so the growing wait after them survives a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, func, select

from checkin import backups
from checkin.db import Database
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Family, Morning
from checkin.services._common import now_local
from checkin.services.families import anonymise, get_family, last_visit_days
from checkin.settings import load_settings, save_settings, stage_settings

PIN_MIN, PIN_MAX = 5, 12
"""Digits of a new PIN. A PIN set before the minimum was 5 (4 digits) keeps working, with a nudge
to change it (``pin_is_short``)."""
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
FREE_TRIES = 5
"""Wrong PINs in a row before each further try has to wait (more than one PIN dialog: it closes
after three)."""
SHORT_PIN_TIP = N_(
    "Tip: kies een nieuwe pincode van minstens {n} cijfers (Gegevens > Pincode coördinator...)."
)
"""Said after an old PIN of fewer than PIN_MIN digits was accepted (window and command line)."""
FIRST_DELAY, MAX_DELAY = 30, 3600
"""Seconds to wait after the first try beyond ``FREE_TRIES``, doubling each time, at most an hour."""

log = logging.getLogger(__name__)


# --- Retention ------------------------------------------------------------------------------------
def months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


CLOCK_MARGIN = timedelta(days=92)
"""Retention counts from today, but never from later than this after the newest recorded day, so a
laptop whose clock runs years ahead does not anonymise everyone at once."""


def retention_reference(session: Session, *, today: date) -> date:
    newest_morning = session.exec(select(func.max(Morning.day))).one()
    newest_family = session.exec(select(func.max(Family.created_at))).one()
    days = [
        d if isinstance(d, date) else date.fromisoformat(str(d)[:10])
        for d in (newest_morning, newest_family)
        if d is not None
    ]
    if not days:
        return today
    newest = max(d.date() if isinstance(d, datetime) else d for d in days)
    return min(today, newest + CLOCK_MARGIN)


def _past_cutoff(session: Session, *, cutoff: date, family_ids: Sequence[int] | None = None) -> list[int]:
    """Families not erased (of ``family_ids``, or all) whose last visit, or registration if they
    never came, is before ``cutoff``; in order of id."""
    last_visits = last_visit_days(session, family_ids)
    query = select(Family.id, Family.created_at).where(col(Family.erased_at).is_(None))
    if family_ids is not None:
        query = query.where(col(Family.id).in_(family_ids))
    found = []
    # Only the columns the rule needs: loading every family as an object cost seconds and megabytes
    # at each start with 10,000 families; only those past the period are loaded whole.
    for family_id, created_at in session.exec(query.order_by(col(Family.id))):
        last = last_visits.get(family_id or 0)
        if last is None:
            last = created_at if isinstance(created_at, date) else date.fromisoformat(str(created_at)[:10])
            last = last.date() if isinstance(last, datetime) else last
        if last < cutoff:
            found.append(family_id or 0)
    return found


def retention_cutoff(session: Session, *, months: int, today: date) -> date:
    """The day before which a family's last visit (or registration) puts it past the period."""
    return months_before(retention_reference(session, today=today), months)


def inactive_families(session: Session, *, months: int, today: date) -> list[Family]:
    """Families not erased whose last visit (or registration, if they never came) is older than ``months``."""
    found = _past_cutoff(session, cutoff=retention_cutoff(session, months=months, today=today))
    families: list[Family] = []
    for start in range(0, len(found), 500):  # SQLite's limit on parameters per statement
        chunk = found[start : start + 500]
        families += session.exec(select(Family).where(col(Family.id).in_(chunk)).order_by(col(Family.id)))
    return families


@dataclass(frozen=True)
class Anonymised:
    families: int
    backups_changed: int


RETENTION_BATCH = 50
"""Families anonymised per transaction at start: a check-in meanwhile waits for one batch at most."""


def apply_retention(
    database: Database,
    *,
    today: date | None = None,
    now: datetime | None = None,
    batch: int = RETENTION_BATCH,
    after_batch: Callable[[int], None] | None = None,
) -> Anonymised:
    """Anonymise every family past the retention period, here and in the backups.

    The families past the period are found while only reading; they are then anonymised
    ``batch`` at a time, each batch one short transaction that checks each family again (one
    that came in meanwhile stays), so a check-in never waits for the whole. Stopped midway, the
    batches done are done and the rest follow at the next start. ``after_batch`` is told the
    number anonymised so far after each committed batch (tests).
    """
    moment = now or now_local()
    today = today or moment.date()
    with database.session() as session:
        months = load_settings(session).retention_months
        cutoff = retention_cutoff(session, months=months, today=today)
        candidates = _past_cutoff(session, cutoff=cutoff)
        left_over = list(load_settings(session).backups_to_erase)
    erased: list[tuple[int, str]] = []
    for start in range(0, len(candidates), batch):
        with database.transaction() as session:
            still = _past_cutoff(session, cutoff=cutoff, family_ids=candidates[start : start + batch])
            done = []
            for family in session.exec(select(Family).where(col(Family.id).in_(still))):
                done.append((family.id or 0, family.code or ""))
                anonymise(session, family, moment=moment)
            if done:  # the backups still to do, committed with the batch
                pending = tuple(load_settings(session).backups_to_erase) + tuple(done)
                stage_settings(session, backups_to_erase=pending)
        erased += done
        if after_batch is not None:
            after_batch(len(erased))
    if not erased and not left_over:
        return Anonymised(families=0, backups_changed=0)
    database.checkpoint()
    changed = backups.erase_in_backups(database.data_dir, families=left_over + erased, now=moment)
    with database.transaction() as session:
        save_settings(session, backups_to_erase=())
    return Anonymised(families=len(erased), backups_changed=changed)


def erase_everywhere(database: Database, *, family_id: int, now: datetime | None = None) -> Anonymised:
    """Erase one family on request: in the database, its WAL, and the backups in the data folder."""
    moment = now or now_local()
    with database.transaction() as session:
        family = get_family(session, family_id)
        erased = [(family.id or 0, family.code or "")]
        anonymise(session, family, moment=moment)
    database.checkpoint()
    changed = backups.erase_in_backups(database.data_dir, families=erased, now=moment)
    return Anonymised(families=1, backups_changed=changed)


# --- Coordinator PIN ------------------------------------------------------------------------------
def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = hash_pin(pin, salt=bytes.fromhex(salt_hex))
    return hmac.compare_digest(expected.split("$")[2], digest_hex)


def pin_is_set(session: Session) -> bool:
    return bool(load_settings(session).coordinator_pin)


def pin_is_short(pin: str) -> bool:
    """True for a PIN shorter than a new one may be (an old 4-digit PIN): suggest changing it."""
    return len(pin) < PIN_MIN


def pin_delay(failures: int) -> int:
    """Seconds before the next try after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_DELAY * 2 ** (failures - FREE_TRIES), MAX_DELAY)


def pin_wait_seconds(session: Session, *, now: float | None = None) -> int:
    """Seconds until the PIN may be tried again (0: now). Kept in the database across restarts."""
    moment = time.time() if now is None else now
    return max(0, math.ceil(load_settings(session).pin_locked_until - moment))


def check_pin(session: Session, *, pin: str, now: float | None = None) -> bool:
    """True when ``pin`` is the coordinator PIN, or when no PIN has been set.

    A wrong PIN is counted in the database (committed); from the ``FREE_TRIES``-th wrong one in a
    row each next try waits ``pin_delay`` seconds, during which every PIN is refused unchecked. The
    log tells the count and the wait, never the PIN.
    """
    settings = load_settings(session)
    if not settings.coordinator_pin:
        return True
    moment = time.time() if now is None else now
    if settings.pin_locked_until > moment:
        log.warning("Coordinator PIN tried while waiting (%d wrong in a row)", settings.pin_failures)
        return False
    if pin_matches(pin, settings.coordinator_pin):
        if settings.pin_failures or settings.pin_locked_until:
            save_settings(session, pin_failures=0, pin_locked_until=0.0)
        return True
    failures = settings.pin_failures + 1
    delay = pin_delay(failures)
    save_settings(session, pin_failures=failures, pin_locked_until=moment + delay if delay else 0.0)
    log.warning("Wrong coordinator PIN (%d wrong in a row); next try in %d s", failures, delay)
    return False


def verify_pin(session: Session, *, pin: str, now: float | None = None) -> None:
    """``Rejected`` (Dutch) unless ``pin`` is the coordinator PIN or none is set."""
    if check_pin(session, pin=pin, now=now):
        return
    wait = pin_wait_seconds(session, now=now)
    if wait:
        raise Rejected(
            N_("Te veel verkeerde pincodes. Probeer het over {minutes} minuten opnieuw."),
            minutes=math.ceil(wait / 60),
        )
    raise Rejected(N_("De huidige pincode klopt niet."))


def set_pin(session: Session, *, new_pin: str, current_pin: str = "") -> None:
    """Set or change the coordinator PIN (5 to 12 digits); changing needs the current one."""
    verify_pin(session, pin=current_pin)
    if not (new_pin.isdigit() and new_pin.isascii() and PIN_MIN <= len(new_pin) <= PIN_MAX):
        raise Rejected(N_("Een pincode heeft {low} tot {high} cijfers."), low=PIN_MIN, high=PIN_MAX)
    save_settings(session, coordinator_pin=hash_pin(new_pin))


def remove_pin(session: Session, *, current_pin: str) -> None:
    verify_pin(session, pin=current_pin)
    save_settings(session, coordinator_pin="")
